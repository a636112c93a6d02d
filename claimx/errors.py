"""The exception types claimx raises for an input it cannot process.

It lives apart from ``api`` so that the modules ``api`` calls (the reader, the batch) can
raise it without importing ``api``: imports point one way."""
from __future__ import annotations


class ClaimxError(Exception):
    """An input claimx cannot process; ``etype`` goes into the error record."""

    def __init__(self, etype: str, message: str):
        super().__init__(message)
        self.etype = etype


class PublishedError(ClaimxError, ValueError):
    """A ``published`` value that is not a date claimx can resolve against (a ValueError too,
    as it always was)."""

    def __init__(self, message: str):
        super().__init__("bad_published", message)
