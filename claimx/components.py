"""The spaCy side of claimx: every ``@Language.factory`` and its thin adapter.

Each adapter reads what earlier components left on the Doc (``claimx.extensions``), calls a
plain finder from ``claimx.extractors`` or ``claimx.text`` on the text, and leaves its result
for the next. The finders know nothing of spaCy; the order is ``claimx.pipeline.COMPONENTS``.
"""
from __future__ import annotations

import json

from spacy.language import Language
from spacy.tokens import Doc

from claimx import extensions  # noqa: F401  (registers the Doc extensions)
from claimx.document import build_document
from claimx.extensions import doc_text, get, put
from claimx.extractors.amounts import AmountFinder
from claimx.extractors.claims import ClaimFinder
from claimx.extractors.boilerplate import ChromeIndex, chrome_ranges
from claimx.extractors.dates import DateFinder
from claimx.extractors.parties import PartyFinder
from claimx.extractors.platforms import PlatformFinder
from claimx.extractors.published import detect
from claimx.extractors.quotes import QuoteFinder
from claimx.extractors.statutes import StatuteFinder
from claimx.text.index import DocIndex
from claimx.text.segment import SentenceIndex

SPAN_KEY = "claimx"

if not Doc.has_extension("claimx"):  # the whole claimx/1 dict, built when asked for
    Doc.set_extension("claimx", getter=build_document)


INDEX_KEY = "claimx_index"  # doc.user_data[INDEX_KEY]: the document's DocIndex


def index_of(doc: Doc) -> DocIndex:
    """The Doc's ``DocIndex`` (claimx.text.index), made by the first component that asks: the
    splits of the text every component reads, made once per document."""
    index = doc.user_data.get(INDEX_KEY)
    if index is None:
        index = doc.user_data[INDEX_KEY] = DocIndex(doc_text(doc))
    return index


def chrome_index(doc: Doc) -> ChromeIndex:
    """The chrome lines as a ``ChromeIndex``, built once per document (on its DocIndex)."""
    return index_of(doc).once("chrome", get(doc, "claimx_chrome"), ChromeIndex)


def sentence_index(doc: Doc) -> SentenceIndex:
    return index_of(doc).sentence_index(get(doc, "claimx_sentences"))


def statute_spans(doc: Doc) -> list[tuple[int, int]]:
    """Where statutes were found: a year or a name inside a law's name is no date or party
    (listed once per document, for both)."""
    return index_of(doc).once("statute_spans", get(doc, "claimx_statutes"), _mention_spans)


def _mention_spans(statutes) -> list[tuple[int, int]]:
    return [(m.start, m.end) for st in statutes or [] for m in st.mentions]


@Language.factory("claimx_chrome", assigns=["doc._.claimx_chrome"], default_config={"enabled": True})
def make_chrome(nlp: Language, name: str, enabled: bool):
    return ChromeFilter(enabled)


class ChromeFilter:
    def __init__(self, enabled: bool = True):
        self.enabled = enabled

    def __call__(self, doc: Doc) -> Doc:
        put(doc, "claimx_chrome", chrome_ranges(doc_text(doc), index_of(doc).paragraphs) if self.enabled else [])
        return doc


@Language.factory("claimx_sentences", assigns=["token.is_sent_start", "doc._.claimx_sentences"],
                  default_config={"token_flags": True})
def make_sentences(nlp: Language, name: str, token_flags: bool):
    """``token_flags``: also mark sentence starts on the tokens (``doc.sents``); the claimx
    pipeline leaves that to ``claimx_sent_starts``, which ``claimx.extract`` can skip."""
    return SentenceSegmenter(token_flags)


@Language.factory("claimx_sent_starts", assigns=["token.is_sent_start"])
def make_sent_starts(nlp: Language, name: str):
    """Sentence starts from ``doc._.claimx_sentences`` onto the tokens, for ``doc.sents``."""
    return SentStartWriter()


class SentenceSegmenter:
    def __init__(self, token_flags: bool = True):
        self.token_flags = token_flags

    def __call__(self, doc: Doc) -> Doc:
        put(doc, "claimx_sentences", index_of(doc).sentences)
        if self.token_flags:
            set_sent_starts(doc)
        return doc


class SentStartWriter:
    def __call__(self, doc: Doc) -> Doc:
        set_sent_starts(doc)
        return doc


@Language.factory("claimx_published", assigns=["doc._.claimx_published"])
def make_published(nlp: Language, name: str):
    """The publication date: the caller's, else one stated at the top of the text."""
    return PublishedDate()


class PublishedDate:
    def __call__(self, doc: Doc) -> Doc:
        if get(doc, "claimx_published"):
            put(doc, "claimx_published_source", get(doc, "claimx_published_source") or "option")
            return doc
        value = detect(doc_text(doc))
        put(doc, "claimx_published", value)
        put(doc, "claimx_published_source", "text" if value else None)
        return doc


@Language.factory("claimx_statutes", assigns=["doc._.claimx_statutes"],
                  default_config={"extra_patterns": []})
def make_statutes(nlp: Language, name: str, extra_patterns: list):
    """``extra_patterns``: more laws, in the format of data/patterns/statutes.json."""
    return StatuteComponent(json.dumps(extra_patterns, sort_keys=True))


class StatuteComponent:
    def __init__(self, extra_json: str = "[]"):
        self.finder = StatuteFinder(extra_json)

    def __call__(self, doc: Doc) -> Doc:
        put(doc, "claimx_statutes", self.finder.find(doc_text(doc), chrome_index(doc), index=index_of(doc)))
        return doc


@Language.factory("claimx_platforms", assigns=["doc._.claimx_platforms"],
                  default_config={"extra_patterns": []})
def make_platforms(nlp: Language, name: str, extra_patterns: list):
    """``extra_patterns``: more platforms, in the format of data/patterns/platforms.json."""
    return PlatformComponent(json.dumps(extra_patterns, sort_keys=True))


class PlatformComponent:
    def __init__(self, extra_json: str = "[]"):
        self.finder = PlatformFinder(extra_json)

    def __call__(self, doc: Doc) -> Doc:
        put(doc, "claimx_platforms", self.finder.find(doc_text(doc), chrome_index(doc), index=index_of(doc)))
        return doc


@Language.factory("claimx_parties", assigns=["doc._.claimx_parties"],
                  default_config={"extra_patterns": [], "use_model_ents": True})
def make_parties(nlp: Language, name: str, extra_patterns: list, use_model_ents: bool):
    """``extra_patterns``: more names ({"name", "aliases", "kind"}); ``use_model_ents``: take
    PERSON/ORG entities from a statistical model earlier in the pipeline as candidates too."""
    return PartyComponent(json.dumps(extra_patterns, sort_keys=True), use_model_ents)


class PartyComponent:
    def __init__(self, extra_json: str = "[]", use_model_ents: bool = True):
        # one finder for every thread: its per-call state lives in a Call made per find()
        self.finder = PartyFinder(extra_json)
        self.use_model_ents = use_model_ents

    def __call__(self, doc: Doc) -> Doc:
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if self.use_model_ents else []
        put(doc, "claimx_parties", self.finder.find(doc_text(doc), chrome_index(doc), get(doc, "claimx_sentences"),
                                                    statute_spans(doc), get(doc, "claimx_platforms") or [], ents,
                                                    index=index_of(doc)))
        return doc


@Language.factory("claimx_dates", assigns=["doc._.claimx_dates"])
def make_dates(nlp: Language, name: str):
    return DateComponent()


class DateComponent:
    def __init__(self):
        self.finder = DateFinder()

    def __call__(self, doc: Doc) -> Doc:
        put(doc, "claimx_dates", self.finder.find(doc_text(doc), get(doc, "claimx_published"), chrome_index(doc),
                                                  statute_spans(doc), get(doc, "claimx_sentences"),
                                                  index=index_of(doc)))
        return doc


@Language.factory("claimx_quotes", assigns=["doc._.claimx_quotes"])
def make_quotes(nlp: Language, name: str):
    return QuoteComponent()


class QuoteComponent:
    def __init__(self):
        self.finder = QuoteFinder()

    def __call__(self, doc: Doc) -> Doc:
        roles = {}
        for p in get(doc, "claimx_parties") or []:
            for m in p.mentions:
                roles[m.text] = p.role
            roles[p.name] = p.role
        put(doc, "claimx_quotes", self.finder.find(doc_text(doc), chrome_index(doc), get(doc, "claimx_sentences"),
                                                   roles, index=index_of(doc)))
        return doc


@Language.factory("claimx_amounts", assigns=["doc._.claimx_amounts"])
def make_amounts(nlp: Language, name: str):
    """Money sums ("$1.375 billion", "£100 per day"), for the claims and the amounts list."""
    return AmountComponent()


class AmountComponent:
    def __init__(self):
        self.finder = AmountFinder()

    def __call__(self, doc: Doc) -> Doc:
        put(doc, "claimx_amounts", self.finder.find(doc_text(doc), chrome_index(doc)))
        return doc


@Language.factory("claimx_claims", assigns=["doc._.claimx_claims"])
def make_claims(nlp: Language, name: str):
    """Legal actions (who sues whom, under which law, how far along) from the parties, statutes,
    amounts, quotes and dates found before it."""
    return ClaimComponent()


class ClaimComponent:
    def __init__(self):
        self.finder = ClaimFinder()

    def __call__(self, doc: Doc) -> Doc:
        put(doc, "claimx_claims", self.finder.find(
            doc_text(doc), get(doc, "claimx_sentences"), chrome_index(doc), get(doc, "claimx_parties") or [],
            get(doc, "claimx_statutes") or [], get(doc, "claimx_amounts") or [], get(doc, "claimx_quotes") or [],
            get(doc, "claimx_dates") or []))
        return doc


@Language.factory("claimx_spans", assigns=["doc.spans"])
def make_spans(nlp: Language, name: str):
    """Mirror claimx results onto doc.spans["claimx"] for the rest of the spaCy world."""
    return SpanWriter()


class SpanWriter:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for label, items in (("STATUTE", doc._.claimx_statutes), ("PARTY", doc._.claimx_parties),
                             ("PLATFORM", doc._.claimx_platforms)):
            for item in items or []:
                spans.extend(_char_span(doc, m.start, m.end, label) for m in item.mentions)
        spans.extend(_char_span(doc, d.start, d.end, "DATE") for d in doc._.claimx_dates or [])
        spans.extend(_char_span(doc, q.start, q.end, "ALLEGATION")
                     for q in doc._.claimx_quotes or [] if q.kind == "allegation")
        doc.spans[SPAN_KEY] = sorted((sp for sp in spans if sp is not None),
                                     key=lambda s: (s.start_char, s.end_char, s.label_))
        return doc


def _char_span(doc: Doc, start: int, end: int, label: str):
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def set_sent_starts(doc: Doc) -> None:
    """Mark the tokens that start one of ``doc._.claimx_sentences``; a parser or senter earlier
    in the pipeline owns the token boundaries, and then ours stay on the extension only."""
    import numpy
    from spacy.attrs import SENT_START

    spans = get(doc, "claimx_sentences") or []
    if len(doc) and not annotated(doc, "DEP") and not annotated(doc, "SENT_START"):
        idx = doc.to_array("IDX").astype("int64")  # token start offsets, ascending
        starts = numpy.array(sorted({s for s, _ in spans}), dtype="int64")
        at = numpy.searchsorted(idx, starts)  # the token at or after each sentence start
        inside = at < len(idx)
        at = at[inside][idx[at[inside]] == starts[inside]]  # ...that starts exactly there
        flags = numpy.full(len(idx), -1, dtype="int64")
        flags[at] = 1
        flags[0] = 1
        doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))


def annotated(doc: Doc, attr: str) -> bool:
    """Doc.has_annotation without a Python loop over every token."""
    values = doc.to_array(attr)
    if attr == "SENT_START":
        values = values[1:]  # the first token always starts a sentence
    return bool(len(values)) and bool(values.any())
