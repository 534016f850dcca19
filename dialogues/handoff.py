"""What the customer is told when a person takes over, and how we speak of time."""

from __future__ import annotations

from dataclasses import dataclass

from dialogues.languages import TO_PERSIAN_DIGITS as _FA_DIGITS
from dialogues.state import ConversationState
from dialogues.voice import Voice

_FA_NUMBERS = {1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت"}
_AR_NUMBERS = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"}


@dataclass(frozen=True)
class OwnerView:
    """What a customer may know about the person who owns their request."""

    name: str
    title: str
    names: tuple[tuple[str, str], ...] = ()  # (language, name): said in the language now read


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


def format_back_at(days_ahead: int, clock: str, language: str) -> str:
    """When an owner is back, in words: "tomorrow at 09:00", «فردا ساعت ۰۹:۰۰»."""
    if language == "fa":
        day = {0: "امروز", 1: "فردا", 2: "پس‌فردا"}.get(
            days_ahead, f"{str(days_ahead).translate(_FA_DIGITS)} روز دیگر"
        )
        return f"{day} ساعت {clock.translate(_FA_DIGITS)}"
    if language == "ar":
        day = {0: "اليوم", 1: "غداً", 2: "بعد غد"}.get(days_ahead, f"بعد {days_ahead} أيام")
        return f"{day} الساعة {clock}"
    day = {0: "today", 1: "tomorrow"}.get(days_ahead, f"in {days_ahead} days")
    return f"{day} at {clock}"


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
    *,
    change: str | None = None,
) -> tuple[str, ConversationState]:
    """The promise to the customer: who owns this, their role, when to expect a reply.

    ``back_at`` is set when the owner is outside working hours (already in the customer's
    language), so the promise stays honest. ``change`` is "reassigned" or "escalated" when
    ownership moves: the customer is told who now owns it, and why.
    """
    new = state.copy()
    new.owner_name = owner.name
    new.owner_names = dict(owner.names)
    new.relay_acked = False  # a new owner's name is worth saying once more
    # The promise a later "still nothing" is measured against (none when away or moved on).
    new.promise_minutes = None if back_at or change else response_minutes
    voice = Voice(new)
    values = {
        "name": owner.name,
        "title": owner.title,
        "response_time": format_duration(response_minutes, new.language),
    }
    if change:
        key = f"handoff_{change}"
    elif back_at:
        key = "handoff_outside_hours"
        values["when"] = back_at
    else:
        key = "handoff_promise"
    return voice.say(key, **values), new
