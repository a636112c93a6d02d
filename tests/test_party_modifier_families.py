"""Parties, issue #22 family: words that only describe are no party. A nationality ("the
Australian government", "misleading Brazilian users"), a state or city after an article ("the
Texas rules", "a Miami exchange") and a month's abbreviation ("on Sept. 15") name nobody who
sues or is sued. All sentences are our own."""
import pytest

import claimx


def party_names(text):
    return [p["name"] for p in claimx.extract(text, published="2025-06-01")["parties"]]


@pytest.mark.parametrize("sentence,word", [
    ("Kestrel Interactive sued the regulator, saying the Australian government had overreached.", "Australian"),
    ("The watchdog fined Kestrel Interactive for misleading Brazilian users about their data.", "Brazilian"),
    ("Kestrel Interactive was sued for misleading Australians about location data.", "Australians"),
    ("The complaint was filed by an Austrian privacy campaigner against Kestrel Interactive.", "Austrian"),
])
def test_a_nationality_is_no_party(sentence, word):
    assert word not in party_names(sentence)


@pytest.mark.parametrize("sentence,place", [
    ("Varga Pagos sued the regulator on Monday, saying the Texas rules it broke were void.", "Texas"),
    ("The regulator sued a Miami exchange, Halvard Markets, on Tuesday.", "Miami"),
    ("Dana Ruiz sued Kestrel Interactive after the Chicago fire destroyed her home.", "Chicago"),
])
def test_a_place_after_an_article_only_describes(sentence, place):
    names = party_names(sentence)
    assert place not in names and len(names) >= 1


def test_a_place_named_bare_still_sues():
    assert "Texas" in party_names("Texas sued Kestrel Interactive on Monday over its data practices.")


@pytest.mark.parametrize("month", ["Sept", "Feb", "Oct"])
def test_a_months_abbreviation_is_no_party(month):
    names = party_names(f"The commission announced the fine on {month}. 15, after it found that Kestrel "
                        "Interactive broke the rules.")
    assert month not in names


@pytest.mark.parametrize("sentence,place,name", [
    ("The agency sued Miami crypto exchange Halvard Markets Inc. on Tuesday.", "Miami", "Halvard Markets Inc."),
    ("The EEOC sued Nashville carrier Tollan Freight Lines over its leave policy.", "Nashville", "Tollan Freight Lines"),
    ("The agency sued San Francisco startup Kindlr on Tuesday.", "San Francisco", "Kindlr"),
])
def test_a_place_before_what_a_name_is_describes_the_name(sentence, place, name):
    doc = claimx.extract(sentence, published="2025-06-01")
    names = [p["name"] for p in doc["parties"]]
    assert place not in names and name in names
    assert [[x["name"] for x in c["respondents"]] for c in doc["claims"]] == [[name]]


def test_a_name_coined_in_quotation_marks_is_no_party():
    text = ("The SEC said Halvard Markets had agreed to pay $2 million to settle charges that its "
            "\"Halvard Yield\" program was an unregistered offering. Investors put $30 million into Halvard Yield.")
    names = party_names(text)
    assert "Halvard Markets" in names and "Halvard Yield" not in names


def test_a_group_known_by_a_quoted_name_stays_a_party():
    text = ("Four members of a hacking group known as \"Night Owls\" were charged on Monday with wire fraud. "
            "Prosecutors said Night Owls stole $3 million.")
    assert "Night Owls" in party_names(text)


@pytest.mark.parametrize("word", ["What", "Why", "How", "Where"])
def test_a_question_word_opens_no_name(word):
    text = (f"Explainer: {word} Germany's top court decided against Kestrel Interactive\n\n"
            "The Federal Court of Justice ruled that Kestrel Interactive must pay damages to its users.\n")
    names = party_names(text)
    assert not any(n.startswith(word) for n in names) and "Kestrel Interactive" in names


def test_a_nationality_is_no_claims_side():
    doc = claimx.extract("Dana Okafor sued Kestrel Interactive Ltd on Monday on behalf of British children, "
                         "seeking £40 million.", published="2025-06-01")
    assert [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]]) for c in doc["claims"]] == [
        (["Dana Okafor"], ["Kestrel Interactive Ltd"])]


def test_the_first_word_of_a_place_based_description_is_no_party():
    doc = claimx.extract("The state sued San Francisco-based Kindred Labs Inc. on Monday, accusing the company of "
                         "hiding its fees.", published="2025-06-01")
    names = [p["name"] for p in doc["parties"]]
    assert "San" not in names and "Kindred Labs Inc." in names
    assert [[x["name"] for x in c["respondents"]] for c in doc["claims"]] == [["Kindred Labs Inc."]]


def test_a_courts_number_ends_its_name():
    doc = claimx.extract("The association filed its claim before Madrid Commercial Court No. 5 against Kestrel "
                         "Interactive S.L. on Monday.", published="2025-06-01")
    courts = [p["text"] for p in doc["parties"] if p["role"] == "court"]
    assert courts == ["Madrid Commercial Court No. 5"]
    assert [c["court"] for c in doc["claims"]] == ["Madrid Commercial Court No. 5"]
