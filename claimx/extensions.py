"""Doc extensions where the claimx components leave their results."""
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
}


def register() -> None:
    for name, default in _FIELDS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("claimx"):
        Doc.set_extension("claimx", getter=_document)


def doc_text(doc: Doc) -> str:
    """doc.text, computed once: spaCy rebuilds the string from every token on each access."""
    cached = doc.user_data.get("claimx_text")
    if cached is None:
        cached = doc.user_data["claimx_text"] = doc.text
    return cached


def _document(doc: Doc) -> dict:
    from .document import build_document

    return build_document(doc)


register()
