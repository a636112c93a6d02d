"""spaCy's English tokenizer, built the first time something tokenizes.

``claimx.extract`` reads the text, never tokens (``api._untokenized_doc``), yet building the
tokenizer (its 1,300-odd special cases) was a quarter of a second of every ``claimx extract
one.txt``. The blank pipeline therefore gets this stand-in: ``nlp(text)``, ``nlp.tokenizer``'s
methods and ``nlp.to_disk`` see the real tokenizer, made once on first use, so people who use
the Doc get exactly what ``spacy.blank("en")`` gives them.

Registered as ``claimx.LazyTokenizer.v1`` (also as a ``spacy_tokenizers`` entry point, so that
``spacy.load`` of a saved claimx pipeline finds it without importing claimx first).
"""
from __future__ import annotations

import threading

from spacy.util import registry

NAME = "claimx.LazyTokenizer.v1"


@registry.tokenizers(NAME)
def create_lazy_tokenizer():
    def create(nlp):
        return LazyTokenizer(nlp)

    return create


class LazyTokenizer:
    """Stands in for ``spacy.Tokenizer.v1`` until the first call or attribute asks for it."""

    def __init__(self, nlp):
        self._nlp = nlp
        self._real = None
        self._lock = threading.Lock()

    @property
    def real(self):
        """The tokenizer ``spacy.blank`` would have made, built once (threads get the same one)."""
        if self._real is None:
            with self._lock:
                if self._real is None:
                    self._real = registry.tokenizers.get("spacy.Tokenizer.v1")()(self._nlp)
                    self._nlp = None  # no cycle through the pipeline once built
        return self._real

    def __call__(self, text):
        return self.real(text)

    def pipe(self, texts, batch_size=1000):
        return self.real.pipe(texts, batch_size=batch_size)

    def to_disk(self, path, **kwargs):
        return self.real.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.real.from_disk(path, **kwargs)
        return self

    def to_bytes(self, **kwargs):
        return self.real.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.real.from_bytes(data, **kwargs)
        return self

    def __getattr__(self, name):  # explain, add_special_case, rules, prefix_search ...
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.real, name)

    def __setattr__(self, name, value):  # nlp.tokenizer.infix_finditer = ...: the real one's
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            setattr(self.real, name, value)
