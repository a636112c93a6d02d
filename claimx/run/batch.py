"""Batch processing: find the inputs, process each one, keep the input order.

The CLI is a thin layer over this module::

    for doc in run_batch(collect_inputs(["news/"], None), jobs=4, published="2021-01-21"):
        ...

Every input gives exactly one document; failures become error records
(``{"schema": ..., "source": ..., "error": {"type": ..., "message": ...}}``)
instead of exceptions, so one bad file never stops a batch.
"""
from __future__ import annotations

import functools
import os
import re
from typing import Any, Iterable, Iterator, NamedTuple, Optional

from claimx.document import with_encoding
from claimx.errors import ClaimxError
from claimx.models import error_document
from claimx.io.names import display_path
from claimx.io.reader import DEFAULT_MAX_BYTES, read_input
from claimx.run.provenance import OUTPUT_OPTIONS, provenance  # noqa: F401
from claimx.run.pool import MAX_CHUNK, OrderedPool, chunk_size, mp_context as _mp_context  # noqa: F401
from claimx.run.inputs import (DEFAULT_GLOBS, InputItem, check_globs, collect_inputs,  # noqa: F401
                               collect_items)

STDIN_SOURCE = "<stdin>"


def _source(path: str) -> str:
    return STDIN_SOURCE if path == "-" else display_path(path)


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class Encoded(NamedTuple):
    """A document already written as JSON text by the process that made it (``iter_batch``
    with ``encode``): with ``--jobs`` the workers do the encoding, in parallel, and the
    document crosses to the parent as one string; the parent reports ``source`` and
    ``error`` and writes ``text``."""

    text: str
    source: Optional[str]
    error: Optional[dict]
    warning: Optional[str] = None


ENCODINGS = ("compact", "pretty")


def encode_document(doc: dict, encode: str, include_text: bool = False) -> Encoded:
    """``encode``: "compact" (one line) or "pretty" (indented), as ``output.dumps`` writes them."""
    from claimx.io.writers import dumps

    return Encoded(dumps(doc, indent=encode == "pretty"), doc.get("source"), doc.get("error"),
                   doc_warning(doc, include_text))


_SPACE = re.compile(r"\s")


def count_words(text: str, block: int = 1 << 20) -> int:
    """``len(text.split())`` a megabyte at a time, cut at whitespace: the list of every word
    of a 50 MB input would take ten times its size just to be counted."""
    n = pos = 0
    while pos < len(text):
        m = _SPACE.search(text, min(len(text), pos + block))
        end = m.start() if m else len(text)
        n += len(text[pos:end].split())
        pos = end if end > pos else pos + 1
    return n


def _process(path: str, published: Optional[str] = None, keep_chrome: bool = False,
             include_text: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
             model: Optional[str] = None, patterns: Optional[str] = None,
             read=read_input, published_from: Optional[str] = None,
             published_from_path: bool = False) -> tuple[dict, int]:
    """The document for one input, and the number of words read (for progress).

    ``read(path, max_bytes) -> (text, encoding)`` fetches the input (the Dask backend
    passes one that opens fsspec URLs). ``published_from`` (a mapping file) and
    ``published_from_path`` give each input its own publication date
    (``claimx.io.published_map``); ``published`` is then the fallback."""
    from claimx.api import extract

    source = _source(path)
    made_by = provenance(published, keep_chrome, include_text, model, patterns,
                         published_from=published_from, published_from_path=published_from_path)
    try:
        if published_from or published_from_path:
            from claimx.io.published_map import published_for

            published = published_for(path, published, published_from, published_from_path)
        text, encoding = read(path, max_bytes)
        words = count_words(text)
        doc = extract(text, published=published, source=source, keep_chrome=keep_chrome,
                      model=model, include_text=include_text, patterns=patterns)
        doc = with_encoding(doc, encoding)
    except ClaimxError as e:
        doc, words = error_document(source, e.etype, str(e)), 0
    except Exception as e:  # noqa: BLE001 - one bad input must never stop a batch
        doc, words = error_document(source, "internal_error", f"{type(e).__name__}: {e}"), 0
    doc["claimx"] = made_by
    return doc, words


def doc_warning(doc: dict, include_text: bool = False) -> Optional[str]:
    """A note for the user about a document that is not an error: an HTML page in which
    no main text was found (often a page that builds its text with JavaScript). An HTML
    input is the one that carries ``content`` without --include-text."""
    if "error" in doc or doc.get("content") != "":
        return None
    if include_text and doc.get("title") is None and doc.get("url") is None:
        return None  # an empty text file
    return "the HTML page has no main text (a page built by JavaScript?); nothing extracted"


def process_one(path: str, published: Optional[str] = None, keep_chrome: bool = False,
                include_text: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                model: Optional[str] = None, patterns: Optional[str] = None,
                published_from: Optional[str] = None, published_from_path: bool = False) -> dict:
    """Read, decode and extract one input (``"-"`` is stdin). Never raises."""
    return _process(path, published=published, keep_chrome=keep_chrome,
                    include_text=include_text, max_bytes=max_bytes, model=model, patterns=patterns,
                    published_from=published_from, published_from_path=published_from_path)[0]


def _handed_on(doc: dict, encode: Optional[str], options: Optional[dict] = None) -> Any:
    """What the batch yields for ``doc``: its JSON text (``encode``) or the document itself."""
    if not encode:
        return doc
    return encode_document(doc, encode, bool((options or {}).get("include_text")))


def _task(path: str, encode: Optional[str], options: dict) -> tuple[Any, int]:
    doc, words = _process(path, **options)
    return _handed_on(doc, encode, options), words


def _tasks(paths: list[str], encode: Optional[str], options: dict) -> list[tuple[Any, int]]:
    """One pool task: the results for a few paths, in order."""
    return [_task(path, encode, options) for path in paths]


def iter_batch(paths: Iterable[str], jobs: int = 1, encode: Optional[str] = None,
               **options) -> Iterator[tuple[Any, int]]:
    """Like :func:`run_batch`, but yields ``(document, words)`` pairs; with ``encode``
    ("compact" or "pretty") each document comes as an :class:`Encoded` (its JSON text).

    With ``jobs > 1`` the worker pool is started right away (before the first
    ``next()``), so callers can start threads (a progress bar) afterwards without
    forking a multi-threaded process.
    """
    jobs = max(1, int(jobs or 1))
    if encode is not None and encode not in ENCODINGS:
        raise ValueError(f"encode must be one of {', '.join(ENCODINGS)} or None, not {encode!r}")
    if jobs == 1:  # the paths are read as they are processed, never all held (a lazy listing)
        return (_task(path, encode, options) for path in paths)
    paths = list(paths)
    workers = min(jobs, sum(1 for p in paths if p != "-"))
    if workers <= 1:
        return (_task(path, encode, options) for path in paths)
    return OrderedPool(paths, workers, functools.partial(_tasks, encode=encode, options=options),
                       functools.partial(_task, encode=encode, options=options),
                       functools.partial(_died, encode=encode, options=options))


def _died(path: str, error: BaseException, encode: Optional[str], options: dict) -> tuple[Any, int]:
    """The result for an input whose worker process died (a crash in native code, the OOM killer)."""
    doc = error_document(_source(path), "internal_error",
                         f"the worker process died while processing this input ({type(error).__name__})")
    doc["claimx"] = provenance(**options)
    return _handed_on(doc, encode, options), 0


def iter_items(items: list[InputItem], jobs: int = 1, encode: Optional[str] = None,
               batch: Optional[Iterable[tuple[Any, int]]] = None, **options) -> Iterator[tuple[Any, int]]:
    """``(document, words)`` for each item, in order: the items that are files go through
    :func:`iter_batch` (or the given ``batch`` of their results, e.g. a Dask run); a folder
    that could not be listed becomes its error record here. Closing this closes the batch."""
    if batch is None:
        batch = iter_batch((item.path for item in items if item.error is None),
                           jobs=jobs, encode=encode, **options)
    return _interleave(items, batch, encode, options)


def _interleave(items, batch, encode, options):
    try:
        results = iter(batch)
        for item in items:
            if item.error is not None:
                doc = error_document(_source(item.path), *item.error)
                doc["claimx"] = provenance(**options)
                yield _handed_on(doc, encode, options), 0
            else:
                yield next(results)
    finally:
        close = getattr(batch, "close", None)
        if close is not None:
            close()


def run_batch(paths: Iterable[str], jobs: int = 1, **options) -> Iterator[dict]:
    """Process ``paths`` and yield one document per input, in input order.

    ``options`` are those of :func:`process_one`. With ``jobs > 1`` a process pool is
    used (stdin is still processed here). On KeyboardInterrupt the pending work is
    cancelled, the pool shut down, and the interrupt re-raised.
    """
    batch = iter_batch(paths, jobs=jobs, **options)
    try:
        for doc, _words in batch:
            yield doc
    finally:
        close = getattr(batch, "close", None)
        if close is not None:
            close()
