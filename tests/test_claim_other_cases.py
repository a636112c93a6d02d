"""Claims, issue #22 round two: a step told of another case stays off the main action, and a
status is the latest stage the action itself reached (own sentences, one table per family)."""
import pytest

import claimx


def main_claim(doc):
    mains = [c for c in doc["claims"] if not c["optional"]]
    assert mains, doc["claims"]
    return mains[0]


def names(side):
    return [x["name"] for x in side]


# a future or hypothetical step is no stage reached: (text, status of the main claim)
UNREACHED = {
    "will_appeal": ("A judge in Denver dismissed the suit Carla Moss brought against Brightline Media.\n\n"
                    "Moss said she will appeal the ruling.", "dismissed"),
    "plans_to_appeal": ("A jury in Austin found Corvane Foods liable in the suit brought by Leon Pratt, returning "
                        "a verdict of $2 million.\n\nCorvane said it plans to appeal.", "decided"),
    "days_to_appeal": ("Riverton Bank was fined $3 million by the Ohio Division of Financial Institutions on "
                       "Monday.\n\nThe bank has 30 days to pay or lodge an appeal.", "decided"),
    "if_convicted": ("Federal prosecutors charged Dale Korver with wire fraud on Monday.\n\nIf convicted, Korver "
                     "faces up to 20 years in prison.", "filed"),
    "ordered_detained": ("Federal prosecutors charged Dale Korver and Ann Pyle with wire fraud on Monday.\n\n"
                         "Both pleaded not guilty and were ordered detained pending trial.", "filed"),
    "ordered_held": ("Prosecutors charged Nolan Street with arson on Monday. A magistrate ordered him held "
                     "without bail.", "filed"),
    "considering_quoted": ("The Data Office fined Kindra Ltd £2m on Monday.\n\nKindra said it was \"carefully "
                           "considering\" an appeal.", "decided"),
    "appeal_filed": ("A judge in Denver dismissed the suit Carla Moss brought against Brightline Media.\n\n"
                     "Moss appealed the ruling on Friday.", "appealed"),
}


@pytest.mark.parametrize("name", sorted(UNREACHED))
def test_a_step_not_reached_sets_no_status(name):
    text, status = UNREACHED[name]
    assert main_claim(claimx.extract(text))["status"] == status


# an appeals court's ruling comes after the appeal and the lower court's step it reviews
APPELLATE = {
    "reverses_dismissal": ("Maria Lopez sued Tellwave in 2022, claiming the app recorded her calls. A judge "
                           "dismissed the case in 2023.\n\nOn Friday, the Ninth Circuit reversed that dismissal and "
                           "sent the case back to the trial court.\n\nLopez's lawyer, who argued the appeal, "
                           "welcomed the ruling.", "ruled"),
    "appeals_court_upholds": ("Tom Reyes sued Clearpath Insurance in 2021. Clearpath appealed after a judge "
                              "granted Reyes's motion for summary judgment.\n\nThe Court of Appeals upheld that "
                              "ruling on Tuesday.", "ruled"),
    "appeal_to_top_court": ("Tom Reyes sued Clearpath Insurance in 2021.\n\nThe Court of Appeals upheld a ruling "
                            "for Reyes in May, and Clearpath has appealed to the Supreme Court.", "appealed"),
    "revived_through_appeal": ("A suit against Norvex that a judge dismissed has been revived through an appeal "
                               "to the Ninth Circuit, lawyers for Ana Ruiz said.", "appealed"),
}


@pytest.mark.parametrize("name", sorted(APPELLATE))
def test_an_appeals_court_ruling_is_the_latest_stage(name):
    text, status = APPELLATE[name]
    assert main_claim(claimx.extract(text))["status"] == status


# background sentences about other cases: (text, main claimants, main respondents, main status)
OTHER_CASES = {
    "other_settlement": ("The Ohio Farmers Union sued Brightgrain Foods in federal court on Tuesday over "
                         "mislabelled cereal.\n\nIn 2024, Corvel Mills agreed to pay $20 million to settle a class "
                         "action brought by shoppers.",
                         ["Ohio Farmers Union"], ["Brightgrain Foods"], "filed"),
    "other_verdict": ("Harlow Press sued Quillmark Labs on Monday, accusing the software maker of copying its "
                      "catalogue.\n\nLast spring, a jury found Vantor Systems liable for similar copying, a verdict "
                      "Vantor has said it will appeal.",
                      ["Harlow Press"], ["Quillmark Labs"], "filed"),
    "earlier_conviction_first": ("Three years ago, Brevik Corp. was convicted of fraud in a scheme much like this "
                                 "one.\n\nProsecutors charged Nolan Street with fraud on Monday. Street pleaded not "
                                 "guilty.", [], ["Nolan Street"], "filed"),
    "own_settlement_told_of_it": ("Harlow Press sued Quillmark Labs in 2023, accusing the software maker of copying "
                                  "its catalogue.\n\nThe company agreed to pay $4 million to settle the suit on "
                                  "Friday.",
                                  ["Harlow Press"], ["Quillmark Labs"], "settled"),
}


@pytest.mark.parametrize("name", sorted(OTHER_CASES))
def test_another_case_does_not_set_the_main_claim(name):
    text, claimants, respondents, status = OTHER_CASES[name]
    doc = claimx.extract(text)
    claim = main_claim(doc)
    assert (names(claim["claimants"]), names(claim["respondents"]), claim["status"]) == \
        (claimants, respondents, status)
    # the other case, if reported at all, is an optional claim of its own
    for other in doc["claims"]:
        if other is not claim:
            assert other["optional"] and not set(names(other["respondents"])) & set(respondents)


def test_the_settlement_told_again_is_the_settled_action_s():
    """A sentence that names no side but names a step as told before ("the settlement") is
    the action that reported it, not the separate case spoken of just before."""
    text = ("Harlow Press sued Quillmark Labs in 2021 in federal court in Seattle.\n\nQuillmark agreed on Monday "
            "to pay $4 million to settle the suit.\n\nSeparately, songwriter Dana Reyes, who did not join that suit, sued "
            "Quillmark Labs on Friday in federal court in Nashville.\n\nThe settlement was signed last week.")
    doc = claimx.extract(text)
    by_claimant = {tuple(names(c["claimants"])): c["status"] for c in doc["claims"]}
    assert by_claimant.get(("Harlow Press",)) == "settled"
    assert by_claimant.get(("Dana Reyes",)) == "filed"


# a law the article names as a shield or topic is no claim's law: (text, main claim's statutes)
SHIELDED = {
    "which_shields": ("Dana Pike sued Chatterly on Monday, alleging it violated the Illinois Consumer Fraud "
                      "Act.\n\nChatterly is expected to invoke Section 230 of the Communications Decency Act, "
                      "which shields platforms from liability for what users post.",
                      ["Illinois Consumer Fraud and Deceptive Business Practices Act"]),
    "protected_by": ("Harbor Records sued Streamly under the Copyright Act in 2022.\n\nStreamly argued it was "
                     "protected by the safe-harbor provision of the Digital Millennium Copyright Act.",
                     ["Copyright Act"]),
    "bars_the_claim": ("Jane Roe sued Chatterly under the Illinois Consumer Fraud Act in 2023.\n\nThe judge "
                       "said the Communications Decency Act bars part of her claim.",
                       ["Illinois Consumer Fraud and Deceptive Business Practices Act"]),
    "no_claim_under_it": ("Ohio sued Chatterly on Friday, alleging it violated the Ohio Consumer Sales Practices "
                          "Act.\n\nThe complaint also cites the Ohio Personal Privacy Act, though it does not bring "
                          "a claim under it.", ["Ohio Consumer Sales Practices Act"]),
    "brought_under": ("Jane Roe sued Chatterly under the Illinois Consumer Fraud Act and the Communications "
                      "Decency Act on Monday.", ["Illinois Consumer Fraud and Deceptive Business Practices Act", "Communications Decency Act"]),
}


@pytest.mark.parametrize("name", sorted(SHIELDED))
def test_a_law_named_as_a_shield_is_no_claim_s(name):
    text, laws = SHIELDED[name]
    doc = claimx.extract(text)
    got = sorted(doc["statutes"][i]["name"] if isinstance(i, int) else i["name"] for i in main_claim(doc)["statutes"])
    assert got == sorted(laws)


# sides of a headline's passive ("X fined by Y") and of a verb after a prepositional phrase
SIDES = {
    "headline_passive": ("Dating app Kindra fined £4.8m by ICO over location leak\n\nThe Information "
                         "Commissioner's Office fined Kindra £4.8m on Tuesday.",
                         ["Information Commissioner's Office"], ["Kindra"]),
    "also_charged_passive": ("Federal prosecutors charged Kurt Lomax with fraud on Monday.\n\nLomax and Ida Penn are "
                             "also charged with money laundering.", [], ["Kurt Lomax", "Ida Penn"]),
    "investigator_no_claimant": ("Kurt Lomax was charged with wire fraud on Monday.\n\nLomax surrendered to FBI "
                                 "agents in Newark, the Federal Bureau of Investigation said.", [], ["Kurt Lomax"]),
    "relative_clause_subject": ("Harbor Media Group, which publishes eight papers in Maine including The Bangor "
                                "Ledger and The Portland Sentinel, sued Quillmark Labs on Tuesday over copied articles.",
                                ["Harbor Media Group"], ["Quillmark Labs"]),
    "hometowns": ("The complaint, filed in federal court in Fresno, was brought by Carmen Ruiz of Fresno and "
                  "Nadia Pell of Sacramento against Lumora Health.", ["Carmen Ruiz", "Nadia Pell"], ["Lumora Health"]),
    "prep_object_no_subject": ("A Tulsa father whose son bought pills through Snapchat has filed a lawsuit "
                               "against Snap Inc. on Monday.", [], ["Snap Inc."]),
}


@pytest.mark.parametrize("name", sorted(SIDES))
def test_sides_of_passives_and_prepositions(name):
    text, claimants, respondents = SIDES[name]
    claim = main_claim(claimx.extract(text))
    assert (names(claim["claimants"]), names(claim["respondents"])) == (claimants, respondents)


def test_who_filed_the_suit_just_told_brings_it():
    """'X filed the suit' after an action told without its claimant: X brings that action."""
    text = ("A Tulsa mother has sued Snap Inc., claiming its app let a dealer reach her son.\n\nMarla Teague filed "
            "the suit Wednesday in Tulsa County District Court on behalf of her son's estate.\n\nSimilar claims are "
            "being tested in California, where dozens of families are suing the company in a case known as Ortiz v. "
            "Snap.")
    claim = main_claim(claimx.extract(text))
    assert (names(claim["claimants"]), names(claim["respondents"])) == (["Marla Teague"], ["Snap Inc."])


def test_a_plaintiff_named_only_in_another_action_stays_off_the_main_one():
    text = ("Cascade Media sued Parlance AI on Tuesday, accusing it of copying 10,000 articles.\n\nThe complaint "
            "says Parlance copied the articles without permission.\n\nThe Daily Ledger sued OpenAI in 2023, and "
            "Brightwater News, the publisher of The Morning Post, sued Perplexity AI in 2024.")
    claim = main_claim(claimx.extract(text))
    assert names(claim["claimants"]) == ["Cascade Media"]


@pytest.mark.parametrize("text,expected", [
    # a state's official and a federal agency suing one company: two actions
    ("Iowa Attorney General Rhea Lund sued Marrow Devices in state court on Monday. Separately, the "
     "Federal Trade Commission filed its own complaint against Marrow in federal court.",
     [(["Rhea Lund"], ["Marrow Devices"]), (["Federal Trade Commission"], ["Marrow Devices"])]),
    # an official and the place or office he acts for: one action (the attorney general named beside
    # her state's suit brings it with the state, as the gold claims name both)
    ("Iowa sued Marrow Devices on Monday. Iowa Attorney General Rhea Lund said Marrow misled parents.",
     [(["Iowa", "Rhea Lund"], ["Marrow Devices"])]),
    ("Attorney General Rhea Lund sued Marrow Devices on Monday. The Iowa Attorney General's Office "
     "also sued Marrow's parent.", None),
])
def test_an_official_and_another_government_suing_one_company(text, expected):
    doc = claimx.extract(text, published="2025-06-02")
    got = [([s["name"] for s in c["claimants"]], [s["name"] for s in c["respondents"]]) for c in doc["claims"]]
    if expected is None:  # only that the official and her office are not two claims against one company
        assert len([c for c in got if "Marrow Devices" in c[1]]) == 1, got
    else:
        assert got == expected


def test_a_parallel_action_of_another_kind_is_its_own_claim():
    text = ("A federal grand jury indicted Corvane Labs founder Peter Oakes on wire fraud charges. "
            "The Securities and Exchange Commission also filed a civil suit against Oakes.")
    doc = claimx.extract(text, published="2025-06-02")
    kinds = sorted((c["kind"], [s["name"] for s in c["respondents"]]) for c in doc["claims"])
    assert kinds == [("lawsuit", ["Peter Oakes"]), ("prosecution", ["Peter Oakes"])]
    (suit,) = [c for c in doc["claims"] if c["kind"] == "lawsuit"]
    assert [s["name"] for s in suit["claimants"]] == ["Securities and Exchange Commission"]
