"""Customers: found by channel and external id, created on first contact."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, bindparam, inspect, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value

from storage.models import Customer, utcnow
from storage.repositories.base import Repository
from storage.written import built, persist, write

_BY_EXTERNAL = select(Customer).where(  # built once: a turn's first read
    Customer.channel == bindparam("channel"), Customer.external_id == bindparam("external_id")
)

_TABLE = cast(Table, Customer.__table__)
_LANGUAGE = update(_TABLE).where(_TABLE.c.id == bindparam("b_id"))  # SET: the parameters
# A new customer in one statement: someone created a moment ago (the unique identity)
# inserts nothing and returns no id. Built once per dialect.
_IDENTITY = ["channel", "external_id"]
_CREATE = {
    "postgresql": pg_insert(_TABLE)
    .on_conflict_do_nothing(index_elements=_IDENTITY)
    .returning(_TABLE.c.id),
    "sqlite": sqlite_insert(_TABLE)
    .on_conflict_do_nothing(index_elements=_IDENTITY)
    .returning(_TABLE.c.id),
}


class CustomerRepository(Repository):
    """Customers by channel identity."""

    async def get(self, customer_id: int) -> Customer | None:
        """A customer by id."""
        return await self.session.get(Customer, customer_id)

    async def get_by_external(self, channel: str, external_id: str) -> Customer | None:
        """A customer by their identity on a channel."""
        parameters = {"channel": channel, "external_id": external_id}
        return (await self.session.execute(_BY_EXTERNAL, parameters)).scalar_one_or_none()

    async def get_or_create(
        self,
        channel: str,
        external_id: str,
        *,
        chat_id: int | None = None,
        display_name: str | None = None,
        language: str | None = None,
        deep_link: str | None = None,
    ) -> Customer:
        """The customer, created on first contact; name and chat kept up to date."""
        customer = await self.get_by_external(channel, external_id)
        if customer is None:
            customer = Customer(
                channel=channel,
                external_id=external_id,
                chat_id=chat_id,
                display_name=display_name,
                language=language,
                deep_link=deep_link,
            )
            try:
                async with self.session.begin_nested():
                    self.session.add(customer)
            except IntegrityError:
                # Another turn created them a moment ago; use that row.
                found = await self.get_by_external(channel, external_id)
                assert found is not None
                customer = found
            return customer
        self.touch(customer, chat_id=chat_id, display_name=display_name, deep_link=deep_link)
        return customer

    async def create(
        self,
        channel: str,
        external_id: str,
        *,
        chat_id: int | None = None,
        display_name: str | None = None,
        deep_link: str | None = None,
    ) -> Customer:
        """A customer a turn's read did not find: one Core insert (no look-up again, no
        savepoint, no flush), the object persistent and clean; should someone have been
        created meanwhile, that row, as ``get_or_create`` gives it."""
        values: dict[str, Any] = {
            "channel": channel,
            "external_id": external_id,
            "chat_id": chat_id,
            "display_name": display_name,
            "language": None,
            "deep_link": deep_link,
            "blocked_at": None,
            "forgotten_at": None,
            "created_at": utcnow(),
        }
        dialect = self.session.get_bind().dialect.name
        statement = _CREATE["postgresql" if dialect == "postgresql" else "sqlite"]
        row_id = (await write(self.session, statement, values)).first
        if row_id is None:
            found = await self.get_by_external(channel, external_id)
            assert found is not None  # the conflict was on this very identity
            return found
        return persist(self.session, built(Customer, {"id": row_id, **values}))

    async def set_language(self, customer: Customer, language: str) -> None:
        """The language the customer writes in now (a turn's write)."""
        held = inspect(customer)
        if not held.persistent or held.modified:  # flushed anyway: one UPDATE for all
            customer.language = language
            return
        # A Core update, not a commit-time flush of the one changed attribute.
        await write(self.session, _LANGUAGE, {"b_id": customer.id, "language": language})
        set_committed_value(customer, "language", language)

    @staticmethod
    def touch(
        customer: Customer,
        *,
        chat_id: int | None = None,
        display_name: str | None = None,
        deep_link: str | None = None,
    ) -> None:
        """They wrote to us: keep name and chat up to date (no query; flushed with the rest)."""
        if chat_id is not None and customer.chat_id != chat_id:
            customer.chat_id = chat_id
        if display_name and customer.forgotten_at is None and customer.display_name != display_name:
            customer.display_name = display_name
        if deep_link and customer.deep_link != deep_link:
            customer.deep_link = deep_link
        if customer.blocked_at is not None:
            customer.blocked_at = None  # they wrote to us again, so they unblocked the bot

    async def mark_blocked(self, customer_id: int) -> None:
        """The customer blocked the bot: stop writing to them."""
        customer = await self.get(customer_id)
        if customer is not None:
            customer.blocked_at = utcnow()
