"""An ordered process pool for batches: results come back in input order, a few inputs a
task, with a bounded window of work in flight, and a worker that dies takes only its own
input with it.

``batch.iter_batch`` is its one user; the pool knows nothing of documents: it is given the
function that runs a chunk of paths in a worker (``run_chunk``, picklable), the one that runs a
single path (``run_one``, for stdin here and for re-running a broken chunk one path at a time)
and the one that makes the result of a path whose worker died (``died``).
"""
from __future__ import annotations

import collections
import concurrent.futures
from concurrent.futures.process import BrokenProcessPool
import multiprocessing
import os
import signal
import sys
import weakref
from typing import Any, Callable, Optional

MAX_CHUNK = 8


def chunk_size(n_paths: int, workers: int) -> int:
    """Paths per pool task: up to MAX_CHUNK, but small enough that each worker gets about
    four tasks (a short batch still spreads over all the workers)."""
    return max(1, min(MAX_CHUNK, -(-n_paths // (workers * 4))))


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


def mp_context():
    """fork on Linux (the workers inherit the loaded pipeline), else the platform's default."""
    if sys.platform.startswith("linux"):
        try:
            return multiprocessing.get_context("fork")
        except ValueError:  # pragma: no cover
            pass
    return None


def kill_pool(executor: concurrent.futures.ProcessPoolExecutor) -> None:
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


def new_executor(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    kwargs: dict[str, Any] = {"max_workers": workers, "initializer": _worker_init,
                              "initargs": (os.getpid(),)}
    ctx = mp_context()
    if ctx is not None:
        kwargs["mp_context"] = ctx
    return concurrent.futures.ProcessPoolExecutor(**kwargs)


class OrderedPool:
    """Ordered results from a process pool with a bounded window of in-flight work.

    Paths go to the workers a few at a time (one task, one round trip, per chunk): a task
    costs the parent process a fraction of a millisecond, which adds up over thousands of
    short articles and takes CPU from the workers on a small machine. ``"-"`` (stdin)
    belongs to this process and is run here."""

    def __init__(self, paths: list[str], workers: int, run_chunk: Callable[[list[str]], list],
                 run_one: Callable[[str], Any], died: Callable[[str, BaseException], Any]):
        self.paths = paths
        self.workers = workers
        self.run_chunk, self.run_one, self.died = run_chunk, run_one, died
        self.chunk = chunk_size(len(paths), workers)
        self.window_size = workers * 3  # chunks in flight: one running and two queued per worker
        self.next_index = 0
        # each slot: (paths, future) for pool work, or (paths, results) for work done here
        self.window: collections.deque = collections.deque()
        self.ready: collections.deque = collections.deque()  # results of the chunk being handed out
        self.executor = new_executor(workers)
        self._finalizer = weakref.finalize(self, kill_pool, self.executor)
        self._fill()

    def _next_chunk(self) -> list[str]:
        paths, chunk = self.paths, []
        while self.next_index < len(paths) and len(chunk) < self.chunk and paths[self.next_index] != "-":
            chunk.append(paths[self.next_index])
            self.next_index += 1
        return chunk

    def _fill(self) -> None:
        while self.next_index < len(self.paths) and len(self.window) < self.window_size:
            if self.paths[self.next_index] == "-":
                self.next_index += 1
                self.window.append((["-"], [self.run_one("-")]))
                continue
            chunk = self._next_chunk()
            try:
                future = self.executor.submit(self.run_chunk, chunk)
            except BrokenProcessPool:
                self._recover()
                future = self.executor.submit(self.run_chunk, chunk)
            self.window.append((chunk, future))

    def _recover(self) -> None:
        """The pool broke (a worker died). Find the culprit(s) by re-running the unfinished
        inputs of the window one at a time in a fresh pool, then go on with a new pool."""
        kill_pool(self.executor)
        self._finalizer.detach()
        futures = [slot for _, slot in self.window if isinstance(slot, concurrent.futures.Future)]
        concurrent.futures.wait(futures, timeout=60)
        resolved: collections.deque = collections.deque()
        single: list = [None]  # the one-worker pool, made when first needed
        try:
            for chunk, slot in self.window:
                if isinstance(slot, concurrent.futures.Future):
                    if slot.done() and not slot.cancelled() and slot.exception() is None:
                        slot = slot.result()
                    else:
                        slot = [self._one_by_one(path, single) for path in chunk]
                resolved.append((chunk, slot))
        finally:
            if single[0] is not None:
                kill_pool(single[0])
        self.window = resolved
        self.executor = new_executor(self.workers)
        self._finalizer = weakref.finalize(self, kill_pool, self.executor)

    def _one_by_one(self, path: str, single: list) -> Any:
        if single[0] is None:
            single[0] = new_executor(1)
        try:
            return single[0].submit(self.run_one, path).result()
        except BrokenProcessPool as e:
            kill_pool(single[0])
            single[0] = None
            return self.died(path, e)

    def __iter__(self):
        return self

    def __next__(self) -> Any:
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
            kill_pool(self.executor)

    def close(self) -> None:
        """Stop now (an interrupt, an error, or the caller gave up): cancel and end the workers."""
        self.window.clear()
        self.ready.clear()
        self._finalizer()
