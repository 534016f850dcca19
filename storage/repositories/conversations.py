"""Conversations: the open one per customer, and its saved policy state."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, bindparam, func, inspect, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from storage.models import Conversation, Customer, utcnow
from storage.repositories.base import Repository
from storage.written import built, insert_row, persist, read, write

_TABLE = cast(Table, Conversation.__table__)
# Built once (values come as parameters): a turn's read and save no longer build and key
# a statement on every call.
_CURRENT = (
    select(Conversation)
    .where(Conversation.customer_id == bindparam("customer_id"), Conversation.status == "open")
    .order_by(Conversation.id.desc())
)
_OPEN = aliased(Conversation)
# A turn's read in one statement: the customer and their open conversation (the newest,
# as ``current``), not two ORM executes; an outer join, so a customer with none still comes.
_HEARD = (
    select(Customer, Conversation)
    .outerjoin(
        Conversation,
        Conversation.id
        == select(func.max(_OPEN.id))
        .where(_OPEN.customer_id == Customer.id, _OPEN.status == "open")
        .correlate(Customer)
        .scalar_subquery(),
    )
    .where(Customer.channel == bindparam("channel"), Customer.external_id == bindparam("external"))
)
_CUSTOMERS = cast(Table, Customer.__table__)
_OPEN_ID = (  # the customer's newest open conversation, as ``current`` chooses it
    select(func.max(_TABLE.c.id))
    .where(_TABLE.c.customer_id == _CUSTOMERS.c.id, _TABLE.c.status == "open")
    .correlate(_CUSTOMERS)
    .scalar_subquery()
)
# The same read as plain columns, for SQLite's cursor (``read``): the objects are then
# built and made persistent by hand, as the ORM's loading would leave them.
_HEARD_ROWS = (
    select(*_CUSTOMERS.c, *_TABLE.c)
    .select_from(_CUSTOMERS.outerjoin(_TABLE, _TABLE.c.id == _OPEN_ID))
    .where(
        _CUSTOMERS.c.channel == bindparam("channel"),
        _CUSTOMERS.c.external_id == bindparam("external"),
    )
)
_SPLIT = len(_CUSTOMERS.c)
_CUSTOMER_KEYS = tuple(c.key for c in _CUSTOMERS.c)
_CONVERSATION_KEYS = tuple(c.key for c in _TABLE.c)
# No .values(): the SET clause is the parameters' column keys (state, stage, …).
_SAVE = update(_TABLE).where(
    _TABLE.c.id == bindparam("b_id"), _TABLE.c.updated_at == bindparam("b_version")
)


class ConversationRepository(Repository):
    """A customer's conversations."""

    async def current(self, customer_id: int) -> Conversation | None:
        """The conversation in progress, if any."""
        result = await self.session.execute(_CURRENT, {"customer_id": customer_id})
        return result.scalars().first()

    async def heard(
        self, channel: str, external_id: str
    ) -> tuple[Customer | None, Conversation | None]:
        """A customer by channel identity and their conversation in progress, in one read."""
        parameters = {"channel": channel, "external": external_id}
        if not self.session.identity_map:  # nothing loaded yet that these could clash with
            rows = await read(self.session, _HEARD_ROWS, parameters)
            if rows is not None:  # SQLite: no ORM query, loading or result objects
                return _built(self.session, rows[0]) if rows else (None, None)
        row = (await self.session.execute(_HEARD, parameters)).first()
        return (None, None) if row is None else (row[0], row[1])

    async def latest(self, customer_id: int) -> Conversation | None:
        """The most recent conversation, open or closed."""
        query = (
            select(Conversation)
            .where(Conversation.customer_id == customer_id)
            .order_by(Conversation.id.desc())
        )
        return (await self.session.execute(query)).scalars().first()

    async def start(self, customer_id: int, language: str, state: dict[str, Any]) -> Conversation:
        """A new open conversation (a Core insert: no unit-of-work flush on a turn's path;
        persistent and clean afterwards, as if read, its version the one written)."""
        now = utcnow()
        values: dict[str, Any] = {
            "customer_id": customer_id,
            "status": "open",
            "stage": str(state.get("stage", "new")),
            "language": language,
            "state": state,
            "created_at": now,
            "updated_at": now,
            "closed_at": None,
        }
        return persist(self.session, await insert_row(self.session, Conversation, values))

    async def save(
        self, conversation: Conversation, state: dict[str, Any], stage: str, status: str
    ) -> None:
        """Persist the policy state after a turn."""
        values: dict[str, Any] = {
            "state": state,
            "stage": stage,
            "language": str(state.get("language") or conversation.language),
            "status": status,
            "updated_at": utcnow(),  # moves with every save: the version
        }
        if status == "closed" and conversation.status != "closed":
            values["closed_at"] = utcnow()
        if status == conversation.status:
            # SQLite rewrites an index entry of every column in the SET clause, changed or
            # not: an unchanged status kept out of it spares ix_conversations_customer_status
            # a page in the WAL on almost every turn (docs/performance.md, round 16).
            del values["status"]
        held = inspect(conversation)
        if held.modified or held.pending or held.detached:
            for key, value in values.items():  # changed elsewhere too: one ORM flush for all
                setattr(conversation, key, value)
            await self.session.flush()
            return
        # A Core update with the ORM's version check, not a flush: no unit-of-work pass on
        # the turn path. A version another writer moved on matches no row, as in a flush.
        written = await write(
            self.session,
            _SAVE,
            {**values, "b_id": conversation.id, "b_version": conversation.updated_at},
        )
        if written.rowcount != 1:
            raise StaleDataError(f"conversation {conversation.id} changed since it was read")
        for key, value in values.items():  # the loaded object agrees, and is not dirty
            set_committed_value(conversation, key, value)


def _built(session: AsyncSession, row: tuple[Any, ...]) -> tuple[Customer, Conversation | None]:
    """The customer and conversation of one ``_HEARD_ROWS`` row, persistent in ``session``
    and clean, as the ORM's own query would have left them."""
    customer = built(Customer, dict(zip(_CUSTOMER_KEYS, row[:_SPLIT], strict=True)))
    values = dict(zip(_CONVERSATION_KEYS, row[_SPLIT:], strict=True))
    conversation = built(Conversation, values) if values["id"] is not None else None
    persist(session, customer)
    return customer, persist(session, conversation) if conversation is not None else None
