"""What every repository shares: the session it works in."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, Result
from sqlalchemy.ext.asyncio import AsyncSession


class Repository:
    """A view of one aggregate through the caller's session."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session


def new_id(result: Result[Any]) -> int:
    """The primary key a one-row Core insert was given."""
    key = cast(CursorResult[Any], result).inserted_primary_key
    assert key is not None  # a one-row insert always has one
    return int(key[0])
