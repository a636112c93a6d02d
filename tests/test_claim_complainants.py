"""A complaint a regulator acted on ("after a complaint from Spotify", "the case has its roots
in a complaint lodged in 2013 by ..."): its author is neither a plaintiff nor a claimant, and
the complaint is no action of its own; the regulator's enforcement is. A complaint filed in a
court is a suit, and its author sues."""
import pytest

import claimx


def _read(text):
    d = claimx.extract(text)
    claims = [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["kind"], c["status"])
              for c in d["claims"]]
    return claims, {p["name"]: p["role"] for p in d["parties"]}


@pytest.mark.parametrize("lead", [
    "The investigation began with a complaint by Fjordline Media in 2022.",
    "The inquiry followed a complaint from Fjordline Media that Vexano hid its cancellation fees.",
    "The case has its roots in a complaint lodged in 2021 by the streaming service Fjordline Media.",
    "It was prompted by a complaint from Fjordline Media.",
])
def test_the_author_of_a_complaint_to_a_regulator_brings_nothing(lead):
    text = ("The Norwegian Consumer Authority fined Vexano AS 40 million kroner on Tuesday for misleading "
            "subscription terms. " + lead)
    claims, roles = _read(text)
    assert claims == [(["Norwegian Consumer Authority"], ["Vexano AS"], "enforcement", "decided")]
    assert roles.get("Fjordline Media") != "plaintiff"


def test_an_unnamed_regulators_fine_stays_an_enforcement_without_the_complainant():
    text = ("Ireland's privacy regulator fined Quillon Ltd €90 million. The case has its roots in a "
            "complaint lodged in 2019 by the Dutch activist Marit Vos, following a data leak.")
    claims, roles = _read(text)
    assert claims == [([], ["Quillon Ltd"], "enforcement", "decided")]
    assert roles["Marit Vos"] != "plaintiff"


def test_a_complaint_filed_in_a_court_is_a_suit_its_author_brings():
    text = ("The judge froze the accounts of Ravelli Holdings on Friday, following a complaint filed by "
            "Dana Roe in federal court in Boston.")
    claims, roles = _read(text)
    assert roles["Dana Roe"] == "plaintiff"
    assert [c[0] for c in claims] == [["Dana Roe"]]


def test_a_regulators_own_complaint_is_its_action():
    text = ("A federal judge froze the assets of Corvel Capital LLC on Monday, following a complaint by "
            "the Securities and Exchange Commission accusing the firm of fraud.")
    claims, _ = _read(text)
    assert [c[:2] for c in claims] == [(["Securities and Exchange Commission"], ["Corvel Capital LLC"])]
