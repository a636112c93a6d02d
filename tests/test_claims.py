"""Claims: one item per legal action, read from news-style sentences (own fixtures)."""
import json

import pytest

import claimx

ARTICLES = {
    "state_ag_suit": (
        "Texas Attorney General Ken Paxton sued Meta Platforms on Monday, accusing the company of violating the "
        "Texas Deceptive Trade Practices Act.\n\nThe lawsuit, filed in Harrison County district court, seeks civil "
        "penalties of $10,000 per violation. Meta said it would fight the case."),
    "class_action_settled": (
        "Google has agreed to pay $350 million to settle a class action brought by shareholders over a data leak, "
        "according to a filing in federal court in San Jose.\n\nThe settlement still needs approval from U.S. "
        "District Judge Rita Lin."),
    "indictment": (
        "A federal grand jury indicted former Acme Corp. executive John Miller on wire fraud charges, the Justice "
        "Department said Tuesday.\n\nMiller pleaded not guilty at his arraignment in Boston."),
    "regulator_fine": (
        "The Federal Communications Commission fined Lumen Wireless $4.5 million on Tuesday for breaching the "
        "Telephone Consumer Protection Act.\n\nLumen Wireless said it disagreed with the decision."),
    # "she will appeal": a step announced, not reached (GUIDELINES: appealed = an appeal filed or pending)
    "dismissal_then_appeal": (
        "A federal judge dismissed the lawsuit that Jane Carter filed against Vortex Media last year, ruling that "
        "the claims were barred.\n\nCarter said on Friday that she will appeal the decision."),
    "parallel_suits": (
        "The Federal Trade Commission sued Amazon in federal court in Seattle on Tuesday, alleging the retailer "
        "tricked shoppers into subscriptions.\n\nSeparately, the state of Ohio sued Amazon in state court over the "
        "same practices."),
    "past_case_in_passing": (
        "A group of parents sued Snap Inc. in Los Angeles on Thursday, alleging its app harms teenagers.\n\n"
        "In 2021, Meta settled a similar class action in Illinois for $650 million."),
    "official_and_state": (
        "Ohio sues Corvex over fitness tracker data\n\nOhio Attorney General Dana Whitlock sued Corvex Labs on "
        "Wednesday, saying the company sold location data without consent.\n\nCorvex Labs said the claims were "
        "baseless."),
    "control": (
        "The city council approved a new budget on Tuesday, adding $5 million for parks and hiring 40 new "
        "teachers.\n\nThe mayor said the plan would cut wait times."),
}

# (article, [(claimants, respondents, kind, status, statutes, amounts, optional)])
EXPECTED = {
    "state_ag_suit": [(["Ken Paxton"], ["Meta Platforms"], "lawsuit", "filed",
                       ["Texas Deceptive Trade Practices Act"], ["$10,000 per violation"], False)],
    "class_action_settled": [([], ["Google"], "lawsuit", "settled", [], ["$350 million"], False)],
    "indictment": [(["Justice Department"], ["John Miller"], "prosecution", "filed", [], [], False)],
    "regulator_fine": [(["Federal Communications Commission"], ["Lumen Wireless"], "enforcement", "decided",
                        ["Telephone Consumer Protection Act"], ["$4.5 million"], False)],
    "dismissal_then_appeal": [(["Jane Carter"], ["Vortex Media"], "lawsuit", "dismissed", [], [], False)],
    "parallel_suits": [(["Federal Trade Commission"], ["Amazon"], "lawsuit", "filed", [], [], False),
                       (["Ohio"], ["Amazon"], "lawsuit", "filed", [], [], False)],
    "past_case_in_passing": [([], ["Snap Inc."], "lawsuit", "filed", [], [], False),
                             ([], ["Meta"], "lawsuit", "settled", [], ["$650 million"], True)],
    "official_and_state": [(["Ohio", "Dana Whitlock"], ["Corvex Labs"], "lawsuit", "filed", [], [], False)],
    "control": [],
}


def summary(doc):
    out = []
    for c in doc["claims"]:
        out.append(([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["kind"],
                    c["status"], [x["name"] for x in c["statutes"]], [doc["amounts"][i]["text"] for i in c["amounts"]],
                    c["optional"]))
    return out


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_claims_by_family(name):
    doc = claimx.extract(ARTICLES[name])
    assert summary(doc) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_claim_indexes_and_evidence_point_into_the_document(name):
    text = ARTICLES[name]
    doc = claimx.extract(text)
    for c in doc["claims"]:
        for side in c["claimants"] + c["respondents"]:
            if side["party"] is not None:
                party = doc["parties"][side["party"]]
                assert side["name"] == party["name"] or side["name"] in {m["text"] for m in party["mentions"]}
        for st in c["statutes"]:
            assert doc["statutes"][st["statute"]]["name"] == st["name"]
        for i in c["amounts"]:
            assert 0 <= i < len(doc["amounts"])
        for d in c["dates"]:
            assert 0 <= d["date"] < len(doc["dates"])
        assert c["evidence"]
        for e in c["evidence"]:
            sent = text[e["start"]:e["end"]]
            assert sent == sent.strip() and sent == e["text"]
        assert any(e["start"] <= doc["amounts"][i]["start"] < e["end"] for i in c["amounts"] for e in c["evidence"]) \
            or not c["amounts"]


def test_dates_say_what_they_date():
    doc = claimx.extract(ARTICLES["state_ag_suit"], published="2024-03-06")
    (claim,) = doc["claims"]
    dated = {(doc["dates"][d["date"]]["text"], d["what"]) for d in claim["dates"]}
    assert ("Monday", "filed") in dated


def test_a_date_dates_the_furthest_step_its_sentence_reports():
    """'has denied the motion to dismiss the lawsuit': the date is the ruling's, not the filing's."""
    text = ("June 4, 2024 - A state judge has denied Corvex Labs' motion to dismiss the lawsuit brought by Nora "
            "Blake under the Consumer Sales Practices Act.\n\nBlake filed the case in 2023.")
    doc = claimx.extract(text)
    (claim,) = doc["claims"]
    assert claim["status"] == "ruled"
    dated = sorted((doc["dates"][d["date"]]["text"], d["what"]) for d in claim["dates"])
    assert dated == [("2023", "filed"), ("June 4, 2024", "ruled")]


def test_caption_and_docket_when_the_text_gives_them():
    text = ("Rivera sued Northwind Logistics in federal court in Chicago, in a case captioned Rivera v. Northwind "
            "Logistics, No. 1:24-cv-01234.\n\nNorthwind Logistics denied the claims.")
    doc = claimx.extract(text)
    (claim,) = doc["claims"]
    assert claim["caption"] == "Rivera v. Northwind Logistics"
    assert claim["docket"] == "1:24-cv-01234"


def test_claims_are_deterministic_and_follow_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    from claimx.tools.schema import load_schema

    validator = jsonschema.Draft202012Validator(load_schema())
    for text in ARTICLES.values():
        a, b = claimx.extract(text), claimx.extract(text)
        assert json.dumps(a) == json.dumps(b)
        validator.validate(a)


def test_chunked_documents_keep_claim_indexes_and_evidence_right():
    from claimx.document import merge_documents

    first, second = ARTICLES["state_ag_suit"] + "\n\n", ARTICLES["regulator_fine"]
    merged = merge_documents([(0, claimx.extract(first)), (len(first), claimx.extract(second))])
    text = first + second
    assert len(merged["claims"]) == 2
    for c in merged["claims"]:
        for side in c["claimants"] + c["respondents"]:
            if side["party"] is not None:
                assert merged["parties"][side["party"]]["name"] == side["name"]
        for st in c["statutes"]:
            assert merged["statutes"][st["statute"]]["name"] == st["name"]
        for e in c["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]
        for i in c["amounts"]:
            a = merged["amounts"][i]
            assert text[a["start"]:a["end"]] == a["text"]
    assert [merged["amounts"][i]["text"] for c in merged["claims"] for i in c["amounts"]] == \
        ["$10,000 per violation", "$4.5 million"]


# Sides the slots must read in full: coordinated names after the verb, states that join
# another's suit ("joined the bureau's lawsuit"), claimants named only in a later sentence.
SIDES = [
    ("The Daily Ledger sued Vantor AI and Microsoft on Wednesday in Manhattan, saying the companies copied "
     "its articles.\n\nThe Ledger says millions of stories were used.",
     [(["Daily Ledger"], ["Vantor", "Microsoft"])]),
    ("The Consumer Financial Protection Bureau sued Harlow Lending in March over hidden fees.\n\nIdaho, Utah "
     "and Montana later joined the bureau’s lawsuit against Harlow Lending.\n\nIdaho, Utah and Montana joined "
     "the CFPB’s lawsuit in April.",
     [(["Consumer Financial Protection Bureau", "Idaho", "Utah", "Montana"], ["Harlow Lending"])]),
    ("Trenton Foods agreed to settle a lawsuit over mislabeled snacks, court papers show.\n\nThe suit was "
     "filed in 2021 by Alma Ruiz and Omar Haddad, two shoppers from Newark.",
     [(["Alma Ruiz", "Omar Haddad"], ["Trenton Foods"])]),
    ("Oregon, Vermont and Maine sued Quillon Health on Thursday, saying the insurer denied claims "
     "unlawfully.\n\nQuillon Health said it would defend itself.",
     [(["Oregon", "Vermont", "Maine"], ["Quillon Health"])]),
]


@pytest.mark.parametrize("text,expected", SIDES)
def test_claim_sides_are_read_in_full(text, expected):
    doc = claimx.extract(text)
    got = [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]]) for c in doc["claims"]]
    assert got == expected


# A sum in brackets after another, hedged or not, is its conversion, not a second sum.
CONVERSIONS = [
    ("The Information Commissioner's Office fined Pelham Telecom £50,000 (about $63,000) on Monday for "
     "breaching the rules.", ["£50,000"]),
    ("The Gaming Commission fined Redline Bets €2 million (roughly $2.2 million) for breaking the Gambling Act.",
     ["€2 million"]),
    ("The regulator fined Tallis Post £8,000 ($10,100) and said the fine would rise by £50 (approximately $63) "
     "a day.", ["£8,000", "£50"]),
]


@pytest.mark.parametrize("text,sums", CONVERSIONS)
def test_a_converted_sum_is_not_a_claim_sum(text, sums):
    doc = claimx.extract(text)
    got = [doc["amounts"][i]["text"] for c in doc["claims"] for i in c["amounts"]]
    assert [s for s in got if "$" in s] == [] and all(any(g.startswith(s) for g in got) for s in sums)


def test_a_regulators_other_action_is_under_the_same_law():
    text = ("The Financial Conduct Authority fined Harbor Brokers £3 million under the Financial Services and "
            "Markets Act on Tuesday.\n\nThe Financial Conduct Authority also opened an investigation into "
            "Clearwater Advisers, a smaller firm in Leeds, and said it had charged Clearwater Advisers.")
    doc = claimx.extract(text)
    got = [([x["name"] for x in c["respondents"]], [x["name"] for x in c["statutes"]]) for c in doc["claims"]]
    assert got == [(["Harbor Brokers"], ["Financial Services and Markets Act"]),
                   (["Clearwater Advisers"], ["Financial Services and Markets Act"])]


def test_a_private_suit_beside_it_takes_no_law_it_does_not_name():
    text = ("Ohio sued Corvex Labs under the Consumer Sales Practices Act on Monday.\n\nSeparately, Nora Blake "
            "sued Corvex Labs in federal court over the same data sales.")
    doc = claimx.extract(text)
    laws = {tuple(x["name"] for x in c["claimants"]): [x["name"] for x in c["statutes"]] for c in doc["claims"]}
    assert laws.get(("Nora Blake",)) == []


# Who faces the action: the subject of "is/are accused", "was charged" (a passive, though the
# event word is the active one's) joins the prosecution's accused; "X and Company" is one name.
ACCUSED = [
    ("Federal prosecutors charged Dale Ortiz with bank fraud on Monday, the U.S. Attorney's Office in Denver "
     "said.\n\nOrtiz and Lena Brooks are accused of moving stolen funds through shell companies.",
     [(["Dale Ortiz", "Lena Brooks"], "prosecution")]),
    ("Carla Mendes sued Harlan Foods and Company over a recalled salad mix.", [(["Harlan Foods"], "lawsuit")]),
    ("The Consumer Financial Protection Bureau fined Ridgeway Bank $2 million on Tuesday.\n\nOwen Pratt and "
     "Sara Kim were accused of opening accounts without consent.",
     [(["Ridgeway Bank", "Owen Pratt", "Sara Kim"], "enforcement")]),
]


@pytest.mark.parametrize("text,expected", ACCUSED)
def test_the_accused_are_read_as_respondents(text, expected):
    doc = claimx.extract(text)
    got = [([x["name"] for x in c["respondents"]], c["kind"]) for c in doc["claims"]]
    assert got == expected
    assert all(x["name"] not in {"Lena Brooks", "Owen Pratt"} for c in doc["claims"] for x in c["claimants"])


@pytest.mark.parametrize("text,claimants", [
    ("The Justice Department sued Nevada on Friday over a new voting law.\n\nThe lawsuit deepens a feud over "
     "rules drafted by Governor Lena Ortiz's office.", ["Justice Department"]),
    ("Harbor Bank was sued on Monday in a class action brought by depositors Maya Chen and Luis Ortega over "
     "hidden fees.", ["Maya Chen", "Luis Ortega"]),
])
def test_by_names_who_brings_the_action_only_after_an_action_word(text, claimants):
    doc = claimx.extract(text)
    assert [x["name"] for c in doc["claims"] for x in c["claimants"]] == claimants


@pytest.mark.parametrize("text,n", [
    # one plaintiff under two names: one suit
    ("Lord Edmund Hale is suing Pellmore Press over phone hacking.\n\nThe Earl of Wexford is suing Pellmore "
     "Press for damages.", None),
    # a second plaintiff whose suit the text says is its own: two suits
    ("Nora Blake sued Corvex Labs in federal court on Monday over data sales.\n\nSeparately, Ivan Petrov "
     "sued Corvex Labs in state court over the same practice.", 2),
])
def test_a_second_suit_against_one_respondent_needs_a_word_that_says_so(text, n):
    doc = claimx.extract(text)
    plaintiffs = [p for p in doc["parties"] if p["role"] == "plaintiff"]
    assert len(doc["claims"]) == (n or 1)
    if n is None:
        assert len(plaintiffs) >= 1
