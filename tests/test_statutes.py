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
     [("Communications Decency Act", "230", "47 U.S.C. § 230")]),
    ("Critics of CDA 230 disagree.", [("Communications Decency Act", "230", "47 U.S.C. § 230")]),
    ("claims under the federal Trafficking Victims\u2019 Protection Reauthorization Act (TVPRA). The TVPRA allows suits.",
     [("Trafficking Victims Protection Reauthorization Act", None, "18 U.S.C. § 1595")]),
    ("Title VII of the Civil Rights Act of 1964 bars it.",
     [("Civil Rights Act of 1964", "Title VII", "42 U.S.C. § 2000e et seq.")]),
    ("a claim under section 1983", [("Civil Rights Act of 1871", "1983", "42 U.S.C. § 1983")]),
    ("Section 10(b) of the Securities Exchange Act", [("Securities Exchange Act of 1934", "10(b)", "15 U.S.C. § 78j(b)")]),
    ("It violates the First Amendment.", [("First Amendment", None, "U.S. Const. amend. I")]),
    ("under the GDPR and the Digital Services Act", [("General Data Protection Regulation", None, "Regulation (EU) 2016/679"),
                                                    ("Digital Services Act", None, "Regulation (EU) 2022/2065")]),
    ("28 U.S.C. §§ 1331 and 1345", [("28 U.S.C. § 1331", "1331", "28 U.S.C. § 1331"),
                                     ("28 U.S.C. § 1345", "1345", "28 U.S.C. § 1345")]),
    ("a suit under the Frobnication Protection Act of 2011", [("Frobnication Protection Act", None, None)]),
    # an act cited for its famous section is one item with that section
    ("Section 230 does not apply, the court said, citing the Communications Decency Act.",
     [("Communications Decency Act", "230", "47 U.S.C. § 230")]),
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
