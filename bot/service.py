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
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot import metrics
from bot.handoffs import HandoffDesk
from bot.owners import Owner, OwnersDirectory
from bot.safe_text import isolate
from bot.staff_actions import ANSWER
from bot.staff_card import NEW
from bot.text import split_text
from dialogues.handoff import OwnerView, announce, format_back_at
from dialogues.languages import first_supported
from dialogues.outcome import (
    FollowUpAnswered,
    LogFeedback,
    LogJob,
    OpenHandoff,
    Rated,
    RelayToOwner,
    Reply,
)
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
    InboundUpdateRepository,
    JobRepository,
    MessageRepository,
    OutboxRepository,
)
from storage.repositories.outbox import STAFF
from storage.repositories.staff_messages import about

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
    payload: str | None = None  # /start deep-link payload or button data
    edited: bool = False
    update_id: int | None = None  # the channel's delivery id, marked processed with the turn


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
        desk: HandoffDesk,
        *,
        default_language: Language = "fa",
    ) -> None:
        self.database = database
        self.parser = parser
        self.owners = owners
        self.desk = desk
        self.default_language = default_language

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
                before = await messages.by_channel_id(customer.id, message.message_id)
                old_text = before.text if before is not None else None
                edited = await messages.edit(customer.id, message.message_id, message.text or "")
                if edited is not None:
                    await self._replace_heard(session, customer.id, old_text, message.text or "")
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
                    if promise and replies:  # one message: the thanks, then who owns it
                        last = replies[-1]
                        replies[-1] = Reply(f"{last.text} {promise}", last.buttons)
                    elif promise:
                        replies.append(Reply(promise))
                elif isinstance(effect, RelayToOwner):
                    relayed = await self._relay(session, customer, effect.text, burst)
                    if relayed:
                        report.relayed.append(relayed)
                elif isinstance(effect, FollowUpAnswered):
                    await self.desk.follow_up_answered(session, customer, effect.met)
                elif isinstance(effect, Rated):
                    await self.desk.rated(session, customer, effect.score)
            await self._send(session, customer, replies)
            status = "closed" if state.stage == "closed" else "open"
            await conversations.save(conversation, state.to_dict(), state.stage, status)
            await MessageRepository(session).mark_processed_for(customer.id)
            await InboundUpdateRepository(session).mark_processed(
                [m.update_id for m in burst if m.update_id is not None]
            )
            if texts:  # only words are evidence of a language; a /start or a photo is not
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
        heard = conversation is not None and bool(conversation.state.get("heard"))
        previous = (conversation.language if heard and conversation else None) or customer.language
        text = " ".join(m.text for m in burst if m.text and m.kind != "start")
        if text.strip():
            return detect_language(text, default=self.default_language, previous=previous)  # type: ignore[return-value]
        hint = next((m.language_code for m in burst if m.language_code), None)
        return first_supported((previous, hint), self.default_language)

    async def _understand(self, texts: tuple[str, ...], language: Language) -> Understanding:
        if not texts:
            return Understanding()
        parsed = await self.parser.parse("\n".join(texts), language)
        return parsed.understanding()

    @staticmethod
    def _turn(
        burst: Sequence[IncomingMessage],
        texts: tuple[str, ...],
        language: Language,
        understanding: Understanding,
    ) -> Turn:
        last = burst[-1]
        if any(m.kind == "button" for m in burst):
            kind = "button"
        elif any(m.kind == "start" for m in burst) and not any(m.kind == "text" for m in burst):
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
        if customer.chat_id is None:
            return
        for reply in replies:
            row = [{"text": b.label, "callback_data": b.data} for b in reply.buttons]
            parts = split_text(reply.text)
            for number, part in enumerate(parts, start=1):
                # Buttons ride on the last part, where the question is.
                buttons = [row] if row and number == len(parts) else None
                await outbox.enqueue(
                    customer.chat_id, part, customer_id=customer.id, buttons=buttons
                )
            await messages.add_outbound(customer_id=customer.id, text=reply.text)

    async def _replace_heard(
        self, session: AsyncSession, customer_id: int, old: str | None, new: str
    ) -> None:
        """An edited message replaces what the conversation heard, if it was already heard."""
        if not old or old == new:
            return
        conversation = await ConversationRepository(session).current(customer_id)
        if conversation is None:
            return
        state = ConversationState.from_dict(conversation.state)
        if old in state.heard:
            state.heard = [new if m == old else m for m in state.heard]
            await ConversationRepository(session).save(
                conversation, state.to_dict(), state.stage, conversation.status
            )

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
            remind_at=now + self.desk.remind_after,
            escalate_at=now + self.desk.escalate_after,
        )
        await handoffs.add_event(
            handoff.id, actor="bot", kind="created", detail={"owner": owner.id}
        )
        await self.desk.send_card(session, handoff, owner, heading=NEW)
        metrics.HANDOFFS_OPENED.inc()
        log.info("handoff %s opened for customer %s, owner %s", handoff.id, customer.id, owner.id)
        return handoff, promise, state

    @staticmethod
    def _back_at(owner: Owner, now: datetime, language: str) -> str | None:
        if owner.hours is None or owner.hours.is_open(now):
            return None
        opening = owner.hours.next_opening(now)
        days = (opening.date() - now.astimezone(owner.hours.zone).date()).days
        return format_back_at(days, opening.strftime("%H:%M"), language)

    async def _relay(
        self,
        session: AsyncSession,
        customer: Customer,
        text: str,
        burst: Sequence[IncomingMessage],
    ) -> tuple[str, str] | None:
        handoff = await HandoffRepository(session).open_for_customer(customer.id)
        if handoff is None or handoff.owner_id is None:
            return None
        owner = self.owners.get(handoff.owner_id)
        if owner is None:
            return None
        await HandoffRepository(session).add_event(
            handoff.id, actor=f"customer:{customer.id}", kind="customer_message"
        )
        if owner.telegram_id is not None:
            outbox = OutboxRepository(session)
            name = customer.display_name or f"#{customer.id}"
            if text.strip() and not text.startswith("["):
                await outbox.enqueue(
                    owner.telegram_id,
                    f"#{handoff.id} {isolate(name)}: {isolate(text)}",
                    extra={"tag": f"#{handoff.id}", **about([handoff.id], ANSWER)},
                    audience=STAFF,
                    about_customer_id=customer.id,
                )
            for message in burst:
                if message.kind in ATTACHMENT_KINDS and message.message_id is not None:
                    await outbox.enqueue(
                        owner.telegram_id,
                        None,
                        kind="copy",
                        extra={
                            "from_chat_id": message.chat_id,
                            "message_id": message.message_id,
                            **about([handoff.id], ANSWER),
                        },
                        audience=STAFF,
                        about_customer_id=customer.id,
                    )
        return owner.name, text
