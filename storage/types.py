"""Column types: timestamps that are stored in UTC and always come back aware."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import DateTime, Dialect
from sqlalchemy.dialects.sqlite import DATETIME as _SQLITE_DATETIME
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend.

    SQLite has no time zones: it keeps whatever wall time it is given and returns it
    naive. So every value is converted to UTC before it is written, and a naive value
    read back is labelled UTC; PostgreSQL's ``timestamptz`` is normalised to UTC too.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes (their zone is a guess); write UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware one (datetime.now(UTC))")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> datetime | None:
        """Aware, in UTC."""
        if value is None:
            return None
        moment: datetime = value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


# SQLAlchemy's SQLite DATETIME writes this (its default storage format, the fields given
# by name); ``_SQLITE_FIELDS`` is the same format, the fields given in order.
_SQLITE_TEXT = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)
_SQLITE_FIELDS = "%04d-%02d-%02d %02d:%02d:%02d.%06d"


def utc_sqlite_text(value: datetime | None) -> str | None:
    """What ``UTCDateTime``'s bind processor on SQLite gives ``value`` (the decorator's
    ``process_bind_param``, then the DATETIME's format of a dict of seven fields), in one
    call: a turn binds ~17 timestamps, each three Python calls and a dict that way."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one (datetime.now(UTC))")
    at = value.astimezone(UTC)
    return _SQLITE_FIELDS % (
        at.year,
        at.month,
        at.day,
        at.hour,
        at.minute,
        at.second,
        at.microsecond,
    )


def fast_bind(type_: Any, dialect: Dialect) -> Any:
    """``utc_sqlite_text`` where it is exactly what SQLAlchemy would do with a value of
    ``type_`` on ``dialect`` (a plain ``UTCDateTime`` on SQLite's default DATETIME
    format); else None (keep SQLAlchemy's processor)."""
    if type(type_) is not UTCDateTime or dialect.name != "sqlite":
        return None
    impl = cast(Any, type_.dialect_impl(dialect)).impl_instance
    if type(impl) is not _SQLITE_DATETIME or impl._storage_format != _SQLITE_TEXT:
        return None
    return utc_sqlite_text
