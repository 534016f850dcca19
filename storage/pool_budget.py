"""How many PostgreSQL connections one process may keep: its share of the server's.

A PostgreSQL turn holds a connection from its first read to its commit, so a process under
load uses as many as it has turns in flight, up to its pool and overflow. N processes
sharing a server must stay below its ``max_connections`` (less the superuser's reserve),
with room left for others: a replica starting (its migration lock), psql, monitoring, a
benchmark's driver. Stop 31's 3 processes × (20 + 10) plus a driver's pool filled a server
of 100, and the refused turns and marks waited for a retry (docs/performance.md, round 13).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

log = logging.getLogger(__name__)

# A process keeps at most this many: 10 open, 5 more for a moment (per use). Enough for
# one process at 100 customers (round 14): past a dozen turns in flight, a turn waits for
# a CPU, not for a connection; more connections only add backends idle in a transaction.
POOL = 10
OVERFLOW = 5
# Connections left to everyone but the bot's processes.
SPARE = 10
# What a server answers when it cannot be asked (PostgreSQL's default max_connections
# less its default superuser_reserved_connections).
DEFAULT_SERVER_LIMIT = 97
_SERVER_LIMIT = text(
    "SELECT current_setting('max_connections')::int"
    " - current_setting('superuser_reserved_connections')::int"
)


@dataclass(frozen=True)
class PoolSizes:
    """SQLAlchemy's ``pool_size`` and ``max_overflow`` for one process."""

    pool_size: int
    max_overflow: int

    @property
    def most(self) -> int:
        """The most connections the process may hold at once."""
        return self.pool_size + self.max_overflow


def pool_sizes(
    processes: int = 1,
    server_limit: int = DEFAULT_SERVER_LIMIT,
    pool_size: int | None = None,
    max_overflow: int | None = None,
) -> PoolSizes:
    """Each of ``processes`` processes' share of ``server_limit`` connections (``SPARE``
    left over), at most ``POOL`` + ``OVERFLOW``, two thirds of it kept open. A size given
    (``DATABASE_POOL_SIZE``, ``DATABASE_MAX_OVERFLOW``) is taken as it is."""
    share = max(2, (server_limit - SPARE) // max(1, processes))
    most = min(POOL + OVERFLOW, share)
    kept = max(1, -(-2 * most // 3))  # two thirds, rounded up
    return PoolSizes(
        pool_size if pool_size is not None else kept,
        max_overflow if max_overflow is not None else most - kept,
    )


def fits(sizes: PoolSizes, processes: int, server_limit: int) -> bool:
    """Whether ``processes`` processes of ``sizes`` stay within ``server_limit``."""
    return processes * sizes.most <= server_limit


async def server_limit(connection: AsyncConnection) -> int:
    """Connections the server lets ordinary roles open (``max_connections`` less the
    superuser's reserve)."""
    return int(await connection.scalar(_SERVER_LIMIT) or DEFAULT_SERVER_LIMIT)


def warn_unless_fits(sizes: PoolSizes, processes: int, limit: int) -> None:
    """A line in the log when the configured processes could fill the server."""
    if not fits(sizes, processes, limit):
        log.warning(
            "%d process(es) × %d connections (DATABASE_POOL_SIZE + DATABASE_MAX_OVERFLOW) "
            "can pass the %d the server allows: turns would be refused under load",
            processes,
            sizes.most,
            limit,
        )
