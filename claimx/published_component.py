"""Sets the publication date: the caller's, else one stated at the top of the text."""
from spacy.language import Language
from spacy.tokens import Doc

from claimx import extensions  # noqa: F401
from claimx.extensions import doc_text, get, put
from claimx.extractors.published import detect


@Language.factory("claimx_published", assigns=["doc._.claimx_published"])
def make_published(nlp: Language, name: str):
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
