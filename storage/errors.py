"""Storage errors (their root, :class:`HamdelError`, is in ``dialogues.errors``)."""

from __future__ import annotations

from dialogues.errors import HamdelError


class StorageError(HamdelError):
    """The database refused or lost something."""


class NotFoundError(StorageError):
    """A row the caller relied on does not exist."""
