import pytest

from claimx.extractors.statutes import StatuteFinder


@pytest.fixture(scope="module")
def finder():
    return StatuteFinder()


def items(finder, text):
    found = finder.find(text)
    for st in found:
        for m in st.mentions:
            assert text[m.start:m.end] == m.text
    return [(s.name, s.section, s.citation) for s in found]


CASES = [
    ("Section 230 of the Communications Decency Act of 1996 gives immunity. Section 230 again.",
     [("Section 230 of the Communications Decency Act of 1996", "230", "47 U.S.C. § 230")]),
    ("Critics of CDA 230 disagree.", [("Communications Decency Act", "230", "47 U.S.C. § 230")]),
    ("claims under the federal Trafficking Victims\u2019 Protection Reauthorization Act (TVPRA). The TVPRA allows suits.",
     [("Trafficking Victims Protection Reauthorization Act", None, "18 U.S.C. § 1595")]),
    ("Title VII of the Civil Rights Act of 1964 bars it.",
     [("Title VII of the Civil Rights Act of 1964", "Title VII", "42 U.S.C. § 2000e et seq.")]),
    ("a claim under section 1983", [("Section 1983", "1983", "42 U.S.C. § 1983")]),
    ("Section 10(b) of the Securities Exchange Act", [("Section 10(b) of the Securities Exchange Act", "10(b)", "15 U.S.C. § 78j(b)")]),
    ("It violates the First Amendment.", [("First Amendment", None, "U.S. Const. amend. I")]),
    ("under the GDPR and the Digital Services Act", [("General Data Protection Regulation", None, "Regulation (EU) 2016/679"),
                                                    ("Digital Services Act", None, "Regulation (EU) 2022/2065")]),
    ("28 U.S.C. §§ 1331 and 1345", [("28 U.S.C. § 1331", "1331", "28 U.S.C. § 1331"),
                                     ("28 U.S.C. § 1345", "1345", "28 U.S.C. § 1345")]),
    ("a suit under the Frobnication Protection Act of 2011", [("Frobnication Protection Act", None, None)]),
    # an act cited for its famous section is one item with that section
    ("Section 230 does not apply, the court said, citing the Communications Decency Act.",
     [("Section 230", "230", "47 U.S.C. § 230")]),
    ("violated the Fair Labor Standards Act and California's Labor Code",
     [("Fair Labor Standards Act", None, "29 U.S.C. § 201 et seq."), ("California Labor Code", None, None)]),
    ("damages under California's Civil Code § 1708.85",
     [("California Civil Code", "1708.85", "Cal. Civ. Code § 1708.85")]),
    ("a suit under Assembly Bill 5 and Texas House Bill 20", [("Assembly Bill 5", None, None),
                                                            ("Texas House Bill 20", None,
                                                             "Tex. Civ. Prac. & Rem. Code § 143A.001 et seq.")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_statutes(finder, text, expected):
    assert items(finder, text) == expected


def test_joint_citation_each_section_its_own_mention(finder):
    text = "It cites 18 U.S.C. §§ 1591 and 1595."
    found = finder.find(text)
    assert [m.text for s in found for m in s.mentions] == ["18 U.S.C. §§ 1591", "1595"]
    assert [s.citation for s in found] == ["18 U.S.C. § 1591", "18 U.S.C. § 1595"]


def test_citation_of_named_act_merges(finder):
    text = "Congress enacted the Equal Pay Act in 1963. 29 U.S.C. § 206(d)(1)(iv)."
    found = finder.find(text)
    assert len(found) == 1 and len(found[0].mentions) == 2


@pytest.mark.parametrize("text", [
    "Twitter has a zero-tolerance child sexual exploitation policy.",
    "posts were in violation of the Glorification of Violence Policy",
    "claims of negligence and defamation per se",
    "numerous criminal codes and federal law",
    "Act Act Act Act Act",
    "Section Section Section",
])
def test_not_statutes(finder, text):
    assert finder.find(text) == []


def test_year_and_jurisdiction(finder):
    st = finder.find("the Illinois Uniform Deceptive Trade Practices Act")[0]
    assert st.jurisdiction == "US-IL"
    st = finder.find("the Frobnication Protection Act of 2011")[0]
    assert st.year == 2011


# -- through the public API ----------------------------------------------------

import importlib.util  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import claimx  # noqa: E402


def statutes(text):
    doc = claimx.extract(text)
    for st in doc["statutes"]:
        assert set(st) == {"name", "text", "start", "end", "section", "citation", "year", "jurisdiction", "act", "aliases",
                           "mentions"}
        for m in st["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    return doc["statutes"]


def _reporters_db_examples():
    spec = importlib.util.find_spec("reporters_db")
    laws = json.loads((Path(spec.origin).parent / "data" / "laws.json").read_text(encoding="utf-8"))
    return [(key, entry["jurisdiction"], example) for key, entries in laws.items() for entry in entries
            if entry["cite_type"] in ("leg_statute", "admin_compilation", "leg_act")
            for example in entry["examples"]]


def test_reporters_db_examples_in_a_sentence_are_found_whole_with_a_us_jurisdiction():
    examples = _reporters_db_examples()
    assert len(examples) >= 150 and len({jur for _, jur, _ in examples}) >= 50
    found, wrong_place = 0, []
    for key, jur, example in examples:
        text = f"The amended complaint, filed Tuesday, says the insurer broke {example} when it denied the claim."
        s = text.index(example)
        hits = [st for st in statutes(text)
                if any(m["start"] == s and m["end"] == s + len(example) for m in st["mentions"])]
        found += bool(hits)
        if hits and not (hits[0]["jurisdiction"] or "").startswith("US"):
            wrong_place.append((example, hits[0]["jurisdiction"]))
    assert found / len(examples) >= 0.95
    assert wrong_place == []


@pytest.mark.parametrize("text,cited", [
    ("Prosecutors cited 18 U.S.C. §§ 1591, 1594 and 1595 in the indictment.",
     ["18 U.S.C. § 1591", "18 U.S.C. § 1594", "18 U.S.C. § 1595"]),
    ("The claims arise under 18 U.S.C. §§ 1591\u20131595, the filing said.", ["18 U.S.C. § 1591\u20131595"]),
    ("It relies on 15 U.S.C. § 1681 et seq. and 47 U.S.C. § 230(c)(1).",
     ["15 U.S.C. § 1681 et seq.", "47 U.S.C. § 230(c)(1)"]),
    ("The rule, 16 C.F.R. § 312.5, requires parental consent.", ["16 C.F.R. § 312.5"]),
    ("The law, Pub. L. No. 117-328, passed in December; 136 Stat. 4459 prints it.",
     ["Pub. L. 117-328", "136 Stat. 4459"]),
    ("The suit invokes U.S. Const. art. I, § 8, cl. 3 and the state's Cal. Const. art. I, § 1.",
     ["U.S. Const. art. I, § 8, cl. 3", "Cal. Const. art. I, § 1"]),
    ("Consumers sued under N.Y. Gen. Bus. Law §§ 349 and 350.",
     ["N.Y. Gen. Bus. Law § 349", "N.Y. Gen. Bus. Law § 350"]),
    ("The plaintiffs rely on Cal. Civ. Code section 1798.100 and Fla. Stat. § 501.204.",
     ["Cal. Civ. Code § 1798.100", "Fla. Stat. § 501.204"]),
    ("Workers cited California Labor Code section 2802 in the complaint.", ["Cal. Lab. Code § 2802"]),
    ("The fine came under Regulation (EU) 2022/1925 and Directive 2019/790/EU, the Commission said.",
     ["Regulation (EU) 2022/1925", "Directive 2019/790/EU"]),
])
def test_formal_citations(text, cited):
    found = statutes(text)
    cites = [st["citation"] for st in found]
    for c in cited:
        assert c.replace(" ", "") in [(x or "").replace(" ", "") for x in cites], (c, cites)


def test_ilcs_and_a_constitutional_amendment_map_to_named_laws():
    found = statutes("The class cites 740 ILCS 14/15(b) and U.S. Const. amend. IV.")
    # a section cited by its code only is named as cited, its act beside it
    assert [(st["name"], st["act"], st["jurisdiction"]) for st in found] == [
        ("740 ILCS 14/15(b)", "Biometric Information Privacy Act", "US-IL"), ("Fourth Amendment", None, "US")]


def test_same_act_name_in_two_jurisdictions_stays_two_statutes():
    found = statutes("Britain's Online Safety Act 2023 goes further than Australia's Online Safety Act 2021.")
    assert [(st["name"], st["jurisdiction"], st["year"]) for st in found] == [
        ("Online Safety Act 2023", "GB", 2023), ("Online Safety Act 2021", "AU", 2021)]


@pytest.mark.parametrize("text,jurisdiction", [
    ("Ofcom said it would use the Online Safety Act to fine the site, the British regulator added.", "GB"),
    ("Australia's eSafety office invoked the Online Safety Act against the platform in Sydney.", "AU"),
])
def test_a_shared_bare_name_goes_by_the_article_places(text, jurisdiction):
    assert [st["jurisdiction"] for st in statutes(text)] == [jurisdiction]


@pytest.mark.parametrize("text,expected", [
    ("Toronto's regulator said the merger breached the Competition Act; Canadian officials agreed.",
     ("Canadian Competition Act", "CA")),
    ("The CMA in London said the merger breached the Competition Act.", ("Competition Act 1998", "GB")),
    ("The regulator said the merger breached the Competition Act.", ("Competition Act", None)),
])
def test_a_name_shared_after_a_country_word_or_year_is_dropped(text, expected):
    assert [(st["name"], st["jurisdiction"]) for st in statutes(text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Officials ordered the blocks under Section 69A of the Information Technology Act, 2000. "
     "Section 69A lets the ministry act.",
     [("Section 69A of the Information Technology Act, 2000", "69A", "IN", 2)]),
    ("The firm was fined under the Competition Act 1998 and the Data Protection Act 2018.",
     [("Competition Act 1998", None, "GB", 1), ("Data Protection Act 2018", None, "GB", 1)]),
    ("Ottawa's Online News Act and the Charter of Rights and Freedoms were both argued.",
     [("Online News Act", None, "CA", 1), ("Canadian Charter of Rights and Freedoms", None, "CA", 1)]),
    ("Investigators cited the Surveillance Devices (Workplace Privacy) Act 2005 (Cth) in court.",
     [("Surveillance Devices (Workplace Privacy) Act", None, "AU", 1)]),
    ("The watchdog relied on the Privacy Act 1988 (Cth) and the Spam Act 2003 (Cth), its filing said.",
     [("Privacy Act 1988", None, "AU", 1), ("Spam Act", None, "AU", 1)]),
    ("Brussels opened proceedings under the Digital Markets Act and the AI Act.",
     [("Digital Markets Act", None, "EU", 1), ("Artificial Intelligence Act", None, "EU", 1)]),
])
def test_laws_outside_the_us(text, expected):
    assert [(st["name"], st["section"], st["jurisdiction"], len(st["mentions"])) for st in statutes(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Lawmakers passed H.B. 1126 in April, and the governor signed it.", [("H.B. 1126", 1)]),
    ("The court paused S.B. 976 on Friday; critics said SB 976 and Senate Bill 976 go too far.",
     [("Senate Bill 976", 3)]),
    ("The company fought Assembly Bill 5 (AB 5) for a year, but AB 5 still applies.", [("Assembly Bill 5", 3)]),
    ("Voters passed Proposition 22 in 2020, and Prop. 22 later survived a challenge.", [("Proposition 22", 2)]),
    ("Banks lobbied against the Durbin Amendment for years.", [("Durbin Amendment", 1)]),
])
def test_bills_ballot_measures_and_named_amendments(text, expected):
    assert [(st["name"], len(st["mentions"])) for st in statutes(text)] == expected


def test_titles_and_listed_sections_of_an_act():
    found = statutes("She sued under Title VII and Title IX. The FTC alleged violations of "
                     "Sections 1 and 2 of the Sherman Act.")
    assert [(st["name"], st["section"]) for st in found] == [
        ("Title VII", "Title VII"), ("Title IX", "Title IX"),
        ("Section 1 of the Sherman Act", "1"), ("Section 2 of the Sherman Act", "2")]


def test_a_citation_in_parentheses_after_a_law_is_that_law():
    text = "Drivers sued under Assembly Bill 5 of 2019 (California Labor Code section 2750.3) last year."
    found = statutes(text)
    assert len(found) == 1
    assert found[0]["name"] == "Assembly Bill 5" and found[0]["citation"] == "Cal. Lab. Code § 2750.3"
    assert [m["text"] for m in found[0]["mentions"]] == ["Assembly Bill 5 of 2019",
                                                         "California Labor Code section 2750.3"]


@pytest.mark.parametrize("text", [
    "The Ohio Admin. office said N.C. fans were in Pa. Code Red mode by 6 p.m.",
    "Ala. Code Ann. reporters met in Idaho Code on Monday; Iowa Code winners got 3 points.",
    "The vote was 82 to 6 after Stat. time ran out, and 1999 Cal. fans cheered.",
    "The senator's amendment passed, and an Amendment to the bill followed.",
])
def test_code_abbreviations_without_a_section_are_no_statute(text):
    assert [st["name"] for st in statutes(text) if st["citation"]] == []


# -- work grows linearly with the text -------------------------------------------

def _growth(unit: str) -> float:
    """CPU time on 200 KB over CPU time on 20 KB of ``unit`` repeated (best of three; CPU, not wall
    time, as other processes share the machine)."""
    finder = StatuteFinder()
    finder.find(unit * 3)
    best = []
    for size in (20_000, 200_000):
        text = unit * (size // len(unit))
        runs = []
        for _ in range(3):
            t0 = time.process_time()
            finder.find(text)
            runs.append(time.process_time() - t0)
        best.append(min(runs))
    return best[1] / max(best[0], 1e-6)


@pytest.mark.parametrize("unit", ["18 U.S.C. \u00a7\u00a7 1, 2, 3, ", "Big Data Protection Act "])
def test_repeated_citation_lists_and_act_names_take_linear_time(unit):
    assert _growth(unit) < 30  # 10x the text: linear work is ~10x, quadratic ~100x


@pytest.mark.parametrize("text", [
    "Survivors may sue under 18 U.S.C. \u00a7 1595, their lawyer said.",
    "The survivors sued under the TVPRA, the civil remedy Congress wrote into the law.",
])
def test_the_civil_remedy_is_the_tvpra_however_it_is_cited(text):
    # cited by its code only, it is named as cited, the act beside it
    assert [(st["act"] or st["name"], st["citation"]) for st in statutes(text)] == [
        ("Trafficking Victims Protection Reauthorization Act", "18 U.S.C. \u00a7 1595")]


@pytest.mark.parametrize("text,expected", [
    # a state law named in full, then by its short form: one law
    ("Idaho sued under the Idaho Consumer Protection Act. The Consumer Protection Act allows "
     "penalties of $5,000.", {"Idaho Consumer Protection Act": ["Idaho Consumer Protection Act",
                                                               "Consumer Protection Act"]}),
    # a two-word state keeps its first word
    ("The complaint invokes the New Jersey Consumer Fraud Act.",
     {"New Jersey Consumer Fraud Act": ["New Jersey Consumer Fraud Act"]}),
    # a sentence end closes a name: no law runs across the period
    ("They cite the Nevada Deceptive Trade Practices Act. The Legislature amended it in 2021.",
     {"Nevada Deceptive Trade Practices Act": ["Nevada Deceptive Trade Practices Act"]}),
    ("Later the Vermont Consumer Protection Act was amended.",
     {"Vermont Consumer Protection Act": ["Vermont Consumer Protection Act"]}),
    # a known short name inside a longer state law is part of that law
    ("Regulators cited the Oregon Consumer Privacy Act on Monday.",
     {"Oregon Consumer Privacy Act": ["Oregon Consumer Privacy Act"]}),
    # two state laws that share a short form: the short form stays apart
    ("The suit cites the Ohio Consumer Sales Practices Act and the Utah Consumer Sales Practices Act.",
     {"Ohio Consumer Sales Practices Act": ["Ohio Consumer Sales Practices Act"],
      "Utah Consumer Sales Practices Act": ["Utah Consumer Sales Practices Act"]}),
    # abbreviations with dots still read through
    ("It was charged under the U.S. Privacy Act.", {"Privacy Act of 1974": ["Privacy Act"]}),
])
def test_state_law_names_and_short_forms(text, expected):
    doc = claimx.extract(text)
    got = {s["name"]: [m["text"] for m in s["mentions"]] for s in doc["statutes"]}
    assert got == expected
    for s in doc["statutes"]:
        for m in s["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
