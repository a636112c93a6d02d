"""Claims tell roles back: a government body or an official that brings a suit or a
prosecution is its plaintiff (GUIDELINES: "a body that files the suit is a plaintiff,
government ones included"), even where the sentences that name it only have it speak; a
regulator that fines stays an agency. Own sentences."""
import claimx


def roles(text):
    doc = claimx.extract(text)
    return {p["name"]: p["role"] for p in doc["parties"]}, doc["claims"]


def test_the_prosecuting_office_named_as_a_spokespersons_is_the_plaintiff():
    text = ("Marla Quint, the founder of the lending app Pennywise, was charged with wire fraud on Wednesday.\n"
            "Quint was arrested at her home in Tampa, a spokesperson for the U.S. Attorney's Office for the Middle "
            "District of Florida said.")
    found, claims = roles(text)
    office = "U.S. Attorney's Office for the Middle District of Florida"
    assert found[office] == "plaintiff"
    assert [(c["kind"], [x["name"] for x in c["claimants"]]) for c in claims] == [("prosecution", [office])]


def test_a_fining_regulator_stays_an_agency():
    found, claims = roles("The Information Commissioner's Office fined Brightloop Ltd £2 million on Monday.")
    assert found["Information Commissioner's Office"] == "agency"
    assert [c["kind"] for c in claims] == ["enforcement"]


def test_an_agencys_name_before_its_action_names_who_brings_it():
    for text, agency in [
        ("Epic Games agreed on Monday to pay $275 million to settle a Federal Trade Commission lawsuit over "
         "children's privacy.", "Federal Trade Commission"),
        ("Epic Games agreed on Monday to pay $275 million to settle an FTC lawsuit over children's privacy.", "FTC"),
    ]:
        found, claims = roles(text)
        assert [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]]) for c in claims] == \
            [([agency], ["Epic Games"])]
        assert found["Federal Trade Commission"] == "plaintiff"


def test_a_place_or_a_company_before_a_suit_brings_none():
    _, claims = roles("The Texas lawsuit against Meta Platforms was filed on Monday.")
    assert [[x["name"] for x in c["claimants"]] for c in claims] == [[]]
