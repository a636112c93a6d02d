"""Claims, issue #22: a regulator's fine and a suit another body brings against the same
company are two actions. Who brings each is read from its sentence's subject even when the
name is followed by its acronym in brackets ("the Public Prosecutor's Office (MPRJ) filed"),
and the letters of a currency sign ("R$", "HK$") are no side of either."""
import pytest

import claimx


def claims(text, published="2025-06-01"):
    doc = claimx.extract(text, published=published)
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["kind"])
            for c in doc["claims"]]


FINE_THEN_SUIT = ("Wallet app fined over data sharing\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
                  "Brazil's National Consumer Secretariat (Senacon) has fined Varga Pagos S.A. R$ 3.1 million "
                  "for sharing customers' payment histories with advertisers.\n\n"
                  "Varga said it would contest the decision.\n\n"
                  "Last week the Rio de Janeiro State Public Prosecutor's Office (MPRJ) filed a public civil "
                  "action against Varga, seeking R$ 90 million in collective damages.\n")


def test_fine_and_a_prosecutors_civil_action_are_two_claims():
    assert claims(FINE_THEN_SUIT) == [
        (["National Consumer Secretariat"], ["Varga Pagos S.A."], "enforcement"),
        (["Rio de Janeiro State Public Prosecutor's Office"], ["Varga Pagos S.A."], "lawsuit"),
    ]


@pytest.mark.parametrize("sentence,claimant", [
    ("The Rio de Janeiro State Public Prosecutor's Office (MPRJ) filed a civil action against Varga Pagos.",
     "Rio de Janeiro State Public Prosecutor's Office"),
    ("The Federal Trade Commission (FTC) sued Varga Pagos on Monday.", "Federal Trade Commission"),
    ("The Information Commissioner's Office (ICO) fined Varga Pagos £2 million.", "Information Commissioner's Office"),
])
def test_a_subject_followed_by_its_acronym_brings_the_action(sentence, claimant):
    (got,) = claims(sentence)
    assert got[0] == [claimant] and got[1] == ["Varga Pagos"]


@pytest.mark.parametrize("sign", ["R$", "HK$", "A$", "NZ$"])
def test_a_currency_signs_letters_are_no_party(sign):
    text = f"The regulator fined Varga Pagos {sign} 4 million on Monday. Varga Pagos said it would appeal the {sign} 4 million fine."
    doc = claimx.extract(text, published="2025-06-01")
    names = [p["name"] for p in doc["parties"]]
    assert names == ["Varga Pagos"]
    assert [[x["name"] for x in c["respondents"]] for c in doc["claims"]] == [["Varga Pagos"]]
    assert [a["text"] for a in doc["amounts"]][:1] == [f"{sign} 4 million"]


# a regulator's fine, the company's suit only to come, and a second suit that people a class
# noun names bring: the fine is the regulator's enforcement, the people's suit its own action
FINE_AND_SELLERS = ("Regulator fines Tallo Market over search results\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
                    "The Korea Fair Trade Commission on Thursday imposed a fine of 12 billion won on Tallo Market "
                    "for rigging its search results.\n\n"
                    "Tallo Market said it plans to file an administrative lawsuit once it receives the written ruling.\n\n"
                    "Separately, 120 small merchants who sell on the platform filed a damages suit against Tallo Market "
                    "on Wednesday, seeking KRW 3 billion.\n")


def test_a_fine_and_the_sellers_suit_beside_it_are_two_claims():
    got = claims(FINE_AND_SELLERS)
    assert (["Korea Fair Trade Commission"], ["Tallo Market"], "enforcement") in got
    assert ([], ["Tallo Market"], "lawsuit") in got
    assert len(got) == 2


@pytest.mark.parametrize("subject", [
    "Separately, 120 small merchants who sell on the platform",
    "More than 300 customers",
    "A group of app developers",
    "Shareholders who bought Tallo stock in 2023",
])
def test_people_a_class_noun_names_bring_their_own_suit(subject):
    text = ("Prosecutors charged Tallo Market with fraud on Monday.\n\n"
            f"{subject} filed a class action against Tallo Market in federal court.\n")
    got = claims(text)
    assert ([], ["Tallo Market"], "prosecution") in got
    assert ([], ["Tallo Market"], "lawsuit") in got


@pytest.mark.parametrize("sentence", [
    "Its finance chief, Dana Wolk, has not been criminally charged.",
    "Dana Wolk hasn't been sued.",
    "Dana Wolk was never charged.",
])
def test_a_step_told_as_not_taken_opens_no_claim(sentence):
    text = f"The Securities and Exchange Commission sued Tallo Market on Monday. {sentence}"
    assert claims(text) == [(["Securities and Exchange Commission"], ["Tallo Market"], "lawsuit")]


@pytest.mark.parametrize("sum_text", ["KSh 4.5 million", "KRW 3 billion", "EUR 40m"])
def test_a_currency_code_before_the_number_is_no_part_of_a_name(sum_text):
    text = f"The Office of the Data Protection Commissioner fined Tallo Credit {sum_text} in October."
    doc = claimx.extract(text, published="2025-06-01")
    assert [p["name"] for p in doc["parties"] if p["role"] == "defendant"] == ["Tallo Credit"]
    assert claims(text) == [(["Office of the Data Protection Commissioner"], ["Tallo Credit"], "enforcement")]


def test_complaints_lodged_with_a_regulator_leave_its_fine_an_enforcement():
    text = ("The Office of the Data Protection Commissioner fined Tallo Credit in October after finding "
            "that it failed to stop the harassment once complaints were lodged.")
    assert claims(text) == [(["Office of the Data Protection Commissioner"], ["Tallo Credit"], "enforcement")]


# a regulator's own proceeding, and the bare nouns that refer back to it afterwards
ADMINISTRATIVE = [
    "The Federal Trade Commission has filed an administrative complaint against Tallo Data Inc., accusing it "
    "of selling location records. The complaint will be heard by an administrative law judge. "
    "According to the complaint, Tallo sold the data to brokers. The complaint also says Tallo misled app makers.",
    "The Nevada State Athletic Commission filed a disciplinary complaint against Tallo Promotions last week. "
    "The complaint says the company failed to file financial reports.",
    "The FTC brought an in-house case against Tallo Data Inc. on Tuesday. The complaint says the company sold "
    "location records.",
]


@pytest.mark.parametrize("text", ADMINISTRATIVE)
def test_a_regulators_own_proceeding_is_an_enforcement(text):
    (got,) = claims(text)
    assert got[2] == "enforcement"


def test_a_complaint_told_before_the_administrative_one_is_still_a_suit():
    text = ("The Federal Trade Commission sued Tallo Games in federal court on Monday. The complaint says Tallo "
            "collected children's data. The complaint seeks $20 million in penalties. "
            "In a separate administrative complaint, the agency said Tallo tricked players into purchases.")
    assert claims(text)[0] == (["Federal Trade Commission"], ["Tallo Games"], "lawsuit")


def test_the_name_before_an_apposition_that_holds_a_name_brings_the_suit():
    text = "Pricerunner, the Swedish price comparison service owned by Klarna, sued Tallo Search in Stockholm in 2022."
    assert claims(text) == [(["Pricerunner"], ["Tallo Search"], "lawsuit")]


def test_a_fine_the_fined_company_failed_to_overturn_in_court_stays_an_enforcement():
    text = ("Tallo Search has lost its last chance to overturn a €2.4 billion antitrust fine imposed by the "
            "European Commission, after the Court of Justice of the European Union sided with Brussels on Tuesday.")
    (got,) = claims(text)
    assert got[0] == ["European Commission"] and got[2] == "enforcement"


@pytest.mark.parametrize("court", ["Australia's Federal Court", "the High Court", "a federal judge"])
def test_penalties_a_court_orders_are_a_suits_outcome(court):
    text = (f"Tallo Search has been ordered to pay A$60 million in penalties after {court} found it misled "
            "consumers about location data.")
    (got,) = claims(text)
    assert got[1] == ["Tallo Search"] and got[2] == "lawsuit"


# a headline that joins a fine and a suit in one line votes no kind where the body tells one
HEADLINE_JOINS_TWO = ("Court freezes fine on Tallo Market as sellers launch class action\n\n"
                      "By Ana Ruiz\nJune 1, 2025\n\n"
                      "A Seoul court has suspended a 12 billion won fine that the competition watchdog imposed on "
                      "Tallo Market, pending a full hearing.\n\n"
                      "The Korea Fair Trade Commission fined Tallo Market in January for rigging its search results.\n\n"
                      "Last month, the Tallo Sellers Union filed a class action against Tallo Market in Seoul.\n")


def test_a_headline_joining_two_actions_leaves_the_bodys_kind():
    assert claims(HEADLINE_JOINS_TWO) == [(["Korea Fair Trade Commission"], ["Tallo Market"], "enforcement"),
                                          (["Tallo Sellers Union"], ["Tallo Market"], "lawsuit")]


def test_a_headline_is_the_first_line_without_a_full_stop():
    from claimx.extractors.claims.frames import is_headline

    text = HEADLINE_JOINS_TWO
    first = text.index("\n")
    assert is_headline(text, 0, first)
    body = text.index("The Korea")
    assert not is_headline(text, body, text.index(".", body) + 1)
    assert not is_headline("Tallo was fined.\n\nMore.", 0, len("Tallo was fined."))


@pytest.mark.parametrize("subject", [
    "The founder and former chief executive of Tallo Motors",
    "Two directors of Tallo Credit Ltd",
    "A former engineer at Tallo Motors",
])
def test_a_name_inside_a_persons_role_is_not_the_accused(subject):
    text = f"{subject} was arrested on Thursday and charged with lying to investors."
    doc = claimx.extract(text, published="2025-06-01")
    assert all(c["respondents"] == [] for c in doc["claims"]), doc["claims"]


@pytest.mark.parametrize("subject,claimant", [
    ("The State of Texas", "State of Texas"),
    ("Shareholders of Tallo Motors", None),
])
def test_a_polity_or_a_class_before_of_still_brings_the_suit(subject, claimant):
    got = claims(f"{subject} sued Varga Pagos on Monday.")
    assert got[0][1] == ["Varga Pagos"] and got[0][2] == "lawsuit"
    if claimant:
        assert got[0][0] == [claimant]
