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

