"""The outbox: messages decided on, waiting to be delivered."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, exists, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from dialogues.text import MAX_MESSAGE_LENGTH, split_text
from storage.models import OutboxMessage, utcnow
from storage.repositories.base import Repository
from storage.repositories.outbox_statements import MARK_SENT, MARK_SENT_WAITING, TAKEN
from storage.repositories.outbox_statements import UNSENT as UNSENT
from storage.written import built, read, write, write_many

STAFF = "staff"
CUSTOMER = "customer"
_INSERT = insert(cast(Table, OutboxMessage.__table__))  # built once: values come as params
QUEUED = "hamdel_outbox_queued"  # session.info: the rows this session enqueued
# session.info (a turn's transaction on SQLite, set by its sender): chat -> whether that
# chat's reply may be inserted already claimed ('sending'), when nothing of the chat is
# unsent; the sender then takes it as claimed, with no claim update of its own.
TAKE = "hamdel_outbox_take"


def _pending_in_chat_statement() -> Any:
    # One chat, no IN list to expand: on SQLite it runs on the cursor (written.read).
    table = cast(Table, OutboxMessage.__table__).c
    return select(exists().where(table.chat_id == bindparam("chat"), table.status == "pending"))


_PENDING_IN_CHAT = _pending_in_chat_statement()
# One chat's pending rows, oldest first (no IN list: on SQLite it runs on the cursor).
_PENDING_OF_CHAT = (
    select(cast(Table, OutboxMessage.__table__))
    .where(OutboxMessage.chat_id == bindparam("chat"), OutboxMessage.status == "pending")
    .order_by(OutboxMessage.id)
)
_PENDING_KEYS = tuple(str(column.key) for column in _PENDING_OF_CHAT.selected_columns)


def _built_row(row: tuple[Any, ...]) -> OutboxMessage:
    return built(OutboxMessage, dict(zip(_PENDING_KEYS, row, strict=True)))


def queued(session: AsyncSession) -> list[OutboxMessage]:
    """The rows ``session`` enqueued (a turn hands them to the sender once committed)."""
    return list(session.info.get(QUEUED, ()))


class OutboxRepository(Repository):
    """Rows to send, in order per chat."""

    async def enqueue(
        self,
        chat_id: int,
        text: str | None,
        *,
        customer_id: int | None = None,
        buttons: list[Any] | None = None,
        kind: str = "message",
        extra: dict[str, Any] | None = None,
        audience: str = CUSTOMER,
        about_customer_id: int | None = None,
    ) -> OutboxMessage:
        """Queue a message (in parts when it is longer than a channel message); the last row.

        Every outbound text passes here, so nothing longer than Telegram's limit is ever
        sent: a long text becomes consecutive rows, the buttons riding on the last one.
        """
        parts = [text] if kind != "message" or not text else split_text(text) or [text]
        if kind == "edit" and text:
            parts = [text[:MAX_MESSAGE_LENGTH]]  # an edit cannot become two messages
        row = None
        for number, part in enumerate(parts, start=1):
            values: dict[str, Any] = {
                "chat_id": chat_id,
                "text": part,
                "customer_id": customer_id,
                "buttons": buttons if number == len(parts) else None,
                "kind": kind,
                "extra": extra,
                "audience": audience,
                "about_customer_id": about_customer_id,
                "next_attempt_at": utcnow(),
                "status": "pending",
                "attempts": 0,
                "created_at": utcnow(),
            }
            # A Core insert, not session.add + flush: no unit-of-work pass on the turn path.
            # The row handed back is transient (the sender reads it after the commit).
            take = self.session.info.get(TAKE)
            if take is not None and audience == CUSTOMER and take(chat_id):
                row = await self._taken(values)
            else:
                row_id = (await write(self.session, _INSERT, values)).first
                row = built(OutboxMessage, {"id": row_id, **values})
            self.session.info.setdefault(QUEUED, []).append(row)
        assert row is not None
        return row

    async def _taken(self, values: dict[str, Any]) -> OutboxMessage:
        """``values`` inserted claimed when nothing of the chat is unsent, else pending."""
        del values["status"]
        now = utcnow()
        parameters = {**values, "b_chat": values["chat_id"], "b_now": now}
        row_id, status = (await write(self.session, TAKEN, parameters)).row
        values.update(status=status, attempted_at=now if status == UNSENT[1] else None)
        return built(OutboxMessage, {"id": row_id, **values})

    async def pending(
        self,
        limit: int = 500,
        *,
        shared: bool = False,
        skip_chats: Collection[int] = (),
        chats: Collection[int] | None = None,
    ) -> Sequence[OutboxMessage]:
        """Rows not yet delivered, oldest first.

        ``shared``: other processes send too (PostgreSQL). Rows another sender has locked are
        skipped (FOR UPDATE SKIP LOCKED, held until the caller's transaction ends), and so
        are chats with a row being sent: a chat's next row waits for its previous one.
        ``skip_chats``: chats the caller will not send to now (busy ones): their rows are not
        loaded (under load a busy staff chat's ~100 queued rows were read on every pass).
        ``chats``: only these chats' rows.
        """
        query = select(OutboxMessage).where(OutboxMessage.status == "pending")
        if chats is not None:
            query = query.where(OutboxMessage.chat_id.in_(list(chats)))
        if skip_chats:
            query = query.where(OutboxMessage.chat_id.not_in(list(skip_chats)))
        if shared:
            busy = select(OutboxMessage.chat_id).where(OutboxMessage.status == "sending")
            query = query.where(OutboxMessage.chat_id.not_in(busy))
            query = query.with_for_update(skip_locked=True)
        query = query.order_by(OutboxMessage.id).limit(limit)
        return (await self.session.execute(query)).scalars().all()

    async def pending_of(self, chat_ids: Collection[int]) -> list[OutboxMessage]:
        """The pending rows of a few chats, oldest first. SQLite: a cursor read per chat,
        the rows built as the ORM would load them (its query and loading were most of a
        settle's follow-on claim); else the ORM's ``pending``."""
        found: list[OutboxMessage] = []
        for chat_id in chat_ids:
            rows = await read(self.session, _PENDING_OF_CHAT, {"chat": chat_id})
            if rows is None:
                return list(await self.pending(chats=chat_ids))
            found.extend(_built_row(r) for r in rows)
        return sorted(found, key=lambda row: row.id)

    async def pending_chats(self, chat_ids: Collection[int]) -> set[int]:
        """Which of ``chat_ids`` have a row pending."""
        if not chat_ids:
            return set()
        waiting: set[int] = set()
        for chat_id in chat_ids:  # SQLite: a settle's few chats, each a cursor statement
            rows = await read(self.session, _PENDING_IN_CHAT, {"chat": chat_id})
            if rows is None:
                break  # PostgreSQL: the one query below
            if rows[0][0]:
                waiting.add(int(chat_id))
        else:
            return waiting
        query = (
            select(OutboxMessage.chat_id)
            .where(OutboxMessage.status == "pending", OutboxMessage.chat_id.in_(list(chat_ids)))
            .distinct()
        )
        return {int(chat_id) for chat_id in (await self.session.scalars(query)).all()}

    async def mark_sending(self, row_ids: Sequence[int]) -> int:
        """Record the attempt before it is made; how many rows were still pending.

        Committed before the channel is called: a kill during the call leaves 'sending',
        which the next start turns into 'uncertain' instead of sending it again.
        """
        result = await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(row_ids)), OutboxMessage.status == "pending")
            .values(status="sending", attempted_at=utcnow())
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def claim(self, row_ids: Sequence[int]) -> list[int]:
        """Mark still-pending rows 'sending' before the attempt; the ids that were taken."""
        if not row_ids:
            return []
        result = await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(row_ids)), OutboxMessage.status == "pending")
            .values(status="sending", attempted_at=utcnow())
            .returning(OutboxMessage.id)
        )
        return [int(row_id) for row_id in result.scalars().all()]

    async def claim_as_stored(self, runs: Sequence[Sequence[OutboxMessage]]) -> set[int]:
        """``claim`` for runs read before (SQLite's pass reads and claims in two steps): each
        taken row gets its text as stored at the claim, so a row rewritten while pending in
        between (a dead letters' notice telling of one more, ``rewrite_unsent``) goes out as
        rewritten; after the claim no rewrite reaches it. A run of several rows, one of them
        rewritten, was sized on the texts as read: released, for the next pass to size anew.
        The ids taken."""
        ids = [r.id for run in runs for r in run]
        if not ids:
            return set()
        result = await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.status == "pending")
            .values(status="sending", attempted_at=utcnow())
            .returning(OutboxMessage.id, OutboxMessage.text)
        )
        texts = {int(row_id): text for row_id, text in result.all()}
        again: list[int] = []
        for run in runs:
            changed = [r for r in run if r.id in texts and r.text != texts[r.id]]
            for row in changed:
                row.text = texts[row.id]
            if changed and len(run) > 1:
                again.extend(r.id for r in run if r.id in texts)
        if again:
            await self.release(again)
        return set(texts) - set(again)

    async def release(self, row_ids: Sequence[int]) -> None:
        """Claimed but not attempted after all: pending again."""
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(row_ids)), OutboxMessage.status == "sending")
            .values(status="pending")
        )

    async def mark_sent_each(self, delivered: Sequence[tuple[int, int | None]]) -> dict[int, bool]:
        """Many rows delivered, each with its channel message id. SQLite: each row's mark
        also says whether its chat has a row pending — {row id: that}, for the rows
        marked (the settle's read of its chats, answered by the marks themselves); else
        one executemany and {} (``pending_chats`` asks: one query on PostgreSQL)."""
        now = utcnow()
        if self.session.get_bind().dialect.name != "sqlite":
            rows = [{"row_id": r, "message_id": m, "at": now} for r, m in delivered]
            await write_many(self.session, MARK_SENT, rows)
            return {}
        told: dict[int, bool] = {}
        for row_id, message_id in delivered:  # on the cursor: an executemany's step each
            parameters = {"row_id": row_id, "message_id": message_id, "at": now}
            written = await write(self.session, MARK_SENT_WAITING, parameters)
            if written.rowcount:
                told[row_id] = bool(written.first)
        return told

    async def prune(self, before: datetime) -> int:
        """Delete rows delivered before ``before`` (the conversation keeps its messages)."""
        result = await self.session.execute(
            delete(OutboxMessage).where(
                OutboxMessage.status == "sent", OutboxMessage.sent_at < before
            )
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def reconcile(self, attempted_before: datetime | None = None) -> int:
        """Rows a killed process left mid-send become 'uncertain'; how many.

        With one process every 'sending' row on start is such a row; with many, only those
        attempted longer ago than any send takes (``attempted_before``).
        """
        query = update(OutboxMessage).where(OutboxMessage.status == "sending")
        if attempted_before is not None:
            query = query.where(OutboxMessage.attempted_at < attempted_before)
        result = await self.session.execute(
            query.values(status="uncertain", last_error="interrupted while sending; not resent")
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def mark_uncertain(self, row_ids: Sequence[int]) -> None:
        """The send may or may not have reached the chat: keep it visible, never resend."""
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(row_ids)), OutboxMessage.status.in_(UNSENT))
            .values(status="uncertain")
        )

    async def mark_sent(self, row_ids: int | Sequence[int], channel_message_id: int | None) -> None:
        """Delivered (several rows when they went out combined as one message)."""
        ids = [row_ids] if isinstance(row_ids, int) else list(row_ids)
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.status.in_(UNSENT))
            .values(
                status="sent",
                sent_at=utcnow(),
                channel_message_id=channel_message_id,
                attempts=OutboxMessage.attempts + 1,
            )
        )

    async def reschedule(
        self, row_id: int, at: datetime, error: str, *, count_attempt: bool = True
    ) -> None:
        """Try again at ``at`` (the attempt is known not to have reached anyone)."""
        values: dict[str, Any] = {"next_attempt_at": at, "last_error": error[:500]}
        if count_attempt:
            values["attempts"] = OutboxMessage.attempts + 1
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == row_id, OutboxMessage.status.in_(UNSENT))
            .values(status="pending", **values)
        )

    async def mark_failed(self, row_id: int, error: str) -> None:
        """Given up on: Telegram refused it for good."""
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == row_id)
            .values(status="failed", last_error=error[:500], attempts=OutboxMessage.attempts + 1)
        )

    async def mark_blocked_for_chat(self, chat_id: int) -> None:
        """The customer blocked the bot: nothing pending for them is sent."""
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.chat_id == chat_id, OutboxMessage.status.in_(UNSENT))
            .values(status="blocked")
        )

    async def pending_count(self) -> int:
        """How many rows wait (a metric)."""
        return await self.count("pending")

    async def count(self, status: str) -> int:
        """How many rows have ``status`` (a metric: 'pending', 'uncertain', …)."""
        query = select(func.count()).where(OutboxMessage.status == status)
        return int((await self.session.execute(query)).scalar_one())

    async def for_chat(self, chat_id: int) -> Sequence[OutboxMessage]:
        """Every row for a chat, oldest first."""
        query = (
            select(OutboxMessage).where(OutboxMessage.chat_id == chat_id).order_by(OutboxMessage.id)
        )
        return (await self.session.execute(query)).scalars().all()

    async def forget_customer(self, customer_id: int, chat_id: int | None) -> None:
        """Erase what was sent to, or written about, a customer who asked to be forgotten.

        Staff rows about them (cards, relays, copies of their attachments) are deleted,
        sent or not; rows to their own chat keep only that they existed, and any still
        waiting are cancelled: they quote words the customer asked us to forget.
        """
        await self.session.execute(
            delete(OutboxMessage).where(OutboxMessage.about_customer_id == customer_id)
        )
        if chat_id is None:
            return
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.chat_id == chat_id, OutboxMessage.status.in_(UNSENT))
            .values(status="forgotten")
        )
        await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.chat_id == chat_id)
            .values(text=None, buttons=None, extra=None, last_error=None)
        )
