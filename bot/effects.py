"""What a turn's outcome does: records, handoffs, relays to owners and outbox rows.

The one place where the policy is asked (:func:`dialogues.policy.respond`) and its
outcome applied, for every kind of turn: a customer's burst (:meth:`TurnEffects.apply`),
a staff action or a clock event on a request (:meth:`TurnEffects.apply_event`). Runs
inside the caller's one write transaction; never commits.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from bot import metrics
from bot.buttons import stored
from bot.owners import Owner, OwnersDirectory
from bot.reach import tell_owner
from bot.safe_text import isolate
from bot.staff_actions import ANSWER, CLAIM, REPLY, RESOLVE, button
from bot.staff_card import NEW
from bot.staff_words import say
from bot.text import split_text
from dialogues.events import ClockTurn, EditTurn, StaffTurn
from dialogues.handoff import announce, format_back_at
from dialogues.outcome import (
    FollowUpAnswered,
    LogFeedback,
    LogJob,
    OpenHandoff,
    Rated,
    RelayToOwner,
    RemindOwner,
    Reopened,
    Reply,
    SendCard,
    TellOwner,
)
from dialogues.policy import respond
from dialogues.state import ConversationState
from dialogues.turn import Turn
from storage.models import Conversation, Customer, Handoff, OutboxMessage
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

if TYPE_CHECKING:
    from bot.handoffs import HandoffDesk
    from bot.service import IncomingMessage

log = logging.getLogger(__name__)

ATTACHMENT_KINDS = ("photo", "voice", "video", "document", "sticker", "location")


@dataclass
class TurnReport:
    """What a handled turn produced, for channels that show more than the replies."""

    replies: list[Reply] = field(default_factory=list)
    handoffs: list[Handoff] = field(default_factory=list)
    relayed: list[tuple[str, str]] = field(default_factory=list)  # (owner name, text)
    stage: str = ""
    language: str = ""
    queued: list[OutboxMessage] = field(default_factory=list)  # rows to hand to the sender
    # Runs the sender claimed in the turn's own transaction, to start once it
    # committed, and whether a pass must look at the turn's other rows.
    claimed: list[list[OutboxMessage]] = field(default_factory=list)
    look: bool = False
    taken: bool = False  # the sender saw the turn's rows there: nothing else to hand over


class TurnEffects:
    """Asks the policy about one turn and applies its outcome."""

    def __init__(self, owners: OwnersDirectory, desk: HandoffDesk) -> None:
        self.owners = owners
        self.desk = desk

    async def apply(
        self,
        session: AsyncSession,
        customer: Customer,
        conversation: Conversation,
        state: ConversationState,
        turn: Turn,
        burst: Sequence[IncomingMessage],
        *,
        unmarked: bool = True,
    ) -> TurnReport:
        """The policy's answer, its effects, the replies and the saved state (one write).
        ``unmarked``: inbound messages stored before the turn may wait to be marked answered
        (False: the turn stored the burst itself, already marked)."""
        report = TurnReport()
        outcome = respond(state, turn)
        state = outcome.state
        replies = list(outcome.replies)
        for effect in outcome.effects:
            match effect:
                case LogJob(job=job):
                    await JobRepository(session).add(customer.id, conversation.id, job)
                case LogFeedback():
                    await FeedbackRepository(session).add(
                        customer_id=customer.id,
                        conversation_id=conversation.id,
                        kind=effect.kind,
                        quote=effect.quote,
                        topic=effect.topic,
                        language=effect.language,
                    )
                case OpenHandoff():
                    state = await self._hand_off(
                        session, customer, conversation, effect, state, replies, report
                    )
                case RelayToOwner(text=text):
                    relayed = await self._relay(session, customer, text, burst)
                    if relayed:
                        report.relayed.append(relayed)
                case FollowUpAnswered(met=met):
                    await self.desk.follow_up_answered(session, customer, met)
                case Reopened(why=why):
                    await self._reopened(session, customer, why)
                case Rated(score=score):
                    await self.desk.rated(session, customer, score)
        await self._send(session, customer, replies, receipt_of=_receipt_target(burst))
        status = "closed" if state.stage == "closed" else "open"
        await ConversationRepository(session).save(
            conversation, state.to_stored(), state.stage, status
        )
        # A message the turn stored itself was marked by its insert; one stored before
        # (an edit, the console) is marked here, with every other unanswered one.
        if unmarked:
            await MessageRepository(session).mark_processed_for(customer.id)
        await InboundUpdateRepository(session).mark_processed(
            [m.update_id for m in burst if m.update_id is not None]
        )
        report.replies = replies
        report.stage = state.stage
        return report

    async def apply_event(
        self, session: AsyncSession, handoff: Handoff, turn: StaffTurn | ClockTurn
    ) -> None:
        """A staff action or clock event on ``handoff``: the policy's outcome, applied."""
        customer = await CustomerRepository(session).get(handoff.customer_id)
        reachable = customer is not None and customer.chat_id is not None
        conversations = ConversationRepository(session)
        conversation = await conversations.current(handoff.customer_id) if reachable else None
        if conversation is not None:
            state = ConversationState.from_dict(conversation.state)
        else:  # no conversation in progress: nothing to tell the customer but an answer
            state = ConversationState(language=handoff.language, stage="closed")
        outcome = respond(state, turn)
        for effect in outcome.effects:
            match effect:
                case TellOwner():
                    await tell_owner(session, self.owners, self.desk.addresses, handoff, effect)
                case SendCard(heading=heading, to=to):
                    owner = self.owners.get(to)
                    if owner is not None:
                        await self.desk.send_card(session, handoff, owner, f"heading_{heading}")
                case RemindOwner(to=to):
                    await self._remind(session, handoff, to)
        if customer is not None:
            await self._send(session, customer, list(outcome.replies))
        new = outcome.state.to_stored()
        # An unchanged state keeps its version, so a customer turn in flight is not redone.
        if conversation is not None and new != state.to_stored():
            await conversations.save(conversation, new, outcome.state.stage, conversation.status)

    async def apply_edit(self, session: AsyncSession, customer_id: int, turn: EditTurn) -> None:
        """A message the customer edited: the conversation's record of it, corrected."""
        conversations = ConversationRepository(session)
        conversation = await conversations.current(customer_id)
        if conversation is None:
            return
        state = ConversationState.from_dict(conversation.state)
        outcome = respond(state, turn)
        new = outcome.state.to_stored()
        if new != state.to_stored():
            await conversations.save(conversation, new, outcome.state.stage, conversation.status)

    async def _remind(self, session: AsyncSession, handoff: Handoff, owner_id: str) -> None:
        owner = self.owners.get(owner_id)
        chat = self.desk.addresses.chat_of(owner_id)
        if owner is None or chat is None:
            return
        language = owner.language
        await OutboxRepository(session).enqueue(
            chat,
            say(language, "reminder", id=handoff.id),
            buttons=[[button(say(language, "button_claim"), CLAIM, handoff.id)]],
            extra={"tag": f"#{handoff.id}", **about([handoff.id], ANSWER)},
            audience=STAFF,
            about_customer_id=handoff.customer_id,
        )

    async def _reopened(self, session: AsyncSession, customer: Customer, why: str) -> None:
        """The customer's request is its owner's again: they are told, with what to do next."""
        handoff = await HandoffRepository(session).latest_for_customer(customer.id)
        owner = self.owners.get(handoff.owner_id or "") if handoff is not None else None
        chat = self.desk.addresses.chat_of(owner.id) if owner is not None else None
        if handoff is None or owner is None or chat is None:
            return
        language = owner.language
        await OutboxRepository(session).enqueue(
            chat,
            say(language, "reopened", id=handoff.id) + (f"\n» {isolate(why)}" if why else ""),
            buttons=[
                [
                    button(say(language, "button_reply"), REPLY, handoff.id),
                    button(say(language, "button_resolve"), RESOLVE, handoff.id),
                ]
            ],
            extra={"tag": f"#{handoff.id}", **about([handoff.id], ANSWER)},
            audience=STAFF,
            about_customer_id=customer.id,
        )

    async def _hand_off(
        self,
        session: AsyncSession,
        customer: Customer,
        conversation: Conversation,
        effect: OpenHandoff,
        state: ConversationState,
        replies: list[Reply],
        report: TurnReport,
    ) -> ConversationState:
        """Open the handoff; its promise (owner, title, time) joins the last reply."""
        handoff, promise, state = await self._open_handoff(
            session, customer, conversation, effect, state
        )
        report.handoffs.append(handoff)
        if replies and replies[-1].kind == "receipt":
            replies.pop()  # the promise is the answer: words, not a nod
        if promise and replies:  # one message: the thanks, then who owns it
            last = replies[-1]
            replies[-1] = Reply(f"{last.text} {promise}", last.buttons)
        elif promise:
            replies.append(Reply(promise))
        return state

    async def _send(
        self,
        session: AsyncSession,
        customer: Customer,
        replies: list[Reply],
        receipt_of: int | None = None,
    ) -> None:
        outbox = OutboxRepository(session)
        messages = MessageRepository(session)
        if customer.chat_id is None:
            return
        for reply in replies:
            if reply.kind == "receipt":
                # A request to the channel like any other, so it waits its turn in the
                # chat's queue; the channel decides how a receipt looks (not a message).
                if receipt_of is not None:
                    await outbox.enqueue(
                        customer.chat_id,
                        None,
                        customer_id=customer.id,
                        kind="reaction",
                        extra={"message_id": receipt_of},
                    )
                continue
            row = [stored(b.label, b.data) for b in reply.buttons]
            parts = split_text(reply.text)
            for number, part in enumerate(parts, start=1):
                # Buttons ride on the last part, where the question is.
                buttons = [row] if row and number == len(parts) else None
                await outbox.enqueue(
                    customer.chat_id, part, customer_id=customer.id, buttons=buttons
                )
            await messages.add_outbound(customer_id=customer.id, text=reply.text, kind=reply.kind)

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
            owner.view_in(effect.language),
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
        handoffs = HandoffRepository(session)
        handoff = await handoffs.open_for_customer(customer.id)
        if handoff is None:
            # Resolved, the follow-up not yet answered: the customer was told their words
            # reach its owner ("added to what Reza has"), so they do.
            latest = await handoffs.latest_for_customer(customer.id)
            if latest is not None and latest.status == "resolved" and latest.need_met is None:
                handoff = latest
        if handoff is None or handoff.owner_id is None:
            return None
        owner = self.owners.get(handoff.owner_id)
        if owner is None:
            return None
        await HandoffRepository(session).add_event(
            handoff.id, actor=f"customer:{customer.id}", kind="customer_message"
        )
        chat = self.desk.addresses.chat_of(owner.id)
        if chat is not None:
            outbox = OutboxRepository(session)
            # The request's number names an unnamed customer: "#2 #2:" would read as a stutter.
            name = f" {isolate(customer.display_name)}" if customer.display_name else ""
            if text.strip() and not text.startswith("["):
                await outbox.enqueue(
                    chat,
                    f"#{handoff.id}{name}: {isolate(text)}",
                    extra={"tag": f"#{handoff.id}", **about([handoff.id], ANSWER)},
                    audience=STAFF,
                    about_customer_id=customer.id,
                )
            for message in burst:
                if message.kind in ATTACHMENT_KINDS and message.message_id is not None:
                    await outbox.enqueue(
                        chat,
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


def _receipt_target(burst: Sequence[IncomingMessage]) -> int | None:
    """The channel id of the burst's last message the customer wrote or sent (not a button)."""
    ids = [m.message_id for m in burst if m.message_id is not None and m.kind != "button"]
    return ids[-1] if ids else None
