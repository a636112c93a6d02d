"""claimx.extract: one article in, one claimx/1 document out."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from claimx.errors import ClaimxError, PublishedError  # noqa: F401  (claimx.api.ClaimxError, as it always was)
from claimx.models import SCHEMA

_PUBLISHED = re.compile(r"^[0-9]{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12][0-9]|3[01]))?)?$")

#: the years a publication date may have: calendar arithmetic around them ("next Friday",
#: "last year", "999 years ago") then always stays inside the years Python's dates can hold
PUBLISHED_YEARS = (1000, 2999)


def check_published(published: Optional[str]) -> Optional[str]:
    """``published`` as extract() uses it: YYYY-MM-DD, YYYY-MM or YYYY in ASCII digits, a real
    calendar date, the year in PUBLISHED_YEARS; else PublishedError."""
    if published is None or published == "":
        return None
    published = str(published).strip()
    if not _PUBLISHED.match(published):
        raise PublishedError(f"published must be YYYY-MM-DD, YYYY-MM or YYYY, not {published!r}")
    lo, hi = PUBLISHED_YEARS
    if not lo <= int(published[:4]) <= hi:
        raise PublishedError(f"published must be a year from {lo} to {hi}, not {published!r}")
    if len(published) == 10:
        import datetime as dt

        try:
            dt.date.fromisoformat(published)
        except ValueError:
            raise PublishedError(f"published is not a calendar date: {published!r}") from None
    return published


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """Lone surrogates (only Python strings can hold them; no decoder makes them) become
    U+FFFD, as ``errors="replace"`` decoding would: one code point for one, offsets kept."""
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)


CHUNK_CHARS = 400_000
LONG_RUN = 200      # a whitespace-free run longer than this is cut into pieces for the tokenizer


def _may_have_run(text: str, min_len: int) -> bool:
    """False when no run of ``min_len`` non-space characters can exist: such a run covers a
    whole window of ``min_len // 2`` characters starting at a multiple of that, and in prose
    every such window has a space or a newline (a few slices, no regex)."""
    step = max(1, min_len // 2)
    for i in range(0, len(text) - step + 1, step):
        window = text[i:i + step]
        if " " not in window and "\n" not in window:
            return True  # maybe (other whitespace, or a real run): let the regex decide
    return False


@lru_cache(maxsize=4)
def _run_patterns(min_len: int):
    return re.compile(r"\S{%d,}" % min_len), re.compile(r"\s(?=\S{%d})" % min_len)


def _runs(text: str, min_len: int):
    """What ``re.finditer(r"\\S{min_len,}", text)`` finds: a long run starts the text or
    follows a space, so the scan visits only spaces (fast) instead of every character."""
    if not _may_have_run(text, min_len):
        return
    run, space_before_run = _run_patterns(min_len)
    m = run.match(text)
    pos = 0
    while True:
        if m is not None:
            yield m
            pos = m.end()
        hint = space_before_run.search(text, pos)
        if hint is None:
            return
        m = run.match(text, hint.end())


def make_doc(nlp, text: str):
    """nlp.make_doc, safe on hostile text.

    spaCy's tokenizer strips prefixes and suffixes one at a time, which is quadratic on a
    single very long run of punctuation (100,000 quote marks took minutes). Such runs become
    100-character tokens here; the Doc's text, and so every offset, is unchanged.
    """
    if next(_runs(text, LONG_RUN + 1), None) is None:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    docs, pos = [], 0
    for m in _runs(text, LONG_RUN + 1):
        if m.start() > pos:
            docs.append(nlp.make_doc(text[pos:m.start()]))
        words = [text[i:min(i + 100, m.end())] for i in range(m.start(), m.end(), 100)]
        docs.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        pos = m.end()
    if pos < len(text):
        docs.append(nlp.make_doc(text[pos:]))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # never trade exact offsets for speed
        doc = nlp.make_doc(text)
    return doc


def _untokenized_doc(nlp):
    """A Doc with no tokens, for the components to read the text from (``extensions.doc_text``,
    which the caller sets).

    No claimx component reads tokens; they read the text. Without a statistical model (whose
    entities need tokens) tokenizing would be a third of the time spent for nothing, and every
    new word would grow spaCy's shared string store. ``nlp(text)`` still tokenizes, so
    ``doc.spans`` and ``doc.sents`` work for people who use the Doc.
    """
    from spacy.tokens import Doc

    return Doc(nlp.vocab)


def extract(text: str, published: Optional[str] = None, source: Optional[str] = None, *,
            keep_chrome: bool = False, model: Optional[str] = None, include_text: bool = False,
            published_source: Optional[str] = None, html: Optional[bool] = None,
            patterns: Optional[str] = None) -> dict:
    """The claimx/1 document for ``text`` (exactly what ``claimx extract`` prints).

    ``text`` may be bytes: they are decoded as the CLI decodes a file (UTF-8, UTF-16 with a
    BOM, cp1252, latin-1; binary data raises ClaimxError). To read a file, use
    :func:`extract_file`: a path given here is taken as the text itself.

    ``html=None`` recognises HTML by its content; the main text is then extracted and
    carried as ``content``, since every offset refers to it. Texts longer than
    ``CHUNK_CHARS`` are processed a chunk of paragraphs at a time, offsets exact.
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        from claimx.io.reader import decode_bytes

        text, _encoding = decode_bytes(bytes(text))  # decoded as the CLI decodes a file
    if not isinstance(text, str):
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    _warn_if_path(text)
    published = check_published(published)
    text = replace_surrogates(text)
    title = url = None
    if html is None:
        from claimx.io.html import looks_like_html

        html = looks_like_html(text)
    if html:
        from claimx.io.html import extract_article

        article = extract_article(text)
        text, title, url = article.text, article.title, article.url
        include_text = True
        if published is None and article.date:
            try:
                published, published_source = check_published(article.date), "html"
            except PublishedError:
                pass  # a page's odd date is no reason to lose the article
    out = _extract_text(text, published, source, keep_chrome=keep_chrome, model=model,
                        published_source=published_source, patterns=patterns)
    out["title"], out["url"] = title, url
    if include_text:
        out["content"] = text
    assert out["schema"] == SCHEMA
    return out


def _extract_text(text: str, published, source, *, keep_chrome, model, published_source, patterns) -> dict:
    from claimx.document import DocumentMerger, build_document
    from claimx.extensions import put
    from claimx.pipeline import MIRRORS, load

    nlp = load(model=model, keep_chrome=keep_chrome, patterns=patterns)
    merger = DocumentMerger()  # each chunk's results folded in as it is done: memory stays
    for offset, chunk in chunks(text, CHUNK_CHARS):  # the results, plus one chunk's state
        doc = make_doc(nlp, chunk) if model else _untokenized_doc(nlp)
        doc.user_data["claimx_text"] = chunk
        put(doc, "claimx_published", published)
        put(doc, "claimx_published_source", (published_source or "option") if published else None)
        for name, proc in nlp.pipeline:
            if name not in MIRRORS:
                doc = proc(doc)
        part = build_document(doc, source)
        del doc, chunk  # the spaCy Doc and its extensions go before the next chunk's are built
        if offset == 0 and published is None:
            published, published_source = part["published"], part["published_source"]
        merger.add(offset, part)
        del part
    if not merger.n:  # nothing but a blob
        return _extract_text("", published, source, keep_chrome=keep_chrome, model=model,
                             published_source=published_source, patterns=patterns)
    return merger.result()


NON_PROSE_RUN = 2000  # characters without whitespace: a blob, a data URL, not article text


def chunks(text: str, size: int):
    """(offset, chunk) pieces of at most ~size characters, cut at paragraph breaks.

    Whitespace-free runs of NON_PROSE_RUN characters or more are left out: no article text
    lives there, and skipping them keeps a 5 MB line without spaces fast.
    """
    pos = 0
    for m in _runs(text, NON_PROSE_RUN):
        yield from _pieces(text, pos, m.start(), size)
        pos = m.end()
    yield from _pieces(text, pos, len(text), size)


def _pieces(text: str, start: int, stop: int, size: int):
    if stop - start <= size:
        if text[start:stop].strip() or (start == 0 and stop == len(text)):
            yield start, text[start:stop]
        return
    while start < stop:
        end = min(stop, start + size)
        if end < stop:
            cut = text.rfind("\n\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + size // 2, end)
            if cut != -1:
                end = cut + 1
        yield start, text[start:end]
        start = end


def _warn_if_path(text: str) -> None:
    """``claimx.extract("article.txt")`` extracts from the 11 characters, not the file:
    say so when the whole text is the name of an existing file (one short line only)."""
    if len(text) > 1024 or "\n" in text or not text.strip():
        return
    import os

    try:
        is_file = os.path.isfile(text)
    except (OSError, ValueError):
        return
    if is_file:
        import warnings

        warnings.warn(f"claimx.extract() takes the article text; {text!r} is a file name: "
                      f"use claimx.extract_file({text!r})", UserWarning, stacklevel=3)


def extract_file(path, published: Optional[str] = None, *, max_bytes: Optional[int] = None,
                 **options) -> dict:
    """The document for one file, as ``claimx extract PATH`` gives it (``source`` and
    ``encoding`` included, but without the CLI's "claimx" provenance key). Raises
    :class:`ClaimxError` (``not_found``, ``unreadable``, ``binary_input``, ``too_large``,
    ``decode_error``) instead of returning an error record."""
    import os

    from claimx.io.names import display_path
    from claimx.io.reader import DEFAULT_MAX_BYTES, read_input
    from claimx.document import with_encoding

    path = os.fspath(path)
    text, encoding = read_input(path, DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)
    doc = extract(text, published=published, source=display_path(path), **options)
    return with_encoding(doc, encoding)
