"""What the customer is told when a person takes over, and how we speak of time."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from dialogues.state import ConversationState
from dialogues.voice import Voice

_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_FA_NUMBERS = {1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت"}
_AR_NUMBERS = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"}


@dataclass(frozen=True)
class OwnerView:
    """What a customer may know about the person who owns their request."""

    name: str
    title: str


def format_duration(minutes: int, language: str) -> str:
    """A promise-sized duration in words: "2 hours", «دو ساعت», «ساعتين»."""
    if minutes % (24 * 60) == 0 and minutes >= 24 * 60:
        amount, unit = minutes // (24 * 60), "day"
    elif minutes % 60 == 0 and minutes >= 60:
        amount, unit = minutes // 60, "hour"
    else:
        amount, unit = minutes, "minute"
    if language == "fa":
        word = {"day": "روز", "hour": "ساعت", "minute": "دقیقه"}[unit]
        number = _FA_NUMBERS.get(amount, str(amount).translate(_FA_DIGITS))
        return f"{number} {word}"
    if language == "ar":
        return _arabic_duration(amount, unit)
    return f"{amount} {unit}" + ("" if amount == 1 else "s")


def _arabic_duration(amount: int, unit: str) -> str:
    # Arabic counts differ for one, two, three to ten, and eleven on.
    singular = {"day": "يوم", "hour": "ساعة", "minute": "دقيقة"}[unit]
    dual = {"day": "يومين", "hour": "ساعتين", "minute": "دقيقتين"}[unit]
    plural = {"day": "أيام", "hour": "ساعات", "minute": "دقائق"}[unit]
    if amount == 1:
        return singular
    if amount == 2:
        return dual
    if 3 <= amount <= 10:
        return f"{_AR_NUMBERS[amount]} {plural}"
    return f"{amount} {singular}"


def announce(
    state: ConversationState,
    owner: OwnerView,
    response_minutes: int,
    back_at: str | None = None,
) -> tuple[str, ConversationState]:
    """The promise to the customer: who owns this, their role, when to expect a reply.

    ``back_at`` is set when the owner is outside working hours (already in the customer's
    language, e.g. "tomorrow at 09:00"), so the promise stays honest.
    """
    new = copy.deepcopy(state)
    new.owner_name = owner.name
    voice = Voice(new)
    when = format_duration(response_minutes, new.language)
    if back_at:
        text = voice.say(
            "handoff_outside_hours",
            name=owner.name,
            title=owner.title,
            response_time=when,
            when=back_at,
        )
    else:
        text = voice.say("handoff_promise", name=owner.name, title=owner.title, response_time=when)
    return text, new
