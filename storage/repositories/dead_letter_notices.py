"""At most one staff notice a window per source of dead letters, summed, across processes.

Round 23 told a person of every dead letter, so a burst (200 unreadable updates after a Bot
API/PTB mismatch, or one customer's messages a broken turn keeps failing) sent as many staff
notices. Each source ("team": updates with no trustworthy chat; "chat:<id>": one customer's)
now has one row, locked (``FOR UPDATE`` on PostgreSQL; SQLite has one writer) by whoever puts
a dead letter aside, in that same transaction, so processes sharing a database decide
together and each dead letter is counted exactly once:

- the source's last notice is still unsent (and nothing waits behind it): it is rewritten to
  tell of one more; nothing more is sent;
- else, no notice within the window: a notice is queued now, telling of this one and of any
  waiting;
- else it waits (``waiting``), and the scheduler (``flush``) queues one summary of the waiting
  ones once the window since the last notice is over.

No held outbox row: a row not yet due at a chat's head would hold back every later message to
that chat (the outbox keeps each chat's order), and the team chat gets request cards too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.models import DeadLetterNotice, OutboxMessage
from storage.repositories.base import Repository
from storage.repositories.outbox import STAFF, OutboxRepository

_TABLE = cast(Table, DeadLetterNotice.__table__)
TEAM_KEY = "team"
COUNT = "{count}"  # in a stored summary: how many it tells of

# (outbox id, count): whether that unsent notice was rewritten to tell of ``count``.
Rewrite = Callable[[int, int], Awaitable[bool]]
# (count): queue the notice telling of ``count`` now; its (last) outbox row id.
Queue = Callable[[int], Awaitable[int]]


@dataclass(frozen=True)
class Summary:
    """What tells of waiting dead letters: the staff chat, its language, the text with
    ``COUNT`` for how many (filled in with the language's digits by the caller's ``digits``)."""

    chat_id: int
    language: str
    text: str


def customer_key(chat_id: int) -> str:
    """The source key of one customer's dead letters."""
    return f"chat:{chat_id}"


class DeadLetterNoticeRepository(Repository):
    """The per-source notice rows."""

    async def add(
        self,
        key: str,
        now: datetime,
        window: timedelta,
        *,
        rewrite: Rewrite,
        queue: Queue,
        summary: Summary,
    ) -> bool:
        """Count one dead letter of ``key``. True when a notice was queued now (the first of
        a window); False when it was counted into an unsent one or waits for the summary."""
        row = await self._locked(key)
        # Rewritten only while nothing waits: the waiting ones' summary comes after it.
        unsent = row.outbox_id is not None and not row.waiting
        if unsent and await rewrite(cast(int, row.outbox_id), row.count + 1):
            row.count += 1
            return False
        if row.noticed_at is None or now >= row.noticed_at + window:
            count = row.waiting + 1
            row.outbox_id, row.noticed_at, row.count, row.waiting = (
                await queue(count),
                now,
                count,
                0,
            )
            return True
        row.waiting += 1
        row.chat_id, row.language, row.summary = summary.chat_id, summary.language, summary.text
        return False

    async def flush(
        self, now: datetime, window: timedelta, digits: Callable[[str, str], str]
    ) -> int:
        """Queue the summary of each source whose dead letters waited out the window since
        its last notice; how many were queued. Rows another process holds are skipped."""
        query = (
            select(DeadLetterNotice)
            .where(DeadLetterNotice.waiting > 0, DeadLetterNotice.noticed_at <= now - window)
            .order_by(DeadLetterNotice.key)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)
        )
        rows: Sequence[DeadLetterNotice] = (await self.session.execute(query)).scalars().all()
        outbox = OutboxRepository(self.session)
        for row in rows:
            assert row.chat_id is not None and row.summary is not None
            language = row.language or "en"
            text = row.summary.replace(COUNT, digits(str(row.waiting), language))
            queued = await outbox.enqueue(row.chat_id, text, audience=STAFF)
            row.outbox_id, row.noticed_at, row.count, row.waiting = queued.id, now, row.waiting, 0
        return len(rows)

    async def _locked(self, key: str) -> DeadLetterNotice:
        """The row of ``key``, created when missing, locked till the transaction ends."""
        dialect = self.session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        await self.session.execute(
            insert(_TABLE)
            .values(key=key, count=0, waiting=0)
            .on_conflict_do_nothing(index_elements=["key"])
        )
        query = (
            select(DeadLetterNotice)
            .where(DeadLetterNotice.key == key)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return (await self.session.execute(query)).scalar_one()


async def rewrite_unsent(repository: Repository, outbox_id: int, text: str) -> bool:
    """Set an outbox row's text while no sender has taken it."""
    result = await repository.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == outbox_id, OutboxMessage.status == "pending")
        .values(text=text)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
