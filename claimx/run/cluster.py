"""The batch on a Dask cluster: the same documents, in the same order, from many machines.

This module is the engine behind ``claimx extract INPUT... --cluster ADDRESS``; it needs
the optional extra ``pip install "claimx[dask]"`` (on the client and on every worker).
Importing it does not import Dask: Dask is imported inside the functions that use it.

``ADDRESS`` is ``tcp://host:port`` (connect to a running ``dask scheduler``) or
``local:N`` (start a LocalCluster of N single-threaded worker processes here, and stop it
at the end)::

    from claimx.run.cluster import run_cluster

    for doc in run_cluster(paths, "local:2", published="2021-01-21"):
        ...                                   # claimx/1 documents, in input order

How the work moves:

- the client ships batches of *paths* (``batch_size`` paths per task), never texts;
  a path may be an fsspec URL (``s3://bucket/a.txt``, ``file:///data/a.txt``) that the
  worker opens with fsspec, so the filesystem package (s3fs, gcsfs, ...) must be
  installed on the workers;
- each worker process builds the claimx pipeline once (``claimx.pipeline.load`` caches
  it) and returns plain dicts;
- at most ``window`` batches are in flight; the client waits for the oldest one, yields
  its results, then submits the next, so its memory does not grow with the corpus;
- with ``output_dir``, the workers write each document themselves (atomically) and
  return only a small summary per input, so documents never travel to the client;
- local paths (inputs and outputs) are opened by the workers: on several machines they
  must name the same files everywhere (a shared filesystem), or be URLs;
- a worker lost mid-batch is handled by Dask (the batch is recomputed elsewhere);
  results are yielded exactly once per input, and every output file is replaced
  atomically with the same bytes, never appended to or left half-written (a worker
  killed in the middle of a write can leave a hidden ``.NAME.json.*.tmp`` file behind);
- a batch Dask finally gives up on (it keeps killing workers) is re-run one input at a
  time, and the input(s) that still kill their worker become ``internal_error`` records,
  as with ``--jobs``.

Addresses are checked in ``addresses``, one input is read in ``sources``, ``extract_bag`` is in
``bag``. Every input gives exactly one record; failures are the error records of
:func:`claimx.batch.process_one`.
"""
from __future__ import annotations

import collections
import os
import uuid
from typing import Iterable, Iterator, Optional

from claimx.run.batch import _process
from claimx.run.provenance import provenance
from claimx.io.names import display_path
from claimx.models import error_document
from claimx.run.addresses import (CONNECT_TIMEOUT, NEEDS_DASK, OPTIONS, _check_options,  # noqa: F401
                                  check_reachable, dask_available, parse_address)
from claimx.run.sources import _process_any, _resolve, process_path  # noqa: F401

__all__ = ["run_cluster", "iter_cluster", "extract_bag", "process_path", "parse_address",
           "dask_available", "OPTIONS"]


#: seconds to wait for the client and a local cluster to shut down
_CLOSE_TIMEOUT = 20

#: Dask's debugging logs of recent messages and transitions, per connection (default 1000)
_LOG_LENGTH = 50



# --------------------------------------------------------------------------- worker side

def _summary(doc: dict, target: str, base: Optional[str] = None) -> dict:
    """Write ``doc`` to ``target`` atomically; the small record that goes back instead."""
    from claimx.io.writers import atomic_write, dumps

    summary = {"source": doc.get("source"), "written": target, "error": doc.get("error"),
               "write_error": None}
    real = _resolve(target, base)
    try:
        os.makedirs(os.path.dirname(real) or ".", exist_ok=True)
        atomic_write(real, dumps(doc, indent=True) + "\n")
    except OSError as e:
        summary["written"] = None
        summary["write_error"] = f"cannot write {target}: {e.strerror or e}"
    return summary


def _run_batch(paths: list[str], options: dict, targets: Optional[list[str]] = None,
               base: Optional[str] = None) -> list[tuple[dict, int]]:
    """One Dask task: ``(record, words)`` for each path of the batch, in order."""
    out = []
    for i, path in enumerate(paths):
        doc, words = _process_any(path, base, **options)
        out.append((doc, words) if targets is None else
                   (_summary(doc, targets[i], base), words))
    return out


def _write_record(doc: dict, target: str, base: Optional[str] = None) -> dict:
    """A Dask task: write a record the client made (stdin, or a worker died on it)."""
    return _summary(doc, target, base)


# --------------------------------------------------------------------------- client side

def _connect(address: str):
    """``(client, cluster_or_None)`` for a checked address."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise ImportError(f"{NEEDS_DASK} ({e})") from e

    kind, value = parse_address(address)
    # Dask keeps the last N messages of each connection (and N scheduler transitions) for
    # debugging, N = 1000 by default: that is every batch of paths sent, so the client
    # would grow by a few MB per ~10,000 inputs before the logs fill. Keep them short.
    if dask.config.get("distributed.admin.low-level-log-length", None) is not None:
        config = {"distributed.admin.low-level-log-length": _LOG_LENGTH}
    else:  # older Dask
        config = {"distributed.comm.recent-messages-log-length": _LOG_LENGTH,
                  "distributed.scheduler.transition-log-length": _LOG_LENGTH}
    if kind == "local":
        # No dashboard, so no need for the workers' statistical profiler (it samples the
        # running task every 10 ms); the scheduler's small HTTP server takes a free port
        # instead of 8787. The nannies hand this config to the worker processes.
        # Ctrl-C is the client's business (it cancels and stops the cluster), as with
        # --jobs: the worker processes ignore SIGINT, also when a nanny restarts one.
        with dask.config.set({**config, "distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=value, threads_per_worker=1, processes=True,
                                   dashboard_address=":0",
                                   scheduler_kwargs={"dashboard": False},
                                   plugins={_plugin_class()()})
            try:
                return Client(cluster, set_as_default=False), cluster
            except BaseException:
                cluster.close()
                raise
    with dask.config.set(config):
        return Client(value, set_as_default=False), None


def _plugin_class():
    """The worker plugin class, made on first use so that importing this module does not
    import Dask; it lives in this module's globals so it pickles by reference."""
    cls = globals().get("_IgnoreSigint")
    if cls is None:
        from distributed import WorkerPlugin

        class IgnoreSigint(WorkerPlugin):
            name = "claimx-ignore-sigint"

            def setup(self, worker) -> None:
                import signal

                try:
                    signal.signal(signal.SIGINT, signal.SIG_IGN)
                except (ValueError, OSError):  # pragma: no cover - not the main thread
                    pass

        IgnoreSigint.__qualname__ = IgnoreSigint.__name__ = "_IgnoreSigint"
        globals()["_IgnoreSigint"] = cls = IgnoreSigint
    return cls


def __getattr__(name: str):
    # a worker unpickling claimx.distributed._IgnoreSigint makes the class here
    if name == "_IgnoreSigint":
        return _plugin_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Unit:
    """A run of consecutive inputs: remote (a Dask batch) or local (stdin)."""

    __slots__ = ("index", "indices", "local", "future")

    def __init__(self, index: int, indices: list[int], local: bool):
        self.index = index
        self.indices = indices
        self.local = local
        self.future = None


def _units(paths: list[str], batch_size: int) -> Iterator[_Unit]:
    run: list[int] = []
    n = 0
    for i, path in enumerate(paths):
        if path == "-":
            if run:
                yield _Unit(n, run, False)
                n += 1
                run = []
            yield _Unit(n, [i], True)  # stdin belongs to this process
            n += 1
        else:
            run.append(i)
            if len(run) >= batch_size:
                yield _Unit(n, run, False)
                n += 1
                run = []
    if run:
        yield _Unit(n, run, False)


def iter_cluster(paths: Iterable[str], address: str, *, batch_size: int = 16,
                 window: int = 8, output_dir: Optional[str] = None,
                 out_names: Optional[list[str]] = None,
                 **options) -> Iterator[tuple[dict, int]]:
    """Like :func:`run_cluster`, but yields ``(record, words)`` pairs (as
    :func:`claimx.batch.iter_batch` does), for a progress bar."""
    paths = list(paths)
    parse_address(address)  # a bad address fails here, before anything starts
    options = _check_options(options)
    if not dask_available():
        raise ImportError(NEEDS_DASK)
    batch_size = max(1, int(batch_size))
    window = int(window)
    if output_dir is not None or out_names is not None:
        if output_dir is None or out_names is None:
            raise ValueError("output_dir and out_names go together")
        out_names = list(out_names)
        if len(out_names) != len(paths):
            raise ValueError(f"out_names has {len(out_names)} entries for {len(paths)} paths")
    return _cluster_results(paths, address, batch_size, window, out_names, options)


def _cluster_results(paths, address, batch_size, window, targets, options):
    if not paths:
        return
    base = os.getcwd()  # relative paths are the client's, wherever the workers run
    if options.get("patterns") and "://" not in options["patterns"]:
        options = {**options, "patterns": _resolve(options["patterns"], base)}
    client, cluster = _connect(address)
    if window <= 0:  # auto: keep every worker thread busy, two batches deep
        try:
            threads = sum(client.nthreads().values())
        except Exception:  # noqa: BLE001
            threads = 0
        window = max(8, 2 * threads)
    run_id = uuid.uuid4().hex[:12]
    pending: collections.deque[_Unit] = collections.deque()
    units = _units(paths, batch_size)
    try:
        def fill() -> None:
            while len(pending) < window:
                unit = next(units, None)
                if unit is None:
                    return
                if not unit.local:
                    batch = [paths[i] for i in unit.indices]
                    outs = [targets[i] for i in unit.indices] if targets is not None else None
                    # the key is known from the run and the batch index: a batch lost with
                    # its worker is recomputed under the same key, and yielded once, here
                    unit.future = client.submit(_run_batch, batch, options, outs, base,
                                                key=f"claimx-batch-{run_id}-{unit.index}",
                                                pure=False, retries=2, priority=-unit.index)
                pending.append(unit)

        fill()
        while pending:
            unit = pending[0]
            if unit.local:
                results = [_process(paths[i], **options) for i in unit.indices]
                if targets is not None:
                    # written by a worker too: the destinations are paths on the workers
                    results = [(_write_remote(client, doc, targets[i], base,
                                              f"claimx-write-{run_id}-{unit.index}-{j}"), words)
                               for j, ((doc, words), i) in enumerate(zip(results, unit.indices))]
            else:
                try:
                    results = unit.future.result()
                except Exception:
                    if unit.future.status != "error":
                        raise  # cancelled, or the scheduler is gone: not an input's fault
                    # Dask gave up on the batch (KilledWorker, or the task raised)
                    results = _one_by_one(client, run_id, unit, paths, targets, options, base)
                unit.future.release()
                unit.future = None
            pending.popleft()
            fill()
            yield from results
    finally:
        # Never block here: this also runs when the generator is closed early or garbage
        # collected, possibly after the scheduler or the client's event loop went away.
        # Releasing the futures (no round trip) lets the scheduler forget the pending work.
        for unit in pending:
            if unit.future is not None:
                try:
                    unit.future.release()
                except Exception:  # noqa: BLE001 - shutting down anyway
                    pass
        pending.clear()
        try:
            client.close(timeout=_CLOSE_TIMEOUT)
        except Exception:  # noqa: BLE001
            pass
        finally:
            if cluster is not None:
                try:
                    cluster.close(timeout=_CLOSE_TIMEOUT)
                except Exception:  # noqa: BLE001
                    pass


def _write_remote(client, doc: dict, target: str, base: str, key: str) -> dict:
    """Have a worker write a record made here; the summary comes back."""
    try:
        return client.submit(_write_record, doc, target, base, key=key, pure=False,
                             retries=2).result()
    except Exception as e:  # noqa: BLE001
        return {"source": doc.get("source"), "written": None, "error": doc.get("error"),
                "write_error": f"cannot write {target}: {type(e).__name__}: {e}"}


def _one_by_one(client, run_id: str, unit: _Unit, paths, targets, options,
                base: str) -> list[tuple[dict, int]]:
    """A batch failed for good (it kept killing workers, or raised): run its inputs one
    at a time, so that only the culprit(s) become error records. One at a time, because
    Dask blames every task that was on a worker when it died: an innocent input must not
    keep a deadly one company."""
    results = []
    for j, i in enumerate(unit.indices):
        outs = [targets[i]] if targets is not None else None
        future = client.submit(_run_batch, [paths[i]], options, outs, base,
                               key=f"claimx-single-{run_id}-{unit.index}-{j}",
                               pure=False, retries=0, priority=-unit.index)
        try:
            results.extend(future.result())
            continue
        except Exception as e:
            if future.status != "error":
                raise  # cancelled, or the scheduler is gone
            reason = type(e).__name__
            if reason == "KilledWorker":
                message = f"the worker process died while processing this input ({reason})"
            else:
                message = f"{reason}: {e}"
        finally:
            future.release()
        doc = error_document(display_path(paths[i]), "internal_error", message)
        doc["claimx"] = provenance(**options)
        if targets is not None:
            doc = _write_remote(client, doc, targets[i], base,
                                f"claimx-write-{run_id}-{unit.index}-{j}")
        results.append((doc, 0))
    return results


def run_cluster(paths: list[str], address: str, *, batch_size: int = 16, window: int = 8,
                output_dir: str | None = None, out_names: list[str] | None = None,
                **options) -> Iterator[dict]:
    """Process ``paths`` on a Dask cluster; yield one record per input, in input order.

    ``address`` is ``tcp://host:port`` (a running scheduler) or ``local:N`` (a
    LocalCluster of N single-threaded worker processes, closed at the end). ``options``
    are those of :func:`claimx.batch.process_one` (published, keep_chrome, include_text,
    max_bytes, model). Paths may be fsspec URLs; ``"-"`` (stdin) is processed here.

    Without ``output_dir`` the records are the claimx/1 documents (or error records),
    exactly as :func:`claimx.batch.run_batch` gives them. With ``output_dir`` and
    ``out_names`` (the destination of each input, same order as ``paths``; they must be
    paths the *workers* can write), the workers write each document atomically
    (indented JSON, as ``claimx extract --output-dir``) and the records are summaries
    ``{"source": ..., "written": path or None, "error": {...} or None,
    "write_error": message or None}``.

    At most ``window`` batches of ``batch_size`` paths are in flight; ``window=0`` means
    twice the cluster's worker threads at the start, at least 8. Results wait on the
    workers until the client takes them, in order, so the client holds one batch at a
    time whatever the window. Closing the generator early (or an interrupt) drops the
    pending work and, for ``local:N``, stops the cluster.

    Raised right away (before anything starts): ValueError for a bad address or option
    value, TypeError for an unknown option, ImportError when Dask is not installed.
    Losing the scheduler mid-run raises from the iteration (Dask's own exception).
    """
    batch = iter_cluster(paths, address, batch_size=batch_size, window=window,
                         output_dir=output_dir, out_names=out_names, **options)
    return _records(batch)


def _records(batch) -> Iterator[dict]:
    try:
        for record, _words in batch:
            yield record
    finally:
        batch.close()


def extract_bag(bag_or_paths, **options):
    """A ``dask.bag`` of claimx/1 documents (see :func:`claimx.run.bag.extract_bag`)."""
    from claimx.run.bag import extract_bag as _extract_bag

    return _extract_bag(bag_or_paths, **options)
