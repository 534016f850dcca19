"""Messages in and out, with what has been answered and what has not."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update

from storage.models import Message, utcnow
from storage.repositories.base import Repository, new_id

_INSERT = insert(cast(Table, Message.__table__))  # built once: values come as params
_COLUMNS = cast(Table, Message.__table__).c
_SEEN = (  # an inbound message's id by its id on the channel; built once
    select(_COLUMNS.id)
    .where(
        _COLUMNS.customer_id == bindparam("customer_id"),
        _COLUMNS.channel_message_id == bindparam("channel_message_id"),
        _COLUMNS.direction == "in",
    )
    .order_by(_COLUMNS.id)
    .limit(1)
)
_ANSWERED = (  # every unanswered inbound message of a customer answered now; built once
    update(cast(Table, Message.__table__))
    .where(
        _COLUMNS.customer_id == bindparam("b_customer"),
        _COLUMNS.direction == "in",
        _COLUMNS.processed_at.is_(None),
    )
    .values(processed_at=bindparam("now", type_=_COLUMNS.processed_at.type))
)


class MessageRepository(Repository):
    """A customer's messages."""

    async def add_inbound(
        self,
        *,
        customer_id: int,
        kind: str = "text",
        text: str | None = None,
        file_id: str | None = None,
        channel_message_id: int | None = None,
    ) -> Message:
        """Store a customer's message; the same channel message twice is stored once."""
        if channel_message_id is not None:
            # Only the id first (a Core select: no ORM load); the rare duplicate is loaded.
            found = await self.session.scalar(
                _SEEN, {"customer_id": customer_id, "channel_message_id": channel_message_id}
            )
            existing = await self.session.get(Message, found) if found is not None else None
            if existing is not None:
                return existing
        values: dict[str, Any] = {
            "customer_id": customer_id,
            "direction": "in",
            "kind": kind,
            "text": text,
            "file_id": file_id,
            "channel_message_id": channel_message_id,
            "processed_at": None,
            "edited_at": None,
            "created_at": utcnow(),
        }
        # A Core insert, not session.add + flush: no unit-of-work pass on the turn path.
        result = await self.session.execute(_INSERT, values)
        return Message(id=new_id(result), **values)

    async def add_outbound(
        self, *, customer_id: int, text: str | None, kind: str = "text"
    ) -> Message:
        """Record what we said (sending is the outbox's job)."""
        now = utcnow()
        values: dict[str, Any] = {
            "customer_id": customer_id,
            "direction": "out",
            "kind": kind,
            "text": text,
            "file_id": None,
            "channel_message_id": None,
            "processed_at": now,
            "edited_at": None,
            "created_at": now,
        }
        # A Core insert (as add_inbound): an ORM flush per reply was most of its cost.
        result = await self.session.execute(_INSERT, values)
        return Message(id=new_id(result), **values)

    async def by_channel_id(self, customer_id: int, channel_message_id: int) -> Message | None:
        """An inbound message by its id on the channel."""
        query = select(Message).where(
            Message.customer_id == customer_id,
            Message.channel_message_id == channel_message_id,
            Message.direction == "in",
        )
        return (await self.session.execute(query)).scalars().first()

    async def edit(self, customer_id: int, channel_message_id: int, text: str) -> Message | None:
        """The customer edited a message: what we heard is replaced."""
        message = await self.by_channel_id(customer_id, channel_message_id)
        if message is not None:
            message.text = text
            message.edited_at = utcnow()
        return message

    async def unprocessed(self, customer_id: int) -> Sequence[Message]:
        """Inbound messages not yet answered, oldest first."""
        query = (
            select(Message)
            .where(
                Message.customer_id == customer_id,
                Message.direction == "in",
                Message.processed_at.is_(None),
            )
            .order_by(Message.id)
        )
        return (await self.session.execute(query)).scalars().all()

    async def mark_processed_for(self, customer_id: int) -> None:
        """Every inbound message of this customer has been answered."""
        # The Core table, not the entity: no ORM bulk-update pass over the session (its
        # Message objects are not read again in the turn that answers them). Built once.
        await self.session.execute(_ANSWERED, {"b_customer": customer_id, "now": utcnow()})

    async def recent(self, customer_id: int, limit: int = 10) -> list[Message]:
        """The last ``limit`` messages, oldest first."""
        query = (
            select(Message)
            .where(Message.customer_id == customer_id)
            .order_by(Message.id.desc())
            .limit(limit)
        )
        return list(reversed((await self.session.execute(query)).scalars().all()))
