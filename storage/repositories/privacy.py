"""What we hold about one customer: show it all, or forget it.

Forgetting deletes the customer's words (messages, quotes, conversation state) and
personal fields, and keeps only anonymous counts: the rows that say a handoff or a job
happened, on which topic, with which sentiment — nothing a person could be found by.
"""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import delete, select, update

from storage.export import feedback_to_dict, handoff_to_dict, iso, job_to_dict
from storage.models import (
    Conversation,
    Customer,
    Feedback,
    Handoff,
    HandoffEvent,
    InboundUpdate,
    Job,
    Message,
    OutboxMessage,
    utcnow,
)
from storage.repositories.base import Repository


class PrivacyRepository(Repository):
    """A customer's data: export and erasure."""

    async def export(self, customer_id: int) -> dict[str, Any]:
        """Everything stored about the customer, as a JSON-ready document."""
        customer = await self.session.get(Customer, customer_id)
        if customer is None:
            return {}

        async def rows(model: Any) -> list[Any]:
            query = select(model).where(model.customer_id == customer_id).order_by(model.id)
            return list((await self.session.execute(query)).scalars().all())

        messages = await rows(Message)
        return {
            "customer": {
                "id": customer.id,
                "channel": customer.channel,
                "display_name": customer.display_name,
                "language": customer.language,
                "deep_link": customer.deep_link,
                "created_at": iso(customer.created_at),
            },
            "messages": [
                {
                    "direction": m.direction,
                    "kind": m.kind,
                    "text": m.text,
                    "file_id": m.file_id,
                    "at": iso(m.created_at),
                }
                for m in messages
            ],
            "jobs": [job_to_dict(j) for j in await rows(Job)],
            "feedback": [feedback_to_dict(f) for f in await rows(Feedback)],
            "handoffs": [handoff_to_dict(h) for h in await rows(Handoff)],
        }

    async def forget(self, customer_id: int, chat_id: int | None = None) -> None:
        """Erase the customer's words and personal fields; keep anonymous counts."""
        customer = await self.session.get(Customer, customer_id)
        if customer is None:
            return
        await self.session.execute(delete(Message).where(Message.customer_id == customer_id))
        await self.session.execute(
            update(Conversation)
            .where(Conversation.customer_id == customer_id)
            .values(state={}, status="closed", closed_at=utcnow())
        )
        await self.session.execute(
            update(Job)
            .where(Job.customer_id == customer_id)
            .values(
                situation="",
                motivation="",
                desired_outcome="",
                struggle="",
                quotes=[],
                statement="",
            )
        )
        await self.session.execute(
            update(Feedback).where(Feedback.customer_id == customer_id).values(quote="")
        )
        handoff_ids = select(Handoff.id).where(Handoff.customer_id == customer_id)
        await self.session.execute(
            update(Handoff)
            .where(Handoff.customer_id == customer_id)
            .values(
                reflection="", statement=None, quotes=[], resolution=None, card_message_ids=None
            )
        )
        await self.session.execute(
            update(HandoffEvent).where(HandoffEvent.handoff_id.in_(handoff_ids)).values(detail={})
        )
        chat = chat_id if chat_id is not None else customer.chat_id
        if chat is not None:
            await self.session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.chat_id == chat, OutboxMessage.status != "pending")
                .values(text=None, buttons=None, extra=None)
            )
            await self._forget_updates(chat)
        customer.display_name = None
        customer.deep_link = None
        customer.chat_id = None
        customer.language = None
        customer.external_id = f"forgotten:{secrets.token_hex(8)}"
        customer.forgotten_at = utcnow()

    async def _forget_updates(self, chat_id: int) -> None:
        # Raw updates carry the text and the name: drop this chat's, the one asking included.
        query = select(InboundUpdate)
        for stored in (await self.session.execute(query)).scalars().all():
            if _chat_of(stored.payload) == chat_id:
                await self.session.delete(stored)


def _chat_of(payload: dict[str, Any]) -> int | None:
    for key in ("message", "edited_message", "callback_query"):
        part = payload.get(key)
        if isinstance(part, dict):
            chat = (part.get("message") or part).get("chat") or {}
            if "id" in chat:
                return int(chat["id"])
    return None
