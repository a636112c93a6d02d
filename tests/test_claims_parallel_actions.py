"""Claims, issue #22: one respondent, several actions. A prosecution, a regulator's fine and a
private suit against the same person are three claims; a state coalition's suit beside the
federal one is its own; the sentence that names a suit's defendants right after the suit was
told by its plaintiff belongs to that suit."""
import pytest

import claimx


def claims(text, published="2025-06-01"):
    doc = claimx.extract(text, published=published)
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["kind"], c["status"])
            for c in doc["claims"]]


def roles(text):
    return {p["name"]: p["role"] for p in claimx.extract(text, published="2025-06-01")["parties"]}


# the step verbs and nouns of an acquittal, a fine made final, a penalty proposed
STEPS = [
    ("A Vermont jury on Tuesday acquitted Dale Hoskins, the contractor accused of bribing a county clerk.",
     [([], ["Dale Hoskins"], "prosecution", "decided")]),
    ("Jurors on Friday found Linda Castell not guilty of all six counts of fraud.",
     [([], ["Linda Castell"], "prosecution", "decided")]),
    ("The Federal Communications Commission finalized a $4 million fine against Tarrow Telecom on Monday.",
     [(["Federal Communications Commission"], ["Tarrow Telecom"], "enforcement", "decided")]),
    ("The Federal Communications Commission has proposed a $2.5 million penalty against Quillon Networks "
     "for spoofed robocalls.",
     [(["Federal Communications Commission"], ["Quillon Networks"], "enforcement", "filed")]),
    ("Ofcom levied a £3 million fine on Brightwave Media for breaching broadcasting rules.",
     [(["Ofcom"], ["Brightwave Media"], "enforcement", "decided")]),
    ("The European Commission slapped Tarrow Telecom with a 2 billion euro fine on Monday.",
     [(["European Commission"], ["Tarrow Telecom"], "enforcement", "decided")]),
    ("Ofcom hit Brightwave Media with a £3 million penalty for breaching broadcasting rules.",
     [(["Ofcom"], ["Brightwave Media"], "enforcement", "decided")]),
    ("A jury on Friday found the former mayor not guilty of bribery, ending the case against Dale Hoskins.",
     [([], ["Dale Hoskins"], "prosecution", "decided")]),
]


@pytest.mark.parametrize("text,want", STEPS)
def test_acquittals_and_fines_are_steps(text, want):
    assert claims(text) == want


# one person faces a prosecution whose prosecutor no sentence names, a regulator's fine, and a
# private suit: three actions, told in any order
THREE_AGAINST_ONE = [
    ("Consultant cleared, but fine stands\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
     "A Maine jury on Friday acquitted Noel Brandt, the consultant behind the fake voter calls.\n\n"
     "Last year, the Federal Communications Commission finalized a $5 million fine against Brandt for the calls.\n\n"
     "Still pending is a civil lawsuit brought by the Maine Voters Alliance. The suit names Brandt and Corva "
     "Dialing as defendants.",
     {(("Federal Communications Commission",), ("Noel Brandt",), "enforcement"),
      (("Maine Voters Alliance",), ("Noel Brandt", "Corva Dialing"), "lawsuit")},
     ("Noel Brandt", "prosecution", "decided")),
    ("Trader acquitted in Boston\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
     "A federal jury in Boston on Monday acquitted Hal Pierce of wire fraud.\n\n"
     "In March, the Commodity Futures Trading Commission levied a $1 million penalty against Pierce.\n\n"
     "Separately, a lawsuit was filed by Ostrava Capital, the fund that lost money on his trades. The "
     "complaint names Pierce as the defendant.",
     {(("Commodity Futures Trading Commission",), ("Hal Pierce",), "enforcement"),
      (("Ostrava Capital",), ("Hal Pierce",), "lawsuit")},
     ("Hal Pierce", "prosecution", "decided")),
]


@pytest.mark.parametrize("text,others,prosecution", THREE_AGAINST_ONE)
def test_a_prosecution_a_fine_and_a_suit_against_one_person_are_three_claims(text, others, prosecution):
    got = claims(text)
    assert len(got) == 3
    assert {(tuple(c), tuple(r), k) for c, r, k, _ in got if k != "prosecution"} == others
    assert [(r, k, s) for _, r, k, s in got if k == "prosecution"] == [([prosecution[0]], *prosecution[1:])]


# "Texas and a coalition of more than a dozen other states sued X": Texas brings it, and is a
# plaintiff party; the unnamed states are no name
CO_SUBJECTS = [
    ("In 2020, Texas and a coalition of more than a dozen other states sued Pellam Ads in federal court.",
     "Texas", "Pellam Ads"),
    ("Ohio and 40 other states have sued Vantor Social over its design features.", "Ohio", "Vantor Social"),
    ("Colorado, along with nine other states, sued Brisk Lending on Monday.", "Colorado", "Brisk Lending"),
    ("Oregon and several other states sued Kestrel Pharma last week.", "Oregon", "Kestrel Pharma"),
    # a body with unnamed members or peers beside it
    ("In May, the Harbor Restaurant Owners Association and 62 of its member businesses sued Forkly "
     "at the Halden Commercial Court.", "Harbor Restaurant Owners Association", "Forkly"),
    ("The Authors Guild and dozens of other authors sued Quillstack Labs in Manhattan.", "Authors Guild",
     "Quillstack Labs"),
]


@pytest.mark.parametrize("text,state,company", CO_SUBJECTS)
def test_a_state_with_unnamed_others_brings_the_suit(text, state, company):
    assert claims(text) == [([state], [company], "lawsuit", "filed")]
    assert roles(text)[state] == "plaintiff"


# a sentence that announces a second action in words no event phrase reads: the next
# sentence's suit is that second action, not the main one's filing told again
ANNOUNCED_PARALLEL = [
    ("Judge rules against Pellam Ads\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
     "A federal judge ruled on Thursday that Pellam Ads monopolized the market, in a case the Justice "
     "Department brought in 2023.\n\n"
     "Meanwhile, a parallel challenge to the same business is moving forward in state hands. In 2021, Texas "
     "and eleven other states sued Pellam Ads in federal court in Plano.",
     ["Texas"]),
    ("Ruling for regulators\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
     "A judge ruled on Monday that Corvex Labs misled its customers, in a case brought by the Federal Trade "
     "Commission.\n\n"
     "There is also a separate fight in Ohio. Ohio sued Corvex Labs in state court last year.",
     ["Ohio"]),
]


@pytest.mark.parametrize("text,second", ANNOUNCED_PARALLEL)
def test_an_announced_second_action_is_its_own_claim(text, second):
    got = claims(text)
    assert len(got) == 2
    assert [c for c, _, _, _ in got if c == second] == [second]


# words that only look like an announcement: an amended pleading, a figure of speech
ONE_ACTION = [
    "Maria Lopez sued Acme Robotics. On Friday, her lawyers filed a second amended complaint against Acme Robotics.",
    "Maria Lopez sued Acme Robotics. The lawsuit is a second front for the company, which Acme Robotics denies.",
    "Maria Lopez sued Acme Robotics last year. Acme Robotics Inc., whose lawyers filed the response on Monday, "
    "denied the claims by Maria Lopez.",
]


@pytest.mark.parametrize("text", ONE_ACTION)
def test_look_alike_announcements_keep_one_action(text):
    assert [c for c, _, _, _ in claims(text)] == [["Maria Lopez"]]


def test_a_sentence_without_an_announcement_keeps_one_action():
    text = ("Judge rules against Pellam Ads\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
            "A federal judge ruled on Thursday that Pellam Ads monopolized the market.\n\n"
            "The business is big in Texas. The suit against Pellam Ads was filed in 2021.")
    assert len(claims(text)) == 1


def test_other_states_in_a_sentence_do_not_make_it_an_earlier_case():
    text = ("Texas sues Pellam Ads\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
            "A federal judge ruled on Thursday against the Justice Department's rival suit, which names Pellam Ads.\n\n"
            "Separately, Texas and a coalition of more than a dozen other states sued Pellam Ads in Plano, accusing "
            "it of misleading advertisers. That complaint also accuses the company of breaking the Texas Deceptive "
            "Trade Practices Act.")
    doc = claimx.extract(text, published="2025-06-01")
    texas = [c for c in doc["claims"] if [x["name"] for x in c["claimants"]] == ["Texas"]]
    assert len(texas) == 1 and texas[0]["optional"] is False


# a sentence that names no side but announces a second action with an indefinite article opens
# one against the respondent just told, by a claimant the text leaves unnamed
OPENED_BESIDE = [
    ("Fitness app settles privacy class action\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
     "A class action accusing Pacera Health of selling users' location data has been settled for $3 million.\n\n"
     "The suit was brought in 2023 by Tomas Reyes, a user of its app. The settlement includes no admission of "
     "liability.\n\n"
     "A parallel proposed class action was filed last month in Quebec, seeking $10 million in damages.",
     "$10 million"),
    ("Lender settles overdraft suit\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
     "Rellix Lending has settled a lawsuit by borrower Nora Blake over overdraft fees for $2 million.\n\n"
     "A second class action was filed in Ontario last year, seeking $6 million.",
     "$6 million"),
]


@pytest.mark.parametrize("text,sum_", OPENED_BESIDE)
def test_an_announced_second_action_against_the_same_respondent_is_its_own_claim(text, sum_):
    doc = claimx.extract(text, published="2025-06-01")
    assert len(doc["claims"]) == 2
    second = doc["claims"][1]
    assert second["optional"] is False
    assert [x["name"] for x in second["respondents"]] == [x["name"] for x in doc["claims"][0]["respondents"]]
    assert [doc["amounts"][a]["text"] for a in second["amounts"]] == [sum_]


def test_claims_by_an_agency_are_brought_by_it():
    assert claims("Rellix Lending will pay $40 million to settle claims by the Consumer Financial Protection "
                  "Bureau that it hid fees from borrowers.") == \
        [(["Consumer Financial Protection Bureau"], ["Rellix Lending"], "enforcement", "settled")]


def test_a_separate_case_of_others_takes_no_respondent_of_the_main_one():
    text = ("Authors settle with Corvex AI\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
            "Corvex AI agreed to pay $20 million to settle a lawsuit by authors Ann Lyle and Ben Ortiz.\n\n"
            "In a separate case in the same courthouse, a judge ruled in June in a lawsuit by other writers, "
            "finding they had not shown harm.")
    doc = claimx.extract(text, published="2025-06-01")
    assert [[x["name"] for x in c["respondents"]] for c in doc["claims"] if not c["optional"]] == [["Corvex"]]


# "brought by Evanston resident Marisol Quintero": the town says where she lives; she brings it,
# and no party is named after the town ("every Illinois resident" is no respondent either)
WHERE_FROM = [
    ("The complaint, brought by Evanston resident Marisol Quintero, targets Reflekt Labs Inc. over face scans. Reflekt Labs Inc. denies the claims.",
     "Evanston", ["Marisol Quintero"], ["Reflekt Labs Inc."]),
    ("The lawsuit was filed Tuesday by Kitchener resident Daniel Moore against Pellam Ads Inc.",
     "Kitchener", ["Daniel Moore"], ["Pellam Ads Inc."]),
    ("Mara Lindqvist sued Corvex Labs Inc. on Monday. She seeks to represent every Ohio resident who used its app.",
     "Ohio", ["Mara Lindqvist"], ["Corvex Labs Inc."]),
]


@pytest.mark.parametrize("text,place,by,against", WHERE_FROM)
def test_a_place_before_resident_is_no_side(text, place, by, against):
    doc = claimx.extract(text, published="2025-06-01")
    assert place not in [p["name"] for p in doc["parties"]]
    assert [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]]) for c in doc["claims"]] == \
        [(by, against)]


# a fine told with its challenge in court is the regulator's enforcement, brought by the
# regulator, even where no sentence makes it the subject ("lost its appeal against a fine",
# "the tribunal upheld the penalty"); a regulator that sues in court still brings a lawsuit
PENALTY_CHALLENGED = [
    ("Varnell Games lost its final challenge on Tuesday against a 1.2 billion euro antitrust fine, after the "
     "Court of Justice of the European Union upheld a 2019 decision of the European Commission.\n\nThe ruling "
     "ends a six-year fight. Varnell Games was accused of abusing its dominance.",
     "European Commission", "Varnell Games"),
    ("Brightwave Media has appealed the 40 million euro fine imposed by the European Commission in March.\n\n"
     "Brightwave Media was accused of abusing its dominance.",
     "European Commission", "Brightwave Media"),
    ("Corvex Labs has filed an appeal before the Supreme Court of India challenging a tribunal decision that "
     "largely upheld the Competition Commission of India's penalty of Rs 900 crore.\n\nCorvex Labs was "
     "accused of abusing its dominance.",
     "Competition Commission of India", "Corvex Labs"),
]


@pytest.mark.parametrize("text,regulator,company", PENALTY_CHALLENGED)
def test_a_fine_challenged_in_court_is_the_regulators_enforcement(text, regulator, company):
    got = claims(text)
    assert [(c, r, k) for c, r, k, _ in got] == [([regulator], [company], "enforcement")]


# a regulator's own suit whose penalty a court upheld stays a lawsuit; a private suit whose
# damages were upheld gains no regulator
NOT_PENALTY_CHALLENGED = [
    ("The Federal Trade Commission sued Rellix Lending in federal court in 2022. On Monday an appeals court "
     "upheld the $5 million civil penalty against Rellix Lending.",
     [(["Federal Trade Commission"], ["Rellix Lending"], "lawsuit")]),
    ("A class action accused Corva Dialing of placing robocalls. The Federal Communications Commission has "
     "warned about such calls.\n\nOn Monday an appeals court upheld the verdict against Corva Dialing, "
     "including $5 million in statutory penalties.",
     [([], ["Corva Dialing"], "lawsuit")]),
]


@pytest.mark.parametrize("text,want", NOT_PENALTY_CHALLENGED)
def test_a_suit_with_its_penalty_upheld_is_no_regulators_enforcement(text, want):
    assert [(c, r, k) for c, r, k, _ in claims(text)] == want


# "X, whose office brought the charges": X brings the action, even after a preposition
WHOSE_OFFICE = [
    ("A jury on Friday acquitted Noel Brandt of voter suppression.\n\nThe verdict is a setback for Maine Attorney "
     "General Aaron Frey, whose office brought the charges in May 2024.",
     ["Aaron Frey"], ["Noel Brandt"], "prosecution"),
    ("Rellix Lending settled on Monday with Ohio Attorney General Dave Yost, whose office filed the lawsuit in "
     "2023 over hidden fees.",
     ["Dave Yost"], ["Rellix Lending"], "lawsuit"),
    # "X's office sued Y": X brings it
    ("Ohio Attorney General Dave Yost said on Monday that Rellix Lending had hidden its fees.\n\nYost's office "
     "has also sued Rellix Lending in state court over the fees.",
     ["Dave Yost"], ["Rellix Lending"], "lawsuit"),
    ("Maine Attorney General Aaron Frey spoke after the hearing.\n\nFrey\u2019s office charged Noel Brandt with "
     "voter suppression in May 2024.",
     ["Aaron Frey"], ["Noel Brandt"], "prosecution"),
]


@pytest.mark.parametrize("text,by,against,kind", WHOSE_OFFICE)
def test_whose_office_brought_it_brings_it(text, by, against, kind):
    assert [(c, r, k) for c, r, k, _ in claims(text)] == [(by, against, kind)]


def test_no_one_brings_an_action_against_themselves():
    text = ("Varnell to pay record sums in twin FTC settlements\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
            "Varnell Games has agreed to pay $20 million to resolve charges from the Federal Trade Commission.\n\n"
            "The larger piece is a $15 million civil penalty, the biggest ever imposed for breaking an FTC rule.")
    doc = claimx.extract(text, published="2025-06-01")
    for c in doc["claims"]:
        assert not {x["name"] for x in c["claimants"]} & {x["name"] for x in c["respondents"]}
        assert "Federal Trade Commission" not in [x["name"] for x in c["respondents"]]
    assert [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]]) for c in doc["claims"]] == \
        [(["Federal Trade Commission"], ["Varnell Games"])]


def claim_laws(text):
    doc = claimx.extract(text, published="2025-06-01")
    return [[doc["statutes"][s["statute"]]["name"] if isinstance(s, dict) and "statute" in s else s.get("name")
             for s in c["statutes"]] for c in doc["claims"]]


# "violated A, which bars X, as well as B": B is a law of the claim too
def test_a_list_of_laws_goes_on_past_the_clause_that_describes_one():
    text = ("The Maine Voters Alliance sued Corva Dialing on Monday. It claims the calls violated the Voting Rights "
            "Act, which bars intimidating voters, as well as the Telephone Consumer Protection Act.")
    assert claim_laws(text) == [["Voting Rights Act", "Telephone Consumer Protection Act"]]


# a law named only as what the defendant is immune under, or what the suit goes on despite, is
# a defence, no claim's law
SHIELDS = [
    ("Linda Castell sued Pellam Social in 2022. A judge had dismissed the case in 2023, finding Pellam Social "
     "immune under Section 230 of the Communications Decency Act.\n\nAn appeals court on Monday revived the "
     "suit, holding that a design claim can go forward despite Section 230 of the Communications Decency Act."),
    ("Linda Castell sued Pellam Social in 2022, saying its feed harmed her son. The company argued the claims "
     "were barred by Section 230 of the Communications Decency Act."),
]


@pytest.mark.parametrize("text", SHIELDS)
def test_a_law_named_only_as_a_shield_is_no_claims_law(text):
    assert claim_laws(text) == [[]]


# a step said not to have happened, or only possible, sets no status
UNREACHED_STEPS = [
    ("Maria Lopez sued Acme Robotics in 2023. On Thursday a federal judge ruled that Acme Robotics broke the "
     "law.\n\nNo appeal can be lodged until the court decides on a remedy.", "ruled"),
    ("Maria Lopez sued Acme Robotics in 2023. On Thursday a federal judge ruled for Maria Lopez.\n\nAcme Robotics "
     "cannot appeal before the court sets damages.", "ruled"),
    ("A judge has dismissed the lawsuit Maria Lopez brought against Acme Robotics.\n\nThe judge ruled that Acme "
     "Robotics could not be held liable for what its users post.", "dismissed"),
    ("A judge has dismissed the lawsuit Maria Lopez brought against Acme Robotics.\n\nUnder state law, Maria Lopez "
     "may now be ordered to pay Acme Robotics' legal fees.", "dismissed"),
    # an appeal only weighed
    ("A jury on Monday found Acme Robotics liable to Maria Lopez and awarded her $2 million.\n\nA lawyer for Acme "
     "Robotics said the company had not ruled out an appeal.", "decided"),
    ("A jury on Monday found Acme Robotics liable to Maria Lopez and awarded her $2 million.\n\n\"We are "
     "evaluating our options, including an appeal,\" a spokesperson for Acme Robotics said.", "decided"),
    # an appeal that ended
    ("Maria Lopez sued Acme Robotics in 2021 over a faulty forklift.\n\n"
     "Acme Robotics on Friday lost its final appeal against the verdict won by Maria Lopez in 2023.", "decided"),
    ("Maria Lopez sued Acme Robotics in 2021 over a faulty forklift.\n\n"
     "The state's highest court dismissed Acme Robotics' appeal of the $2 million verdict in Maria Lopez's "
     "favour on Friday.", "decided"),
    ("Maria Lopez sued Acme Robotics in 2021 over a faulty forklift.\n\n"
     "An appeals court rejected Acme Robotics' appeal, leaving the jury's award to Maria Lopez in place.", "decided"),
    # a worker dismissed, the unfair dismissal a claim alleges: no dismissal of the action
    ("Maria Lopez sued Acme Robotics in federal court on Monday. She says she was dismissed for asking for "
     "a chair during her pregnancy.", "filed"),
    ("Maria Lopez has brought an employment tribunal claim against Acme Robotics, saying she was unfairly "
     "dismissed in March.", "filed"),
]


@pytest.mark.parametrize("text,status", UNREACHED_STEPS)
def test_a_step_that_did_not_happen_sets_no_status(text, status):
    assert [s for _, _, _, s in claims(text)] == [status]


# an action only to come ("said it would take legal action", "plans to sue") tells no kind of
# the one the sentence reports; "decided to file a criminal complaint" is a step (a regulator's
# referral to prosecutors: its enforcement, since a regulator prosecutes no one)
def test_a_suit_to_come_tells_no_kind():
    text = ("Ofcom fined Brightwave Media £3 million on Monday for breaching broadcasting rules.\n\n"
            "Brightwave Media said it would take legal action to overturn the decision.")
    assert [k for _, _, k, _ in claims(text)] == ["enforcement"]


def test_a_criminal_complaint_to_be_filed_is_a_step():
    text = "Ofcom also decided to file a criminal complaint with prosecutors against Brightwave Media."
    assert claims(text) == [(["Ofcom"], ["Brightwave Media"], "enforcement", "filed")]
    text = "The Seoul prosecutors decided to file a criminal complaint against Brightwave Media on Monday."
    assert [k for _, _, k, _ in claims(text)] == ["prosecution"]


def test_the_court_of_a_suit_to_come_is_not_where_the_action_is():
    text = ("Ofcom fined Brightwave Media £3 million on Monday for breaching broadcasting rules.\n\n"
            "Brightwave Media said it would file a suit with the High Court of Justice to overturn the decision.")
    assert [k for _, _, k, _ in claims(text)] == ["enforcement"]


# a suit with no named claimant told in several kinds of words (a settled group action, a
# headline's "was fined"), and a regulator's fine of the same company: two actions
MOSTLY_A_SUIT = [
    "Harlow Rail settles passenger data group claim\n"
    "Operator was fined £4m by the privacy regulator in 2023\n"
    "Harlow Rail has settled a High Court group action brought by passengers whose card details were "
    "stolen in a 2022 hack of its booking site, lawyers for the claimants said on Thursday.\n"
    "The terms of the settlement were not disclosed.\n"
    "The Information Commissioner's Office fined Harlow Rail £4m in March 2023, finding that the operator "
    "had failed to protect customers' data.\n"
    "A Harlow Rail spokesperson said the company was glad the settlement was behind it.\n",
    # the step told before, named after the fine: the group action's
    "Harlow Rail settles passenger data group claim\n"
    "Harlow Rail has settled a High Court group action brought by passengers whose card details were "
    "stolen in a 2022 hack of its booking site, lawyers for the claimants said on Thursday.\n"
    "The Information Commissioner's Office fined Harlow Rail £4m in March 2023, finding that the operator "
    "had failed to protect customers' data.\n"
    "Before the settlement, a trial of the group action had been set for 2026.\n",
    "Corby Energy settles customer class action over billing errors\n"
    "Supplier was fined $6 million by regulators last year\n"
    "Corby Energy has settled a class action brought by customers who were overbilled for three years, "
    "their lawyers said on Monday.\n"
    "The terms of the settlement were confidential.\n"
    "The Federal Energy Regulatory Commission fined Corby Energy $6 million last year over the billing "
    "errors.\n"
    "Corby Energy said it had refunded every affected customer.\n",
]


@pytest.mark.parametrize("text", MOSTLY_A_SUIT)
def test_a_suit_told_mostly_in_suit_words_stays_apart_from_a_regulators_fine(text):
    got = claims(text)
    company = got[0][1]
    suits = [c for c in got if c[2] == "lawsuit"]
    fines = [c for c in got if c[2] == "enforcement"]
    assert len(suits) == 1 and suits[0][0] == [] and suits[0][1] == company and suits[0][3] == "settled"
    assert len(fines) == 1 and fines[0][1] == company and fines[0][0] != [] and fines[0][3] == "decided"


def _frame(start, *events, recalls=()):
    from claimx.extractors.claims.frames import Event, Frame
    return Frame(start, start + 10, events=[Event(start, start + 5, stage, kind, None, word)
                                            for word, kind, stage in events], recalls=set(recalls))


def test_a_step_told_before_goes_to_the_action_of_its_own_kind():
    """'The group action was brought under the Data Protection Act', after a suit and a
    regulator's fine that both told a filing: the suit's sentence, not the fine's."""
    from claimx.extractors.claims.assembly import Group
    from claimx.extractors.claims.others import recalled
    suit, fine = Group(), Group()
    suit.add(_frame(0, ("group action", "lawsuit", "filed"), ("settled", None, "settled")))
    fine.add(_frame(100, ("fined", "enforcement", "decided"), ("complaints", None, "filed")))
    other = Group()
    other.add(_frame(200, ("fined", "enforcement", "decided")))
    sentence = _frame(300, ("group action", "lawsuit", "filed"), recalls={"filed"})
    assert recalled(sentence, [suit, fine, other], other) is suit
    # a sentence in no kind's words goes to the last action that told the step
    plain = _frame(300, ("claims", None, "filed"), recalls={"filed"})
    assert recalled(plain, [suit, fine, other], other) is fine


# a guilty plea and, after it in the sentence, the sentence or fine: decided, not settled
PLEA_THEN_SENTENCE = [
    "Prosecutors charged Dale Hoskins with bribery in 2023.\n\nHoskins pleaded guilty in March and was sentenced "
    "to two years in prison, and the plea deal was described in court as a settlement of the case.",
    "Prosecutors charged Marlow Bakeries with price-fixing in 2022.\n\nMarlow Bakeries pleaded guilty to four counts "
    "and was fined $5 million by the court.\n\nThe settlement of the civil suits came later.",
]


@pytest.mark.parametrize("text", PLEA_THEN_SENTENCE)
def test_a_plea_followed_by_its_sentence_is_decided(text):
    [(_, _, kind, status)] = claims(text)
    assert (kind, status) == ("prosecution", "decided")


# a second claimant's own suit, named beside its action's words only ("X, another maker, is
# pursuing its own suit against Y"): a second claim, not a sentence of the first
OWN_SUIT_BESIDE = [
    "Harbor News agreed on Tuesday to pay $80 million to Veritas Machines, ending a defamation lawsuit over "
    "its broadcasts.\n\nVeritas Machines filed the suit in 2021.\n\nTallis Systems, another voting-machine maker, "
    "is pursuing its own defamation suit against Harbor News in New York.\n\nThat case seeks $2 billion.\n",
]


@pytest.mark.parametrize("text", OWN_SUIT_BESIDE)
def test_a_second_claimants_own_suit_is_its_own_claim(text):
    got = {tuple(c[0]): c for c in claims(text)}
    assert set(got) == {("Veritas Machines",), ("Tallis Systems",)}
    assert got[("Veritas Machines",)][1] == got[("Tallis Systems",)][1] == ["Harbor News"]
    assert got[("Veritas Machines",)][3] == "settled" and got[("Tallis Systems",)][3] == "filed"


# a criminal authority named as such brings a prosecution, not a regulator's suit
CRIMINAL_BODIES = [
    "Two directors of Kopa Lending were charged in court on Tuesday with cyber harassment after an "
    "investigation by the Directorate of Criminal Investigations.\n\nThe Directorate of Criminal Investigations "
    "charged Peter Mwangi and Ann Njeri with unlawful disclosure of personal data.\n",
]


@pytest.mark.parametrize("text", CRIMINAL_BODIES)
def test_a_criminal_authority_brings_a_prosecution(text):
    assert {c[2] for c in claims(text)} == {"prosecution"}


# a suit told as brought by people a class noun names, beside a regulator's fine of the same company
PEOPLE_AS_AGENT = [
    "The Office of the Data Protection Commissioner fined Kopa Lending 4.5 million shillings in October for sharing "
    "borrowers' contact lists.\n\nSeparately, Kopa Lending last month settled a petition filed at the High "
    "Court by 27 borrowers who said their privacy had been violated.\n",
    "The Information Commissioner's Office fined Harlow Rail £4m in March for failing to protect card data.\n\n"
    "Harlow Rail has also settled a group action brought by thousands of passengers whose details were stolen.\n",
]


@pytest.mark.parametrize("text", PEOPLE_AS_AGENT)
def test_a_suit_brought_by_a_class_of_people_is_apart_from_the_regulators_fine(text):
    got = sorted(claims(text), key=lambda c: c[2])
    assert [(c[2], c[3]) for c in got] == [("enforcement", "decided"), ("lawsuit", "settled")]
    assert got[1][0] == [] and got[0][1] == got[1][1]


# the reviewer's look-alikes: an appeal after "lost ... and", a case dismissed after "workers"
STILL_STEPS = [
    ("Maria Lopez sued Acme Robotics in 2021.\n\nAcme Robotics lost at trial and appealed in May.", "appealed"),
    ("Maria Lopez sued Acme Robotics in 2021.\n\nShe won and Acme Robotics appealed.", "appealed"),
    ("Maria Lopez sued Acme Robotics in 2021.\n\nAcme Robotics took several steps, including an appeal filed "
     "on Monday.", "appealed"),
    ("Maria Lopez sued Acme Robotics in 2021.\n\nThe claims brought by the workers were dismissed in May.",
     "dismissed"),
    ("Maria Lopez sued Acme Robotics in 2021.\n\nThe suit filed by the employees was dismissed on Friday.",
     "dismissed"),
]


@pytest.mark.parametrize("text,status", STILL_STEPS)
def test_look_alikes_of_an_ended_appeal_or_a_worker_dismissed_keep_their_step(text, status):
    assert [c[3] for c in claims(text)] == [status]


def test_a_won_lawsuit_keeps_its_kind():
    text = ("The Federal Trade Commission won its lawsuit against Acme Robotics in the U.S. District Court for the "
            "District of Delaware on Monday.")
    assert [c[2] for c in claims(text)] == ["lawsuit"]


# a suit told as new ("a representative claim was issued"), with no side, right after a
# regulator's fine: a second action against the fined company, whoever brings it is named next
FINE_THEN_NEW_SUIT = [
    ("Watchdog fines Pebblechat\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
     "The Information Commissioner's Office has fined Pebblechat Ltd £6.1 million for processing children's data "
     "without consent. Pebblechat said it had lodged an appeal with the tribunal.\n\n"
     "On Friday, a representative claim was issued in the High Court on behalf of every child who used the app. "
     "It is brought by Moira Kettering, a former teacher, and seeks damages of up to £200m.",
     "Moira Kettering"),
    ("Regulator fines Drovo\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
     "The Federal Communications Commission fined Drovo Telecom $3 million over robocalls on Monday.\n\n"
     "A proposed class action was filed in federal court in Denver on Wednesday. "
     "It was brought by Carla Mendes, a Drovo customer.",
     "Carla Mendes"),
]


@pytest.mark.parametrize("text,claimant", FINE_THEN_NEW_SUIT)
def test_a_suit_told_as_new_after_a_fine_is_its_own_claim(text, claimant):
    got = claims(text)
    kinds = {k: (c, r) for c, r, k, _ in got}
    assert set(kinds) == {"enforcement", "lawsuit"}
    assert kinds["lawsuit"][0] == [claimant]
    assert kinds["lawsuit"][1] == kinds["enforcement"][1]


def test_a_suit_told_as_new_after_a_suit_is_no_second_claim():
    text = ("Maria Lopez sued Acme Robotics in state court in May.\n\n"
            "A class action was filed on her behalf in federal court on Wednesday, her lawyers said.")
    assert [(c, r) for c, r, _, _ in claims(text)] == [(["Maria Lopez"], ["Acme Robotics"])]
