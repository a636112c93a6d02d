"""Parties news names in passing that a reader still counts: the regulator's official quoted by
position ("X, the bureau's deputy enforcement director"), the lead plaintiff introduced with a
descriptor ("The lead applicant, Geelong teacher A") or by the one who leads the suit ("led by
A"), a plaintiff described before her name ("a separate suit by an Ohio patient, A"), and a
judge later called "Justice Surname"."""
import pytest

import claimx


def _roles(text):
    return {p["name"]: p["role"] for p in claimx.extract(text)["parties"]}


@pytest.mark.parametrize("text, official", [
    ("The bureau fined Cardwell Bank $48 million. Lorena Vasquez, the bureau's deputy enforcement "
     "director, said refunds would follow.", "Lorena Vasquez"),
    ('The FTC sued Brightleaf. "Brightleaf told parents its app was safe," Rohini Mehra, an associate '
     "director in the FTC's Bureau of Consumer Protection, said in a statement.", "Rohini Mehra"),
    ('The agency fined Tessellate $46,000. "Tessellate ignored a clear legal duty," Tomas Reyna, the '
     "agency's head of enforcement, said.", "Tomas Reyna"),
    ('Prosecutors charged Rexmed. "Paying for prescriptions puts patients at risk," said Jason '
     "Whitfield, special agent in charge of the HHS-OIG Dallas region.", "Jason Whitfield"),
    ('The SEC charged Nuvo. "Investors were misled," Jina Choi, then director of the SEC\'s San '
     "Francisco Regional Office, said at the time.", "Jina Choi"),
])
def test_a_regulators_official_quoted_by_position_is_agency(text, official):
    assert _roles(text)[official] == "agency"


def test_a_company_director_is_no_agency():
    roles = _roles('Corvane sued Beta Corp. "We will win," said Tom Reed, a director at the company.')
    assert "Tom Reed" not in roles


@pytest.mark.parametrize("text, plaintiff", [
    ("The class action against Sunvale Resorts was filed in the Federal Court. The lead applicant, "
     "Geelong teacher Anna Brik, says she paid $150 more than advertised.", "Anna Brik"),
    ("Judge Lin combined the suits against Halvor Health into one case, with Tacoma resident Ruth "
     "Amsel, a retired nurse, as the lead plaintiff.", "Ruth Amsel"),
    ("Halvor Health faces other claims. A separate suit by an Ohio patient, Peter Morrow, is "
     "pending in federal court.", "Peter Morrow"),
    ("A judge dismissed a nationwide suit against Cardwell Bank brought by three cardholders, led "
     "by Janet Ruiz of Tulsa, who sought damages.", "Janet Ruiz"),
])
def test_a_lead_plaintiff_introduced_in_passing_is_a_plaintiff(text, plaintiff):
    roles = _roles(text)
    assert roles[plaintiff] == "plaintiff"
    assert not {"Geelong", "Tacoma", "Ohio", "Tulsa"} & set(roles)


def test_an_investigation_led_by_a_prosecutor_names_no_plaintiff():
    roles = _roles("The investigation, led by prosecutor Dan Moss, found that Halvor Health lied.")
    assert roles.get("Dan Moss") != "plaintiff"


def test_justice_surname_is_the_full_named_judge():
    text = ("In Canada, Justice Miriam Sokolov of the Ontario Superior Court of Justice certified the "
            "class action against Kestrel Surgical. Justice Sokolov rejected the companies' argument.")
    parties = {p["name"]: [m["text"] for m in p["mentions"]] for p in claimx.extract(text)["parties"]}
    assert parties["Miriam Sokolov"] == ["Miriam Sokolov", "Justice Sokolov"]
    assert "Justice Sokolov" not in parties


def test_a_korean_given_name_keeps_its_second_syllable():
    text = ("Separately, 214 merchants sued Daon Market at the Seoul Central District Court. The suit, "
            "led by Jeong Hye-rin, who sells kitchenware on the site, seeks damages.")
    assert _roles(text)["Jeong Hye-rin"] == "plaintiff"


def test_a_plaintiff_named_beside_a_second_action_brings_that_one():
    text = ("The Federal Court ordered Swiftstay to pay $18.5 million in penalties in a case brought by "
            "the Australian Competition and Consumer Commission. The penalty is separate from a class "
            "action filed in the Supreme Court of Victoria in March on behalf of customers.\n\n"
            "The lead applicant, Ballarat nurse Megan Tully, says she paid $212 more than advertised.")
    claims = [([x["name"] for x in c["claimants"]], c["status"]) for c in claimx.extract(text)["claims"]]
    assert (["Megan Tully"], "filed") in claims
    assert all("Megan Tully" not in names for names, status in claims if status == "decided")


@pytest.mark.parametrize("text, parent, affiliate", [
    ("Regulators sued Kestrel Surgical Inc. and its Canadian subsidiary, Kestrel Surgical Canada ULC, "
     "over the implants.", "Kestrel Surgical Inc.", "Kestrel Surgical Canada ULC"),
    ("The foundation sued Klikr B.V., the app's Amsterdam-based European subsidiary, and on its American "
     "parent, Klikr Technologies Inc., starting a collective action.", "Klikr B.V.", "Klikr Technologies Inc."),
])
def test_a_subsidiary_or_parent_in_apposition_shares_the_side(text, parent, affiliate):
    roles = _roles(text)
    assert (roles[parent], roles[affiliate]) == ("defendant", "defendant")


def test_a_rival_in_apposition_gets_no_side_from_the_company_before():
    roles = _roles("Hollis sued Arden Foods over the recall. Its rival, Bexley Mills, said nothing.")
    assert roles.get("Bexley Mills") != "defendant"


def test_a_foreign_legal_form_is_the_same_company_without_it():
    text = ("The ministry fined Nimbus Arcade Europe S.L. over in-app offers. "
            "Nimbus Arcade Europe said it would appeal the fine.")
    parties = {p["name"]: [m["text"] for m in p["mentions"]] for p in claimx.extract(text)["parties"]}
    assert parties == {"Nimbus Arcade Europe S.L.": ["Nimbus Arcade Europe S.L.", "Nimbus Arcade Europe"]}
