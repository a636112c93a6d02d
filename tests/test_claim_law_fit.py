"""Claims, issue #22: which law is which action's when an article tells several, or names a
law away from the suit sentence (claims/law_fit.py). Own articles, one per family: an agency
and the law its name shares, a state's attorney general and the state's law, a prosecutor
and a criminal cite beside a regulator's civil suit, a private suit under a state's law
beside the state's own."""
import pytest

import claimx
from claimx.extractors.claims import law_fit
from claimx.models import Claim, Mention, Party, Statute

FTC_AND_STATE = (
    "The Federal Trade Commission sued Brightloop Inc. on Tuesday, accusing the smart-speaker maker of keeping "
    "children's voice recordings for years after parents asked for them to be deleted.\n"
    "The complaint, filed in federal court in Columbus, says the company broke Section 5 of the FTC Act.\n"
    "In a separate lawsuit filed the same day, Ohio Attorney General Dave Yost sued Brightloop in state court.\n"
    "That suit says the company's marketing misled Ohio families. The Ohio Consumer Sales Practices Act allows "
    "the state to seek $25,000 for each violation.\n"
    "Brightloop said it would fight both cases.\n")

PROSECUTOR_AND_REGULATOR = (
    "Federal prosecutors in Manhattan charged Marla Quint, the founder of the lending app Pennywise, with wire "
    "fraud on Thursday.\n"
    "The U.S. Attorney's Office for the Southern District of New York said Quint took $14 million from investors. "
    "The indictment cites 18 U.S.C. § 1343.\n"
    "The Securities and Exchange Commission filed a parallel civil lawsuit against Quint and Pennywise Holdings "
    "Inc. the same day.\n"
    "The commission said the sales of Pennywise notes were unregistered offerings that broke the Securities Act "
    "of 1933.\n"
    "A lawyer for Quint did not respond to a request for comment.\n")

REGULATOR_LAW_AWAY = (
    "Canada's Competition Bureau has sued Northwind Mobile Inc. at the Competition Tribunal over advertisements "
    "for \"unlimited\" data plans that slowed customers to a crawl.\n"
    "The bureau said Northwind's ads left a false impression with shoppers for more than three years.\n"
    "It is asking the tribunal to order the carrier to pay a penalty of $10 million.\n"
    "The Competition Act prohibits representations to the public that are false or misleading in a material "
    "respect.\n"
    "Northwind said its plans were described accurately.\n")


def laws_by_claimant(doc) -> dict:
    out = {}
    for c in doc["claims"]:
        for who in c["claimants"]:
            out[who["name"]] = sorted(s["name"] for s in c["statutes"])
    return out


def test_each_of_two_parallel_suits_takes_its_own_claimants_law():
    laws = laws_by_claimant(claimx.extract(FTC_AND_STATE))
    assert laws["Federal Trade Commission"] == ["Section 5 of the FTC Act"]
    # the state's law is named a sentence after the state's suit, with no tie word
    assert laws["Dave Yost"] == ["Ohio Consumer Sales Practices Act"]


def test_a_criminal_cite_is_the_prosecutors_and_the_securities_act_the_regulators():
    laws = laws_by_claimant(claimx.extract(PROSECUTOR_AND_REGULATOR))
    assert laws["U.S. Attorney's Office for the Southern District of New York"] == ["18 U.S.C. § 1343"]
    assert laws["Securities and Exchange Commission"] == ["Securities Act of 1933"]


def test_a_regulators_law_named_away_from_its_suit_is_its_own():
    doc = claimx.extract(REGULATOR_LAW_AWAY)
    assert laws_by_claimant(doc) == {"Competition Bureau": ["Canadian Competition Act"]}


def _party(name, kind="government", title=None, text=""):
    p = Party(name=name, kind=kind, role="plaintiff", title=title)
    if name in text:
        at = text.index(name)
        p.add(Mention(at, at + len(name), name))
    return p


def _law(name, jurisdiction=None):
    return Statute(name=name, jurisdiction=jurisdiction)


@pytest.mark.parametrize("name, place", [
    ("Federal Trade Commission", "US"),            # the agency list's jurisdiction
    ("Information Commissioner's Office", "GB"),   # the list's "UK" written as the statutes write it
    ("Office of the New York Attorney General", "US-NY"),
    ("Korea Fair Trade Commission", "KR"),
    ("U.S. Attorney's Office for the Southern District of New York", "US"),  # national, whatever state it names
    ("Federal Reserve Bank of New York", "US"),
    ("Acme Corp.", None),
])
def test_the_place_a_government_party_acts_for(name, place):
    kind = "organization" if name == "Acme Corp." else "government"
    assert law_fit.place_of("", _party(name, kind)) == place


def test_an_officials_place_is_the_one_before_the_title_before_the_name():
    text = "Texas Attorney General Ken Paxton sued. Florida residents were told."
    assert law_fit.place_of(text, _party("Ken Paxton", "person", "Attorney General", text)) == "US-TX"
    bare = "Attorney General Ken Paxton sued in Texas."
    assert law_fit.place_of(bare, _party("Ken Paxton", "person", "Attorney General", bare)) is None


@pytest.mark.parametrize("law, criminal", [
    ("18 U.S.C. § 1343", True),
    ("California Penal Code", True),
    ("Fraud Act 2006", True),
    ("Trafficking Victims Protection Reauthorization Act", False),  # civil remedies, too
    ("Securities Exchange Act of 1934", False),
])
def test_criminal_laws(law, criminal):
    assert law_fit.is_criminal(_law(law)) is criminal


def _claim(*parties, kind="lawsuit"):
    return Claim(claimants=[(p.name, p) for p in parties], kind=kind)


@pytest.mark.parametrize("claimant, law, jurisdiction, score", [
    ("Federal Trade Commission", "Federal Trade Commission Act", "US", 2),   # the name's subject words
    ("Consumer Financial Protection Bureau", "Children's Online Privacy Protection Act", "US", 0),  # none of 3 subject words
    ("Consumer Financial Protection Bureau", "Consumer Financial Protection Act", "US", 2),
    ("Federal Trade Commission", "Ohio Consumer Sales Practices Act", "US-OH", None),  # a state's law, a federal body
    ("Office of the Ohio Attorney General", "Ohio Consumer Sales Practices Act", "US-OH", 1),
    ("Office of the Ohio Attorney General", "Kentucky Consumer Protection Act", "US-KY", None),
    ("Office of the Ohio Attorney General", "Children's Online Privacy Protection Act", "US", 0),  # federal law: may be
    ("Office of the New York Attorney General", "New York General Business Law", "US-NY", 1),  # the place counts once
    ("U.S. Attorney's Office for the Southern District of New York", "Martin Act", "US-NY", None),
])
def test_how_a_law_fits_an_action(claimant, law, jurisdiction, score):
    assert law_fit.fit("", _claim(_party(claimant)), _law(law, jurisdiction)) == score


def test_a_states_law_tied_to_a_private_suit_stays_there():
    state, users = _party("Office of the Illinois Attorney General"), _party("Dana Ruiz", "person")
    bipa = _law("Biometric Information Privacy Act", "US-IL")
    state_suit, class_action = _claim(state), _claim(users)
    class_action.statutes = [bipa]
    law_fit.refit("", [state_suit, class_action], [bipa], shielded=set())
    assert (state_suit.statutes, class_action.statutes) == ([], [bipa])


def test_a_law_a_government_action_holds_moves_to_the_action_it_fits_better():
    sec, fda = _party("Securities and Exchange Commission"), _party("Food and Drug Administration")
    securities_act = _law("Securities Act of 1933", "US")
    regulator_suit, other = _claim(sec), _claim(fda)
    other.statutes = [securities_act]  # the tie words gave it to the wrong action
    law_fit.refit("", [regulator_suit, other], [securities_act], shielded=set())
    assert (regulator_suit.statutes, other.statutes) == ([securities_act], [])


def test_a_criminal_cite_named_away_from_the_charges_is_the_prosecutors():
    text = ("Federal prosecutors in Manhattan charged Marla Quint with wire fraud on Thursday, the U.S. Attorney's "
            "Office for the Southern District of New York said.\n"
            "The Securities and Exchange Commission filed a parallel civil lawsuit against Quint the same day, "
            "accusing her of violating the Securities Act of 1933.\n"
            "Wire fraud under 18 U.S.C. § 1343 carries a maximum sentence of 20 years in prison.\n")
    laws = laws_by_claimant(claimx.extract(text))
    assert laws["U.S. Attorney's Office for the Southern District of New York"] == ["18 U.S.C. § 1343"]
    assert laws["Securities and Exchange Commission"] == ["Securities Act of 1933"]


def test_a_person_prosecutor_by_title():
    da = _party("Alvin Bragg", "person", "District Attorney")
    assert law_fit.fit("", _claim(da, kind="prosecution"), _law("New York Penal Law", "US-NY")) == 2
