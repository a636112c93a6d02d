"""Batch processing: find the inputs, process each one, keep the input order.

The CLI is a thin layer over this module::

    for doc in run_batch(collect_inputs(["news/"], None), jobs=4, published="2021-01-21"):
        ...

Every input gives exactly one document; failures become error records
(``{"schema": ..., "source": ..., "error": {"type": ..., "message": ...}}``)
instead of exceptions, so one bad file never stops a batch.
"""
from __future__ import annotations

import collections
import concurrent.futures
from concurrent.futures.process import BrokenProcessPool
import multiprocessing
import os
import re
import signal
import sys
import weakref
from typing import Any, Iterable, Iterator, NamedTuple, Optional

from claimx.document import with_encoding
from claimx.errors import ClaimxError
from claimx.models import error_document
from claimx.io.names import display_path
from claimx.io.reader import DEFAULT_MAX_BYTES, read_input
from claimx.run.provenance import OUTPUT_OPTIONS, provenance  # noqa: F401
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


def _die_with_parent(parent: int) -> None:
    """End this worker when its parent dies, however it dies (SIGKILL included): the
    kernel's parent-death signal on Linux, else a thread that watches the parent's pid."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, int(signal.SIGKILL), 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
            if os.getppid() != parent:  # the parent died before prctl took effect
                os._exit(1)
            return
    except (OSError, AttributeError, TypeError):
        pass
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="claimx-parent-watch", daemon=True).start()


def _worker_init(parent: Optional[int] = None) -> None:
    # Ctrl-C and SIGTERM are handled by the parent, which cancels the pool and ends the
    # workers; a worker must not print its own KeyboardInterrupt traceback, nor run the
    # parent's SIGTERM handler it inherited through fork (SIGTERM just ends it).
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except (ValueError, OSError):  # pragma: no cover
        pass
    if parent is not None:
        _die_with_parent(parent)


def _mp_context():
    if sys.platform.startswith("linux"):
        try:
            return multiprocessing.get_context("fork")
        except ValueError:  # pragma: no cover
            pass
    return None


def _kill_pool(executor: concurrent.futures.ProcessPoolExecutor) -> None:
    """Stop a pool now: cancel what has not started and end the workers."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    try:
        executor.shutdown(wait=False, cancel_futures=True)
    except Exception:  # pragma: no cover
        pass
    for proc in processes:
        try:
            if proc.is_alive():
                proc.terminate()
        except Exception:  # pragma: no cover
            pass


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
    paths = list(paths)
    jobs = max(1, int(jobs or 1))
    if encode is not None and encode not in ENCODINGS:
        raise ValueError(f"encode must be one of {', '.join(ENCODINGS)} or None, not {encode!r}")
    workers = min(jobs, sum(1 for p in paths if p != "-"))
    if workers <= 1:
        return (_task(path, encode, options) for path in paths)
    return _Pooled(paths, workers, encode, options)


MAX_CHUNK = 8


def chunk_size(n_paths: int, workers: int) -> int:
    """Paths per pool task: up to MAX_CHUNK, but small enough that each worker gets about
    four tasks (a short batch still spreads over all the workers)."""
    return max(1, min(MAX_CHUNK, -(-n_paths // (workers * 4))))


class _Pooled:
    """Ordered results from a process pool with a bounded window of in-flight work.

    Paths go to the workers a few at a time (one task, one round trip, per chunk): a task
    costs the parent process a fraction of a millisecond, which adds up over thousands of
    short articles and takes CPU from the workers on a small machine."""

    def __init__(self, paths: list[str], workers: int, encode: Optional[str], options: dict):
        self.paths = paths
        self.workers = workers
        self.encode = encode
        self.options = options
        self.chunk = chunk_size(len(paths), workers)
        self.window_size = workers * 3  # chunks in flight: one running and two queued per worker
        self.next_index = 0
        # each slot: (paths, future) for pool work, or (paths, results) for work done here
        self.window: collections.deque = collections.deque()
        self.ready: collections.deque = collections.deque()  # results of the chunk being handed out
        self.executor = self._new_executor()
        self._finalizer = weakref.finalize(self, _kill_pool, self.executor)
        self._fill()

    def _new_executor(self, workers: Optional[int] = None) -> concurrent.futures.ProcessPoolExecutor:
        ctx = _mp_context()
        kwargs: dict[str, Any] = {"max_workers": workers or self.workers,
                                  "initializer": _worker_init, "initargs": (os.getpid(),)}
        if ctx is not None:
            kwargs["mp_context"] = ctx
        return concurrent.futures.ProcessPoolExecutor(**kwargs)

    def _fill(self) -> None:
        paths = self.paths
        while self.next_index < len(paths) and len(self.window) < self.window_size:
            if paths[self.next_index] == "-":
                # stdin belongs to this process: read and process it here
                self.next_index += 1
                self.window.append((["-"], [_task("-", self.encode, self.options)]))
                continue
            chunk = []
            while self.next_index < len(paths) and len(chunk) < self.chunk and paths[self.next_index] != "-":
                chunk.append(paths[self.next_index])
                self.next_index += 1
            try:
                future = self.executor.submit(_tasks, chunk, self.encode, self.options)
            except BrokenProcessPool:
                self._recover()
                future = self.executor.submit(_tasks, chunk, self.encode, self.options)
            self.window.append((chunk, future))

    def _recover(self) -> None:
        """The pool broke (a worker died). Find the culprit(s) by re-running the unfinished
        inputs of the window one at a time in a fresh pool, then go on with a new pool."""
        _kill_pool(self.executor)
        self._finalizer.detach()
        futures = [slot for _, slot in self.window if isinstance(slot, concurrent.futures.Future)]
        concurrent.futures.wait(futures, timeout=60)
        resolved: collections.deque = collections.deque()
        single = None
        try:
            for chunk, slot in self.window:
                if isinstance(slot, concurrent.futures.Future):
                    if slot.done() and not slot.cancelled() and slot.exception() is None:
                        slot = slot.result()
                    else:
                        results = []
                        for path in chunk:
                            if single is None:
                                single = self._new_executor(1)
                            try:
                                results.append(single.submit(_task, path, self.encode, self.options).result())
                            except BrokenProcessPool as e:
                                _kill_pool(single)
                                single = None
                                doc = error_document(_source(path), "internal_error",
                                                     f"the worker process died while processing "
                                                     f"this input ({type(e).__name__})")
                                doc["claimx"] = provenance(**self.options)
                                results.append((_handed_on(doc, self.encode, self.options), 0))
                        slot = results
                resolved.append((chunk, slot))
        finally:
            if single is not None:
                _kill_pool(single)
        self.window = resolved
        self.executor = self._new_executor()
        self._finalizer = weakref.finalize(self, _kill_pool, self.executor)

    def __iter__(self):
        return self

    def __next__(self) -> tuple[Any, int]:
        if not self.ready and not self.window:
            self.finish()
            raise StopIteration
        try:
            if not self.ready:
                _, slot = self.window[0]
                if isinstance(slot, concurrent.futures.Future):
                    try:
                        slot.result()
                    except BrokenProcessPool:
                        self._recover()
                _, slot = self.window.popleft()
                self.ready.extend(slot.result() if isinstance(slot, concurrent.futures.Future) else slot)
                self._fill()
            return self.ready.popleft()
        except BaseException:
            self.close()
            raise

    def finish(self) -> None:
        """All work handed out: let the idle workers exit and wait for them, so no thread
        of the pool is left to complain at interpreter exit."""
        self._finalizer.detach()
        try:
            self.executor.shutdown(wait=True)
        except Exception:  # pragma: no cover
            _kill_pool(self.executor)

    def close(self) -> None:
        """Stop now (an interrupt, an error, or the caller gave up): cancel and end the workers."""
        self.window.clear()
        self.ready.clear()
        self._finalizer()


def iter_items(items: list[InputItem], jobs: int = 1, encode: Optional[str] = None,
               batch: Optional[Iterable[tuple[Any, int]]] = None, **options) -> Iterator[tuple[Any, int]]:
    """``(document, words)`` for each item, in order: the items that are files go through
    :func:`iter_batch` (or the given ``batch`` of their results, e.g. a Dask run); a folder
    that could not be listed becomes its error record here. Closing this closes the batch."""
    if batch is None:
        batch = iter_batch([item.path for item in items if item.error is None],
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
