"""The fast paths find exactly what the plain forms they replace would find."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from claimx.gazetteer import Gazetteer
from claimx.parties import _first_words, _whole_word_finds
from claimx.textnorm import match_text
from claimx.wordtrie import trie_pattern

WORDS = st.lists(st.text(alphabet="abc -", min_size=1, max_size=6), min_size=1, max_size=12)
TEXT = st.text(alphabet="abc -.\n", max_size=80)


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT)
def test_trie_pattern_matches_like_longest_first_alternation(words, text):
    plain = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    for template in (r"(?<![\w-])(%s)(?![\w-])", r"(%s)"):
        old = re.compile(template % plain, re.IGNORECASE)
        new = re.compile(template % trie_pattern(set(words)), re.IGNORECASE)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_trie_pattern_shape_and_empty_list():
    assert trie_pattern(["said", "says", "stated"]) == "s(?:a(?:id|ys)|tated)"
    assert re.fullmatch(trie_pattern(["say", "says"]), "says")
    assert re.search(trie_pattern([]), "anything") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .", min_size=1, max_size=4), st.text(alphabet="ab .\n", max_size=60))
def test_whole_word_finds_equals_lookaround_regex(form, text):
    expected = [m.start() for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(form), text)]
    assert list(_whole_word_finds(text, form)) == expected


def test_first_words_of_left_cues():
    assert _first_words(r"\b(?:sued|sue|suing)\s+(?:the\s+)?$") == {"sued", "sue", "suing"}
    assert _first_words(r"\bplaintiffs?,?\s+$") == {"plaintiff", "plaintiffs"}
    assert _first_words(r"\b(?:attorneys?(?!\s+general)|co-counsel)\s*$") == {"attorney", "attorneys", "co"}
    assert _first_words(r"\b(?:law\s+firms?|the\s+firms?)\s+$") == {"law", "the"}
    with pytest.raises(ValueError):
        _first_words(r"\b\w+\s+sued\s+$")  # any word may start it: no set to look up


def test_gazetteer_trie_prefers_longest_tight_phrase():
    gaz = Gazetteer()
    gaz.add("Federal Trade Commission", "ftc")
    gaz.add("Federal", "adj")
    gaz.add("Character.AI", "cai")
    text = match_text("The Federal Trade Commission and Federal courts; Character.AI, Character.  AI")
    found = [(text[s:e], p) for s, e, p in gaz.finditer(text)]
    assert found == [("Federal Trade Commission", ["ftc"]), ("Federal", ["adj"]), ("Character.AI", ["cai"])]
