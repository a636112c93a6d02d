"""A section cited as a thing of its own is named as cited, with its act kept beside it
(GUIDELINES: "a section of an act that the article treats as a thing of its own ... is its own
item, with the act's names among its aliases"); a claim under a section of an act the article
also names on its own is brought under the act too. Own sentences, one per form of citing."""
import pytest

import claimx


def named(text):
    return [(st["name"], st["section"], st["act"], st["aliases"]) for st in claimx.extract(text)["statutes"]]


@pytest.mark.parametrize("text,expected", [
    ("The agency said the merger broke Section 7 of the Clayton Act.",
     [("Section 7 of the Clayton Act", "7", "Clayton Act", ["Clayton Act"])]),
    ("The bank was accused of breaching section 1983, the plaintiffs said.",
     [("Section 1983", "1983", "Civil Rights Act of 1871", ["Civil Rights Act of 1871"])]),
    ("The complaint relies on the Sherman Act, and in particular on Section 2 of the Sherman Act.",
     # (the act's name is the act item's own, not an alias of its section)
     [("Sherman Act", None, None, []), ("Section 2 of the Sherman Act", "2", "Sherman Act", [])]),
    # sections listed together are each named on their own
    ("Prosecutors said the cartel broke Sections 1 and 3 of the Sherman Act.",
     [("Section 1 of the Sherman Act", "1", "Sherman Act", ["Sherman Act"]),
      ("Section 3 of the Sherman Act", "3", "Sherman Act", ["Sherman Act"])]),
    # a section's own word, in a title
    ("She says the airline fired her in breach of Title VII.",
     [("Title VII", "Title VII", "Civil Rights Act of 1964", ["Civil Rights Act of 1964"])]),
])
def test_a_section_cited_on_its_own_is_named_as_cited(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize("text,name", [
    # an act's short form with a number keeps the law's name
    ("Critics of CDA 230 say it shields the platforms.", "Communications Decency Act"),
])
def test_a_short_form_keeps_the_law_name(text, name):
    assert [st["name"] for st in claimx.extract(text)["statutes"]] == [name]


def test_a_code_citation_alone_is_named_as_cited_with_its_act_beside():
    # "as they are cited" (the guidelines): the act the article never names is the alias
    (st,) = claimx.extract("Survivors sued under 18 U.S.C. § 1595 last week.")["statutes"]
    assert (st["name"], st["act"], st["aliases"]) == (
        "18 U.S.C. § 1595", "Trafficking Victims Protection Reauthorization Act",
        ["Trafficking Victims Protection Reauthorization Act"])


def test_every_statute_name_and_alias_is_a_string_and_offsets_hold():
    text = ("Section 5 of the FTC Act bars unfair practices. The FTC Act also lets the agency sue. "
            "Article 102 of the Treaty on the Functioning of the European Union was cited too.")
    doc = claimx.extract(text)
    for st in doc["statutes"]:
        assert isinstance(st["name"], str) and all(isinstance(a, str) for a in st["aliases"])
        assert text[st["start"]:st["end"]] == st["text"]


SECTION_AND_ACT = (
    "The Federal Trade Commission sued Calloway Foods Inc. on Monday in federal court in Denver.\n"
    "The complaint says the grocer's checkout fees broke Section 5 of the FTC Act.\n"
    "The FTC Act lets the commission seek refunds for shoppers, an agency lawyer said.\n"
    "Calloway said it would fight the case.\n")


def test_a_claim_under_a_section_also_names_the_act_the_article_cites_on_its_own():
    doc = claimx.extract(SECTION_AND_ACT)
    [claim] = doc["claims"]
    assert [s["name"] for s in claim["statutes"]] == ["Section 5 of the FTC Act", "Federal Trade Commission Act"]
    for s in claim["statutes"]:
        assert doc["statutes"][s["statute"]]["name"] == s["name"]


def test_a_claim_under_a_section_alone_names_only_the_section():
    doc = claimx.extract(SECTION_AND_ACT.replace("The FTC Act lets", "The law lets"))
    [claim] = doc["claims"]
    assert [s["name"] for s in claim["statutes"]] == ["Section 5 of the FTC Act"]


@pytest.mark.parametrize("text,expected", [
    # a law named head first, with its subject
    ("The claim was brought under the Code of Civil Procedure last year.",
     [("Code of Civil Procedure", None, None)]),
    ("The judge applied Rule 23 of the Federal Rules of Civil Procedure.",
     [("Rule 23 of the Federal Rules of Civil Procedure", "23", "Federal Rules of Civil Procedure")]),
    # a section id with a hyphened suffix
    ("The suit was brought under Article 840-bis of the Code of Civil Procedure.",
     [("Article 840-bis of the Code of Civil Procedure", "840-bis", "Code of Civil Procedure")]),
])
def test_head_first_laws_and_hyphened_sections(text, expected):
    assert [(st["name"], st["section"], st["act"]) for st in claimx.extract(text)["statutes"]] == expected


@pytest.mark.parametrize("text", [
    "Staff must follow the Code of Conduct at all times.",
    "The Rules of Engagement opened in cinemas in 2000.",
])
def test_a_head_first_name_without_a_legal_subject_is_no_law(text):
    assert claimx.extract(text)["statutes"] == []


@pytest.mark.parametrize("text,expected", [
    # a section number inside the act's year
    ("Part 2 of the Online Safety Act applies.", ["Part 2 of the Online Safety Act"]),
    ("Section 1 of the Computer Misuse Act 1990 was cited.", ["Section 1 of the Computer Misuse Act 1990"]),
    # a head-first name ends at its subject, before "and"
    ("The judge applied Rule 23 of the Federal Rules of Civil Procedure and Rule 12(b)(6).",
     ["Rule 23 of the Federal Rules of Civil Procedure"]),
    ("Italy's Code of Civil Procedure and EU law apply.", ["Code of Civil Procedure"]),
    # a range of sections is no section id
    ("Sections 1-7 of the Sherman Act were cited.", ["Sherman Act"]),
])
def test_section_names_at_their_edges(text, expected):
    assert [st["name"] for st in claimx.extract(text)["statutes"]] == expected


def test_a_claims_statute_is_named_as_the_merged_item_across_chunks(monkeypatch):
    import claimx.api as api
    text = ("The Justice Department sued Corvane Corp. on Monday, accusing it of violating 15 U.S.C. § 2 "
            "by locking out rival app stores from its phones.\n\n" + "The company denied it. " * 12 +
            "\n\nThe complaint cites Section 2 of the Sherman Act, the department said.\n")
    monkeypatch.setattr(api, "CHUNK_CHARS", 300)
    doc = claimx.extract(text)
    assert len(list(api.chunks(text, 300))) > 1 and any(c["statutes"] for c in doc["claims"])
    for claim in doc["claims"]:
        for s in claim["statutes"]:
            assert doc["statutes"][s["statute"]]["name"] == s["name"]


def test_a_sections_act_joins_a_claim_unless_another_claim_holds_it():
    from claimx.extractors.claims.attach import with_acts
    from claimx.models import Mention, Statute
    act = Statute(name="Sherman Act", mentions=[Mention(0, 11, "Sherman Act")])
    section = Statute(name="Section 2 of the Sherman Act", section="2", act="Sherman Act",
                      mentions=[Mention(20, 48, "Section 2 of the Sherman Act")])
    assert with_acts([section], [act, section]) == [section, act]
    assert with_acts([section], [act, section], frozenset({id(act)})) == [section]
    assert with_acts([section, act], [act, section]) == [section, act]  # once
