"""What we hold about one customer: show it all, or forget it.

Forgetting deletes the customer's words (messages, quotes, conversation state) and
personal fields, and keeps only anonymous counts: the rows that say a handoff or a job
happened, on which topic, with which sentiment — nothing a person could be found by.
"""

from __future__ import annotations

import json
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
from storage.repositories.outbox import CUSTOMER, OutboxRepository

STAFF_ONLY = ("resolution",)  # what staff wrote for each other: not the customer's data


class PrivacyRepository(Repository):
    """A customer's data: export and erasure."""

    async def asked_to_forget(self, chat_id: int, customer_id: int | None, data: str) -> bool:
        """Whether the last thing said in this chat is the question whose button sends
        ``data`` ("delete now?"), with nothing written by the customer since."""
        query = (
            select(OutboxMessage)
            .where(OutboxMessage.chat_id == chat_id, OutboxMessage.audience == CUSTOMER)
            .order_by(OutboxMessage.id.desc())
            .limit(1)
        )
        last = (await self.session.execute(query)).scalars().first()
        if last is None or last.customer_id != customer_id:
            return False
        pressed = (b.get("data", b.get("callback_data")) for row in last.buttons or [] for b in row)
        if data not in pressed:
            return False
        if customer_id is None:
            return True
        since = select(Message.id).where(
            Message.customer_id == customer_id,
            Message.direction == "in",
            Message.created_at > last.created_at,
        )
        return (await self.session.execute(since.limit(1))).first() is None

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
            "handoffs": [_for_customer(handoff_to_dict(h)) for h in await rows(Handoff)],
        }

    async def forget(self, customer_id: int, chat_id: int | None = None) -> None:
        """Erase the customer's words and personal fields; keep anonymous counts."""
        customer = await self.session.get(Customer, customer_id)
        if customer is None:
            return
        needles = await self._needles(customer)
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
            .values(reflection="", statement=None, quotes=[], resolution=None)
        )
        await self.session.execute(
            update(HandoffEvent).where(HandoffEvent.handoff_id.in_(handoff_ids)).values(detail={})
        )
        chat = chat_id if chat_id is not None else customer.chat_id
        await OutboxRepository(self.session).forget_customer(customer_id, chat)
        await self._forget_updates(chat, needles)
        customer.display_name = None
        customer.deep_link = None
        customer.chat_id = None
        customer.language = None
        customer.external_id = f"forgotten:{secrets.token_hex(8)}"
        customer.forgotten_at = utcnow()

    async def _needles(self, customer: Customer) -> list[str]:
        """The customer's name and words, to find copies of them elsewhere."""
        query = select(Message.text).where(
            Message.customer_id == customer.id, Message.direction == "in"
        )
        texts = [t for t in (await self.session.execute(query)).scalars().all() if t]
        return [n for n in (customer.display_name, *texts) if n and len(n.strip()) >= 3]

    async def _forget_updates(self, chat_id: int | None, needles: list[str]) -> None:
        # Raw updates carry the text and the name: drop this chat's, the one asking included.
        # Staff replies quote the card they answer (reply_to_message), so an answered update
        # elsewhere holding the customer's name or words keeps only its id (for dedupe).
        query = select(InboundUpdate)
        for stored in (await self.session.execute(query)).scalars().all():
            if chat_id is not None and _chat_of(stored.payload) == chat_id:
                await self.session.delete(stored)
            elif stored.processed_at is not None and _mentions(stored.payload, needles):
                stored.payload = {"update_id": stored.update_id, "forgotten": True}


def _for_customer(handoff: dict[str, Any]) -> dict[str, Any]:
    """A handoff as the customer may see it: without staff-internal notes."""
    return {k: v for k, v in handoff.items() if k not in STAFF_ONLY}


def _mentions(payload: dict[str, Any], needles: list[str]) -> bool:
    raw = json.dumps(payload, ensure_ascii=False)
    return any(n in raw or json.dumps(n, ensure_ascii=False)[1:-1] in raw for n in needles)


def _chat_of(payload: dict[str, Any]) -> int | None:
    for key in ("message", "edited_message", "callback_query"):
        part = payload.get(key)
        if isinstance(part, dict):
            chat = (part.get("message") or part).get("chat") or {}
            if "id" in chat:
                return int(chat["id"])
    return None
