"""The owner's reply in a language the customer does not read: the owner is told, once."""

from __future__ import annotations

from collections.abc import Sequence

from bot.staff_words import say, term
from nlu.language import detect_language
from storage.models import HandoffEvent


def reply_language(text: str, customer_language: str) -> str:
    """The language the owner's reply is written in (the customer's when it cannot tell)."""
    return detect_language(text, default=customer_language, previous=customer_language)


def language_note(
    staff_language: str, customer_language: str, written_in: str, events: Sequence[HandoffEvent]
) -> str:
    """ "They read Persian; your reply was sent as written": on the first such reply only.

    The reply is never machine-translated: the owner decides whether to write again.
    """
    if written_in == customer_language:
        return ""
    told = any(
        e.kind == "replied" and e.detail.get("language") not in (None, customer_language)
        for e in events
    )
    if told:
        return ""
    return say(
        staff_language, "reply_other_language", language=term(staff_language, customer_language)
    )
