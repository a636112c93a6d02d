"""Mirror claimx results onto doc.spans["claimx"] for the rest of the spaCy world."""
from spacy.language import Language
from spacy.tokens import Doc

from claimx import extensions  # noqa: F401

SPAN_KEY = "claimx"


@Language.factory("claimx_spans", assigns=["doc.spans"])
def make_spans(nlp: Language, name: str):
    return SpanWriter()


class SpanWriter:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for label, items in (("STATUTE", doc._.claimx_statutes), ("PARTY", doc._.claimx_parties),
                             ("PLATFORM", doc._.claimx_platforms)):
            for item in items or []:
                for m in item.mentions:
                    sp = doc.char_span(m.start, m.end, label=label, alignment_mode="expand")
                    if sp is not None:
                        spans.append(sp)
        for d in doc._.claimx_dates or []:
            sp = doc.char_span(d.start, d.end, label="DATE", alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
        for q in doc._.claimx_quotes or []:
            if q.kind == "allegation":
                sp = doc.char_span(q.start, q.end, label="ALLEGATION", alignment_mode="expand")
                if sp is not None:
                    spans.append(sp)
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start_char, s.end_char, s.label_))
        return doc
