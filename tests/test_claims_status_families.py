"""Claims, issue #22: the status is the latest stage the action itself reached, read from the
event words and what stands around them (own sentences, one table per family of sentences)."""
import pytest

import claimx


def main_claim(doc):
    mains = [c for c in doc["claims"] if not c["optional"]]
    assert mains, doc["claims"]
    return mains[0]


def status(text):
    return main_claim(claimx.extract(text))["status"]


# a step only intended, weighed or denied is no stage reached: (text, status)
NOT_TAKEN = {
    "would_file_appeal": ("The Data Office fined Kindra Ltd £2m on Monday.\n\nKindra said it would file a formal "
                          "appeal within ten days.", "decided"),
    "intends_to_seek_leave": ("A judge in Leeds certified a class action brought by Jo Brant against Harwick Foods "
                              "on Monday.\n\nHarwick said it intended to seek leave to appeal.", "ruled"),
    "every_option": ("A judge in Denver dismissed the suit Carla Moss brought against Brightline "
                     "Media.\n\nMoss said she was considering her options, including an appeal.", "dismissed"),
    "appeal_not_filed": ("A jury in Austin found Corvane Foods liable in the suit brought by Leon "
                         "Pratt.\n\nAn appeal had not been lodged as of Friday.", "decided"),
    "settlement_not_agreed": ("The Consumer Office sued Pellor Data on Tuesday over its tracking.\n\nUnlike other "
                              "firms, Pellor did not agree to a settlement.", "filed"),
    "settlement_rejected": ("The Consumer Office sued Pellor Data on Tuesday over its tracking.\n\nPellor has "
                            "rejected a settlement the office offered.", "filed"),
    "to_pay_costs": ("Nadia Rowe sued Brixton Weekly for libel on Monday.\n\nRowe has raised £20,000 online to pay "
                     "her legal costs.", "filed"),
    "requiring_to_pay": ("The competition authority fined Zelmo SE €7.5 million in January.\n\nAn administrative "
                         "court suspended the fine, saying that requiring Zelmo to pay the penalty now could cause "
                         "serious harm.", "ruled"),
    "appeal_if_necessary": ("A jury in Austin convicted Dale Korver of fraud on Monday.\n\nHis "
                            "lawyer plans to seek a new trial first and then, if needed, an appeal.", "decided"),
    "appeal_if_needed_after": ("A jury in Austin convicted Dale Korver of fraud on Monday.\n\nHis lawyer said an "
                               "appeal, if needed, would follow.", "decided"),
    "sentencing_set_for": ("Prosecutors charged Omar Hale with fraud in 2021.\n\nHe pleaded guilty in May; his "
                           "sentencing is set for August.", "settled"),
    "willing_to_pay": ("The Consumer Office sued Pellor Data on Tuesday.\n\nIt says Pellor sold location records "
                       "to anyone willing to pay.", "filed"),
}


@pytest.mark.parametrize("name", sorted(NOT_TAKEN))
def test_a_step_not_taken_sets_no_status(name):
    text, want = NOT_TAKEN[name]
    assert status(text) == want


# how an appeal ended: turned down, the case is decided; won, the appeals court has ruled;
# a higher court asked to undo a step is an appeal
APPEAL_OUTCOMES = {
    "appeal_rejected": ("The Telecoms Office fined Ferris Mobile £3m in 2023.\n\nOn Monday, its appeal against the "
                        "fine was rejected by the tribunal.", "decided"),
    "appeal_dismissed_passive": ("A jury in Austin found Corvane Foods liable in the suit brought by Leon Pratt in "
                                 "2022.\n\nCorvane's appeal was dismissed on Monday.", "decided"),
    "won_appeal": ("Lena Fox sued Carrow Bank in 2021, and a judge dismissed the case in 2023.\n\nOn Monday, Fox won "
                   "her appeal, and the case returns to the trial court.", "ruled"),
    "court_allowed_appeal": ("Prosecutors charged Omar Hale with fraud in 2021, and he was convicted in 2022.\n\nThe "
                             "Court of Appeal allowed his appeal on Tuesday.", "ruled"),
    "appeal_upheld": ("Prosecutors charged Omar Hale with fraud in 2021, and he was convicted in 2022.\n\nHis appeal "
                      "was upheld on Tuesday.", "ruled"),
    "asked_a_higher_court": ("A judge in Little Rock dismissed the suit Arkansas brought against "
                             "Vantor Apps last month.\n\nThe state has now petitioned a higher court "
                             "to reinstate its case.", "appealed"),
    "asked_the_circuit": ("A judge in Chicago granted Ohio a preliminary injunction against Kelder "
                          "Apps in June.\n\nKelder has asked the Seventh Circuit to vacate the order.", "appealed"),
    "penalty_pending_before": ("The Competition Office fined Verant Ltd ₹200 crore in 2022 over its app store rules."
                               "\n\nA second penalty of ₹90.5 crore imposed by the office on Verant for its billing "
                               "rules remains pending before the tribunal.", "appealed"),
}


@pytest.mark.parametrize("name", sorted(APPEAL_OUTCOMES))
def test_an_appeal_s_outcome_sets_the_status(name):
    text, want = APPEAL_OUTCOMES[name]
    assert status(text) == want


# an appeals court named only as where an appeal goes (or another fight heads) has not ruled:
# the trial court's step stands
APPEAL_DESTINATIONS = {
    "heads_to_appeals_court": ("A judge in Boston dismissed a suit the Civic Voice Project brought against Meridian "
                               "Social on Tuesday.\n\nThe ruling comes as a separate fight heads to a state appeals "
                               "court.", "dismissed"),
    "appeal_not_ruled_out": ("A federal judge dismissed the suit Tara Bell brought against Norcal "
                             "Promotions on Tuesday, ruling that it belongs in arbitration.\n\nBell "
                             "has not ruled out taking the dismissal to the Court of Appeals for the "
                             "Ninth Circuit.", "dismissed"),
    "would_ask_the_appellate_court": ("A judge in Little Rock dismissed the suit Arkansas brought "
                                      "against Vantor Apps last month.\n\nThe state said it would "
                                      "ask an appellate court to look again at the ruling.", "dismissed"),
    "state_circuit_judge": ("Arkansas sued Vantor Apps in 2024.\n\nIn January, Circuit Judge Dale "
                            "Moss granted a motion to dismiss, and the state has petitioned a higher "
                            "court to reinstate its case.", "appealed"),
    "the_circuit_ruled": ("Maria Lopez sued Tellwave in 2022, and a judge dismissed the case in 2023.\n\nOn Friday, "
                          "the Ninth Circuit reversed that ruling.", "ruled"),
}


@pytest.mark.parametrize("name", sorted(APPEAL_DESTINATIONS))
def test_an_appeals_court_named_as_a_destination_has_not_ruled(name):
    text, want = APPEAL_DESTINATIONS[name]
    assert status(text) == want


# a court's step along the way is ruled, not the end of the case; custody orders are no step
COURT_STEPS = {
    "partial_dismissal": ("Ann Vale sued Corbel AI in March, saying it copied her novels.\n\nOn Monday a federal "
                          "judge dismissed one count of the suit, for unjust enrichment.", "ruled"),
    "some_claims_thrown_out": ("Ann Vale sued Corbel AI in March, saying it copied her novels.\n\nA federal judge "
                               "threw out some of her claims on Monday.", "ruled"),
    "refused_to_dismiss": ("Ann Vale sued Corbel AI in March, saying it copied her novels.\n\nOn "
                           "Monday a federal judge declined to dismiss the suit.", "ruled"),
    "judge_orders_a_stop": ("A judge in Lisbon on Friday ordered Vantor Social to stop using customers' posts to "
                            "train its chatbot, in a suit brought by the consumer group Proteste.", "ruled"),
    "court_orders_payment": ("A judge in Lisbon on Friday ordered Vantor Social to pay €2 million in damages in a "
                             "suit brought by the consumer group Proteste.", "decided"),
    "penalty_suspended": ("The competition authority fined Zelmo SE €7.5 million in January.\n\nOn Thursday, an "
                          "administrative court suspended the €7.5 million fine pending a full hearing.", "ruled"),
    "case_put_on_hold": ("The Securities and Exchange Commission filed suit against Dale Korver in "
                         "2023; the suit has been put on hold until his criminal trial ends.", "ruled"),
    "found_named_liable": ("Leon Pratt sued Corvane Foods in 2022.\n\nOn Monday a jury found Corvane Foods liable.",
                           "decided"),
    "ordered_name_held": ("Prosecutors charged Nolan Street with arson on Monday.\n\nA magistrate ordered Street held "
                          "without bail.", "filed"),
    "court_ordered_adjective": ("Ohio sued Kestrel Apps on Monday over its data sales.\n\nThe app had faced a "
                                "court-ordered suspension in Brazil in 2022.", "filed"),
}


@pytest.mark.parametrize("name", sorted(COURT_STEPS))
def test_a_court_step_along_the_way_is_ruled(name):
    text, want = COURT_STEPS[name]
    assert status(text) == want


# a step told of another action like this one is not this action's
OTHER_STEPS = {
    "similar_injunction": ("Vidya Learn filed a suit against Rohan Kapur on Monday over leaked "
                           "course videos.\n\nIn 2023 the same court granted a similar injunction to "
                           "a competing tutoring company.", "filed"),
    "told_separately": ("The European Commission fined Vantor €2 billion in 2021, and the General Court dismissed "
                        "Vantor's appeal against the fine on Tuesday.\n\nVantor is separately appealing a €4 billion "
                        "fine imposed in 2019.", "decided"),
    "another_fine": ("The Consumer Office sued Pellor Data on Tuesday over its tracking.\n\nThe office imposed "
                     "another fine on a rival broker in May.", "filed"),
}


@pytest.mark.parametrize("name", sorted(OTHER_STEPS))
def test_another_action_s_step_does_not_set_the_status(name):
    text, want = OTHER_STEPS[name]
    assert status(text) == want


# a civil suit is not convicted, sentenced or pleaded to: such a step among its sentences is a
# criminal case's told beside it; a prosecution keeps its own
CRIMINAL_BESIDE = {
    "convicted_man_in_complaint": ("The families of two girls sued Pinecrest Games on Monday, saying "
                                   "its chat let adults contact children.\n\nOne of the adults the "
                                   "complaint describes has since been convicted.", "filed"),
    "criminal_verdict_in_hand": ("The Securities and Exchange Commission filed suit against Nora "
                                 "Vell in 2023; the suit has been put on hold until her criminal "
                                 "trial ends.\n\nNow that the criminal verdict is in, the commission "
                                 "plans to ask for the stay to end.", "ruled"),
    "prosecution_keeps_its_conviction": ("Prosecutors charged Omar Hale with fraud in 2021.\n\nHe was convicted on "
                                         "Monday.", "decided"),
    "prosecution_keeps_its_plea": ("Prosecutors charged Omar Hale with fraud in 2021.\n\nHe pleaded guilty on "
                                   "Monday.", "settled"),
}


@pytest.mark.parametrize("name", sorted(CRIMINAL_BESIDE))
def test_a_criminal_step_is_no_civil_suit_s(name):
    text, want = CRIMINAL_BESIDE[name]
    assert status(text) == want


_INDICTED = ("A Utah fintech founder faces fraud charges after prosecutors said he misled lenders about his "
             "company's loan book.\n\nAn indictment made public in federal court in Salt Lake City accuses Marcus "
             "Dunn, 52, who set up Velora Pay in 2017, of bank fraud and wire fraud.\n\nThe indictment says Dunn "
             "had staff invent borrowers.\n\nThe U.S. Attorney's Office for the District of Utah is handling the "
             "prosecution, with help from the Secret Service.\n\n")


# a guilty plea by a respondent no other sentence of the action names is a co-defendant's own
# case; the accused's own plea is the action's
CO_DEFENDANT_PLEA = {
    "finance_chief_pleaded": (_INDICTED + "Bank fraud is punishable by up to 30 years behind bars.\n\nVelora's "
                              "onetime finance director, Rita Kamal, 47, pleaded guilty in February to a single "
                              "conspiracy count as part of a deal with prosecutors and has agreed to testify, court "
                              "papers show.\n\nShe is due to be sentenced in August.", "filed"),
    "the_accused_pleaded": (_INDICTED + "Dunn pleaded guilty on Monday to one count of bank fraud.", "settled"),
}


@pytest.mark.parametrize("name", sorted(CO_DEFENDANT_PLEA))
def test_a_co_defendant_s_plea_is_not_the_action_s(name):
    text, want = CO_DEFENDANT_PLEA[name]
    assert status(text) == want
