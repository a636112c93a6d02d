"""Claims, issue #22: families of sentences the claims finder read wrong (own sentences), and
the pre-filters that keep it cheap without changing what it finds."""
import pytest

import claimx
from claimx.extractors.claims.frames import SentenceCues, cues

CUE_SENTENCES = [
    "The company previously settled a privacy case.",
    "Last year the firm paid a fine.",
    "A similar lawsuit was filed in Ohio.",
    "An unrelated class-action was dropped.",
    "Separately, the state sued the retailer.",
    "Ohio also filed its own complaint against the firm.",
    "The judge set a trial date in the spring.",
    "Regulators in the PAST had opened an inquiry.",
    "It brought a second case against the bank.",
    "Nothing here but a plain report of a verdict.",
    "An earlier lawsuit against Meta was settled, like a PRIOR case and a previous suit.",
    "The bank had been sued, had settled and had filed; another unrelated prosecution followed.",
    "The firm had sued first, as other class actions were dropped.",
]


@pytest.mark.parametrize("sentence", CUE_SENTENCES)
def test_sentence_cue_prefilter_agrees_with_the_plain_patterns(sentence):
    text = "Intro line here. " + sentence + " Tail words follow."
    s = text.index(sentence)
    e = s + len(sentence)
    got = SentenceCues(text, text.lower()).flags(s, e)
    want = {name: rx.search(text, s, e) is not None for name, rx, _ in cues()["sentence_cues"]}
    assert got == want
    # and without the lower-cased index (a text whose lower case is longer) the same
    assert SentenceCues(text, None).flags(s, e) == want


def test_every_cue_match_holds_a_trigger():
    """The trigger lists promise that every match of the cue holds one of them."""
    for name, rx, triggers in cues()["sentence_cues"]:
        for sentence in CUE_SENTENCES:
            for m in rx.finditer(sentence):
                assert any(t in m.group(0).lower() for t in triggers), (name, m.group(0))


def sides(doc):
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]]) for c in doc["claims"]]


# (text, [(claimants, respondents)] per claim)
FAMILIES = {
    # an owner's possessive before the sued name: the owned one is sued, the owner is on no side
    "owner_object": ("The advocacy group Free Press Watch sued Elon Musk's X in federal court in San Francisco "
                     "on Tuesday.\n\nThe group says the platform broke its terms of service.",
                     [(["Free Press Watch"], ["X"])]),
    "owner_object_curly": ("Authors Guild is suing Alphabet’s YouTube over copyright claims, according to a "
                           "complaint filed Monday.", [(["Authors Guild"], ["YouTube"])]),
    "owner_after_against": ("A coalition of parents filed a lawsuit against Mark Zuckerberg's Meta in Oakland on "
                            "Friday.", [([], ["Meta"])]),
    # (the place after "Parents in" is no claimant: a name after a preposition is no verb's subject)
    "owner_parents": ("Parents in Ohio sued Mark Zuckerberg's Meta on Friday, saying its apps harm children.",
                      [([], ["Meta"])]),
    # a name the parties finder gives in another form: the claim names it as the article does
    "as_written_agency": ("The Justice Department sued Visa on Tuesday, accusing the card network of monopolizing "
                          "debit payments.\n\nThe Justice Department said Visa had harmed merchants.",
                          [(["Justice Department"], ["Visa"])]),
    "as_written_platform": ("Ofcom fined X £5 million on Monday under the Online Safety Act.", [(["Ofcom"], ["X"])]),
    # the claimant's accusation of someone is what its action claims, not a second action
    "accusation_folds": ("Free Press Watch is suing Elon Musk's X over its ad policies.\n\nFree Press Watch accused "
                         "Musk of trying to silence critics, and said the platform had breached its terms.",
                         [(["Free Press Watch"], ["X"])]),
    # "against" after a word of bias or retaliation names no respondent
    "against_discriminates": ("A group of students sued Ridgeway University on Monday, alleging its admissions "
                              "office discriminates against Hispanic applicants.", [([], ["Ridgeway University"])]),
    "against_retaliated": ("Former employees sued Orbital Freight, claiming the company retaliated against Local 12 "
                           "members who spoke up.", [([], ["Orbital Freight"])]),
    # a clause after an accusing verb is no object ("claimed that under Delaware law ...")
    "object_gap_clause": ("The plaintiff claimed that under Delaware law, Orbital Freight owed her back wages. "
                          "Orbital Freight denies the claims.\n\nShe sued Orbital Freight in March.",
                          [([], ["Orbital Freight"])]),
    # a court caption's "Erroneously Sued Herein as" is no suit by the defendant
    "caption_sued_herein": ("Dana PARKS, Plaintiff-Appellee, v. Tom WELLS, Harbor County Sheriff, Erroneously Sued "
                            "Herein as Harbor County Sheriff's Department, Defendant-Appellant.\n\nParks sued the "
                            "Harbor County Sheriff's Department in 2019 after she was fired, and a jury ruled for her.",
                            [(["Dana PARKS"], ["Harbor County Sheriff", "Tom WELLS"])]),
    # the plaintiff's allegations in most sentences, the suit against the company in one
    "respondents_in_one_sentence": ("Plaintiff Lena Ortiz says the pills harmed her. Ms. Ortiz alleges the "
                                    "medications caused her severe pain.\n\nShe also alleges that the labels were "
                                    "misleading. Ortiz says her doctors were never warned.\n\nCarver & Pike has "
                                    "filed a lawsuit against Novamed Labs on her behalf.",
                                    [(["Lena Ortiz", "Carver & Pike"], ["Novamed Labs"])]),
}


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_claim_sides_by_family(name):
    text, want = FAMILIES[name]
    doc = claimx.extract(text)
    assert sides(doc) == want
    for c in doc["claims"]:
        for side in c["claimants"] + c["respondents"]:
            if side.get("party") is not None:
                assert any(m["text"] == side["name"] or doc["parties"][side["party"]]["name"] == side["name"]
                           for m in doc["parties"][side["party"]]["mentions"])


def claims_of(doc):
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["status"],
             [doc["amounts"][i]["text"] for i in c["amounts"]], c["optional"]) for c in doc["claims"]]


# (text, [(claimants, respondents, status, amounts, optional)])
CONTEXT = {
    # a court's division written after the court's name is no side
    "court_division": ("The new lawsuit, filed Monday in the U.S. District Court for the Eastern District of Texas, "
                       "Sherman Division, accuses Dallow Freight of wage theft.\n\nTruckers Ana Ruiz and Ben Cole "
                       "filed the suit.", [(["Ana Ruiz", "Ben Cole"], ["Dallow Freight"], "filed", [], False)]),
    # the counsel's record ("The firm won ...", "<counsel> secured ...") is another case, in passing
    "firm_record": ("Ana Ruiz and Ben Cole sued Dallow Freight on Monday in a class action over unpaid overtime."
                    "\n\nThe firm won a $40 million settlement against Dallow Freight concerning scholarship limits.",
                    [(["Ana Ruiz", "Ben Cole"], ["Dallow Freight"], "filed", [], False),
                     ([], ["Dallow Freight"], "settled", ["$40 million"], True)]),
    "counsel_record_first": ("Hagens Pell secured a $30 million verdict against Dallow Freight for drivers in 2019."
                             "\n\nAna Ruiz sued Dallow Freight on Monday over unpaid overtime, represented by "
                             "Hagens Pell.",
                             [([], ["Dallow Freight"], "decided", ["$30 million"], True),
                              (["Ana Ruiz"], ["Dallow Freight"], "filed", [], False)]),
    # a capitalised word of a counted class is no name ("the Power 5 conferences")
    "counted_class": ("College athletes sued the NCAA and the Power 5 conferences on Monday, saying the rules cap "
                      "their pay.", [([], ["NCAA"], "filed", [], False)]),
    # the accused's former employer is not the office that prosecutes; sums told in passing
    # in a prosecution are the conduct's, not the action's
    "employer_and_conduct_sums": ("A state grand jury indicted former Department of Revenue director Paul Grady on "
                                  "fraud charges, the attorney general said. Grady is accused of steering contracts "
                                  "to friends.\n\nAt least $90,000 of that paid for a beach house, according to the "
                                  "indictment, which also alleged Grady took more than $3 million.",
                                  [([], ["Paul Grady"], "filed", [], False)]),
    # a fine's tie word still ties a sum to a prosecution, outside its frame sentences
    "prosecution_fine": ("The Justice Department charged Orion Aerospace with fraud. The deal calls for three years "
                         "of probation and a fine of at least $120 million.",
                         [(["Justice Department"], ["Orion Aerospace"], "filed", ["$120 million"], False)]),
    # one more accused of the prosecution the article reports, in words of a prosecution
    "more_accused": ("Federal prosecutors charged Paul Grady and Mia Torres with wire fraud on Monday.\n\nLena Ross "
                     "pleaded not guilty Wednesday, and her trial is set for June.",
                     [([], ["Paul Grady", "Mia Torres", "Lena Ross"], "filed", [], False)]),
    # a name after a descriptor is joined to the one before "and"
    "described_coordination": ("The Federal Trade Commission sued Snapdrop Inc. and video platform operator Vexa "
                               "Media Ltd on Tuesday, alleging both hid fees.",
                               [(["Federal Trade Commission"], ["Snapdrop Inc.", "Vexa Media Ltd"], "filed", [],
                                 False)]),
    # "alleged"/"accused" as an adjective ("alleged shooter") reports no step; the suit's noun
    # ("The lawsuits also name ...") speaks of the main action
    "adjective_participle": ("Families of the victims are suing gun maker Ravel Arms Inc. over its marketing.\n\n"
                             "The company's ads, the families say, led to alleged shooter Dale Pruitt firing into a "
                             "crowd.\n\nThe lawsuits also name a gun dealer and the accused shooter.",
                             [([], ["Ravel Arms Inc.", "Dale Pruitt"], "filed", [], False)]),
    # a step the law "may allow" is no step taken
    "hypothetical_liability": ("Ana Ruiz sued Vexa Media on Monday over its app. Her lawyers cited a rule that may "
                               "allow platforms to be found liable for design choices.",
                               [(["Ana Ruiz"], ["Vexa Media"], "filed", [], False)]),
}


@pytest.mark.parametrize("name", sorted(CONTEXT))
def test_claims_in_context_by_family(name):
    text, want = CONTEXT[name]
    assert claims_of(claimx.extract(text)) == want


# (text, [(claimants, respondents, kind)])
KINDS = {
    # a regulator's charge is an administrative one; a prosecutor's a prosecution
    "regulator_charges": ("The Equal Employment Opportunity Commission charged Dune Homes with firing pregnant "
                          "workers.", [(["Equal Employment Opportunity Commission"], ["Dune Homes"], "enforcement")]),
    "prosecutor_charges": ("The Justice Department charged Orion Aerospace with fraud on Monday.",
                           [(["Justice Department"], ["Orion Aerospace"], "prosecution")]),
    # a regulator's findings with no word of a kind and no court: enforcement
    "regulator_findings": ("The European Commission on Friday accused Vexa Media of misleading users with paid "
                           "badges, in preliminary findings under the Digital Services Act.",
                           [(["European Commission"], ["Vexa Media"], "enforcement")]),
    # "City, ST" is a place, no side
    "city_state_place": ("Plaintiff Jaclyn Moore, of Lafayette, La., says the heater burned her. Moore sued Corvex "
                         "Labs and Lafayette, La., retailer Bayou Heat on Monday.",
                         [(["Jaclyn Moore"], ["Corvex Labs", "Bayou Heat"], "lawsuit")]),
    # states in a list are sides, not places
    "states_in_a_list": ("Arizona, California and Oregon sued Vexa Media on Tuesday over hidden fees.",
                         [(["Arizona", "California", "Oregon"], ["Vexa Media"], "lawsuit")]),
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_claim_kind_and_places_by_family(name):
    text, want = KINDS[name]
    doc = claimx.extract(text)
    assert [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["kind"])
            for c in doc["claims"]] == want


def test_counted_actions_are_one_claim_per_respondent():
    text = ("Court records show that Ana Ruiz, who uses a wheelchair, has filed over 40 lawsuits in two years, "
            "including several against Ohio-based firms like Dune Homes and Corvex Labs.\n\nShe alleges their "
            "websites break the Americans with Disabilities Act.")
    doc = claimx.extract(text)
    got = [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]],
            [x["name"] for x in c["statutes"]]) for c in doc["claims"]]
    assert got == [(["Ana Ruiz"], ["Dune Homes"], ["Americans with Disabilities Act"]),
                   (["Ana Ruiz"], ["Corvex Labs"], ["Americans with Disabilities Act"])]
    # one suit against two companies stays one claim
    one = claimx.extract("The Federal Trade Commission sued Snapdrop Inc. and Vexa Media Ltd on Tuesday, alleging "
                         "both hid fees.")
    assert [[x["name"] for x in c["respondents"]] for c in one["claims"]] == [["Snapdrop Inc.", "Vexa Media Ltd"]]
