"""Parties: a state's or city's legal office written lower case, as many outlets write it
("the Ohio attorney general's office sued"), is a government party named after its place
and office; not where "'s" makes the place the actor ("Ohio's attorney general sued": the
state), nor where a name follows (the office is the person's title)."""
import pytest

import claimx

OFFICES = {
    "attorney_general": ("The Ohio attorney general sued Brightloop Inc. on Tuesday over its fees.",
                         "Ohio Attorney General", "Ohio attorney general", "plaintiff"),
    "office": ("The Ohio attorney general's office sued Brightloop Inc. on Tuesday over its fees.",
               "Ohio Attorney General's Office", "Ohio attorney general's office", "plaintiff"),
    "separate_suit": ("In a separate lawsuit, the Ohio attorney general's office sued Brightloop Inc. in state court.",
                      "Ohio Attorney General's Office", "Ohio attorney general's office", "plaintiff"),
    "passive": ("Brightloop Inc. was sued by the Texas attorney general on Monday.",
                "Texas Attorney General", "Texas attorney general", "plaintiff"),
    "district_attorney": ("The Manhattan district attorney's office charged Lee Park with fraud on Friday.",
                          "Manhattan District Attorney's Office", "Manhattan district attorney's office", "plaintiff"),
    "state_attorney_general": ("The New York state attorney general sued Brightloop Inc. on Tuesday.",
                               "New York State Attorney General", "New York state attorney general", "plaintiff"),
    "investigating": ("The Texas attorney general is investigating Brightloop Inc., a spokesperson said.",
                      "Texas Attorney General", "Texas attorney general", "agency"),
}


@pytest.mark.parametrize("name", sorted(OFFICES))
def test_a_lower_case_office_is_a_government_party(name):
    text, canonical, surface, role = OFFICES[name]
    doc = claimx.extract(text)
    found = [p for p in doc["parties"] if p["name"] == canonical]
    assert len(found) == 1, doc["parties"]
    p = found[0]
    assert (p["kind"], p["role"], p["text"], text[p["start"]:p["end"]]) == ("government", role, surface, surface)


def test_the_office_brings_the_claim():
    doc = claimx.extract("The Ohio attorney general's office sued Brightloop Inc. on Tuesday over its fees.")
    assert [(c["claimants"][0]["name"], c["respondents"][0]["name"]) for c in doc["claims"]] == \
        [("Ohio attorney general's office", "Brightloop Inc.")]


@pytest.mark.parametrize("text, party", [
    ("Ohio's attorney general sued Brightloop Inc. on Tuesday over its fees.", "Ohio"),      # the state acts
    ("Ohio attorney general Dave Yost sued Brightloop Inc. on Tuesday.", "Dave Yost"),       # the title of a name
    ("The Ohio attorney general, Dave Yost, sued Brightloop Inc. on Tuesday.", "Dave Yost"),  # and in apposition
])
def test_not_an_office_party(text, party):
    names = [p["name"] for p in claimx.extract(text)["parties"]]
    assert party in names and not any("attorney general" in n.lower() for n in names)
