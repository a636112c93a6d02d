"""claimx as spaCy components: factories, extensions, doc.spans."""
import spacy

import claimx
from claimx.pipeline import COMPONENTS


def test_pipeline_is_blank_english_plus_our_components():
    nlp = claimx.load()
    assert nlp.lang == "en"
    assert nlp.pipe_names == COMPONENTS


def test_load_and_extract_share_one_pipeline():
    from claimx.pipeline import load

    nlp = claimx.load()
    assert load(model=None, keep_chrome=False, patterns=None) is nlp  # what extract() asks for
    assert claimx.load(keep_chrome=True) is not nlp


def test_results_on_doc_extensions_and_spans():
    nlp = claimx.load()
    text = "Rep. Devin Nunes sued Twitter in 2019 under Section 230 of the Communications Decency Act."
    doc = nlp(text)
    assert [(s.name, s.act) for s in doc._.claimx_statutes] == [("Section 230 of the Communications Decency Act", "Communications Decency Act")]
    labels = {span.label_ for span in doc.spans["claimx"]}
    assert {"STATUTE", "DATE", "PLATFORM"} <= labels
    assert doc._.claimx["schema"] == "claimx/1"


def test_fast_extension_access_is_the_same_attribute_as_doc_underscore():
    """The components read and write their results with extensions.get/put (no Underscore
    object per access); a user reads them with doc._ . Both must be the one attribute."""
    from claimx.extensions import _FIELDS, get, put

    nlp = claimx.load()
    doc = nlp.make_doc("Meta was sued.")
    for name in _FIELDS:
        assert get(doc, name) is None and getattr(doc._, name) is None
        put(doc, name, [name])
        assert getattr(doc._, name) == [name]
        setattr(doc._, name, (name, 2))
        assert get(doc, name) == (name, 2)
    doc = nlp("Meta was sued in 2023 under Section 230.")
    assert get(doc, "claimx_statutes") is doc._.claimx_statutes
    assert [d.value for d in get(doc, "claimx_dates")] == ["2023"]


def test_doc_sents_follow_claimx_sentences_and_extract_skips_the_mirrors():
    nlp = claimx.load()
    text = "Rep. Devin Nunes sued Twitter on Jan. 8. The U.S. District Court in Calif. heard it."
    doc = nlp(text)
    assert [(s.start_char, s.end_char) for s in doc.sents] == doc._.claimx_sentences
    assert [s.text for s in doc.sents][1].startswith("The U.S. District Court in Calif. heard")
    # the JSON path needs neither token sentence starts nor doc.spans: same document without them
    from claimx.pipeline import MIRRORS

    assert MIRRORS == {"claimx_sent_starts", "claimx_spans"}
    assert claimx.extract(text) == doc._.claimx | {"source": None, "title": None, "url": None}


def test_whole_extractor_as_one_component_in_another_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    import claimx.pipeline  # noqa: F401  (registers the factory; entry points do this after install)

    nlp.add_pipe("claimx")
    doc = nlp("The FTC sued Meta in 2020, alleging violations of the Sherman Act.")
    assert [s.name for s in doc._.claimx_statutes] == ["Sherman Act"]
    assert doc._.claimx["dates"][0]["value"] == "2020"


def test_components_after_existing_sentence_boundaries():
    """In a pipeline whose earlier component already set sentences (as a parser would)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    import claimx.pipeline  # noqa: F401

    for name in ["claimx_sentences", "claimx_statutes", "claimx_dates"]:
        nlp.add_pipe(name)
    doc = nlp("Rep. Nunes sued. The suit cites the Sherman Act and was filed on Jan. 8, 2021.")
    assert [s.name for s in doc._.claimx_statutes] == ["Sherman Act"]
    assert doc._.claimx_sentences and len(list(doc.sents)) >= 2


def test_extract_without_tokens_gives_what_the_tokenized_doc_gives():
    """claimx.extract builds no tokens (no component reads them); nlp(text) tokenizes. Every
    fixture gives the same document both ways, and the string store does not grow with
    the words of texts that only went through extract."""
    from pathlib import Path

    nlp = claimx.load()
    for path in sorted(Path(__file__).parent.parent.joinpath("fixtures").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)
        assert len(doc) > 100
        assert claimx.extract(text) == doc._.claimx | {"source": None, "title": None, "url": None}
    before = len(nlp.vocab.strings)
    claimx.extract("Zqxwvlorp Blenkinsopple sued Frobnicatorix Inc. on Monday.")
    assert len(nlp.vocab.strings) == before
