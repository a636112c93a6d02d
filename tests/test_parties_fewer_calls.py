"""The parties stage's steps that make fewer Python calls find what their plain forms find
(issue #24: its cost)."""
from __future__ import annotations

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
