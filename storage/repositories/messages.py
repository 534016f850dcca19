"""Messages in and out, with what has been answered and what has not."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.models import Message, utcnow
from storage.repositories.base import Repository
from storage.written import built, read, write

_INSERT = insert(cast(Table, Message.__table__))  # built once: values come as params
_TABLE = cast(Table, Message.__table__)
_COLUMNS = _TABLE.c
# An inbound message: a channel message already stored (the unique index) inserts nothing
# and returns no id. One statement instead of a look-up and an insert; built once.
_ONCE = ["customer_id", "channel_message_id", "direction"]
_INSERT_IN = {
    "postgresql": pg_insert(_TABLE)
    .on_conflict_do_nothing(index_elements=_ONCE)
    .returning(_COLUMNS.id),
    "sqlite": sqlite_insert(_TABLE)
    .on_conflict_do_nothing(index_elements=_ONCE)
    .returning(_COLUMNS.id),
}
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
_KEYS = tuple(column.key for column in _COLUMNS)
_RECENT = (  # a customer's last messages as plain columns, for SQLite's cursor; built once
    select(*_COLUMNS)
    .where(_COLUMNS.customer_id == bindparam("customer_id"))
    .order_by(_COLUMNS.id.desc())
    .limit(bindparam("row_limit"))
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
        answered: bool = False,
    ) -> Message:
        """Store a customer's message; the same channel message twice is stored once.

        ``answered``: stored by the turn that answers it, so marked processed by the
        insert itself (no update of its own); a row stored before is left as it stands."""
        values: dict[str, Any] = {
            "customer_id": customer_id,
            "direction": "in",
            "kind": kind,
            "text": text,
            "file_id": file_id,
            "channel_message_id": channel_message_id,
            "processed_at": utcnow() if answered else None,
            "edited_at": None,
            "created_at": utcnow(),
        }
        if channel_message_id is None:  # nothing to conflict on (NULLs never do)
            # A Core insert, not session.add + flush: no unit-of-work pass on the turn path.
            row_id = (await write(self.session, _INSERT, values)).first
            return built(Message, {"id": row_id, **values})
        dialect = self.session.get_bind().dialect.name
        statement = _INSERT_IN["postgresql" if dialect == "postgresql" else "sqlite"]
        row_id = (await write(self.session, statement, values)).first
        if row_id is not None:
            return built(Message, {"id": row_id, **values})
        # Stored before (a redelivery): the rare duplicate is loaded, as it stands.
        found = await self.session.scalar(
            _SEEN, {"customer_id": customer_id, "channel_message_id": channel_message_id}
        )
        existing = await self.session.get(Message, found) if found is not None else None
        assert existing is not None  # the conflict was on this very row
        return existing

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
        row_id = (await write(self.session, _INSERT, values)).first
        return built(Message, {"id": row_id, **values})

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
        await write(self.session, _ANSWERED, {"b_customer": customer_id, "now": utcnow()})

    async def recent(self, customer_id: int, limit: int = 10) -> list[Message]:
        """The last ``limit`` messages, oldest first (for reading: on SQLite, while no
        message is loaded in the session, they are built from the cursor's rows, not
        loaded by the ORM, and are not attached to it)."""
        held = self.session.identity_map.keys()  # IdentityMap: keys(), not iterable
        if not any(key[0] is Message for key in held):
            parameters = {"customer_id": customer_id, "row_limit": limit}
            rows = await read(self.session, _RECENT, parameters)
            if rows is not None:
                return [built(Message, dict(zip(_KEYS, row, strict=True))) for row in rows[::-1]]
        query = (
            select(Message)
            .where(Message.customer_id == customer_id)
            .order_by(Message.id.desc())
            .limit(limit)
        )
        return list(reversed((await self.session.execute(query)).scalars().all()))
