"""Doc extensions where the claimx components leave their results.

``doc._.claimx`` (the claimx/1 dict, built on access) is registered by ``claimx.components``,
which imports ``claimx.document``: this module imports nothing of claimx, so that
``document`` can read the results here without an import cycle."""
from spacy.tokens import Doc

_FIELDS = {
    "claimx_published": None,         # "YYYY[-MM[-DD]]" or None
    "claimx_published_source": None,  # "option" | "text" | "html" | None
    "claimx_chrome": None,            # list[(start, end)] of page-chrome lines
    "claimx_sentences": None,         # list[(start, end)]
    "claimx_statutes": None,          # list[models.Statute]
    "claimx_platforms": None,         # list[models.Platform]
    "claimx_parties": None,           # list[models.Party]
    "claimx_dates": None,             # list[models.DateExpr]
    "claimx_quotes": None,            # list[models.Quote]
    "claimx_amounts": None,           # list[models.Amount]
    "claimx_claims": None,            # list[models.Claim]
}


def register() -> None:
    for name, default in _FIELDS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


# Where spaCy's Underscore keeps a Doc attribute: doc.user_data[("._.", name, None, None)].
# ``get``/``put`` read and write there directly: ``doc._`` builds an Underscore object on
# every access (~2 us), and one text's components make some thirty of them
# (tests/test_spacy_pipeline.py checks both ways agree).
_KEYS = {name: ("._.", name, None, None) for name in _FIELDS}


def get(doc: Doc, name: str):
    """``doc._.<name>`` for one of the claimx result fields (all default to None)."""
    return doc.user_data.get(_KEYS[name])


def put(doc: Doc, name: str, value) -> None:
    """``doc._.<name> = value`` for one of the claimx result fields."""
    doc.user_data[_KEYS[name]] = value


def doc_text(doc: Doc) -> str:
    """doc.text, computed once: spaCy rebuilds the string from every token on each access."""
    cached = doc.user_data.get("claimx_text")
    if cached is None:
        cached = doc.user_data["claimx_text"] = doc.text
    return cached


register()
