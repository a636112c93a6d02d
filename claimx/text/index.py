"""One document's splits, made once and read by every component.

Each component used to ask for the text's paragraphs, its matching copy, its sentences and a
``ChromeIndex`` of the chrome lines on its own (issue #24: paragraphs split ~2 times a text,
the chrome index built once per component, a sentence index once per finder). A ``DocIndex``
is made for a document the first time a component asks for it (``claimx.components.index_of``)
and lives on the Doc, so it goes with the Doc: nothing here is shared between documents or
threads, and nothing grows with the number of documents.

Each split is made on first use (a component that does not run costs nothing) by the same
function that made it before, so every finder sees exactly what it saw before.
"""
from __future__ import annotations

from functools import cached_property

from claimx.text.normalize import INVISIBLE, match_text, words
from claimx.text.segment import SentenceIndex, paragraphs, sentences

# characters that make the matching copy split into other lines than the text (a line break
# that ``match_text`` turns into a space) or strip otherwise (a zero-width mark, not
# whitespace to ``str.strip``, that it turns into a space)
_SPLITS_OTHERWISE = ("\r", "\x0b", "\x0c", *INVISIBLE)


class DocIndex:
    """The text of one document and its splits: ``match_text``, ``paragraphs`` (of the text
    and of the matching copy), ``words`` and ``gazetteer_tokens`` (of the matching copy),
    ``sentences``, a
    ``sentence_index`` and, through ``once``, the chrome index: each made once; per document,
    never shared."""

    def __init__(self, text: str):
        self.text = text
        self._built: dict = {}  # key -> (the source object, what was built from it)

    @cached_property
    def match_text(self) -> str:
        return match_text(self.text)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraphs(self.text)

    @cached_property
    def match_paragraphs(self) -> list[tuple[int, int]]:
        """``paragraphs(match_text)``: the text's own paragraphs unless the copy differs in a
        line break or a stripped character (then split again)."""
        mt = self.match_text
        if mt is self.text or not any(c in self.text for c in _SPLITS_OTHERWISE):
            return self.paragraphs
        return paragraphs(mt)

    @cached_property
    def words(self) -> tuple[list[str], list[int], list[int]]:
        """``normalize.words`` of the matching copy: the party rules' and gazetteers' split."""
        return words(self.match_text)

    @cached_property
    def gazetteer_tokens(self):
        """``gazetteer.tokens`` of the matching copy: the tokens the phrase tries walk."""
        from claimx.text.gazetteer import tokens

        return tokens(self.match_text)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentences(self.text, self.paragraphs)

    def sentence_index(self, spans) -> SentenceIndex:
        """A ``SentenceIndex`` of ``spans`` (the Doc's ``claimx_sentences`` list), built once
        for all the finders that read it."""
        return self.once("sentences", spans, SentenceIndex)

    def once(self, key: str, source, build):
        """``build(source)``, remembered under ``key`` while the callers hand in the same
        object (the chrome lines' ``ChromeIndex``, built once for the seven components that
        read it; a component that replaced the Doc's list gets an index of the new one)."""
        held = self._built.get(key)
        if held is None or held[0] is not source:
            held = self._built[key] = (source, build(source))
        return held[1]
