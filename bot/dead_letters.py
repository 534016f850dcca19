"""A dead letter is handed to a person: its customer's owner hears of it once.

An update put aside after the re-pick's last attempt (``bot.telegram.repick``) was kept,
counted on /metrics and told to its customer, but no person learned of it unless they
read ``hamdel export dead-letters``: the customer was told their message is kept and then
nobody read it. Now, in the transaction that puts it aside, one staff message goes through
the outbox to the owner of the customer's open request (or, with none, the owner the
handoffs would pick for the topic "other" in the customer's language: the default owner
unless someone else on "other" speaks it). It says a message could not be processed
automatically, names the customer, their chat and the time, and carries their words, as a
request card does. With an open request it carries that card's buttons (claim, reply,
resolve, …), and a reply to it answers the customer like a reply to the card; the buttons
are checked against the staff list server-side like the card's. With no open request it
carries one button, "Answer them" (``d:r:<customer id>``): pressed by listed staff, it opens
a request with reason ``dead_letter``, claimed by whoever pressed it (so no reminder or
escalation clock runs: they are answering now), and asks for their reply, which reaches the
customer as any reply to a request does (``answer_request``). An update nobody could read
(or not a customer's message) has no chat or words to trust: the team chat, else the
default owner, hears only that one was put aside, its id and time. Nothing of the
customer's words is logged.

At most one notice a window per source (Round 24, ``storage.repositories.dead_letter_notices``):
the updates with no trustworthy chat are summed ("N put aside since the last notice", and how
to read them); one customer's burst is one notice (with their first words and button) that
counts the rest while unsent, then one summary of those put aside later, a window after it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.addresses import TEAM
from bot.buttons import stored
from bot.handoffs import HandoffDesk
from bot.mydata_text import local_digits
from bot.owners import Owner
from bot.safe_text import isolate
from bot.staff_actions import ANSWER
from bot.staff_card import card_buttons, customer_name
from bot.staff_words import say
from storage.errors import NotFoundError
from storage.models import Customer, Handoff, OutboxMessage
from storage.repositories import CustomerRepository, HandoffRepository, OutboxRepository
from storage.repositories.dead_letter_notices import (
    COUNT,
    TEAM_KEY,
    DeadLetterNoticeRepository,
    Summary,
    customer_key,
    rewrite_unsent,
)
from storage.repositories.outbox import STAFF
from storage.repositories.staff_messages import about

log = logging.getLogger(__name__)
WORDS_SHOWN = 1000  # of the customer's message; the outbox splits what is longer anyway
ANSWER_PREFIX = "d:r:"  # the no-request notice's button: d:r:<customer id>
REASON = "dead_letter"  # the reason of a request opened from that button
WINDOW = timedelta(minutes=10)  # at most one notice a window per source (the settings')


@dataclass(frozen=True)
class DeadLetter:
    """What staff are told about an update put aside (its words only to them)."""

    update_id: int
    chat_id: int | None  # None: unknown (the update could not be read)
    name: str  # the customer's name on the channel, when no customer row has one
    language: str  # the customer's
    received_at: datetime
    words: str


async def hand_to_owner(
    session: AsyncSession,
    desk: HandoffDesk,
    letter: DeadLetter,
    customer: Customer | None,
    *,
    now: datetime | None = None,
    window: timedelta = WINDOW,
) -> bool | None:
    """Count ``letter`` into its source's notice (in ``session``'s transaction). True when a
    notice was queued now, the first of its window; False when it was summed; None when no
    staff chat can be told."""
    handoff = None
    if customer is not None:
        handoff = await HandoffRepository(session).open_for_customer(customer.id)
    owner = _owner(desk, handoff, letter.language)
    place, chat = owner.id, desk.addresses.chat_of(owner.id)
    if letter.chat_id is None and desk.addresses.chat_of(TEAM) is not None:
        chat = None  # nobody's in particular: the general staff chat hears of it
    if chat is None:  # the owner has no chat we can reach: the team's, else no one
        place, chat = TEAM, desk.addresses.chat_of(TEAM)
        language = desk.team_language
    else:
        language = owner.language
    if chat is None:
        log.warning("update %s put aside: no staff chat to tell", letter.update_id)
        return None
    new = await _count_in(
        session, chat, language, letter, customer, handoff, now or datetime.now(UTC), window
    )
    # A summed one at INFO: a burst must not flood the log either (each is logged once
    # already, ``report_dead``).
    log.log(
        logging.WARNING if new else logging.INFO,
        "update %s put aside: %s %s (request %s)",
        letter.update_id,
        place,
        "told" if new else "to hear of it in a summed notice",
        handoff.id if handoff else "none",
    )
    return new


async def _count_in(
    session: AsyncSession,
    chat: int,
    language: str,
    letter: DeadLetter,
    customer: Customer | None,
    handoff: Handoff | None,
    now: datetime,
    window: timedelta,
) -> bool:
    """Count ``letter`` into its source's row: a notice now (True), or summed (False)."""
    outbox = OutboxRepository(session)
    unread = letter.chat_id is None

    async def queue(count: int) -> int:
        if unread:
            return (
                await outbox.enqueue(chat, _unread_text(language, letter, count), audience=STAFF)
            ).id
        return (await _enqueue(outbox, chat, language, letter, customer, handoff, count)).id

    async def rewrite(outbox_id: int, count: int) -> bool:
        if unread:
            return await rewrite_unsent(outbox, outbox_id, _unread_text(language, letter, count))
        first = await session.scalar(
            select(OutboxMessage.text).where(OutboxMessage.id == outbox_id)
        )
        if first is None:
            return False
        lines = first.split("\n")[: -1 if count > 2 else None]  # the last count line replaced
        more = say(language, "dead_letter_more", count=local_digits(str(count - 1), language))
        return await rewrite_unsent(outbox, outbox_id, "\n".join([*lines, more]))

    if unread:
        key = TEAM_KEY
        summary = _unread_text(language, letter, None)
    else:
        assert letter.chat_id is not None
        key = customer_key(letter.chat_id)
        summary = say(
            language,
            "dead_letter_more_of",
            count=COUNT,
            customer=_who(language, letter, customer),
            chat=letter.chat_id,
        )
    return await DeadLetterNoticeRepository(session).add(
        key,
        now,
        window,
        rewrite=rewrite,
        queue=queue,
        summary=Summary(chat, language, summary),
    )


def _unread_text(language: str, letter: DeadLetter, count: int | None) -> str:
    """The team's notice of ``count`` updates with no trustworthy chat (None: ``COUNT``)."""
    if count == 1:
        return notice_text(language, letter, None, None)
    when = local_digits(letter.received_at.strftime("%Y-%m-%d %H:%M"), language)
    shown = COUNT if count is None else local_digits(str(count), language)
    return say(language, "dead_letter_unread_sum", count=shown, update=letter.update_id, time=when)


async def _enqueue(
    outbox: OutboxRepository,
    chat: int,
    language: str,
    letter: DeadLetter,
    customer: Customer | None,
    handoff: Handoff | None,
    count: int,
) -> OutboxMessage:
    """Queue the notice of a customer's dead letter (and ``count - 1`` more before it)."""
    extra = {"tag": f"#{handoff.id}", **about([handoff.id], ANSWER)} if handoff else None
    if handoff is not None:
        buttons = card_buttons(language, handoff.id)
    elif customer is not None and customer.chat_id is not None and letter.chat_id is not None:
        answer = stored(say(language, "dead_letter_answer"), f"{ANSWER_PREFIX}{customer.id}")
        buttons = [[answer]]
    else:
        buttons = None
    text = notice_text(language, letter, customer, handoff)
    if count > 1:
        more = say(language, "dead_letter_more", count=local_digits(str(count - 1), language))
        text = f"{text}\n{more}"
    return await outbox.enqueue(
        chat,
        text,
        buttons=buttons,
        extra=extra,
        audience=STAFF,
        about_customer_id=customer.id if customer is not None else None,
    )


def _owner(desk: HandoffDesk, handoff: Handoff | None, language: str) -> Owner:
    """The open request's owner, else whom a new request on "other" would go to."""
    if handoff is not None:
        owner = desk.owners.get(handoff.owner_id) if handoff.owner_id else None
        return owner or desk.owners.route(handoff.topic, handoff.language)
    return desk.owners.route("other", language)


def notice_text(
    language: str, letter: DeadLetter, customer: Customer | None, handoff: Handoff | None
) -> str:
    """The staff message in ``language``: what happened, who, when, their words, what next."""
    when = local_digits(letter.received_at.strftime("%Y-%m-%d %H:%M"), language)
    if letter.chat_id is None:  # nothing about it can be trusted but its id and time
        return say(language, "dead_letter_unread", update=letter.update_id, time=when)
    who = _who(language, letter, customer)
    lines = [
        say(language, "dead_letter_head"),
        say(
            language,
            "dead_letter_customer",
            customer=who,
            chat=letter.chat_id,  # an identifier staff may copy: its ASCII digits
            time=when,
        ),
    ]
    if letter.words.strip():
        lines.append(say(language, "dead_letter_words"))
        lines.append(f"» {isolate(letter.words[:WORDS_SHOWN])}")
    if handoff is not None:
        lines.append(say(language, "dead_letter_request", id=handoff.id))
    else:
        lines.append(say(language, "dead_letter_no_request"))
    return "\n".join(lines)


def _who(language: str, letter: DeadLetter, customer: Customer | None) -> str:
    """The customer as staff know them: the stored name, else the channel's, else their id."""
    if customer is not None and customer.display_name:
        return customer_name(language, customer)
    if letter.name:
        return isolate(letter.name)
    if customer is not None:
        return customer_name(language, customer)
    return "—"


def answer_target(data: str) -> int | None:
    """The customer id in the no-request notice's button data, or None when it is not one."""
    if not data.startswith(ANSWER_PREFIX) or not data[len(ANSWER_PREFIX) :].isdigit():
        return None
    return int(data[len(ANSWER_PREFIX) :])


async def answer_request(desk: HandoffDesk, customer_id: int, owner_id: str | None) -> int:
    """The request through which ``owner_id`` answers the customer of a dead letter.

    Staff only (``StaffOnlyError``, checked here, server-side); ``NotFoundError`` when the
    customer is gone (``/forget``) or cannot be reached. The customer's open request when
    they have one by now (the caller still checks that this owner may act on it); else a
    new one, reason ``dead_letter``, topic "other", in the customer's language, claimed by
    this owner: they are answering now, so it carries no reminder or escalation time.
    """
    staff = desk.staff(owner_id)
    async with desk.database.writing() as session:
        customer = await CustomerRepository(session).get(customer_id)
        if customer is None or customer.chat_id is None:
            raise NotFoundError(f"customer {customer_id} cannot be reached")
        handoffs = HandoffRepository(session)
        handoff = await handoffs.open_for_customer(customer.id)
        if handoff is not None:
            return handoff.id
        now = datetime.now(UTC)
        handoff = await handoffs.create(
            customer_id=customer.id,
            reason=REASON,
            topic="other",
            language=customer.language or desk.team_language,
            owner_id=staff.id,
            claimed_at=now,
        )
        handoff.status = "claimed"
        await handoffs.add_event(
            handoff.id, actor=staff.id, kind="created", detail={"owner": staff.id, "reason": REASON}
        )
        log.info("request %s opened by %s to answer a dead letter", handoff.id, staff.id)
        return handoff.id
