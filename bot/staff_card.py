"""A request card as one staff chat reads it: its text and buttons in that chat's language."""

from __future__ import annotations

from collections.abc import Sequence

from bot.mydata_text import local_digits
from bot.owners import Owner
from bot.safe_text import isolate
from bot.staff_actions import CLAIM, NOTE, REASSIGN, REPLY, RESOLVE, button
from bot.staff_words import say, term
from dialogues.replies import only_a_reply
from storage.models import Customer, Handoff, Message

# Card headings (staff catalog keys): why this card reaches this owner.
NEW, REASSIGNED, ESCALATED = "heading_new", "heading_reassigned", "heading_escalated"


def card_text(
    language: str,
    handoff: Handoff,
    owner: Owner,
    heading: str,
    customer: Customer,
    said: Sequence[Message],
) -> str:
    """The card: who, what we heard, the job, the customer's last words."""
    lines = [
        say(
            language,
            "card_head",
            id=handoff.id,
            heading=say(language, heading),
            owner=owner.name_in(language),
        ),
        say(
            language,
            "card_customer",
            customer=customer_name(language, customer),
            language=term(language, handoff.language),
            topic=term(language, handoff.topic),
            sentiment=term(language, handoff.sentiment),
            reason=term(language, handoff.reason),
        ),
    ]
    if handoff.reflection:
        lines.append(say(language, "card_heard", reflection=isolate(handoff.reflection)))
    if handoff.statement:
        lines.append(say(language, "card_job", statement=isolate(handoff.statement)))
    # "yes", «بپرسید», «لا» answered our prompts: the owner wants what the customer told.
    told = [m for m in said if not only_a_reply(m.text or "")]
    if told:
        lines.append(say(language, "card_last"))
        lines.extend(f"» {isolate(m.text or '')}" for m in told[-6:])
    lines.append(say(language, "card_footer"))
    return "\n".join(lines)


def card_buttons(language: str, handoff_id: int) -> list[list[dict[str, str]]]:
    """Claim, Reply / Resolve, Reassign, Note, labelled in ``language``."""
    return [
        [
            button(say(language, "button_claim"), CLAIM, handoff_id),
            button(say(language, "button_reply"), REPLY, handoff_id),
        ],
        [
            button(say(language, "button_resolve"), RESOLVE, handoff_id),
            button(say(language, "button_reassign"), REASSIGN, handoff_id),
            button(say(language, "button_note"), NOTE, handoff_id),
        ],
    ]


def customer_name(language: str, customer: Customer) -> str:
    """The customer's name isolated for a staff card, or their number."""
    if customer.display_name:
        return isolate(customer.display_name)
    return say(language, "customer_number", id=local_digits(str(customer.id), language))
