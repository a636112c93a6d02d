"""One regular expression for a long word list, shaped as a trie.

Python's ``re`` tries the alternatives of ``(?:said|says|stated|...)`` one after the
other at every position; with a hundred words that is a hundred tests per character.
Factored by common prefixes (``s(?:a(?:id|ys)|tated)``) only the branch that agrees
with the next character goes on. Longer words are tried before their prefixes, so the
pattern matches what the longest-first alternation would.
"""
from __future__ import annotations

import re
from typing import Iterable


def _trie(words: Iterable[str]) -> dict:
    """The words as nested dicts, one level per character; ``""`` marks a word's end."""
    root: dict = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly ``words``, longest first at each position."""
    return _emit(_trie(words)) or "(?!)"


def trie_pattern_opening(words: Iterable[str], after_first: str) -> str:
    """``trie_pattern(words)`` with ``after_first`` right after each word's first character: a
    pattern that opens with lookbehinds (``(?<!\\bwas )(?:deny|false)``) is tried by re at every
    position, one that opens on the words' first characters lets it skip to them. With each
    lookbehind one character wider (``(?<!\\bwas .)``) it matches the same (for words that do not
    open on a line break). Worth it where the lookbehinds are many or the first characters rare."""
    root = _trie(words)
    branches = [re.escape(ch) + after_first + _emit(child) for ch, child in sorted(root.items()) if ch]
    return "(?:%s)" % "|".join(branches) if branches else "(?!)"


def _emit(node: dict) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    body = "(?:%s)" % "|".join(branches)
    return body + "?" if "" in node else body
