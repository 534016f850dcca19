"""Telegram's sending limits, shared by every process sending from one PostgreSQL.

One row per chat holds when that chat may next get a message; the row of chat 0 (no
Telegram chat has that id) is the whole bot's clock. Sends are spread evenly, one every
``1 / per_second`` seconds (virtual scheduling, as in GCRA), with a small tolerance so a
pass that comes late may catch up. Rows are read and moved on under one transaction
advisory lock, so two processes never take the same slot; time is the database's clock,
the same for every process. Rows no longer in the future are deleted as they go by.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, text
from sqlalchemy.dialects.postgresql import insert

from storage.models import SendPace
from storage.repositories.base import Repository

PACE_LOCK = 0x48_4D_44_04  # advisory lock namespace (storage.database keeps the others)
EVERYONE = 0  # the bot-wide clock's row
_LOCKED_NOW = text(
    "SELECT clock_timestamp() FROM (SELECT pg_advisory_xact_lock(:k1, 0) OFFSET 0) AS held"
)
TOLERANCE = 0.1  # seconds a pass may run ahead of the even schedule (catching up)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pace:
    """The limits: sends per second overall, seconds between sends to one chat."""

    per_second: float
    private_interval: float
    group_interval: float

    def interval(self, chat_id: int) -> float:
        """Seconds between two sends to ``chat_id`` (groups have negative ids)."""
        return self.group_interval if chat_id < 0 else self.private_interval


class SendPaceRepository(Repository):
    """Admits sends within the shared limits (PostgreSQL; call inside the claim's
    transaction, which holds the lock until it commits)."""

    async def admit(self, chat_ids: Sequence[int], pace: Pace) -> tuple[list[int], float | None]:
        """The chats that may get one message now, their slots taken; and the seconds
        until one of the others may (None: all admitted)."""
        # Three round trips under the lock (it is held until the claim commits): the lock and
        # the clock taken after it; the rows gone by deleted while the others are read; the
        # slots taken. OFFSET 0 keeps the lock in a subquery evaluated before the clock.
        now: datetime = (await self.session.execute(_LOCKED_NOW, {"k1": PACE_LOCK})).scalar_one()
        gone = delete(SendPace).where(SendPace.free_at < now).cte("gone")
        query = select(SendPace.chat_id, SendPace.free_at).add_cte(gone)
        query = query.where(SendPace.chat_id.in_([EVERYONE, *chat_ids]), SendPace.free_at >= now)
        free = dict((await self.session.execute(query)).all())
        step = timedelta(seconds=1 / pace.per_second) if pace.per_second else timedelta(0)
        everyone = max(free.get(EVERYONE, now), now)
        admitted: list[int] = []
        wait: float | None = None
        for chat_id in chat_ids:
            chat_free = free.get(chat_id, now)
            if chat_free > now:
                wait = _least(wait, (chat_free - now).total_seconds())
            elif everyone > now + timedelta(seconds=TOLERANCE):
                wait = _least(wait, (everyone - now).total_seconds() - TOLERANCE)
            else:
                admitted.append(chat_id)
                everyone += step
                free[chat_id] = now + timedelta(seconds=pace.interval(chat_id))
        if admitted:
            rows = [{"chat_id": c, "free_at": free[c]} for c in admitted]
            rows.append({"chat_id": EVERYONE, "free_at": everyone})
            statement = insert(SendPace).values(rows)
            await self.session.execute(
                statement.on_conflict_do_update(
                    index_elements=[SendPace.chat_id], set_={"free_at": statement.excluded.free_at}
                )
            )
            # The database's clock, not a process's: what the limits were kept by (tests read it).
            log.debug("send pace: admitted chats %s at %s", admitted, now.isoformat())
        return admitted, wait


def _least(current: float | None, candidate: float) -> float:
    return candidate if current is None else min(current, candidate)
