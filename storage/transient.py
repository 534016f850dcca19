"""Database errors that say "not now" rather than "never": worth the same work again soon.

On PostgreSQL shared by several processes a turn can meet a server that is full ("too many
clients": every process's pool, the operators' tools), starting up or shutting a backend
down, a pool that stayed full past its timeout, or a deadlock or serialization failure. In
each case the transaction did nothing (it was refused or rolled back), so doing it again is
safe; left alone, a customer's stored message waited for the next restart.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy import exc

log = logging.getLogger(__name__)
T = TypeVar("T")

# too_many_connections, admin_shutdown, crash_shutdown, cannot_connect_now,
# serialization_failure, deadlock_detected; and class 08, connection exceptions.
_STATES = frozenset({"53300", "57P01", "57P02", "57P03", "40001", "40P01"})
BACKOFF = (0.2, 0.5, 1.0, 2.0, 4.0, 8.0)  # about 16 s in all, then the caller gives up


def is_transient(error: BaseException) -> bool:
    """Whether ``error`` (or what caused it) is the server's "not now"."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, exc.TimeoutError):  # the pool stayed full: nothing ran
            return True
        if isinstance(current, exc.DBAPIError) and current.connection_invalidated:
            return True
        state = getattr(current, "sqlstate", None) or getattr(current, "pgcode", None)
        if isinstance(state, str) and (state in _STATES or state.startswith("08")):
            return True
        if isinstance(current, ConnectionRefusedError):
            return True
        current = getattr(current, "orig", None) or current.__cause__
    return False


async def retrying(work: Callable[[], Awaitable[T]], what: str) -> T:
    """``work()``, again after a pause while it fails with a transient error (at most
    ``len(BACKOFF)`` more times); any other error, or the last, is raised."""
    for pause in BACKOFF:
        try:
            return await work()
        except Exception as error:
            if not is_transient(error):
                raise
            log.warning(
                "%s: the database said not now (%s); again in %.1f s",
                what,
                type(error).__name__,
                pause,
            )
        await asyncio.sleep(pause)
    return await work()
