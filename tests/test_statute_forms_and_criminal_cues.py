"""Issue #22 families from heldout8's errors. Statutes: laws named head first, as other
countries' laws are in English ("the Act on ...", "the General Law for ..."); a section of an
act whose year follows a comma ("Section 4 of the Competition Act, 2002"); UK act names with
"at" and "etc." inside; the US Constitution's named clauses, one item with the amendment they
sit in. Criminal cues: "indicted X" names the accused, "on fraud charges" after a name is no
prosecutor's verb, a prosecutors' office in the plural possessive prosecutes, and a payment's
"settlement reports" settle nothing. All sentences are our own."""
import pytest

import claimx


def statutes(text):
    text = "Corvane Ltd was sued on Monday. " + text
    doc = claimx.extract(text)
    for s in doc["statutes"]:
        for m in s["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    return {s["name"]: [m["text"] for m in s["mentions"]] for s in doc["statutes"]}


@pytest.mark.parametrize("sentence,name", [
    ("Prosecutors charged him under the Act on the Aggravated Punishment of Specific Economic Crimes.",
     "Act on the Aggravated Punishment of Specific Economic Crimes"),
    ("The regulator fined it under the Act on Fair Transactions in Large Retail Business on Monday.",
     "Act on Fair Transactions in Large Retail Business"),
    ("The commission found a breach of the Law on the Protection of Competition.", "Law on the Protection of Competition"),
    ("The group relied on the General Law for the Defence of Consumers and Users in Madrid.",
     "General Law for the Defence of Consumers and Users"),
    ("The Korean Act on Promotion of Competition for Specified Smartphone Software took effect.",
     "Act on Promotion of Competition for Specified Smartphone Software"),
])
def test_a_law_named_head_first(sentence, name):
    assert name in statutes(sentence)


@pytest.mark.parametrize("sentence", [
    "Lawmakers said Congress must Act on Climate Change now.",
    "The court weighed the Privacy Act on the Senate floor.",
])
def test_a_head_and_a_preposition_alone_name_no_law(sentence):
    assert not any(n.startswith(("Act on", "Privacy Act on")) for n in statutes(sentence))


def test_a_sections_act_keeps_the_year_after_its_comma():
    found = statutes("The CCI said it abused its dominance under Section 4 of the Competition Act, 2002, in its order.")
    assert found == {"Section 4 of the Competition Act, 2002": ["Section 4 of the Competition Act, 2002"]}


def test_uk_act_names_with_small_words_inside():
    found = statutes("It was fined under the Health and Safety at Work etc. Act 1974 and the Work at Height Regulations 2005.")
    assert found["Health and Safety at Work etc. Act"] == ["Health and Safety at Work etc. Act 1974"]
    assert found["Work at Height Regulations"] == ["Work at Height Regulations 2005"]


def test_the_constitutions_clauses_are_laws_and_hold_their_amendment():
    found = statutes("The suit says the ban violates the Supremacy Clause, the Commerce Clause and the Due "
                     "Process Clause of the Fourteenth Amendment.")
    assert found == {"Supremacy Clause": ["Supremacy Clause"], "Commerce Clause": ["Commerce Clause"],
                     "Due Process Clause": ["Due Process Clause of the Fourteenth Amendment"]}


def test_a_contracts_clause_is_no_law():
    assert statutes("The contract's arbitration clause sent the dispute to a private panel.") == {}


def roles(text):
    return {p["name"]: p["role"] for p in claimx.extract(text)["parties"]}


@pytest.mark.parametrize("sentence", [
    "Prosecutors indicted Dale Korver on fraud charges on Wednesday.",
    "Prosecutors indicted Dale Korver, the founder of Sangmi, on fraud charges on Wednesday.",
    "A jury convicted Dale Korver of fraud.",
])
def test_whom_prosecutors_indict_is_the_accused(sentence):
    assert roles(sentence).get("Dale Korver") == "defendant"


def test_on_a_weekday_a_prosecutor_still_charges():
    assert roles("The Manhattan District Attorney on Tuesday charged Dale Korver with fraud.").get(
        "Manhattan District Attorney") == "plaintiff"


def test_a_prosecutors_office_in_the_plural_possessive_prosecutes():
    text = ("Prosecutors indicted Min Jae-ho, the founder of marketplace Sangmi, on fraud charges on Wednesday.\n\n"
            "The Busan District Prosecutors' Office said Min was charged with fraud and embezzlement.\n\n"
            "A second executive was indicted separately for falsifying the platform's settlement reports.")
    claims = claimx.extract(text)["claims"]
    assert claims and all(c["kind"] == "prosecution" and c["status"] == "filed" for c in claims)


def claims_of(text):
    return sorted((c["kind"], c["status"], [s["name"] for s in c["claimants"]]) for c in claimx.extract(text)["claims"])


def test_collective_claims_beside_a_regulators_fine_are_their_own_action():
    text = ("The European Commission fined Pomme Inc. 500 million euros on Wednesday under the Digital Markets Act.\n\n"
            "Pomme said it would appeal.\n\n"
            "Collective claims against Pomme over its app store fees are pending before the Amsterdam District Court.")
    assert claims_of(text) == [("enforcement", "decided", ["European Commission"]), ("lawsuit", "filed", [])]


@pytest.mark.parametrize("sentence", [
    "Pomme has challenged the fine before the General Court in Luxembourg.",
    "Pomme is contesting the decision in the Court of Appeal.",
])
def test_a_fine_challenged_in_court_is_appealed_and_stays_the_regulators(sentence):
    text = ("The European Commission fined Pomme Inc. 500 million euros on Wednesday under the Digital Markets Act.\n\n"
            + sentence)
    assert claims_of(text) == [("enforcement", "appealed", ["European Commission"])]


def test_a_challenge_only_planned_is_no_appeal():
    text = ("The European Commission fined Pomme Inc. 500 million euros on Wednesday under the Digital Markets Act.\n\n"
            "Pomme said it would challenge the decision before the General Court.")
    assert claims_of(text) == [("enforcement", "decided", ["European Commission"])]


def test_a_prosecution_with_its_prosecutor_unnamed_is_the_prosecutors_not_a_regulators():
    text = ("The Busan District Prosecutors' Office indicted Min Jae-ho, the founder of marketplace Sangmi, "
            "on fraud charges on Wednesday.\n\n"
            "The Korea Fair Trade Commission fined Sangmi Corp. 1.1 billion won in November for late payments.\n\n"
            "A former finance head, Dale Korver, was indicted separately in October.")
    claims = claimx.extract(text)["claims"]
    korver = [c for c in claims if [s["name"] for s in c["respondents"]] == ["Dale Korver"]]
    assert korver and korver[0]["kind"] == "prosecution"
    assert [s["name"] for s in korver[0]["claimants"]] == ["Busan District Prosecutors' Office"]


@pytest.mark.parametrize("sentence,name,owner", [
    ("Ruiz admitted that she copied notebooks at Delahaye's request.", "Delahaye", True),
    ("The firm acted on Acme's behalf in the talks.", "Acme", True),
    ("Regulators said Acme's practices broke the law.", "Acme", False),
    ("Ruiz joined the suit at Acme's lawsuit hearing.", "Acme", False),
])
def test_a_name_owning_a_phrase_of_manner_is_no_side_of_the_step(sentence, name, owner):
    from claimx.extractors.claims.linking import _adjunct_owner
    s = sentence.index(name)
    assert _adjunct_owner(sentence, s, s + len(name)) is owner


def test_a_sum_of_another_bodys_action_told_in_passing_is_no_claims():
    text = ("Texas sued Corvane Social Inc. on Monday, seeking $500 million over its use of facial recognition.\n\n"
            "Corvane has faced other large privacy penalties abroad. Last year the Data Protection Commission "
            "fined it a record 1.2 billion euros under the General Data Protection Regulation.")
    doc = claimx.extract(text)
    (main,) = [c for c in doc["claims"] if [s["name"] for s in c["claimants"]] == ["Texas"]]
    assert [doc["amounts"][i]["text"] for i in main["amounts"]] == ["$500 million"]


def test_a_co_defendants_plea_with_no_law_of_its_own_names_none():
    text = ("The U.S. Attorney's Office in Seattle indicted Marcus Delahaye on Monday under the Economic Espionage Act.\n\n"
            "The indictment comes nine weeks after a former lab technician, Lena Ruiz, pleaded guilty to a single "
            "count of conspiracy.")
    laws = {tuple(s["name"] for s in c["respondents"]): [s["name"] for s in c["statutes"]]
            for c in claimx.extract(text)["claims"]}
    assert laws == {("Marcus Delahaye",): ["Economic Espionage Act"], ("Lena Ruiz",): []}


def test_a_section_cited_by_its_code_only_is_named_as_cited():
    found = {s["name"]: s["aliases"] for s in claimx.extract(
        "Hemp growers sued the commission under 42 U.S.C. § 1983 on Monday.")["statutes"]}
    assert found == {"42 U.S.C. § 1983": ["Civil Rights Act of 1871"]}


def test_a_code_citation_beside_its_act_named_in_words_keeps_the_acts_name():
    doc = claimx.extract("The growers sued under the Civil Rights Act of 1871, specifically 42 U.S.C. § 1983, on Monday.")
    assert [s["name"] for s in doc["statutes"]] == ["Civil Rights Act of 1871"]
