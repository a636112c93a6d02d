"""The one exception type claimx raises for an input it cannot process.

It lives apart from ``api`` so that the modules ``api`` calls (the reader, the batch) can
raise it without importing ``api``: imports point one way."""
from __future__ import annotations


class ClaimxError(Exception):
    """An input claimx cannot process; ``etype`` goes into the error record."""

    def __init__(self, etype: str, message: str):
        super().__init__(message)
        self.etype = etype
