"""Issue #22 families: laws named by a "Law" or "Regulations" head (and the firms, schools and
judges whose names end the same way), a government body before a settlement word brings the
action it settles, and an action the text tells apart from another is its own claim even when
no slot names who brings it. All sentences are our own."""
import pytest

import claimx


def statute_names(text):
    return [s["name"] for s in claimx.extract(text, published="2025-06-01")["statutes"]]


def claims(text, published="2025-06-01"):
    doc = claimx.extract(text, published=published)
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["kind"])
            for c in doc["claims"]]


@pytest.mark.parametrize("sentence,law", [
    ("The court found that Tallo Pty Ltd breached the Australian Consumer Law by hiding fees.",
     "Australian Consumer Law"),
    ("The suit says Varga violated the state's General Business Law, which bars deceptive acts.",
     "General Business Law"),
    ("The claim alleges breaches of the Consumer Protection Law and unjust enrichment.",
     "Consumer Protection Law"),
])
def test_a_law_or_regulations_head_names_a_law(sentence, law):
    assert law in statute_names(sentence)


def test_regulations_keep_their_year_apart():
    (st,) = claimx.extract("The tribunal held that Varga breached the Working Time Regulations 1998 for "
                           "three years.", published="2025-06-01")["statutes"]
    assert (st["name"], st["year"], st["text"]) == ("Working Time Regulations", 1998, "Working Time Regulations 1998")


@pytest.mark.parametrize("sentence", [
    "\"The filing is weak,\" said Mara Quist of Everytown Law, which backs the families.",
    "The case will be heard by a United States Administrative Law Judge in March.",
    "Dana Reyes, a professor at Harvard Law School, said the ruling was narrow.",
    "The opinion was published on the National Archives' Find Case Law service on Monday.",
    "Lena Ortiz, a partner at Ortiz Family Law, represents the mother.",
])
def test_firms_schools_and_judges_ending_in_law_are_no_law(sentence):
    assert statute_names(sentence) == []


def test_a_law_named_by_a_law_head_is_no_party():
    doc = claimx.extract("The ACCC sued Tallo Pty Ltd, alleging it breached the Australian Consumer Law "
                         "by advertising prices it never charged.", published="2025-06-01")
    assert "Australian Consumer Law" not in [p["name"] for p in doc["parties"]]
    assert [s["name"] for s in doc["statutes"]] == ["Australian Consumer Law"]


SETTLEMENTS = ("Kestrel to pay $40 million in twin FTC settlements over children's data\n\n"
               "Game maker Kestrel Interactive has agreed to pay $40 million to resolve charges from the "
               "Federal Trade Commission over how it handled children's data.\n\n"
               "The larger piece is a $30 million civil penalty, the biggest ever imposed for breaking an FTC rule.\n")


def test_a_body_before_a_settlement_word_brings_the_action():
    got = claims(SETTLEMENTS)
    assert got == [(["Federal Trade Commission"], ["Kestrel Interactive"], "enforcement")]


def test_a_body_named_before_settlements_is_no_respondent():
    got = claims("Kestrel Interactive will pay $40 million under twin FTC settlements over children's data, "
                 "the company said on Monday.")
    assert got == [(["FTC"], ["Kestrel Interactive"], "enforcement")]


def test_a_name_after_for_is_no_verbs_object():
    doc = claimx.extract("A regulator imposed a penalty on Kestrel Interactive for breaking an FTC rule.",
                         published="2025-06-01")
    assert [[x["name"] for x in c["respondents"]] for c in doc["claims"]] == [["Kestrel Interactive"]]


def test_a_company_that_settles_still_faces_the_action():
    got = claims("Kestrel Interactive agreed to pay $4 million to settle a lawsuit brought by the city of "
                 "Dayton over unpaid taxes.")
    assert got and got[0][1] == ["Kestrel Interactive"]


TOLD_APART = ("Regulator wins $9 million penalty against Tallo\n\n"
              "The Federal Court has ordered booking site Tallo Pty Ltd to pay $9 million in penalties, in a "
              "case brought by the Australian Competition and Consumer Commission.\n\n"
              "The penalty is separate from a class action filed in the Supreme Court of Victoria in March on "
              "behalf of customers who booked through Tallo since 2019.\n\n"
              "The lawyers running the case estimate customers paid hidden fees of more than AUD 20 million "
              "and are seeking refunds.\n")


def test_an_action_told_apart_is_its_own_claim():
    got = claims(TOLD_APART)
    assert len(got) == 2
    assert got[0][0] == ["Australian Competition and Consumer Commission"] and got[0][1] == ["Tallo Pty Ltd"]
    assert got[1][0] == [] and got[1][1] == ["Tallo Pty Ltd"] and got[1][2] == "lawsuit"


@pytest.mark.parametrize("sentence,status", [
    ("In September, the Competition Tribunal ordered theatre chain Halvard Cinemas to pay a $3.9 million "
     "penalty in a case brought by the Competition Bureau.", "decided"),
    ("Halvard Cinemas was ordered to pay $3.9 million by the tribunal in a case brought by the Competition "
     "Bureau.", "decided"),
    ("Halvard Cinemas agreed to pay $3.9 million to settle the Competition Bureau case.", "settled"),
])
def test_a_payment_someone_is_ordered_to_make_is_no_settlement(sentence, status):
    (claim,) = claimx.extract(sentence, published="2025-06-01")["claims"]
    assert claim["status"] == status


def test_a_headline_joining_two_actions_by_a_comma_tells_each_apart():
    text = ("CFTC sues crypto exchange Halvard, SEC settles over lending product\n\n"
            "The Commodity Futures Trading Commission on Tuesday sued Halvard Markets, accusing the exchange "
            "of breaking the rules.\n")
    doc = claimx.extract(text, published="2025-06-01")
    assert [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]]) for c in doc["claims"]] == [
        (["Commodity Futures Trading Commission"], ["Halvard Markets"])]
    assert "Securities and Exchange Commission" not in [x["name"] for c in doc["claims"] for x in c["claimants"]]


PROSECUTION_AND_REGULATOR = (
    "Former Vantor founder Lena Marsh was sentenced on Friday to nine years in prison for defrauding investors.\n\n"
    "A federal jury convicted Marsh in March of four counts of wire fraud after a four-month trial.\n\n"
    "The Securities and Exchange Commission accused Marsh and Vantor Labs in 2021 of raising $400 million from "
    "investors through false claims about its chips.\n\n"
    "Marsh did not admit wrongdoing when she agreed to pay a $300,000 penalty to resolve the SEC case.\n")


def test_a_regulators_case_beside_a_prosecution_is_its_own_claim():
    doc = claimx.extract(PROSECUTION_AND_REGULATOR, published="2025-06-01")
    got = [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["kind"], c["status"])
           for c in doc["claims"]]
    assert got[0] == ([], ["Lena Marsh"], "prosecution", "decided")
    assert got[1][0] == ["Securities and Exchange Commission"] and got[1][3] == "settled"
    assert len(got) == 2


@pytest.mark.parametrize("sentence,status", [
    ("The regulator fined Kestrel Interactive $2 million in March. Kestrel Interactive refused to pay the fine.",
     "decided"),
    ("The Labor Department sued Kestrel Interactive, accusing it of failing to pay $2 million in wages.", "filed"),
])
def test_a_payment_refused_or_not_made_is_no_settlement(sentence, status):
    (claim,) = claimx.extract(sentence, published="2025-06-01")["claims"]
    assert claim["status"] == status


SUIT_AND_INVESTIGATION = (
    "Judge lets patients' data breach lawsuit against Larchmont Health move forward\n\n"
    "A county judge has refused to throw out a class-action lawsuit accusing Larchmont Health of failing to "
    "protect the records of thousands of patients.\n\n"
    "The patients say Larchmont ignored repeated warnings to encrypt its data.\n\n"
    "The hospital faces scrutiny elsewhere, too. The U.S. Department of Health and Human Services' Office for "
    "Civil Rights, which enforces HIPAA, opened an investigation into Larchmont Health after the breach.\n\n"
    "A second patient filed a separate suit in federal court last month.\n\n"
    "Data breach suits against hospitals have usually ended in settlements.\n")


def test_an_agencys_investigation_beside_an_unnamed_plaintiffs_suit_is_its_own_claim():
    doc = claimx.extract(SUIT_AND_INVESTIGATION, published="2025-06-01")
    got = [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["status"])
           for c in doc["claims"]]
    assert got[0] == ([], ["Larchmont Health"], "ruled")
    assert got[1][:2] == (["Department of Health and Human Services"], ["Larchmont Health"])


def test_a_vague_sum_needs_a_tie_word_to_be_a_claims():
    from claimx.extractors.amounts import AmountFinder
    from claimx.extractors.claims.attach import tied_amounts

    text = ("The jury heard that the scheme moved tens of millions of dollars through shell firms, and the "
            "company must pay $4 million.")
    amounts = AmountFinder().find(text)
    assert [(a.text, a.vague) for a in amounts] == [("tens of millions of dollars", True), ("$4 million", False)]
    # the main action's sentence names a money word ("jury"): its definite sums are the claim's, a vague one is not
    assert [a.text for a in tied_amounts(text, (0, len(text)), amounts, loose=True)] == ["$4 million"]
    sought = "The suit seeks civil penalties that could reach hundreds of millions of dollars."
    assert [a.text for a in tied_amounts(sought, (0, len(sought)), AmountFinder().find(sought))] == [
        "hundreds of millions of dollars"]


def test_two_laws_joined_by_and_are_two_laws():
    names = statute_names("The suit accuses the company of violating the Minnesota Prevention of Consumer Fraud Act "
                          "and the Minnesota Uniform Deceptive Trade Practices Act.")
    assert names == ["Minnesota Prevention of Consumer Fraud Act", "Minnesota Uniform Deceptive Trade Practices Act"]
