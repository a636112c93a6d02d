"""The parties stage's shortcuts find what the plain scans find (issue #24: its cost)."""
from __future__ import annotations

import re

import pytest

from claimx.extractors.parties import load_lexicon
from claimx.extractors.parties.people import _commentator, people_cues
from claimx.extractors.parties.roles import _other_case
from claimx.extractors.parties.speakers import _uninvolved
from claimx.text.scan import WordStartScan, top_level_alternatives

TEXTS = [
    "said Ann Roe, who is not involved in the case and teaches law at Vale.",
    "The Data Institute, which is not a party to the suit, has no role in the lawsuit either.",
    "NOT INVOLVED IN THE CASE, said a professor who studies privacy; Who Advises firms agreed.",
    "Louisiana's attorney general filed a similar suit; an earlier case and another two class actions failed.",
    "Previously unrelated complaints: other lawsuits, A Separate Settlement, a prior prosecution.",
    "a former engineer at Acme has sued; two Uber drivers for the company; a customer of the bank",
    "Vellichor Games makes apps. A former tester sued the company, and the app maker's lawyers said",
    "cannot involved in the case; the_company; 2not involved in the case; U.S. not a party to the action",
    "a lawsuit filed by a former engineer at the ",
    "Parents sued a gun maker and a supermarket chain; a suit against the app maker; Sued A Company",  # staff_before holds at the window's end only
    "",
]


def _scanners():
    lex = load_lexicon()
    return {"uninvolved": (_uninvolved(), people_cues().uninvolved),
            "commentator": (_commentator(), people_cues().commentator),
            "other_case": (_other_case(), _other_case().rx),
            "staff_before": (lex.staff_before, lex.staff_before.rx),
            "reference": (lex.reference, lex.reference.rx),
            "defendant_descriptor": (lex.defendant_descriptor, lex.defendant_descriptor.rx)}


@pytest.mark.parametrize("name", ["uninvolved", "commentator", "other_case", "staff_before", "reference",
                                  "defendant_descriptor"])
@pytest.mark.parametrize("text", TEXTS)
def test_word_start_scans_find_what_the_plain_scan_finds(name, text):
    scan, plain = _scanners()[name]
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for lo in range(0, len(text), 7):
        for hi in (lo + 1, lo + 25, lo + 60, len(text)):
            got, want = scan.search(text, lo, hi), plain.search(text, lo, hi)
            assert (got and got.span()) == (want and want.span()), (lo, hi)


def test_the_plain_scans_find_something_in_the_table():
    found = {name: sum(1 for t in TEXTS for _ in plain.finditer(t)) for name, (_, plain) in _scanners().items()}
    assert all(found.values()), found


@pytest.mark.parametrize("pattern", [
    r"not\s+involved",           # no boundary first: "cannot involved" would start inside a word
    r"\b\s*not\b",               # may start with whitespace
    r"\bcase[0-9]",              # the word runs on into a digit: its token is "case1"
    r"\b(?:not|\(sic\))",        # may start with a mark
    r"\b\w+\s+sued",             # any word
    r"\bnot\b|cannot",           # one alternative without a boundary
])
def test_word_start_scan_refuses_patterns_it_cannot_take(pattern):
    with pytest.raises(ValueError):
        WordStartScan(pattern, re.IGNORECASE)


def test_top_level_alternatives_leave_groups_and_classes_whole():
    assert top_level_alternatives(r"\ba(?:b|c)|\b[|x]d|\b\|e") == [r"\ba(?:b|c)", r"\b[|x]d", r"\b\|e"]


@pytest.mark.parametrize("name", ["other_case", "staff_before"])
@pytest.mark.parametrize("text", TEXTS)
def test_word_start_search_with_the_starts_made_once_finds_the_same(name, text):
    scan, plain = _scanners()[name]
    starts = scan.starts(text)
    for lo in range(0, len(text), 5):
        for hi in (lo + 3, lo + 40, len(text)):
            got, want = scan.search(text, lo, hi, starts), plain.search(text, lo, hi)
            assert (got and got.span()) == (want and want.span()), (lo, hi)


CUE_TEXTS = [
    "Those charged are Ann Roe; former clerk Bo Lee; and Cy Dee. A Texas woman has sued Acme.",
    "The lawsuit, filed by a former employee, names Acme. Lawyers for the families sued; attorneys A and B.",
    "Prosecutors are taking Gov. Ann Roe to court, and those indicted include Bo Lee, the men said.",
    "THOSE CHARGED ARE: A, B. a lawsuit brought by a nurse; Filed by a Denver father.",
]


def _plain_cue_matches(mt, cues):
    """people.cue_matches as it was: each token tried against every cue in turn."""
    from claimx.text.gazetteer import tokens

    toks = tokens(mt)
    out = []
    for w, at in zip(toks.strings, toks.starts):
        for cue in cues:
            if w in cue.words:
                m = cue.rx.match(mt, at)
                if m:
                    out.append((cue, m.span()))
    return out


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_cue_index_finds_what_each_cue_in_turn_finds(text):
    from claimx.extractors.parties.people import _cue_indexes, cue_matches

    for index in _cue_indexes().values():
        got = [(cue, m.span()) for cue, m in cue_matches(text, index)]
        assert got == _plain_cue_matches(text, index.cues)


def test_cue_table_has_matches():
    from claimx.extractors.parties.people import _cue_indexes, cue_matches

    for index in _cue_indexes().values():
        assert any(cue_matches(t, index) for t in CUE_TEXTS)


NAME_TEXTS = [
    "U.S. District Judge Ann Roe ruled that Acme must face the lawsuit filed by Jane Doe and Bo Lee.",
    "Attorney General Dana Okafor sued Vantor Arms Inc. on Monday; JANE ROE, a nurse, joined the suit.",
    "The suit names Commissioner for Internal Market, Thierry Breton, and Mr Justice Fancourt heard it.",
    "Sgt. Ann Roe, 45, of Akron sued Lena Park & Co. and Marten Ortho Inc. in the Court of Appeals.",
    "A lawsuit against Chief Magistrate Judge Ka Lo and Rep. Devin Nunes (R-Calif.) was dismissed.",
    "Lawyers Elise M. Bloom of Proskauer Rose and Harold Pemberton represent the plaintiffs, Mary Ann Smith said.",
]


@pytest.mark.parametrize("text", NAME_TEXTS)
def test_person_starts_find_what_every_word_tried_finds(text, monkeypatch):
    from claimx.extractors.parties import PartyFinder
    from claimx.extractors.parties import names

    def dump(parties):
        return [(p.name, p.kind, p.role, [tuple(m) for m in p.mentions]) for p in parties]

    finder = PartyFinder()
    fast = dump(finder.find(text))
    monkeypatch.setattr(names, "person_starts", lambda call: range(len(call.toks)))
    assert dump(finder.find(text)) == fast


def test_name_table_has_persons():
    from claimx.extractors.parties import PartyFinder

    finder = PartyFinder()
    assert sum(any(p.kind == "person" for p in finder.find(t)) for t in NAME_TEXTS) >= 4


@pytest.mark.parametrize("text", NAME_TEXTS + CUE_TEXTS)
def test_org_starts_find_what_every_word_tried_finds(text, monkeypatch):
    from claimx.extractors.parties import PartyFinder
    from claimx.extractors.parties import names

    def dump(parties):
        return [(p.name, p.kind, p.role, [tuple(m) for m in p.mentions]) for p in parties]

    finder = PartyFinder()
    fast = dump(finder.find(text))
    monkeypatch.setattr(names, "org_starts", lambda toks: range(len(toks)))
    assert dump(finder.find(text)) == fast


RIGHT_TEXTS = [
    "Acme, which has been prosecuting the case, said; Acme, the plaintiff, sued. Roe, as co-plaintiff",
    "Roe, who represents the families, argued; Roe, appearing for the state, and Roe, an advocacy group",
    "Acme, a Delaware company, has sued Bo; Acme, the FTC's acting attorney general, said; Acme, sued by",
    "The firm, charged with fraud, was fined; Lee, on Monday charged Acme; Lee, joined the lawsuit",
    "Acme's lawsuit; the Times' legal team; Acme\u2019s attorneys; Acme' complaint; Acme ,then sued",
    "Acme, Meta and Google, have been named as defendants; Roe, 34, of Tacoma, who lost her job, has sued",
]


@pytest.mark.parametrize("text", RIGHT_TEXTS)
def test_right_cues_find_what_every_cue_finds(text):
    from claimx.io.resources import load_json

    cues = load_json("cues/party_cues.json")["right"]
    lex = load_lexicon()
    plain = {role: [re.compile(p, re.IGNORECASE) for p in ps] for role, ps in cues.items()}
    tried = 0
    for k in range(len(text)):
        if text[k] in ",'\u2019 ":
            right = text[k:]
            want = {role for role, rxs in plain.items() if any(rx.match(right) for rx in rxs)}
            assert lex.right_cues.roles(right) == want, right
            tried += bool(want)
    assert tried


def test_needles_are_strings_every_match_holds():
    from claimx.text.prefilter import needles

    assert needles(r"^\s*(?:has\s+)?(?:sued|filed)\b") == ("filed", "sued")
    assert needles(r"^\s*,[^,]{1,80},\s*(?:was\s+)?(?:Fined|charged with)") == ("charged with", "fined")
    assert needles(r"named as (?:a )?defendants?") == ("named as ",)  # the longest shortest needle
    assert needles(r"\w+\s+v\.") == ("v.",) and needles(r"(?:x)+y") == ("x",)
    assert needles(r"\w+|sued") is None and needles(r"(?:sued)?\s*") is None  # a branch or part that may be empty
    assert needles("\u2019s lawsuit") is None  # a non-ASCII letter may fold to an ASCII one
    assert needles(r"(?:charged|charges|charged with|sued)") == ("charge", "sued")  # fewer, as strict


def test_fewer_needles_hold_a_needle_of_every_text_the_first_held():
    from claimx.text.prefilter import fewer_needles

    first = {"accused", "accuses", "accused of", "attorney general", "attorney", "sued", "sues", "fined"}
    fewer = fewer_needles(first)
    assert fewer == ("accuse", "attorney", "fined", "sued", "sues")
    assert all(any(m in n for m in fewer) for n in first)


@pytest.mark.parametrize("text", RIGHT_TEXTS)
def test_every_right_cue_match_holds_a_needle(text):
    from claimx.io.resources import load_json
    from claimx.text.prefilter import needles

    tried = 0
    for ps in load_json("cues/party_cues.json")["right"].values():
        for p in ps:
            rx, need = re.compile(p, re.IGNORECASE), needles(p)
            for k in range(len(text)):
                if need is not None and rx.match(text[k:]):
                    assert any(n in text[k:].lower() for n in need), (p, text[k:])
                    tried += 1
    assert tried


def test_the_defendants_word_holds_its_string():
    from claimx.extractors.parties.orgs import _DEFENDANTS_WORD

    for text in ["Defendants profit", "the defendants said", "The defendants", "codefendants", "DEFENDANTS"]:
        assert not _DEFENDANTS_WORD.search(text) or "efendants" in text


LEFT_TEXTS = [
    "Parents sued Acme; a lawsuit against Beta Corp; the suit filed by Jane Doe and a complaint by \"Cy Dee\"",
    "Lawyers for Ann Roe said; SUED BY Acme; Sued by the state, Bo Lee; attorneys for the plaintiffs Lee",
    "a penalty of $5 million on Acme; fines against Beta; the company's lawyers at Vale Dunn; charged Roe",
    "took Acme to court; a settlement with Beta; plaintiffs Ann Roe and Bo Lee; counsel for Cy Dee",
]


@pytest.mark.parametrize("text", LEFT_TEXTS)
def test_left_cues_find_what_every_cue_at_its_words_finds(text):
    """prefilter.LeftCues (one alternation per word, per-role ones where a word votes for two
    roles) against each left cue tried at every word it can start with, before every word."""
    from claimx.io.resources import load_json
    from claimx.text.gazetteer import tokens
    from claimx.text.prefilter import first_words

    lex = load_lexicon()
    cues = [(role, re.compile(p, re.IGNORECASE), {v for w in first_words(p) for v in (w, w.capitalize(), w.upper())})
            for role, ps in load_json("cues/party_cues.json")["left"].items() for p in ps]
    toks = tokens(text)
    leads = lex.left_cues.leads(toks)
    tried = 0
    for hi in toks.starts:
        for lo in (0, max(0, hi - 40)):
            want = {role for role, rx, words in cues for w, s in zip(toks.strings, toks.starts)
                    if lo <= s < hi and w in words and rx.match(text, s, hi)}
            assert lex.left_cues.roles(text, leads, lo, hi) == want, text[lo:hi]
            tried += bool(want)
    assert tried


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_people_cue_matches_once_finds_each_familys_matches(text):
    """One pass over the words for the three people-cue families finds what a pass per family found."""
    from claimx.extractors.parties.candidates import Call
    from claimx.extractors.parties.people import cue_index, cue_matches, people_cue_matches
    from claimx.text.normalize import match_text
    from claimx.text.segment import SentenceIndex, sentences

    cues = people_cues()
    mt = match_text(text)
    call = Call(load_lexicon(), text, mt, SentenceIndex(sentences(text)))
    enum, unnamed = people_cue_matches(call)
    spans = [(c, m.span()) for c, m in enum], [(c, m.span()) for c, m in unnamed]
    assert spans == ([(c, m.span()) for c, m in cue_matches(mt, cue_index(cues.enumeration + cues.frames))],
                     [(c, m.span()) for c, m in cue_matches(mt, cue_index(cues.unnamed_plaintiff))])
    assert people_cue_matches(call) is call.people_matches  # made once
