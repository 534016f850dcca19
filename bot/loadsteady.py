"""The load bench's steady state, and its reads of the outbox (see :mod:`bot.loadbench`).

A bot runs for days; a 240-message run at 10 customers is mostly its first meetings of
words (the policy's and the NLU's memos fill as it goes). The steady figure runs the same
timed conversations after ``WARM_UP`` messages of other conversations, drawn only from the
rows the timed run cannot draw, so no text of the timed run has been seen before it.
"""

from __future__ import annotations

import math
import random

from sqlalchemy import func, select

from bot import benchproc as proc
from storage.database import Database
from storage.models import OutboxMessage

WARM_UP = 2400  # messages before the steady figure's timed run: ten runs' worth
WARM_SEED = 1_000_000  # the warm-up's draws: another stream than any timed run's


def others(rows: dict[str, list[str]], customers: int, messages: int) -> dict[str, list[str]]:
    """The rows a timed run of ``messages`` at ``customers`` never draws, for a warm-up.

    Its draws are ``rng.sample(rows, 4)`` from ``random.Random(customers)`` in an order set
    by the customers' pace; with every language's rows equally many, a draw's places do not
    depend on the language that asks, so the places it can take are known beforehand."""
    draws = max(1, math.ceil(messages / (8 * customers))) * customers
    sizes = {len(found) for found in rows.values()}
    taken = {place for size in sizes for place in _places(customers, size, draws)}
    return {
        lang: [r for i, r in enumerate(found) if i not in taken] for lang, found in rows.items()
    }


def _places(seed: int, size: int, draws: int) -> list[int]:
    rng = random.Random(seed)
    return [place for _ in range(draws) for place in rng.sample(range(size), 4)]


async def outbox_lag(database_url: str, after: int = 0) -> dict[str, float]:
    """From a reply's row being written to its delivery, over every sent row past ``after``."""
    database = Database(database_url)
    await database.initialize()
    try:
        async with database.session() as session:
            rows = (
                await session.execute(
                    select(OutboxMessage.created_at, OutboxMessage.sent_at).where(
                        OutboxMessage.status == "sent", OutboxMessage.id > after
                    )
                )
            ).all()
    finally:
        await database.shutdown()
    return proc.percentiles([(sent - created).total_seconds() for created, sent in rows if sent])


async def last_outbox_id(database_url: str) -> int:
    """The newest outbox row's id (0 for none): what a warm-up left behind it."""
    database = Database(database_url)
    await database.initialize()
    try:
        async with database.session() as session:
            last = await session.scalar(select(func.max(OutboxMessage.id)))
    finally:
        await database.shutdown()
    return int(last or 0)
