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
are checked against the staff list server-side like the card's. With no open request there
is nothing staff can open from a button yet (staff reach customers through requests), so
the message says where the words are kept. Nothing of the customer's words is logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.addresses import TEAM
from bot.handoffs import HandoffDesk
from bot.mydata_text import local_digits
from bot.owners import Owner
from bot.safe_text import isolate
from bot.staff_actions import ANSWER
from bot.staff_card import card_buttons, customer_name
from bot.staff_words import say
from storage.models import Customer, Handoff
from storage.repositories import HandoffRepository, OutboxRepository
from storage.repositories.outbox import STAFF
from storage.repositories.staff_messages import about

log = logging.getLogger(__name__)
WORDS_SHOWN = 1000  # of the customer's message; the outbox splits what is longer anyway


@dataclass(frozen=True)
class DeadLetter:
    """What staff are told about an update put aside (its words only to them)."""

    update_id: int
    chat_id: int
    name: str  # the customer's name on the channel, when no customer row has one
    language: str  # the customer's
    received_at: datetime
    words: str


async def hand_to_owner(
    session: AsyncSession, desk: HandoffDesk, letter: DeadLetter, customer: Customer | None
) -> bool:
    """Queue the one staff message about ``letter`` (in ``session``'s transaction)."""
    handoff = None
    if customer is not None:
        handoff = await HandoffRepository(session).open_for_customer(customer.id)
    owner = _owner(desk, handoff, letter.language)
    chat = desk.addresses.chat_of(owner.id)
    if chat is None:  # the owner has no chat we can reach: the team's, else no one
        chat = desk.addresses.chat_of(TEAM)
        language = desk.team_language
    else:
        language = owner.language
    if chat is None:
        log.warning("update %s put aside: no staff chat to tell", letter.update_id)
        return False
    extra = {"tag": f"#{handoff.id}", **about([handoff.id], ANSWER)} if handoff else None
    await OutboxRepository(session).enqueue(
        chat,
        notice_text(language, letter, customer, handoff),
        buttons=card_buttons(language, handoff.id) if handoff else None,
        extra=extra,
        audience=STAFF,
        about_customer_id=customer.id if customer is not None else None,
    )
    log.warning(
        "update %s put aside: owner %s told (request %s)",
        letter.update_id,
        owner.id,
        handoff.id if handoff else "none",
    )
    return True


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
    if customer is not None and customer.display_name:
        who = customer_name(language, customer)
    elif letter.name:
        who = isolate(letter.name)
    elif customer is not None:
        who = customer_name(language, customer)
    else:
        who = "—"
    when = local_digits(letter.received_at.strftime("%Y-%m-%d %H:%M"), language)
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
