"""The claimx spaCy pipeline: spacy.blank("en") plus our rule components.

Order matters: chrome and sentences first (everyone skips chrome), statutes before
dates (a year inside "Act of 1996" is not a date), parties before quotes (a speaker's
role helps say whether a quotation accuses).
"""
from __future__ import annotations

import threading
from functools import lru_cache

from spacy.language import Language

from claimx import extensions  # noqa: F401

COMPONENTS = ["claimx_chrome", "claimx_sentences", "claimx_sent_starts", "claimx_published", "claimx_statutes",
              "claimx_platforms", "claimx_parties", "claimx_dates", "claimx_quotes", "claimx_amounts",
              "claimx_claims", "claimx_spans"]
# components that only copy results into spaCy's own structures (token sentence starts,
# doc.spans) for people who use the Doc; claimx.extract builds its JSON from the extensions
# and skips them
MIRRORS = frozenset({"claimx_sent_starts", "claimx_spans"})


def _register() -> None:
    from claimx import components  # noqa: F401  (importing it registers the factories)


def build(model: str | None = None, keep_chrome: bool = False, patterns: str | None = None) -> Language:
    """A fresh pipeline; ``model`` names an installed spaCy model to start from instead of blank."""
    import spacy

    _register()
    if model:
        nlp = spacy.load(model, exclude=["senter", "sentencizer"])
    else:
        from claimx.lazy_tokenizer import NAME

        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": NAME}}})
    nlp.max_length = 10_000_000
    extra = {}
    if patterns:
        from claimx.io.user_patterns import read_patterns

        user = read_patterns(patterns)
        extra = {"claimx_platforms": list(user["platform"]), "claimx_statutes": list(user["statute"]),
                 "claimx_parties": list(user["party"])}
    for name in COMPONENTS:
        config = {"enabled": not keep_chrome} if name == "claimx_chrome" else {}
        if name == "claimx_sentences":
            config["token_flags"] = False  # claimx_sent_starts does it

        if name in extra:
            config["extra_patterns"] = extra[name]
        nlp.add_pipe(name, config=config)
    return nlp


_BUILDING = threading.RLock()  # threads asking for a pipeline at once get one, built once


def load(model: str | None = None, keep_chrome: bool = False, patterns: str | None = None) -> Language:
    """The pipeline, built once per process for each set of options (``load()`` and
    ``load(model=None)`` are the same options, so the same pipeline)."""
    with _BUILDING:
        return _load(model or None, bool(keep_chrome), patterns or None)


@lru_cache(maxsize=4)
def _load(model: str | None, keep_chrome: bool, patterns: str | None) -> Language:
    return build(model=model, keep_chrome=keep_chrome, patterns=patterns)


@Language.factory("claimx", assigns=["doc._.claimx"])
def make_claimx(nlp: Language, name: str):
    """The whole extractor as one component, for other people's pipelines."""
    return WholePipeline()


class WholePipeline:
    def __init__(self):
        _register()
        self.components = None

    def __call__(self, doc):
        if self.components is None:
            with _BUILDING:
                if self.components is None:
                    self.components = [proc for _, proc in build().pipeline]
        for proc in self.components:
            doc = proc(doc)
        return doc
