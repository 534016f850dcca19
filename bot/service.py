"""The conversation service: transport-neutral glue between NLU, the policy and storage.

Channels (the terminal, Telegram) turn what they receive into :class:`IncomingMessage`,
like Rasa's ``UserMessage``, and never touch the policy themselves. Every inbound message
is stored before anything else happens; every reply becomes an outbox row written in the
same transaction as the state change that caused it.
"""

from __future__ import annotations

import itertools
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from bot.effects import ATTACHMENT_KINDS, TurnEffects, TurnReport
from bot.handoffs import HandoffDesk
from bot.owners import OwnersDirectory
from dialogues.events import EditTurn
from dialogues.languages import first_supported
from dialogues.policy import new_state
from dialogues.state import ConversationState
from dialogues.turn import Language, Turn, Understanding
from nlu.language import detect_language
from nlu.latin import in_script
from nlu.parser import Parser
from storage.database import Database
from storage.models import Conversation, Customer, OutboxMessage
from storage.repositories import (
    ConversationRepository,
    CustomerRepository,
    InboundUpdateRepository,
    MessageRepository,
)
from storage.repositories.outbox import TAKE, queued

log = logging.getLogger(__name__)

TURN_ATTEMPTS = 3  # a turn is worked out again when its conversation changed meanwhile
SLOW_TURN_SECONDS = 0.1  # a turn slower than this is logged with its phases (never its text)
# The outbox sender's claim of a turn's rows inside the turn's write transaction
# (``OutboxSender.claim_in``): the runs claimed, and whether a pass must look at the rest.
Claim = Callable[
    [AsyncSession, Sequence[OutboxMessage]], Awaitable[tuple[list[list[OutboxMessage]], bool]]
]
# The sender's word on a chat (``OutboxSender.may_take``, SQLite): its reply may be
# inserted already claimed, so the claim has nothing to update.
Take = Callable[[int], bool]


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
    # False: not in the messages table yet; the turn stores it in its own transaction (the
    # raw update, stored before it was acknowledged, is what makes it durable meanwhile).
    stored: bool = True


@dataclass(frozen=True)
class _Heard:
    """What a turn read before thinking: the customer and their conversations."""

    customer: Customer | None
    conversation: Conversation | None
    previous: Conversation | None


def _texts(burst: Sequence[IncomingMessage]) -> tuple[str, ...]:
    return tuple(m.text.strip() for m in burst if m.text and m.text.strip())


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
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.database = database
        self.parser = parser
        self.owners = owners
        self.desk = desk
        self.default_language = default_language
        self.clock = clock  # when a turn came: a minute after closing is no "welcome back"
        self.effects = TurnEffects(owners, desk)

    async def initialize(self) -> None:
        """Nothing to open of its own; the database and parser are separate services."""

    async def shutdown(self) -> None:
        """Nothing to close of its own."""

    # ---- intake -------------------------------------------------------------------
    async def store_inbound(self, message: IncomingMessage) -> int:
        """Store a customer's message durably (before any acknowledgement); its row id."""
        async with self.database.writing() as session:
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
    async def handle_burst(
        self,
        burst: Sequence[IncomingMessage],
        claim: Claim | None = None,
        take: Take | None = None,
    ) -> TurnReport:
        """Answer a burst of messages from one customer as one turn.

        Reads, NLU and the policy run outside any write transaction; what the turn decided
        is then written in one. Should a staff action or the scheduler have changed the
        conversation meanwhile (its version moved on), the turn is worked out again.
        ``claim`` (the sender's) takes the replies in that same transaction; with ``take``
        (SQLite) a reply it may take is inserted claimed.
        """
        if not burst:
            return TurnReport()
        for attempt in range(1, TURN_ATTEMPTS + 1):
            try:
                return await self._turn_once(burst, claim, take)
            except StaleDataError:
                if attempt == TURN_ATTEMPTS:
                    raise
                log.info("conversation changed during a turn; working it out again")
        raise AssertionError("unreachable")

    async def _turn_once(
        self, burst: Sequence[IncomingMessage], claim: Claim | None, take: Take | None
    ) -> TurnReport:
        async with self.database.scope() as session:
            if self.database.is_sqlite:
                # One process: its per-chat lock holds the chat; keep the writer free.
                marks = [time.perf_counter()]
                heard = await self._read(session, burst)
                if session.in_transaction():  # the read took a snapshot: end it (on a
                    await session.commit()  # SQLite file the autocommit reader takes none)
                marks.append(time.perf_counter())
                turn, language = await self._hear(burst, heard)
                marks.append(time.perf_counter())
                async with self.database.writing(session):
                    if claim is not None and take is not None:
                        session.info[TAKE] = take
                    try:
                        report = await self._write(session, burst, heard, turn, language)
                    finally:
                        session.info.pop(TAKE, None)
                    if claim is not None:  # no claim transaction of their own
                        await _claim(session, report, claim)
                if claim is None:
                    report.queued = queued(session)  # committed: the sender may take them now
                marks.append(time.perf_counter())
                _log_if_slow(marks, language, len(burst))
                return report
            # PostgreSQL may serve many processes: the chat is held (advisory lock) from the
            # first read to the commit, and updates another process answered are skipped.
            async with session.begin():
                await self.database.lock_chat(session, burst[-1].chat_id)
                burst = await self._unanswered(session, burst)
                if not burst:
                    return TurnReport()
                heard = await self._read(session, burst)
                turn, language = await self._hear(burst, heard)
                report = await self._write(session, burst, heard, turn, language)
                if claim is not None:  # rows first, then the shared pace's lock, as a pass
                    await _claim(session, report, claim)
            if claim is None:
                report.queued = queued(session)  # committed: this process's sender claims them
            return report

    async def _read(self, session: AsyncSession, burst: Sequence[IncomingMessage]) -> _Heard:
        """The customer and their conversation as they stand."""
        first = burst[-1]
        conversations = ConversationRepository(session)
        customer, conversation = await conversations.heard(first.channel, first.user_id)
        previous = None
        if customer is not None and conversation is None:
            previous = await conversations.latest(customer.id)
        return _Heard(customer, conversation, previous)

    async def _hear(self, burst: Sequence[IncomingMessage], heard: _Heard) -> tuple[Turn, Language]:
        """Language, NLU and the policy's input: no database involved."""
        texts = _texts(burst)
        language = self._language(burst, heard.customer, heard.conversation)
        if language != "en":  # "na hamin", "la bas hek": a short answer read in its script
            texts = tuple(in_script(text, language) or text for text in texts)
        understanding = await self._understand(texts, language)
        turn = self._turn(burst, texts, language, understanding)
        return replace(turn, sent_at=self.clock()), language

    async def _write(
        self,
        session: AsyncSession,
        burst: Sequence[IncomingMessage],
        heard: _Heard,
        turn: Turn,
        language: Language,
    ) -> TurnReport:
        """Everything the turn decided, in the caller's (one) write transaction."""
        first = burst[-1]
        customer, conversation = heard.customer, heard.conversation
        if customer is None:  # the read found none: created with one Core insert
            customer = await CustomerRepository(session).create(
                first.channel,
                first.user_id,
                chat_id=first.chat_id,
                display_name=first.display_name,
                deep_link=first.payload if first.kind == "start" else None,
            )
        else:
            CustomerRepository.touch(
                customer,
                chat_id=first.chat_id,
                display_name=first.display_name,
                deep_link=first.payload if first.kind == "start" else None,
            )
        unmarked = any(message.stored for message in burst)  # stored before the turn
        for message in burst:
            if not message.stored:  # stored by this turn, answered by it: marked at once
                row = await MessageRepository(session).add_inbound(
                    customer_id=customer.id,
                    kind=message.kind,
                    text=message.text,
                    file_id=message.file_id,
                    channel_message_id=message.message_id,
                    answered=True,
                )
                unmarked = unmarked or row.processed_at is None  # a row stored before
        if conversation is None:
            previous = heard.previous
            prior = ConversationState.from_dict(previous.state) if previous else None
            state = new_state(language, random.Random(customer.id).randrange(1 << 16), prior)
            conversations = ConversationRepository(session)
            conversation = await conversations.start(customer.id, language, state.to_stored())
        else:
            state = ConversationState.from_dict(conversation.state)
        report = await self.effects.apply(
            session, customer, conversation, state, turn, burst, unmarked=unmarked
        )
        # Only words are evidence of a language (a /start or a photo is not); an unchanged
        # language leaves the customer clean, so the commit has nothing to flush.
        if _texts(burst) and customer.language != language:
            await CustomerRepository(session).set_language(customer, language)
        report.language = language
        return report

    @staticmethod
    async def _unanswered(
        session: AsyncSession, burst: Sequence[IncomingMessage]
    ) -> list[IncomingMessage]:
        """The burst without updates another process has answered meanwhile."""
        ids = [m.update_id for m in burst if m.update_id is not None]
        answered = await InboundUpdateRepository(session).answered(ids) if ids else set()
        return [m for m in burst if m.update_id not in answered]

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
        customer: Customer | None,
        conversation: Conversation | None,
    ) -> Language:
        heard = conversation is not None and bool(conversation.state.get("heard"))
        previous = (conversation.language if heard and conversation else None) or (
            customer.language if customer else None
        )
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

    async def _replace_heard(
        self, session: AsyncSession, customer_id: int, old: str | None, new: str
    ) -> None:
        """An edited message replaces what the conversation heard (a turn of its own kind)."""
        if old:
            await self.effects.apply_edit(session, customer_id, EditTurn(old, new))


async def _claim(session: AsyncSession, report: TurnReport, claim: Claim) -> None:
    """The sender's claim of the turn's rows, before the turn commits."""
    rows = queued(session)
    if rows:  # else nothing for the sender to take: the window wakes a pass as ever
        report.claimed, report.look = await claim(session, rows)
        report.taken = True


def _log_if_slow(marks: list[float], language: str, messages: int) -> None:
    """Where a slow turn's time went: reading, NLU + policy input, the write (with policy)."""
    if marks[-1] - marks[0] < SLOW_TURN_SECONDS:
        return
    read, hear, write = (1000 * (b - a) for a, b in itertools.pairwise(marks))
    log.info(
        "slow turn (%s, %d message(s)): read %.1f ms, nlu %.1f ms, write %.1f ms",
        language,
        messages,
        read,
        hear,
        write,
    )
