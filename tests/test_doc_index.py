"""The per-document index (claimx/text/index.py): made once per document, read by every
component, exactly the splits the finders made on their own, and gone with the document."""
import gc
import weakref

import pytest

import claimx
from claimx.text import index as index_mod
from claimx.text.index import DocIndex
from claimx.text.gazetteer import tokens as gazetteer_tokens
from claimx.text.normalize import match_text, words
from claimx.text.segment import paragraphs, sentences

ARTICLE = ("Parents Sue Photo App\n\n"
           "BOSTON \u2014 A group of parents sued Lumora Apps Inc. on Monday, alleging the company "
           "violated the Children\u2019s Online Privacy Protection Act.\n\n"
           "\u201cThey took what was not theirs,\u201d said attorney Dana Reyes of Reyes & Cole LLP.\n\n"
           "Share this article\n")

# one row per family of text whose matching copy may split otherwise than the text itself
SPLIT_FAMILIES = [
    ("plain ascii", "First line here.\n\nSecond line, with more.\n"),
    ("curly quotes and dashes", "\u201cWe sued,\u201d she said \u2014 twice.\n\nIt\u2019s done.\n"),
    ("non-breaking spaces", "\u00a0\u00a0Indented by NBSP.\u00a0\n\u2003Em space line.\n"),
    ("crlf", "One line.\r\nTwo line.\r\n\r\nThree.\r\n"),
    ("lone cr", "One.\rTwo.\rThree."),
    ("form feed and vertical tab", "Page one.\x0cPage two.\x0bStill two.\n"),
    ("zero-width at a line start", "\u200bHidden start.\n\ufeffBOM start.\n\u200e\n"),
    ("zero-width line alone", "Text.\n\u200b\u200b\nMore text.\n"),
    ("tabs", "\tTabbed line.\t\n\t\nNext.\n"),
    ("other line separators", "A.\u2028B.\u2029C.\x85D.\x1cE.\n"),
    ("empty", ""),
]


@pytest.mark.parametrize("name,text", SPLIT_FAMILIES, ids=[r[0] for r in SPLIT_FAMILIES])
def test_splits_are_those_the_finders_made(name, text):
    idx = DocIndex(text)
    mt = match_text(text)
    assert idx.match_text == mt
    assert idx.paragraphs == paragraphs(text)
    assert idx.match_paragraphs == paragraphs(mt)
    assert idx.sentences == sentences(text)
    assert idx.words == words(mt)
    toks = gazetteer_tokens(mt)
    assert (idx.gazetteer_tokens.strings, idx.gazetteer_tokens.starts) == (toks.strings, toks.starts)
    for w, s, e in idx.gazetteer_tokens:
        assert mt[s:e] == w
    for s, e in idx.match_paragraphs:
        assert mt[s:e] == mt[s:e].strip() and mt[s:e]


def test_matching_paragraphs_reuse_the_texts_own_when_they_split_alike():
    idx = DocIndex("\u201cQuoted,\u201d he said.\n\nNext paragraph.\n")
    assert idx.match_text is not idx.text  # the copy differs (quote marks)...
    assert idx.match_paragraphs is idx.paragraphs  # ...but splits alike: no second split
    crlf = DocIndex("One.\r\nTwo.\r\n")
    assert crlf.match_paragraphs is not crlf.paragraphs


def _count_instances(monkeypatch, module, name):
    made = []
    cls = getattr(module, name)

    class Counting(cls):
        def __init__(self, *a, **k):
            made.append(weakref.ref(self))
            super().__init__(*a, **k)

    monkeypatch.setattr(module, name, Counting)
    return made


def test_one_index_and_one_chrome_index_per_document(monkeypatch):
    indexes = _count_instances(monkeypatch, index_mod, "DocIndex")
    import claimx.components as components
    monkeypatch.setattr(components, "DocIndex", index_mod.DocIndex)
    chromes = _count_instances(monkeypatch, components, "ChromeIndex")
    out = claimx.extract(ARTICLE)
    assert [p["name"] for p in out["parties"]]  # the components ran and found something
    assert len(indexes) == 1
    assert len(chromes) == 1  # seven components read it; built once


def test_the_index_goes_with_its_document(monkeypatch):
    """Memory flat in corpus size: nothing keeps a document's index after extract()."""
    indexes = _count_instances(monkeypatch, index_mod, "DocIndex")
    import claimx.components as components
    monkeypatch.setattr(components, "DocIndex", index_mod.DocIndex)
    for k in range(5):
        claimx.extract(ARTICLE.replace("Monday", f"Monday, March {k + 1}"))
    gc.collect()
    assert len(indexes) == 5
    assert all(ref() is None for ref in indexes)


def test_a_spacy_doc_gets_the_same_results_through_the_index():
    nlp = claimx.load()
    doc = nlp(ARTICLE)
    out = claimx.extract(ARTICLE)
    assert [p.name for p in doc._.claimx_parties] == [p["name"] for p in out["parties"]]
    assert doc._.claimx_sentences == sentences(ARTICLE)
