"""Claims, issue #22 round three: what a claim's status, kind, laws and sums come from (own
sentences, one table per family). A word of a legal step read in another sense ("take orders",
"hidden charges", "lawyers withdrew") reports no step; a step scheduled, capped or spoken of
in general is not reached; laws and sums attach by the frame that ties them to the action."""
import pytest

import claimx
from claimx.extractors.claims.frames import sense


def main_claim(doc):
    mains = [c for c in doc["claims"] if not c["optional"]]
    assert mains, doc["claims"]
    return mains[0]


def amounts_of(doc, claim):
    return [doc["amounts"][i]["text"] for i in claim["amounts"]]


def statutes_of(doc, claim):
    return sorted(doc["statutes"][i]["name"] if isinstance(i, int) else i["name"] for i in claim["statutes"])


# an event word in another sense, beside a suit: the suit's status stays as filed
OTHER_SENSES = {
    "take_orders": "Its partners include two bakeries that take orders through the Grubly app.",
    "orders_placed": "The app handled 4 million orders in 2025, up from 2.5 million.",
    "ordering_food": "Customers ordering food late at night saw the fee double.",
    "charging_station": "The company plans a second charging depot near the airport.",
    "hidden_charges": "The company added hidden charges to most deliveries.",
    "charged_fees": "Tallo charged restaurants commissions of up to 30% on each order.",
    "charges_totaled": "The city estimates those charges totaled about $2 million.",
    "pay_for_things": "Its chief executive said the new money will pay for 40 more vans.",
    "pay_her_less": "The policy allowed the district to pay her less than the men on her team.",
    "complaints_about": "The council heard complaints last fall about noise from the flights.",
    "consumer_complaints": "The state said it had received 300 consumer complaints about Tallo since May.",
    "complaints_from": "The mayor said the city had received complaints from restaurant owners.",
    "lawyers_withdrew": "Tallo represented itself for a while after its previous lawyers withdrew.",
    "shares_dropped": "Tallo's shares dropped 4% after the filing.",
    "withdrew_from": "Its founder withdrew from the board last year.",
    "settlement_offer": "Tallo's insurers made a $3 million settlement offer to the families this week.",
    "settlement_talks": "The two sides were in settlement talks, a person familiar with them said.",
    "does_not_settle": "The offer doesn't settle the lawsuit, the families' lawyer said.",
}


@pytest.mark.parametrize("name", sorted(OTHER_SENSES))
def test_an_event_word_in_another_sense_reports_no_step(name):
    text = ("Harrow County sued the delivery app Tallo on Tuesday, accusing it of misleading customers "
            "about its fees.\n\n" + OTHER_SENSES[name])
    claim = main_claim(claimx.extract(text))
    assert claim["status"] == "filed"
    assert [x["name"] for x in claim["respondents"]] == ["Tallo"]


# the same words in their legal sense still report the step
LEGAL_SENSES = {
    "orders_to_pay": ("The judge orders Tallo to pay the county's costs.", "decided"),
    "charged_with": ("Prosecutors charged more than 20 of Tallo's drivers with fraud.", "filed"),
    "will_pay_damages": ("Tallo will pay $2 million in damages under the deal.", "settled"),
    "agreed_to_pay": ("Tallo agreed to pay $4 million to settle the suit on Friday.", "settled"),
    "recent_years_but_a_day": ("Tallo, which has faced scrutiny in recent years, agreed on Monday to pay $2 million "
                               "to settle the suit.", "settled"),
    "top_court_declines": ("The Supreme Court declined to hear Tallo's appeal on Monday, leaving the ruling in "
                           "place.", "decided"),
    "top_court_denies_review": ("The Supreme Court on Monday denied review of the case, leaving a $2 million verdict "
                                "against Tallo in place.", "decided"),
    "top_court_lets_stand": ("The Supreme Court let stand a ruling against Tallo on Monday.", "decided"),
    "case_allowed_to_proceed": ("After a hearing before the judge in August, the suit was allowed to proceed.", "ruled"),
    "county_withdrew": ("The county withdrew the suit on Monday.", "dismissed"),
    "settlement_approved": ("A judge approved the settlement on Friday.", "settled"),
}


@pytest.mark.parametrize("name", sorted(LEGAL_SENSES))
def test_the_legal_sense_still_reports_the_step(name):
    sentence, status = LEGAL_SENSES[name]
    text = "Harrow County sued the delivery app Tallo on Tuesday in state court.\n\n" + sentence
    assert main_claim(claimx.extract(text))["status"] == status


# (sentence, the event word, what it is there): a step, a legal word with no step, or no legal word
SENSES = [
    ("Prosecutors charged two Tallo managers for their role in the scheme.", "charged", "step"),
    ("Prosecutors charged more than 20 people with fraud.", "charged", "step"),
    ("Tallo charged customers hidden fees for two years.", "charged", "drop"),
    ("Tallo charged restaurants commissions of up to 30%.", "charged", "drop"),
    ("The city says the phantom charges added up.", "charges", "drop"),
    ("Tallo faces charges of fraud in Ohio.", "charges", "step"),
    ("The judge orders Tallo to pay costs.", "orders", "step"),
    ("Tallo takes orders through its app.", "orders", "drop"),
    ("Tallo agreed it will pay $2 million in damages.", "will pay", "step"),
    ("The money will pay for new vans.", "will pay", "none"),
    ("The judge ordered Tallo to pay costs.", "to pay", "none"),
    ("The county filed a complaint against Tallo.", "complaint", "step"),
    ("The county received 300 consumer complaints about Tallo.", "complaints", "drop"),
    ("The county withdrew the suit.", "withdrew", "step"),
    ("Its lawyers withdrew in May.", "withdrew", "drop"),
    ("The families rejected the settlement offer.", "settlement", "none"),
    ("A judge approved the settlement.", "settlement", "step"),
    ("Tallo will cap the commission it charges on app sales.", "charges", "drop"),
    ("Tallo lowered the fees that the platform charged drivers.", "charged", "drop"),
    ("She says she was dismissed for asking for a chair.", "dismissed", "drop"),
    ("He claims he was unfairly dismissed in March.", "dismissed", "drop"),
    ("The claim of unfair dismissal goes to a tribunal.", "dismissal", "drop"),
    ("A judge dismissed the suit against Tallo.", "dismissed", "step"),
    ("The suit against Tallo was dismissed in May.", "dismissed", "step"),
]


@pytest.mark.parametrize("sentence,word,meaning", SENSES)
def test_what_an_event_word_is(sentence, word, meaning):
    s = sentence.index(word)
    assert sense(sentence, s, s + len(word), 0, len(sentence)) == meaning


# steps scheduled, capped by law or spoken of in general: not reached by this action
NOT_REACHED = {
    "scheduled_sentencing": ("Federal prosecutors charged Dale Korver with wire fraud on Monday.\n\n"
                             "He is scheduled to be sentenced in September if he is convicted.", "filed"),
    "will_be_sentenced": ("Federal prosecutors charged Dale Korver with wire fraud in May.\n\nKorver pleaded guilty "
                          "on Monday and will be sentenced in September.", "settled"),
    "maximum_sentence": ("Federal prosecutors charged Dale Korver with wire fraud on Monday.\n\n"
                         "Wire fraud carries a maximum sentence of 20 years in prison.", "filed"),
    "carries_up_to": ("Federal prosecutors charged Dale Korver with wire fraud on Monday.\n\n"
                      "Each count carries up to 20 years in prison.", "filed"),
    "expected_to_settle": ("Ana Ruiz sued Norvex Labs on Monday over its hiring tests.\n\n"
                           "Norvex is expected to settle, analysts said.", "filed"),
    "such_cases_settle": ("Ana Ruiz sued Norvex Labs on Monday over its hiring tests.\n\n"
                          "Lawyers say such cases more often end in confidential settlements.", "filed"),
    "recent_years": ("Ana Ruiz sued Norvex Labs on Monday over its hiring tests.\n\n"
                     "Pay claims in the industry have drawn large settlements in recent years.", "filed"),
    "bail_conditions": ("Federal prosecutors charged Dale Korver with wire fraud on Monday.\n\nHe was released on "
                        "bond and ordered to surrender his passport.", "filed"),
    "win_on_summary_judgment": ("Ana Ruiz sued Norvex Labs on Monday over its hiring tests.\n\n"
                                "\"It is the hardest kind of case for an employer to win on summary judgment,\" "
                                "said a professor.", "filed"),
}


@pytest.mark.parametrize("name", sorted(NOT_REACHED))
def test_a_step_not_reached_by_this_action(name):
    text, status = NOT_REACHED[name]
    assert main_claim(claimx.extract(text))["status"] == status


# kind: a court's order in a suit is no regulator's enforcement; a regulator's own order is
KINDS = {
    "judge_orders_costs": ("Pia Lund won her libel claim against the podcaster Rory Vance on Friday.\n\nThe judge "
                           "ordered Vance to pay her legal costs.", "lawsuit"),
    "jury_imposed": ("Pia Lund sued Korvane Foods in 2023 over a recall.\n\nA jury imposed $4 million in damages on "
                     "Korvane on Friday.", "lawsuit"),
    "regulator_ordered": ("Ofcom ordered Kindra Ltd to pay £50,000 on Monday after an investigation into the app "
                          "maker.", "enforcement"),
    "regulator_order_complaint": ("The Federal Trade Commission on Monday ordered Kindra Inc. to delete the data it "
                                  "collected from children, in an administrative complaint against the app maker.",
                                  "enforcement"),
    "administrative_complaint": ("The Federal Trade Commission filed an administrative complaint against Acme Corp. "
                                 "on Monday.", "enforcement"),
    "complaint_in_court": ("The Federal Trade Commission filed a complaint against Acme Corp. in federal court on "
                           "Monday.", "lawsuit"),
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_kind_by_who_orders(name):
    text, kind = KINDS[name]
    assert main_claim(claimx.extract(text))["kind"] == kind


# laws attach by the frame that ties them: (text, the main claim's laws)
STATUTE_TIES = {
    "allege_violated": ("Families of the victims sued Corvane Arms on Monday.\n\nThe lawyers allege the company's "
                        "marketing violated the Illinois Consumer Fraud Act.",
                        ["Illinois Consumer Fraud and Deceptive Business Practices Act"]),
    "suit_cited": ("Jane Roe sued Chatterly on Monday.\n\nThe lawsuit, which cited the Trafficking Victims Protection "
                   "Act, was filed in April.", ["Trafficking Victims Protection Act"]),
    "breaks_section": ("Harbor Records sued Streamly on Monday, accusing it of violating the Copyright Act and of "
                       "stripping credits, which the complaint says breaks the Lanham Act.",
                       ["Copyright Act", "Lanham Act"]),
    "list_after_tie": ("The suit says this violates Fourth Amendment rights, as well as \"the due process clause of "
                       "the Fifth Amendment,\" Acme said when it sued Ohio on Monday.",
                       ["Fifth Amendment", "Fourth Amendment"]),
    "immunity_law": ("Families of the victims sued Corvane Arms on Monday, alleging it violated the Illinois Consumer "
                     "Fraud Act.\n\nGun makers have federal protections from lawsuits over the criminal use of the "
                     "guns they make, under the Protection of Lawful Commerce in Arms Act.",
                     ["Illinois Consumer Fraud and Deceptive Business Practices Act"]),
    "exception_a_clause_away": ("Jane Roe sued Chatterly on Monday under the Trafficking Victims Protection Act.\n\n"
                                "The court said Section 230 bars her claim under the Trafficking Victims Protection "
                                "Act, holding that she did not plausibly allege that Chatterly knew of it, as the "
                                "exception created by the 2018 law known as FOSTA requires.",
                                ["Trafficking Victims Protection Act"]),
    "a_law_that_bars_conduct": ("Ohio sued Chatterly Inc. on Monday in state court over its ads.\n\nThe Ohio Consumer "
                                "Sales Practices Act bars companies from misleading buyers.",
                                ["Ohio Consumer Sales Practices Act"]),  # a ban on conduct, no shield
    "a_law_that_bars_false_claims": ("Ohio sued Chatterly Inc. on Monday in state court.\n\nThe Ohio Consumer Sales "
                                     "Practices Act bars companies from making false claims about their products.",
                                     ["Ohio Consumer Sales Practices Act"]),
    "a_law_that_bars_the_suit": ("Jane Roe sued Chatterly Inc. on Monday in federal court.\n\nChatterly says Section "
                                 "230 of the Communications Decency Act bars the lawsuit.", []),
    "background_law_beside_tied": ("The Information Commissioner's Office fined Kindra Ltd £2m on Tuesday.\n\nThe ICO "
                                   "said Kindra had broken the UK General Data Protection Regulation.\n\nIt is one of "
                                   "the largest fines since the Data Protection Act 2018 took effect.",
                                   ["General Data Protection Regulation"]),
    "the_other_side_argues": ("Pia Lund won her libel suit against the podcaster Rory Vance on Friday.\n\nThe judge "
                              "said Vance's defence of truth under the Defamation Act 2013 had failed.\n\nHis "
                              "barrister had argued that a ruling for Lund would breach his right to free speech "
                              "under the European Convention on Human Rights.", ["Defamation Act 2013"]),
    "violated_then_protected": ("Ohio sued Corvane Cameras on Thursday.\n\nThe state's case alleges Corvane violated "
                                "the Ohio Consumer Sales Practices Act by advertising its cameras as protected by "
                                "strong encryption.", ["Ohio Consumer Sales Practices Act"]),
    "the_plaintiffs_argue": ("Two users sued Corvane Apps on Monday in federal court.\n\nThe plaintiffs argue that "
                             "the practice violated the Illinois Consumer Fraud Act.",
                             ["Illinois Consumer Fraud and Deceptive Business Practices Act"]),
    "the_company_argues": ("Ohio sued Corvane Apps on Monday, alleging it violated the Ohio Consumer Sales Practices "
                           "Act.\n\nThe company argues that its data sharing is lawful under the Ohio Personal "
                           "Privacy Act.", ["Ohio Consumer Sales Practices Act"]),
    "law_named_away_from_any_tie": ("Jane Roe sued Chatterly on Monday in federal court.\n\nHer lawyers have brought "
                                    "several cases like it.\n\nThe Illinois Biometric Information Privacy Act gives "
                                    "residents a right to sue.", ["Biometric Information Privacy Act"]),
}


@pytest.mark.parametrize("name", sorted(STATUTE_TIES))
def test_laws_attach_by_their_frame(name):
    text, laws = STATUTE_TIES[name]
    doc = claimx.extract(text)
    assert statutes_of(doc, main_claim(doc)) == sorted(laws)


# sums attach by frame, not by standing in a sentence about the action: (text, main claim's sums)
SUM_FRAMES = {
    "interim_payment": ("Pia Lund won her libel suit against the podcaster Rory Vance on Friday and was awarded "
                        "£60,000 in damages.\n\nAn interim payment of £40,000 towards costs must be made within 28 "
                        "days.", ["£60,000", "£40,000"]),
    "set_aside": ("Shoppers sued Corvane Foods in March.\n\nCorvane sets aside $12 million for the class action, "
                  "a filing showed on Monday.", ["$12 million"]),
    "required_to_invest": ("Prosecutors charged Corvane Foods with fraud, and the company agreed to plead guilty.\n\n"
                           "The deal requires Corvane to invest at least $30 million in safety programs.",
                           ["$30 million"]),
    "judge_approves": ("A judge approves $70 million in settlements in the suit that home sellers brought against "
                       "Corvane Realty.", ["$70 million"]),
    "could_total": ("Ohio sued Corvane Foods on Monday. It is seeking penalties of up to $500 per violation, which "
                    "the attorney general said could total more than $40 million.",
                    ["$500 per violation", "$40 million"]),
    "losses_exceed": ("Ana Ruiz sued Norvex Labs on Monday, saying it fired her for complaining.\n\nHer lawyer said "
                      "her losses exceed $1.2 million.", ["$1.2 million"]),
    "gains_of": ("The Securities and Exchange Commission sued Dale Korver on Monday. The SEC seeks to recover what "
                 "it called \"ill-gotten gains\" of at least $3.1 million.", ["$3.1 million"]),
    "range_kept": ("Ana Ruiz sued Norvex Labs on Monday, seeking between $1 million and $2 million in damages.",
                   ["between $1 million and $2 million"]),
    # the business or the conduct: no sum of the action
    "revenue_or_less": ("Developers sued Corvane Apps on Monday. Those who earned revenue of $2 million or less "
                        "from the store could join the settlement class.", []),
    "valued_at": ("Ana Ruiz sued Norvex Labs on Monday.\n\nNorvex raised $150 million last year in a round that "
                  "valued it at $2.3 billion, and its settlement reserve is unknown.", []),
    "paid_less_than": ("Ana Ruiz sued Norvex Labs on Monday, alleging she was paid $30,000 less than men doing the "
                       "same work.", []),
    "cap_of_the_law": ("Ana Ruiz sued Norvex Labs on Monday, saying it fired her for complaining.\n\nUnder the "
                       "federal law, compensatory damages are capped at $300,000 for an employer of its size.", []),
    "bail_bond": ("Prosecutors charged Dale Korver with fraud on Monday. He pleaded not guilty and was released on a "
                  "$2 million bond.", []),
    "reported_losses": ("Prosecutors charged Dale Korver with fraud on Monday.\n\nThe agency received 900 complaints "
                        "in 2024, with reported losses of almost $26 million, in schemes of this kind.", []),
    "weight_not_money": ("Corvane Drones sued Skyhop on Monday, claiming its drone, which can carry up to 5.5 pounds, "
                         "copies a patent. The suit seeks $2 million in damages.", ["$2 million"]),
    "other_case_sum": ("Ohio and the Federal Trade Commission sued Corvane Cameras on Thursday, accusing it of hiding "
                       "security flaws, and seek $4 million in penalties.\n\nIn 2023, Amazon agreed to pay $5.8 "
                       "million to settle Federal Trade Commission charges over its cameras.", ["$4 million"]),
    "acquisition_price": ("A jury on Monday awarded Ana Ruiz $5 million in her suit against Norvex Labs.\n\nNorvex, "
                          "which Halden Group bought for about $4 billion in 2021, said in court papers that the "
                          "jury had been misled.", ["$5 million"]),
    "data_worth": ("Users sued Corvane Search in 2020 and settled on Monday. \"The settlement stops Corvane from "
                   "collecting data worth, by its own estimates, billions of dollars,\" their lawyer said.", []),
    "lost_a_verdict": ("Ana Ruiz sued Norvex Labs in 2023.\n\nNorvex lost a $2 million verdict on Friday, and its "
                       "revenue of $40 million fell.", ["$2 million"]),
    "earlier_year_penalty": ("The Federal Trade Commission sued Meta Platforms on Nov. 13, 2025, accusing it of misleading "
                             "parents.\n\nIn 2019, Meta Platforms paid a record $5 billion penalty to the agency over "
                             "privacy.", []),
    # one sum told twice, rounded in the headline: the precise one
    "rounded_twice": ("Jury awards Ana Ruiz $242 million in suit against Norvex\n\nA Miami jury on Friday found "
                      "Norvex Labs liable and awarded Ana Ruiz $242.6 million.", ["$242.6 million"]),
}


@pytest.mark.parametrize("name", sorted(SUM_FRAMES))
def test_sums_attach_by_their_frame(name):
    text, sums = SUM_FRAMES[name]
    doc = claimx.extract(text)
    claim = main_claim(doc)
    assert amounts_of(doc, claim) == sums
    for i in claim["amounts"]:
        a = doc["amounts"][i]
        assert text[a["start"]:a["end"]] == a["text"]


# a step told beside the action, of another case: (text, main claim's status)
OTHER_STEPS = {
    "year_led_settlement": ("Ohio and the Federal Trade Commission sued Corvane Cameras on Thursday, accusing it of "
                            "hiding security flaws.\n\nIn 2023, Amazon agreed to pay $5.8 million to settle Federal "
                            "Trade Commission charges over its cameras.", "filed"),
    "founder_convicted": ("Prosecutors charged Dale Korver with fraud on Thursday.\n\nComparisons with Theranos, "
                          "whose founder Elizabeth Holmes was convicted of fraud in 2022, were unavoidable.",
                          "filed"),
    "own_step_told_of_it": ("Ohio sued Corvane Cameras on Thursday, accusing it of hiding security flaws.\n\n"
                            "In May, a judge dismissed the case.", "dismissed"),
    "earlier_year_same_respondent": ("The Federal Trade Commission sued Meta Platforms on Nov. 13, 2025, accusing it of "
                                     "misleading parents.\n\nIn 2019, Meta Platforms agreed to pay a record $5 billion "
                                     "penalty to the agency over privacy.", "filed"),
    "own_steps_by_year": ("Jane Roe sued Acme Corp. in 2019.\n\nIn 2021, Acme agreed to pay her $5 million.",
                          "settled"),
    "claimant_announces": ("Ohio sued Corvane Cameras in 2023, accusing it of hiding security flaws.\n\nOhio "
                           "Attorney General Dave Yost announced a settlement with Corvane on Monday.", "settled"),
}


@pytest.mark.parametrize("name", sorted(OTHER_STEPS))
def test_a_step_of_another_case_sets_no_status(name):
    text, status = OTHER_STEPS[name]
    assert main_claim(claimx.extract(text))["status"] == status


def test_a_sum_in_a_sentence_naming_another_action_s_claimant_is_that_action_s():
    """Two parallel suits against one company: the sentence that names only the FTC gives its
    sum to the FTC's suit, not to the state's."""
    text = ("Ohio and the Federal Trade Commission filed separate lawsuits on Thursday against Corvane Cameras, "
            "accusing it of hiding security flaws.\n\nOhio is seeking civil penalties of up to $10,000 per "
            "violation.\n\nThe Federal Trade Commission is asking the court to impose civil penalties, which can "
            "exceed $50,000 per violation.")
    doc = claimx.extract(text)
    by_claimant = {tuple(x["name"] for x in c["claimants"]): amounts_of(doc, c) for c in doc["claims"]}
    assert by_claimant == {("Ohio",): ["$10,000 per violation"],
                           ("Federal Trade Commission",): ["$50,000 per violation"]}


def test_a_sum_restated_in_another_currency_after_a_comma_is_not_a_second_sum():
    text = ("The Information Commissioner's Office said it had fined Genova Labs £2.31 million, or "
            "about $3.1 million, for failing to protect customer data.")
    doc = claimx.extract(text)
    sums = [doc["amounts"][i]["text"] for c in doc["claims"] for i in c["amounts"]]
    assert sums == ["£2.31 million"]
    # the same currency after the comma is a sum of its own (a rate here)
    text = "The regulator fined Genova Labs $2 million, or about $40 per affected customer."
    doc = claimx.extract(text)
    assert [doc["amounts"][i]["text"] for c in doc["claims"] for i in c["amounts"]] == \
        ["$2 million", "$40 per affected customer"]
