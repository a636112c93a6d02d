"""The claims component's shortcuts find what the plain scans find (issue #22: its cost)."""
from __future__ import annotations

import pytest

from claimx.extractors.claims.frames import _WORDS, _matches, cues

TEXTS = [
    "The FTC sued Acme Corp. in March, and the company settled the lawsuit a year later.",
    "Lawsuits filed by parents accuse the app of harm; a judge dismissed one suit on Friday.",
    "She was charged with fraud, convicted in 2022 and sentenced; her appeal is pending.",
    "Regulators fined the bank $5 million and ordered it to pay restitution to customers.",
    "No legal words at all in this sentence about sued-looking but unrelated things like suede.",
]


def _spans(words_shared: bool, text: str):
    low = text.lower()
    vocab = frozenset(_WORDS.findall(low))
    shared: dict = {}
    out = []
    for rx, _stage, _kind, _voice, words in cues()["events"]:
        out.append([m.span() for m in _matches(rx, words, text, low, vocab, shared if words_shared else None)])
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_event_phrases_sharing_word_positions_find_the_same_matches(text):
    assert _spans(True, text) == _spans(False, text)


@pytest.mark.parametrize("text", TEXTS[:4])
def test_event_phrases_are_found_in_legal_sentences(text):
    assert any(_spans(True, text))



def _plain_sense(text, s, e, lo, hi):
    """frames.sense as it was, every false sense tried in turn."""
    word = text[s:e]
    for what, before, after, unless, no_step in cues()["false_senses"]:
        if not what.fullmatch(word):
            continue
        tail = text[e:hi]
        if unless is not None and unless.search(tail):
            continue
        if (before is None and after is None) or (before is not None and before.search(text[max(lo, s - 40):s])) or \
                (after is not None and after.search(tail)):
            return "none" if no_step else "drop"
    return "step"


SENSE_TEXTS = TEXTS[:4] + [
    "The company rejected a settlement offer and said it would take orders through the app.",
    "Customers complained about hidden charges; the lawyers withdrew from the case.",
    "Prosecutors filed charges, and the firm agreed to a settlement with the state.",
]


@pytest.mark.parametrize("text", SENSE_TEXTS)
def test_the_false_senses_of_a_word_found_once_read_as_before(text):
    from claimx.extractors.claims.frames import sense

    low = text.lower()
    vocab = frozenset(_WORDS.findall(low))
    seen = 0
    for rx, _stage, _kind, _voice, words in cues()["events"]:
        for m in _matches(rx, words, text, low, vocab, {}):
            seen += 1
            for _ in range(2):  # the second time from the cache
                assert sense(text, m.start(), m.end(), 0, len(text)) == _plain_sense(text, m.start(), m.end(), 0, len(text))
    assert seen


@pytest.mark.parametrize("text, word, want", [
    ("The company rejected a settlement offer on Monday.", "settlement", "none"),
    ("Diners take orders through the app.", "orders", "drop"),
    ("Customers complained about hidden charges.", "charges", "drop"),
    ("Prosecutors filed charges against the firm.", "charges", "step"),
])
def test_a_word_reads_in_its_sense_every_time(text, word, want):
    from claimx.extractors.claims.frames import sense

    s = text.index(word)
    assert [sense(text, s, s + len(word), 0, len(text)) for _ in range(2)] == [want, want]


CASE_TEXTS = [
    "The FTC built a case against Meta, and prosecutors made the case against Smith.",
    "Its strongest case against Google rests on the 2019 emails; a case against the Acme Corp. followed.",
    "Showcase against Oracle; the case  against   Apple; CASE AGAINST IBM.",
]


def test_every_event_phrase_is_tried_only_at_its_words():
    """A phrase without literal words would be tried at every position of every text (issue #22)."""
    assert all(words[0] for _rx, _stage, _kind, _voice, words in cues()["events"])


@pytest.mark.parametrize("text", TEXTS + CASE_TEXTS)
def test_event_phrases_tried_at_their_words_find_what_a_full_scan_finds(text):
    low = text.lower()
    vocab = frozenset(_WORDS.findall(low))
    for rx, _stage, _kind, _voice, words in cues()["events"]:
        assert [m.span() for m in _matches(rx, words, text, low, vocab, {})] == [m.span() for m in rx.finditer(text)]


def _lower_case_words_texts():
    import glob
    import os
    import random

    root = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures")
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(root, "*.txt")))]
    rng = random.Random(22)
    pieces = ["ab", "x-ray", "ray", "Ray", "don't", "it’s", "-", "'", "’", " ", "_", "1", "é", "A", "a--b", "b", ".", "\n"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(400)]
    return texts


def test_the_lower_case_words_of_a_text_are_those_a_full_scan_lists():
    """names.LowerCaseWords looks words up where they occur; a full findall lists them all."""
    import re

    from claimx.extractors.claims.names import _LOWER_WORD, LowerCaseWords

    candidates = re.compile(r"[\w'’.-]+")
    for text in _lower_case_words_texts():
        want = frozenset(_LOWER_WORD.findall(text))
        lazy = LowerCaseWords(text)
        asked = {w.lower() for w in candidates.findall(text)} | {"ray", "ab", "b", "a--b", "x", "-ray"}
        if len(text) < 200:  # every piece of a short text: words inside words, across marks
            asked |= {text[i:j] for i in range(len(text)) for j in range(i + 1, min(len(text), i + 8) + 1)}
        for w in asked:
            assert (w in lazy) == (w in want), (text, w)


ARGUED_TEXTS = [
    "Acme argues the Act does not apply. The FTC sued Acme in March.",
    "His barrister had ARGUED that the ban would breach Article 10; the court disagreed.",
    "The plaintiffs contend it violated the law, and the firm insists it did not. Maintaining silence, it settled.",
    "No word of arguing here. Nor here, though the argument was long.",
]


@pytest.mark.parametrize("text", ARGUED_TEXTS + TEXTS)
def test_a_cue_searched_only_in_sentences_holding_its_words_finds_what_a_search_finds(text):
    import re

    from claimx.extractors.claims.frames import SpanCue, opening_words

    spans = [m.span() for m in re.finditer(r"[^.;]+[.;]?", text)] + [(0, len(text)), (3, 9)]
    for low in (text.lower(), None):
        cue = SpanCue(cues()["argument_words"], opening_words("argument_words"), text, low)
        for s, e in spans:
            got, want = cue.search(s, e), cues()["argument_words"].search(text, s, e)
            assert (got and got.span()) == (want and want.span())


def _plain_runs(text, start, end, common):
    """names.runs as it was: every run of several words cut at its words, cuts or not."""
    from claimx.extractors.claims.names import _HEAD, _RUN, _TOKEN, _words

    out, heads = [], _words()[5]
    for m in _RUN.finditer(text, start, end):
        s, e = m.span()
        if " " not in m.group(0) and "\n" not in m.group(0):
            head = _HEAD.match(text, e, end) if text[e:e + 1] == " " else None
            out.append((s, head.end() if head and head.group(1).lower() in heads else e))
            continue
        toks = [t.span() for t in _TOKEN.finditer(text, s, e)]
        cuts = [k for k in range(1, len(toks)) if text[toks[k][0]:toks[k][1]].lower() in common]
        bounds = [0, *cuts, len(toks)]
        for a, b in zip(bounds, bounds[1:]):
            ps, pe = toks[a][0], toks[b - 1][1]
            if b == len(toks):
                head = _HEAD.match(text, pe, end)
                if head and head.group(1).lower() in heads:
                    pe = head.end()
            out.append((ps, pe))
    return out


def test_name_runs_without_a_cut_are_read_as_a_full_cut_reads_them():
    from claimx.extractors.claims.names import LowerCaseWords, runs

    texts = _lower_case_words_texts()[:8] + [
        "The FTC and Acme Corp\nlawyers met. Sue Uber and the Department of Justice\tsued 23andMe Inc.",
        "Judge Sue Smith of the Northern District of California ruled; Smith & Wesson Brands appealed.",
    ]
    for text in texts:
        for common in (LowerCaseWords(text), frozenset(), frozenset({"sue", "district", "brands"})):
            assert runs(text, 0, len(text), common) == _plain_runs(text, 0, len(text), common)
            assert runs(text, 5, len(text) - 3, common) == _plain_runs(text, 5, len(text) - 3, common)


def test_the_end_anchored_cues_write_their_word_boundary_once():
    """'(?:\\bA|\\bB|C)$' tries \\b once per alternative at every position of the window; the
    same pattern as '(?:\\b(?:A|B)|C)$' tries it once (issue #22: ~3x faster)."""
    from claimx.io.resources import load_json

    d = load_json("cues/claim_frames.json")
    for pattern in [d["blockers"], d["future_ok"], *d["unreached"].values()]:
        assert pattern.startswith("(?:") and pattern.endswith(")$")
        depth, tops = 0, [0]
        body = pattern[3:-2]
        i = 0
        while i < len(body):
            ch = body[i]
            if ch == "\\":
                i += 2
                continue
            depth += ch == "("
            depth -= ch == ")"
            if ch == "|" and depth == 0:
                tops.append(i + 1)
            i += 1
        assert sum(body.startswith("\\b", t) for t in tops) <= 1, pattern


PENALTY_TEXTS = [
    "Meta lost its appeal against the 1.2 billion euro fine on Tuesday.",
    "The tribunal largely upheld the penalty; the FINE was reduced.",
    "The penalties were overturned by the court of appeal.",
    "Google appealed the decision, calling the fines unfair.",
    "A fine day: the company appealed nothing and paid no penalty.",
    "Penalty kicks decided the match; nobody challenged the referee.",
]


def _fixture_sentences():
    import glob
    import os

    from claimx.text.segment import sentences

    root = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures")
    for p in sorted(glob.glob(os.path.join(root, "*.txt"))):
        text = open(p, encoding="utf-8").read()
        yield from ((text, s, e) for s, e in sentences(text))


def test_a_cue_searched_behind_its_trigger_words_finds_what_a_search_finds():
    """``guarded_cue`` (issue #24): the pattern runs only where a search finds a trigger word."""
    from claimx.extractors.claims.frames import cue_pattern, guarded_cue

    cases = [(t, 0, len(t)) for t in PENALTY_TEXTS] + [(t, 4, len(t) - 3) for t in PENALTY_TEXTS]
    cases += list(_fixture_sentences())
    plain, guarded = cue_pattern("penalty_challenged"), guarded_cue("penalty_challenged")
    hits = 0
    for text, s, e in cases:
        want = plain.search(text, s, e)
        got = guarded.search(text, s, e)
        assert (got and got.span()) == (want and want.span()), text[s:e]
        hits += want is not None
    assert hits >= 4


def test_one_sentence_cue_read_alone_is_what_all_four_read_say():
    """``SentenceCues.flag`` (issue #24: the parallel lead before a frame) is ``flags()[name]``."""
    from claimx.extractors.claims.frames import SentenceCues

    for text, s, e in list(_fixture_sentences()) + [(t, 0, len(t)) for t in TEXTS + PENALTY_TEXTS]:
        for low in (text.lower(), None):
            cues_ = SentenceCues(text, low)
            flags = cues_.flags(s, e)
            assert {name: cues_.flag(name, s, e) for name in flags} == flags


def test_a_law_read_for_its_shield_words_first_is_a_shield_as_before():
    """``attach.shield_only`` reads its shield words before the violation words (issue #22)."""
    from types import SimpleNamespace as NS

    from claimx.extractors.claims import attach

    def plain_shield(text, st):
        c = cues()
        return bool(st.mentions) and all(
            not c["violation_before"].search(text, max(0, m.start - 60), m.start) and
            (c["shield_after"].match(text, m.end) or c["shield_before"].search(text, max(0, m.start - 100), m.start))
            for m in st.mentions)

    texts = ["Section 230, which shields platforms, was cited.", "They violated Section 230, which shields no one.",
             "Acme was protected by Section 230 and sued under Section 230 anyway.", "Section 230 bars the claim."]
    for text in texts:
        at = [i for i in range(len(text)) if text.startswith("Section 230", i)]
        st = NS(mentions=[NS(start=i, end=i + 11) for i in at])
        assert attach.shield_only(text, st) == plain_shield(text, st), text
    assert [attach.shield_only(t, NS(mentions=[NS(start=t.index("Section"), end=t.index("Section") + 11)]))
            for t in texts[:2]] == [True, False]


def test_a_docket_looked_for_only_where_its_marks_stand_is_found_as_before():
    """``attach.docket`` runs its pattern only in sentences holding "No" or both ":" and "-" (issue #22)."""
    from claimx.extractors.claims.attach import _DOCKET, docket

    texts = ["Filed as case 3:23-cv-01234-JD in San Francisco.", "It is Case No. 22-1234 now.",
             "See No. 21-456; a well-known case.", "A time 3:30 and a re-filing, no docket.",
             "Docket No 12:34-ab-5678 was sealed.", "Nothing-here but hyphens-and words."]
    for text in texts + [t for t, _, _ in _fixture_sentences()][:3]:
        spans = [(0, len(text)), (5, len(text))]
        want = next((m.group(0) for s, e in spans for m in [_DOCKET.search(text, s, e)] if m), None)
        assert docket(text, spans) == want, text
    assert docket(texts[0], [(0, len(texts[0]))]) == "3:23-cv-01234-JD"


# -- cspeed2: guarded cues, the phrases a text may hold, the text's words in C, name runs --

GUARD_TEXTS = [
    "Separately, the SEC filed a civil suit against him in federal court.",
    "The three lawsuits were filed SEPARATELY in state court, a judge said.",
    "Such cases often end in settlements; in recent years most such suits were settled.",
    "A group of Illinois users has filed a class action brought by 27 borrowers.",
    "The jury awarded $5 million in damages and the magistrate ordered restitution.",
    "Acme agreed to pay a fine; the tribunal upheld the penalty on appeal.",
    "Nothing legal here: a cafe\u0301 opened on Main Street.",
    "The case was \u017feparately filed (a long s, which re folds onto s).",  # ſ: the guard must stand aside
    "Ir\u0131s Corp was sued in a c\u0131v\u0131l case.",  # dotless i
    "\u0130stanbul court: the judge ruled.",  # a capital whose lower case is longer
]
GUARDED = ["generic", "ruling_context", "court_order_context", "told_apart", "civil_action", "money_sentence",
           "shield_before", "separate_actions"]


def _guard_cases():
    for t in GUARD_TEXTS:
        yield t, 0, len(t)
        yield t, 3, max(3, len(t) - 5)
    yield from _fixture_sentences()


@pytest.mark.parametrize("name", GUARDED)
def test_a_cue_behind_its_needles_finds_what_the_plain_search_finds(name):
    """``guards.NeedleCue`` (cspeed2): the pattern runs only where the span's lower case holds one of
    the strings every match holds; its answers are re's own, also where the lower case is no
    stand-in for re's folding (the long s, the dotless i, a longer lower case)."""
    import re
    from claimx.extractors.claims.guards import NeedleCue
    from claimx.io.resources import load_json

    rx = re.compile(load_json("cues/claim_frames.json")[name], re.IGNORECASE)
    cue = NeedleCue(rx)
    assert cue.words  # the pattern's strings are known: the guard does skip spans
    for text, s, e in _guard_cases():
        want, got = rx.search(text, s, e), cue.search(text, s, e)
        assert (got and got.span()) == (want and want.span()), (name, text[s:e])
        assert [m.span() for m in cue.finditer(text, s, e)] == [m.span() for m in rx.finditer(text, s, e)]
        want, got = rx.fullmatch(text, s, e), cue.fullmatch(text, s, e)
        assert (got and got.span()) == (want and want.span())


def test_the_guards_stand_aside_where_the_lower_case_is_no_stand_in():
    from claimx.extractors.claims.guards import folded, lowered

    assert folded("Filed separately.") == "filed separately."
    assert folded("\u017feparately") is None and folded("c\u0131v\u0131l") is None
    assert folded("\u0130stanbul") is None  # "i̇stanbul": one letter more
    text = "The Suit"
    assert lowered(text) is lowered(text) == "the suit"  # made once a text


def test_the_people_cues_behind_their_needles_read_as_the_plain_patterns():
    import re
    from claimx.extractors.claims.assembly import _people_cue

    for name in ("people_agent", "people_subject"):
        cue = _people_cue(name)
        plain = re.compile(cue.rx.pattern, re.IGNORECASE)
        for text, s, e in _guard_cases():
            for got, want in ((cue.search(text, s, e), plain.search(text, s, e)),
                              (cue.fullmatch(text, s, e), plain.fullmatch(text, s, e))):
                assert (got and got.span()) == (want and want.span()), (name, text[s:e])


WORD_TEXTS = TEXTS + [
    "The caf\u00e9 sued; 2sued _sued sued2 re-sued lawsuit\u2019s LAWSUITS Lawsuit.",
    "Stra\u00dfe GmbH was fined \u2014 \u201cfined\u201d, they said \u2026 settlement\u00e9 pay",
    "",
]


@pytest.mark.parametrize("text", WORD_TEXTS)
def test_the_phrase_words_read_in_c_are_the_text_words_the_phrases_hold(text):
    """``_phrase_words_in`` (cspeed2) is the set of every ``_WORDS`` match of the lower case,
    cut to the event phrases' words."""
    from claimx.extractors.claims.frames import _phrase_index, _phrase_words_in

    low = text.lower()
    words = set(_phrase_index()[1])
    assert _phrase_words_in(low) == frozenset(_WORDS.findall(low)) & words


@pytest.mark.parametrize("text", WORD_TEXTS + [t for t, _, _ in list(_fixture_sentences())[:40]])
def test_the_phrases_a_text_may_hold_are_those_whose_words_it_holds(text):
    """``_phrases_in`` (cspeed2): the phrases with a word in the text, in order, as a test of each
    phrase would list them; every phrase that matches is among them."""
    from claimx.extractors.claims.frames import _phrase_words_in, _phrases_in

    low = text.lower()
    vocab = _phrase_words_in(low)
    events = cues()["events"]
    plain = [i for i, (_rx, _s, _k, _v, (words, _a)) in enumerate(events)
             if words is None or not vocab.isdisjoint(words)]
    assert _phrases_in(vocab) == plain
    assert _phrases_in(None) == list(range(len(events)))
    matched = {i for i, (rx, *_rest) in enumerate(events) if rx.search(text)}
    assert matched <= set(plain)


def _plain_runs(text, start, end, common=frozenset()):
    """names.runs as it was: each run's words read from the text, one by one."""
    from claimx.extractors.claims.names import _RUN, _TOKEN, _HEAD, _words

    heads = _words()[5]

    def with_head(e):
        head = _HEAD.match(text, e, end)
        return head.end() if head and head.group(1).lower() in heads else e

    out = []
    for m in _RUN.finditer(text, start, end):
        s, e = m.span()
        if " " not in m.group(0) and "\n" not in m.group(0):
            out.append((s, with_head(e) if text[e:e + 1] == " " else e))
            continue
        if not any(w.lower() in common for w in _TOKEN.findall(text, s, e)[1:]):
            out.append((s, with_head(e)))
            continue
        toks = [t.span() for t in _TOKEN.finditer(text, s, e)]
        cuts = [k for k in range(1, len(toks)) if text[toks[k][0]:toks[k][1]].lower() in common]
        bounds = [0, *cuts, len(toks)]
        for a, b in zip(bounds, bounds[1:]):
            out.append((toks[a][0], with_head(toks[b - 1][1]) if b == len(toks) else toks[b - 1][1]))
    return out


RUN_TEXTS = [
    "Cities Sue Uber and the British government over Acme bakery claims, says the Department of Justice.",
    "The State of Texas sued Smith & Wesson Brands Inc. and eBay Inc on behalf of the people.",
    "In a case brought by the Justice Department, Meta Platforms agreed to pay; the Sue family sued.",
]


@pytest.mark.parametrize("text", RUN_TEXTS)
def test_name_runs_read_from_their_own_strings_are_the_runs_read_from_the_text(text):
    from claimx.extractors.claims.names import LowerCaseWords, _words, runs

    for common in (frozenset(), LowerCaseWords(text, _words()[6]), LowerCaseWords(text)):
        for s, e in ((0, len(text)), (4, len(text) - 10)):
            assert runs(text, s, e, common) == _plain_runs(text, s, e, common)
    common = LowerCaseWords(text, _words()[6])
    assert len(runs(text, 0, len(text), common)) > 2


def test_name_runs_of_the_fixtures_are_the_plain_runs():
    from claimx.extractors.claims.names import LowerCaseWords, _words, runs

    commons = {}
    for text, s, e in _fixture_sentences():
        common = commons.setdefault(id(text), LowerCaseWords(text, _words()[6]))
        assert runs(text, s, e, common) == _plain_runs(text, s, e, common)


PAID_TEXTS = [
    "Acme agreed to pay $3 billion to the DOJ and the SEC to settle.",
    "The jury awarded $200 million to the family of Jane Roe on Friday.",
    "Meta will pay $90 million to   Illinois users, and paid $5 million TO\nThe Trust.",
    "She was paid by Acme; awards went to the Surviving Family Members of John Doe.",
]


def test_a_name_the_words_before_end_as_no_paid_to_is_no_paid_to_slot():
    """``linking._ends_as_paid_to`` (cspeed2) holds wherever ``_PAID_TO`` matches before a name, so
    the pattern is run only there."""
    from claimx.extractors.claims.linking import _PAID_TO, _ends_as_paid_to

    cases = [(t, 0, len(t)) for t in PAID_TEXTS] + list(_fixture_sentences())
    hits = 0
    for text, lo, hi in cases:
        for s in range(lo, hi):
            if _PAID_TO.search(text, max(lo, s - 240), s):
                hits += 1
                assert _ends_as_paid_to(text, lo, s), text[max(lo, s - 60):s]
    assert hits >= 4
