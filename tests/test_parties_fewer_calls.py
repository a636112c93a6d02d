"""The parties stage's steps that make fewer Python calls find what their plain forms find
(issue #24: its cost)."""
from __future__ import annotations

import importlib
from collections import Counter
from itertools import product
from pathlib import Path

import pytest

from claimx.extractors.amounts import currency_letters
from claimx.extractors.parties import PartyFinder, load_lexicon, roles, tokenize
from claimx.extractors.parties.people import people_cues
from claimx.extractors.parties.roles import decide, staff_phrase
from claimx.models import Mention, Party
from claimx.text.normalize import match_text, words

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("*.txt"))

STAFF_TEXTS = [
    "A former engineer at Acme has sued the company; two Acme users sued; Acme drivers joined.",
    "The lawsuit was filed by a former engineer at the Vellichor Games studio and by Acme.",
    "EMPLOYEES OF Acme sued. Shareholders of the Bank of Kent and customers from Acme said",
    "",
]


@pytest.mark.parametrize("text", STAFF_TEXTS)
def test_staff_phrase_with_the_starts_made_once_equals_the_window_search(text):
    lex = load_lexicon()
    mt = match_text(text)
    starts = lex.staff_before.starts(mt)
    org = Party(name="Acme", kind="organization")
    org.evidence = []
    for s0 in range(len(mt) + 1):
        for lo in (max(0, s0 - 60), 0):
            group = [(s0, s0, org)]
            got = staff_phrase(lex, mt, lo, s0, s0, group, starts)
            want = bool(lex.staff_before.rx.search(mt, lo, s0) or lex.staff_after.match(mt, s0))
            assert got == want, (lo, s0)


def _party(kind: str, evidence: list[str]) -> Party:
    p = Party(name="Ann Roe" if kind == "person" else "Acme", kind=kind)
    p.evidence = evidence
    return p


@pytest.mark.parametrize("kind,evidence", [
    ("person", []), ("person", ["title:counsel"]), ("person", ["title:agency"]), ("person", ["title:judge"]),
    ("organization", ["title:advocate"]), ("organization", ["place"]), ("government", []),
    ("person", ["pseudonym"]), ("court", []),
])
def test_decide_reads_plain_vote_dicts_as_a_counter(kind, evidence):
    """A role with no vote may be missing from the dict: it counts 0, as a Counter's does."""
    roles_ = ("judge", "counsel", "plaintiff", "defendant", "agency", "advocate")
    p = _party(kind, evidence)
    for counts in product(range(3), repeat=len(roles_)):
        if sum(1 for n in counts if n) > 3:
            continue
        sparse = {r: n for r, n in zip(roles_, counts) if n}
        for on_behalf in (False, True):
            want = decide(p, Counter(sparse), on_behalf)
            assert decide(p, sparse, on_behalf) == want
            assert decide(p, dict(zip(roles_, counts)), on_behalf) == want


CURRENCY_TEXTS = [
    "Brazil's R$ 8.4 million fine and a HK$50,000 award; KSh 4.5 million; KRW 12.5 billion to Acme.",
    "KRW holders and EUR bonds, US$ 3 million, Ann Roe of Acme Inc. sued; EUR 40 million was paid.",
    "Acme paid $5 million; A$ 20; S$ 1,000 and C$ 3 went to Jane Roe.",
    "No sums here: Acme Corp. and Vellichor Games were sued by Ann Roe.",
]


@pytest.mark.parametrize("text", CURRENCY_TEXTS)
def test_tokenize_drops_exactly_the_currency_letters(text):
    """``tokenize`` asks ``currency_letters`` only before a "$" or of a currency code: the
    capitalized words it drops are the ones ``currency_letters`` names, asked of every word."""
    mt = match_text(text)
    kept = {t.start for t in tokenize(mt)}
    caps = [(s, e) for w, s, e in zip(*words(mt)) if w[0].isupper()]
    assert {(s, e) for s, e in caps if s not in kept} == {(s, e) for s, e in caps if currency_letters(mt, s, e)}


def _plain_body_officials(call, parties) -> None:
    """``speakers.body_officials`` as it was: each window stepped through a character at a time."""
    mt, cues = call.mt, people_cues()
    ends, starts = {}, {}
    for p in parties:
        if p.kind == "government" and p.role in ("plaintiff", "agency"):
            for m in p.mentions:
                ends[m.end] = starts[m.start] = p
    if not ends:
        return
    for p in parties:
        if p.kind != "person" or p.role != "other":
            continue
        for m in p.mentions:
            before = next((e for e in range(max(0, m.start - 40), m.start) if e in ends
                           and cues.official_before.fullmatch(mt, e, m.start)), None)
            after = next((s for s in range(m.end, min(len(mt), m.end + 160)) if s in starts
                          and cues.official_after.fullmatch(mt, m.end, s)), None)
            if before is not None or after is not None:
                p.role = "agency"
                break


BODY_TEXTS = [
    "The ACCC sued Acme Ltd on Monday. ACCC chair Gina Cass-Gottlieb said the conduct was serious.",
    "The Texas Attorney General's Office sued Acme, said Ann Roe, chief of the consumer protection "
    "section in the Texas Attorney General's Office.",
]


def _dumps(texts, monkeypatch, body):
    monkeypatch.setattr(roles, "body_officials", body)
    finder = PartyFinder()
    return [[p.dump() for p in finder.find(t)] for t in texts]


def test_body_officials_by_bisection_equal_the_character_steps(monkeypatch):
    texts = BODY_TEXTS + [f.read_text(encoding="utf-8") for f in FIXTURES]
    new = _dumps(texts, monkeypatch, roles.body_officials)
    plain = _dumps(texts, monkeypatch, _plain_body_officials)
    assert new == plain
    assert any(p["role"] == "agency" and p["name"] == "Gina Cass-Gottlieb" for p in new[0])


def test_a_party_mention_text_is_its_span():
    """The mentions the faster steps leave are still spans of the text."""
    text = BODY_TEXTS[0]
    for p in PartyFinder().find(text):
        for m in p.mentions:
            assert isinstance(m, Mention) and text[m.start:m.end] == m.text


def test_an_empty_chrome_index_finds_what_no_index_finds():
    from claimx.extractors.boilerplate import ChromeIndex

    finder = PartyFinder()
    for f in FIXTURES[:6]:
        text = f.read_text(encoding="utf-8")
        plain = [p.dump() for p in finder.find(text)]
        assert [p.dump() for p in finder.find(text, ChromeIndex([]))] == plain


def test_a_descriptor_always_holds_a_hyphen():
    """``lex.descriptor`` is asked only of words with a hyphen: no word without one is a descriptor."""
    lex = load_lexicon()
    for suffix in lex.descriptor_suffixes:
        assert not lex.descriptor(suffix) and not lex.descriptor("Google" + suffix)
        assert lex.descriptor("Google-" + suffix)


def test_title_end_set_says_where_titles_end():
    from claimx.extractors.parties.candidates import Call
    from claimx.text.segment import SentenceIndex, sentences

    lex = load_lexicon()
    for f in FIXTURES:
        text = f.read_text(encoding="utf-8")
        mt = match_text(text)
        call = Call(lex, text, mt, SentenceIndex(sentences(text)))
        for t in call.toks:
            assert (t.end in call.title_end_set) == bool(call.titles_ending(t.end, t.end))


def _plain_short_references(call, parties, lookup, chrome, excl) -> None:
    """``merge._short_references`` as it was: every known token looked up, the head index always made."""
    from itertools import compress, count
    from operator import itemgetter

    from claimx.extractors.parties.merge import _THE_HEAD
    from claimx.extractors.parties.words import fold, title_case_lines, whole_word_finds
    from claimx.text.segment import SpanIndex

    lex, text, mt, toks = call.lex, call.text, call.mt, call.toks
    occupied = SpanIndex([(mm.start, mm.end) for p in parties for mm in p.mentions] + title_case_lines(mt))
    excl = SpanIndex(excl)
    words_ = list(map(itemgetter(0), toks))
    known = compress(count(), map(lookup.__contains__, words_))
    caps = (i for i in compress(count(), map(str.isupper, words_)) if len(words_[i]) > 3)
    for i in sorted({*known, *caps}):
        t = toks[i]
        p = lookup.get(t.text) or (lookup.get(fold(t.text)) if t.text.isupper() and len(t.text) > 3 else None)
        if p is None or (chrome is not None and t.start in chrome):
            continue
        if occupied.covers(t.start) or excl.covers(t.start):
            continue
        p.add(Mention(t.start, t.end, text[t.start:t.end]))
    for form, p in lookup.items():
        if " " not in form:
            continue
        for a in whole_word_finds(mt, form):
            if not occupied.covers(a):
                p.add(Mention(a, a + len(form), text[a:a + len(form)]))
    occupied = SpanIndex([(a.start, a.end) for p in parties for a in p.mentions])
    by_head: dict = {}
    for p in parties:
        by_head.setdefault(p.name.split()[-1], []).append(p)
    for mm in _THE_HEAD.finditer(mt):
        head = mm.group(1)
        if head not in lex.generic_heads or (chrome is not None and mm.start() in chrome):
            continue
        targets = [p for p in by_head.get(head, []) if p.first.start < mm.start()]
        if targets and not occupied.covers(mm.start(1)):
            targets[-1].add(Mention(mm.start(1), mm.end(1), text[mm.start(1):mm.end(1)]))


REFERENCE_TEXTS = [
    "The Federal Trade Commission (FTC) sued Vellichor Games LLC. The Commission said Vellichor "
    "misled buyers; the FTC and Vellichor Games will meet. VELLICHOR denied it, the Commission added.",
    "Jane Roe sued Acme Corp. in March. Roe says Acme Corp. fired her; Acme said Roe was wrong.",
]


def test_short_references_equal_the_plain_lookup(monkeypatch):
    merge = importlib.import_module("claimx.extractors.parties.merge")  # the module, not its merge()

    texts = REFERENCE_TEXTS + [f.read_text(encoding="utf-8") for f in FIXTURES]
    finder = PartyFinder()
    new = [[p.dump() for p in finder.find(t)] for t in texts]
    monkeypatch.setattr(merge, "_short_references", _plain_short_references)
    plain = [[p.dump() for p in finder.find(t)] for t in texts]
    assert new == plain
    assert any(p["name"] == "Federal Trade Commission" and len(p["mentions"]) >= 3 for p in new[0])
