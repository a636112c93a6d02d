"""Who brings an action, in three families news writes often: co-plaintiffs listed with an
appositive or an age between them ("filed by A, a Denver nurse, and B, a retired pilot", "A,
owner of a bakery in Tulsa, and B sued"), a
passive suit with a time phrase before its agent ("was sued on Monday by A"), and a state's
attorney general, who brings every action her state brings in the article."""
import pytest

import claimx


def _claims(text):
    d = claimx.extract(text)
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["status"])
            for c in d["claims"]], {p["name"]: p["role"] for p in d["parties"]}


_BETWEEN = [", a nurse in Denver,", ", 41,", ", the group's founder,", ", a nurse from Denver,",
            ", author of a cookbook series,", ", owner of a bakery in Tulsa,", ", head of product at Vantro,"]


@pytest.mark.parametrize("between", _BETWEEN)
def test_co_plaintiffs_with_something_between_them_both_bring_the_suit(between):
    text = (f"Ticketwell Inc. was sued in federal court by Marisol Trent{between} and Calvin Oduya, "
            "58, over hidden fees.")
    claims, _ = _claims(text)
    assert claims == [(["Marisol Trent", "Calvin Oduya"], ["Ticketwell Inc."], "filed")]


@pytest.mark.parametrize("between", _BETWEEN)
def test_co_plaintiffs_with_something_between_them_are_both_plaintiffs(between):
    text = (f"Ticketwell Inc. was sued in federal court by Marisol Trent{between} and Calvin Oduya, "
            "58, over hidden fees.")
    _, roles = _claims(text)
    assert (roles.get("Marisol Trent"), roles.get("Calvin Oduya")) == ("plaintiff", "plaintiff")


@pytest.mark.parametrize("between", [", a baker in Tulsa,", ", owner of a bakery in Tulsa,", ", author of a cookbook series,"])
def test_co_plaintiffs_who_sue_with_an_appositive_between_them_bring_the_suit(between):
    text = f"Marisol Trent{between} and Calvin Oduya, a retired pilot, filed suit against Ticketwell Inc. on Monday."
    claims, roles = _claims(text)
    assert claims == [(["Marisol Trent", "Calvin Oduya"], ["Ticketwell Inc."], "filed")]
    assert roles == {"Marisol Trent": "plaintiff", "Calvin Oduya": "plaintiff", "Ticketwell Inc.": "defendant"}


def test_a_company_named_in_an_appositive_is_no_list_member():
    text = "Ticketwell Inc. was sued by Acme Corp., a unit of Globex Holdings, and Initech LLC over hidden fees."
    claims, roles = _claims(text)
    assert claims == [(["Acme Corp.", "Initech LLC"], ["Ticketwell Inc."], "filed")]
    assert roles == {"Ticketwell Inc.": "defendant", "Acme Corp.": "plaintiff", "Initech LLC": "plaintiff"}


def test_a_list_of_the_named_conferences_is_one_list():
    text = ("The lawsuit accuses the NCAA, Pac-9 Conference, the Big Eight Conference, the Lakes Conference "
            "and Midland Conference of limiting pay.")
    _, roles = _claims(text)
    assert [roles.get(n) for n in ("Big Eight Conference", "Lakes Conference", "Midland Conference")] == ["defendant"] * 3


def test_a_list_item_after_the_is_no_appositive():
    text = "Ticketwell Inc. was sued by Marisol Trent, the Justice Department, and Calvin Oduya over hidden fees."
    claims, _ = _claims(text)
    assert claims[0][0] == ["Marisol Trent", "Justice Department", "Calvin Oduya"]


@pytest.mark.parametrize("when", ["on Monday", "last week", "in March", "again"])
def test_a_time_phrase_before_the_agent_keeps_the_plaintiff(when):
    text = f"Ticketwell Inc. was sued {when} by Marisol Trent over hidden fees."
    claims, roles = _claims(text)
    assert roles == {"Ticketwell Inc.": "defendant", "Marisol Trent": "plaintiff"}
    assert claims == [(["Marisol Trent"], ["Ticketwell Inc."], "filed")]


def test_the_attorney_general_brings_each_action_of_her_state():
    text = ("Ohio sued Zentrix Labs in March, accusing it of selling location data. Attorney General "
            "Dave Yost said the company misled Ohioans. Ohio also sued Brightway Apps last year over "
            "similar practices.")
    claims, roles = _claims(text)
    assert claims == [(["Ohio", "Dave Yost"], ["Zentrix Labs"], "filed"),
                      (["Ohio", "Dave Yost"], ["Brightway Apps"], "filed")]
    assert roles["Dave Yost"] == "plaintiff"


def test_an_attorney_general_sued_brings_nothing():
    text = ("Ohio sued Zentrix Labs in March over location data. Zentrix Labs has countersued "
            "Attorney General Dave Yost, saying the probe was political.")
    claims, _ = _claims(text)
    assert all("Dave Yost" not in claimants for claimants, _, _ in claims)


def test_an_attorney_general_brings_only_her_own_states_actions():
    text = ("Texas sued Zentrix Labs on Monday over location data. Separately, Vermont "
            "Attorney General Dana Whitcombe sued Brightway Apps, accusing it of selling location data.")
    claims, _ = _claims(text)
    by_respondent = {tuple(r): c for c, r, _ in claims}
    assert "Dana Whitcombe" not in by_respondent[("Zentrix Labs",)]
    assert by_respondent[("Brightway Apps",)] == ["Dana Whitcombe"]


def test_the_attorney_generals_office_named_in_the_article_brings_her_action():
    text = ("Attorney General Dana Okafor sued Brightloop Inc. on Tuesday, accusing the lender of hiding "
            "fees. The Oregon Attorney General's Office said the suit seeks restitution.")
    claims, _ = _claims(text)
    assert claims == [(["Dana Okafor", "Oregon Attorney General's Office"], ["Brightloop Inc."], "filed")]


def test_another_states_attorney_generals_office_does_not_join():
    text = ("Ohio Attorney General Dave Yost sued Trellis Pay on Monday over hidden fees. The Michigan "
            "Attorney General's Office filed a similar suit against Trellis Pay last year.")
    claims, _ = _claims(text)
    assert (["Dave Yost"], ["Trellis Pay"], "filed") in claims
    assert all(not ("Dave Yost" in c and "Michigan Attorney General's Office" in c) for c, _, _ in claims)
