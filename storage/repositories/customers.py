"""Customers: found by channel and external id, created on first contact."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError

from storage.models import Customer, utcnow
from storage.repositories.base import Repository

_BY_EXTERNAL = select(Customer).where(  # built once: a turn's first read
    Customer.channel == bindparam("channel"), Customer.external_id == bindparam("external_id")
)


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
