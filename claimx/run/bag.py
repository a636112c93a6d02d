"""``extract_bag``: claimx over a ``dask.bag``, for people already working in Dask."""
from __future__ import annotations

import os
from typing import Any, Optional

from claimx.errors import ClaimxError
from claimx.models import error_document
from claimx.run.addresses import NEEDS_DASK, PATH_OPTIONS, _check_options
from claimx.run.sources import _process_any


def _extract_text(text: Any, options: dict) -> dict:
    from claimx.api import extract

    try:
        return extract(text, **options)
    except ClaimxError as e:
        return error_document(None, e.etype, str(e))
    except Exception as e:  # noqa: BLE001 - one bad text must never stop a bag
        return error_document(None, "internal_error", f"{type(e).__name__}: {e}")


def _process_path_task(path: str, options: dict, base: Optional[str] = None) -> dict:
    return _process_any(path, base, **options)[0]


def extract_bag(bag_or_paths, **options):
    """A ``dask.bag`` of claimx/1 documents, for people already working in Dask.

    Given a list (or any iterable) of paths or fsspec URLs, returns
    ``dask.bag.from_sequence(paths).map(process_path)``: each item is the document (or
    error record) of one input, in input order. Given a ``dask.bag.Bag`` of texts
    (``str``), maps :func:`claimx.extract` over it (``source`` is null; a text that
    cannot be processed gives an error record instead of failing the computation;
    ``max_bytes`` does not apply to texts and is ignored). ``options`` are those of
    :func:`claimx.batch.process_one`. Nothing runs until you compute::

        import dask.bag as db
        from distributed import Client
        from claimx.run.cluster import extract_bag

        client = Client("tcp://scheduler:8786")
        docs = extract_bag(["s3://news/a.txt", "s3://news/b.txt"], published="2021-01-21")
        laws = docs.pluck("statutes", []).flatten().pluck("name").frequencies().compute()

        texts = db.from_sequence(article_bodies, npartitions=8)   # any bag of str
        extract_bag(texts).filter(lambda d: d.get("allegations")).count().compute()

    Each worker process builds the pipeline once and reuses it for every item.
    """
    try:
        import dask.bag as db
    except ImportError as e:
        raise ImportError(f"{NEEDS_DASK} ({e})") from e

    options = _check_options(options)
    if isinstance(bag_or_paths, db.Bag):
        text_options = {k: v for k, v in options.items() if k not in PATH_OPTIONS}
        return bag_or_paths.map(_extract_text, text_options)
    if isinstance(bag_or_paths, (str, bytes, os.PathLike)):
        raise TypeError("extract_bag takes a list of paths or a dask.bag of texts, "
                        "not a single path")
    paths = [os.fspath(p) for p in bag_or_paths]
    return db.from_sequence(paths).map(_process_path_task, options, os.getcwd())
