"""Conversations: the open one per customer, and its saved policy state."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from storage.models import Conversation, utcnow
from storage.repositories.base import Repository


class ConversationRepository(Repository):
    """A customer's conversations."""

    async def current(self, customer_id: int) -> Conversation | None:
        """The conversation in progress, if any."""
        query = (
            select(Conversation)
            .where(Conversation.customer_id == customer_id, Conversation.status == "open")
            .order_by(Conversation.id.desc())
        )
        return (await self.session.execute(query)).scalars().first()

    async def latest(self, customer_id: int) -> Conversation | None:
        """The most recent conversation, open or closed."""
        query = (
            select(Conversation)
            .where(Conversation.customer_id == customer_id)
            .order_by(Conversation.id.desc())
        )
        return (await self.session.execute(query)).scalars().first()

    async def start(self, customer_id: int, language: str, state: dict[str, Any]) -> Conversation:
        """A new open conversation."""
        conversation = Conversation(
            customer_id=customer_id,
            language=language,
            state=state,
            stage=str(state.get("stage", "new")),
        )
        self.session.add(conversation)
        await self.session.flush()
        return conversation

    async def save(
        self, conversation: Conversation, state: dict[str, Any], stage: str, status: str
    ) -> None:
        """Persist the policy state after a turn."""
        conversation.state = state
        conversation.stage = stage
        conversation.language = str(state.get("language") or conversation.language)
        if status == "closed" and conversation.status != "closed":
            conversation.closed_at = utcnow()
        conversation.status = status  # updated_at moves with every save: the version
        await self.session.flush()
