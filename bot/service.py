"""The conversation service: transport-neutral glue between NLU, the policy and storage.

Channels (the terminal, Telegram) turn what they receive into :class:`IncomingMessage`,
like Rasa's ``UserMessage``, and never touch the policy themselves. Every inbound message
is stored before anything else happens; every reply becomes an outbox row written in the
same transaction as the state change that caused it.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.owners import Owner, OwnersDirectory
from dialogues.handoff import OwnerView, announce
from dialogues.outcome import LogFeedback, LogJob, OpenHandoff, RelayToOwner, Reply
from dialogues.policy import new_state, respond
from dialogues.state import ConversationState
from dialogues.turn import Language, Turn, Understanding
from nlu.language import detect_language
from nlu.parser import Parser
from storage.database import Database
from storage.models import Conversation, Customer, Handoff
from storage.repositories import (
    ConversationRepository,
    CustomerRepository,
    FeedbackRepository,
    HandoffRepository,
    JobRepository,
    MessageRepository,
    OutboxRepository,
)

log = logging.getLogger(__name__)

ATTACHMENT_KINDS = ("photo", "voice", "video", "document", "sticker", "location")


@dataclass(frozen=True)
class IncomingMessage:
    """One thing a customer sent, stripped of its transport."""

    channel: str  # "telegram" | "console"
    user_id: str
    chat_id: int
    text: str | None = None
    kind: str = "text"  # text | start | photo | voice | video | document | sticker | location
    display_name: str | None = None
    language_code: str | None = None  # the client's UI language, a hint for /start
    message_id: int | None = None
    file_id: str | None = None
    payload: str | None = None  # /start deep-link payload
    edited: bool = False


@dataclass
class TurnReport:
    """What a handled turn produced, for channels that show more than the replies."""

    replies: list[Reply] = field(default_factory=list)
    handoffs: list[Handoff] = field(default_factory=list)
    relayed: list[tuple[str, str]] = field(default_factory=list)  # (owner name, text)
    stage: str = ""
    language: str = ""


class ConversationService:
    """Runs turns: NLU, then the policy, then one transaction of state, records and outbox."""

    def __init__(
        self,
        database: Database,
        parser: Parser,
        owners: OwnersDirectory,
        *,
        default_language: Language = "fa",
        sla_remind_minutes: float = 15.0,
        sla_escalate_minutes: float = 60.0,
    ) -> None:
        self.database = database
        self.parser = parser
        self.owners = owners
        self.default_language = default_language
        self.sla_remind = timedelta(minutes=sla_remind_minutes)
        self.sla_escalate = timedelta(minutes=sla_escalate_minutes)

    async def initialize(self) -> None:
        """Nothing to open of its own; the database and parser are separate services."""

    async def shutdown(self) -> None:
        """Nothing to close of its own."""

    # ---- intake -------------------------------------------------------------------
    async def store_inbound(self, message: IncomingMessage) -> int:
        """Store a customer's message durably (before any acknowledgement); its row id."""
        async with self.database.session() as session, session.begin():
            customer = await self._customer(session, message)
            messages = MessageRepository(session)
            if message.edited and message.message_id is not None:
                edited = await messages.edit(customer.id, message.message_id, message.text or "")
                if edited is not None:
                    return edited.id
            row = await messages.add_inbound(
                customer_id=customer.id,
                kind=message.kind,
                text=message.text,
                file_id=message.file_id,
                channel_message_id=message.message_id,
            )
            return row.id

    async def is_new_conversation(self, channel: str, user_id: str) -> bool:
        """Whether this customer has no conversation in progress (so we should greet)."""
        async with self.database.session() as session:
            customer = await CustomerRepository(session).get_by_external(channel, user_id)
            if customer is None:
                return True
            return await ConversationRepository(session).current(customer.id) is None

    # ---- turns --------------------------------------------------------------------
    async def handle_burst(self, burst: Sequence[IncomingMessage]) -> TurnReport:
        """Answer a burst of messages from one customer as one turn."""
        if not burst:
            return TurnReport()
        first = burst[-1]
        report = TurnReport()
        async with self.database.session() as session, session.begin():
            customer = await self._customer(session, first)
            conversations = ConversationRepository(session)
            conversation = await conversations.current(customer.id)
            previous = await conversations.latest(customer.id) if conversation is None else None
            language = self._language(burst, customer, conversation)
            texts = tuple(m.text.strip() for m in burst if m.text and m.text.strip())
            understanding = await self._understand(texts, language)
            if conversation is None:
                prior = ConversationState.from_dict(previous.state) if previous else None
                state = new_state(language, random.Random(customer.id).randrange(1 << 16), prior)
                conversation = await conversations.start(customer.id, language, state.to_dict())
            else:
                state = ConversationState.from_dict(conversation.state)
            turn = self._turn(burst, texts, language, understanding)
            outcome = respond(state, turn)
            state = outcome.state
            replies = list(outcome.replies)
            for effect in outcome.effects:
                if isinstance(effect, LogJob):
                    await JobRepository(session).add(customer.id, conversation.id, effect.job)
                elif isinstance(effect, LogFeedback):
                    await FeedbackRepository(session).add(
                        customer_id=customer.id,
                        conversation_id=conversation.id,
                        kind=effect.kind,
                        quote=effect.quote,
                        topic=effect.topic,
                        language=effect.language,
                    )
                elif isinstance(effect, OpenHandoff):
                    handoff, promise, state = await self._open_handoff(
                        session, customer, conversation, effect, state
                    )
                    report.handoffs.append(handoff)
                    if promise:
                        replies.append(Reply(promise))
                elif isinstance(effect, RelayToOwner):
                    relayed = await self._relay(session, customer, effect.text)
                    if relayed:
                        report.relayed.append(relayed)
            await self._send(session, customer, replies)
            status = "closed" if state.stage == "closed" else "open"
            await conversations.save(conversation, state.to_dict(), state.stage, status)
            await MessageRepository(session).mark_processed_for(customer.id)
            customer.language = language
        report.replies = replies
        report.stage = state.stage
        report.language = language
        return report

    # ---- helpers --------------------------------------------------------------------
    async def _customer(self, session: AsyncSession, message: IncomingMessage) -> Customer:
        return await CustomerRepository(session).get_or_create(
            message.channel,
            message.user_id,
            chat_id=message.chat_id,
            display_name=message.display_name,
            language=None,
            deep_link=message.payload if message.kind == "start" else None,
        )

    def _language(
        self,
        burst: Sequence[IncomingMessage],
        customer: Customer,
        conversation: Conversation | None,
    ) -> Language:
        previous = (conversation.language if conversation else None) or customer.language
        text = " ".join(m.text for m in burst if m.text and m.kind != "start")
        if text.strip():
            return detect_language(text, default=self.default_language, previous=previous)  # type: ignore[return-value]
        hint = next((m.language_code for m in burst if m.language_code), None)
        for candidate in (previous, (hint or "")[:2], self.default_language):
            if candidate in ("fa", "ar", "en"):
                return candidate  # type: ignore[return-value]
        return self.default_language

    async def _understand(self, texts: tuple[str, ...], language: Language) -> Understanding:
        if not texts:
            return Understanding()
        parsed = await self.parser.parse("\n".join(texts), language)
        return Understanding(
            intent=parsed.intent,
            confidence=parsed.confidence,
            topic=parsed.topic,
            sentiment=parsed.sentiment,
            sentiment_score=parsed.sentiment_score,
            order_id=parsed.order_id,
        )

    @staticmethod
    def _turn(
        burst: Sequence[IncomingMessage],
        texts: tuple[str, ...],
        language: Language,
        understanding: Understanding,
    ) -> Turn:
        last = burst[-1]
        if any(m.kind == "start" for m in burst) and not any(m.kind == "text" for m in burst):
            kind = "start"
        elif texts:
            kind = "text"
        else:
            kind = "attachment"
        attachment = next((m.kind for m in burst if m.kind in ATTACHMENT_KINDS), None)
        return Turn(
            messages=texts if kind != "start" else (),
            language=language,
            understanding=understanding,
            kind=kind,  # type: ignore[arg-type]
            display_name=last.display_name,
            attachment_kind=attachment,
            payload=last.payload,
        )

    async def _send(self, session: AsyncSession, customer: Customer, replies: list[Reply]) -> None:
        outbox = OutboxRepository(session)
        messages = MessageRepository(session)
        for reply in replies:
            buttons = [[{"text": b.label, "callback_data": b.data}] for b in reply.buttons] or None
            if customer.chat_id is None:
                continue
            await outbox.enqueue(customer.chat_id, reply.text, customer_id=customer.id, buttons=buttons)
            await messages.add_outbound(customer_id=customer.id, text=reply.text)

    async def _open_handoff(
        self,
        session: AsyncSession,
        customer: Customer,
        conversation: Conversation,
        effect: OpenHandoff,
        state: ConversationState,
    ) -> tuple[Handoff, str, ConversationState]:
        owner = self.owners.route(effect.topic, effect.language)
        now = datetime.now(UTC)
        back_at = self._back_at(owner, now, effect.language)
        promise, state = announce(
            state,
            OwnerView(owner.name_in(effect.language), owner.title_in(effect.language)),
            self.owners.response_minutes,
            back_at,
        )
        handoffs = HandoffRepository(session)
        handoff = await handoffs.create(
            customer_id=customer.id,
            conversation_id=conversation.id,
            reason=effect.reason,
            topic=effect.topic,
            language=effect.language,
            sentiment=effect.sentiment,
            reflection=effect.reflection,
            statement=effect.statement,
            quotes=list(effect.quotes),
            owner_id=owner.id,
            remind_at=now + self.sla_remind,
            escalate_at=now + self.sla_escalate,
        )
        await handoffs.add_event(handoff.id, actor="bot", kind="created", detail={"owner": owner.id})
        log.info("handoff %s opened for customer %s, owner %s", handoff.id, customer.id, owner.id)
        return handoff, promise, state

    @staticmethod
    def _back_at(owner: Owner, now: datetime, language: str) -> str | None:
        if owner.hours is None or owner.hours.is_open(now):
            return None
        opening = owner.hours.next_opening(now)
        return opening.strftime("%Y-%m-%d %H:%M")

    async def _relay(
        self, session: AsyncSession, customer: Customer, text: str
    ) -> tuple[str, str] | None:
        handoff = await HandoffRepository(session).open_for_customer(customer.id)
        if handoff is None or handoff.owner_id is None:
            return None
        owner = self.owners.get(handoff.owner_id)
        if owner is None:
            return None
        await HandoffRepository(session).add_event(
            handoff.id, actor=f"customer:{customer.id}", kind="customer_message", detail={}
        )
        if owner.telegram_id is not None:
            name = customer.display_name or f"#{customer.id}"
            await OutboxRepository(session).enqueue(
                owner.telegram_id, f"#{handoff.id} {name}: {text}", kind="message"
            )
        return owner.name, text
