"""After an owner resolves a handoff: did we meet the customer's need, and how well?"""

from __future__ import annotations

import re

from dialogues import cues, telling
from dialogues.languages import TO_ASCII_DIGITS as _DIGITS
from dialogues.outcome import Button, Reply
from dialogues.state import ConversationState
from dialogues.voice import Voice

FOLLOW_UP_YES = "fu:y"
FOLLOW_UP_NO = "fu:n"
RATE_PREFIX = "rate:"

# "partly", «تا حدی», «جزئياً» up front: part of the need was met, the rest still open.
_PARTLY = re.compile(
    r"^\W*(?:partly|partially|sort\s+of|kind\s+of|half|somewhat|not\s+fully|not\s+completely"
    r"|not\s+entirely|not\s+totally|not\s+all\s+of\s+it|not\s+quite"
    r"|تا\s*حدی|یه\s*جورایی|یک\s*جورایی|نصفه|نیمه|نه\s+(?:به\s+طور\s+)?کامل(?:اً|ا)?|کامل\s+نه"
    r"|جزئي[اً]*|نوع[اً]*\s+ما|نص\s+نص|(?:مش|مو|ليس|لا|مب)\s+(?:تمام[اً]*|كلي[اً]*|بالكامل|كامل[اً]*)"
    r"|مش\s+كل\s+شي[ءي]?)"
    r"(?:\W|$)",
    re.IGNORECASE,
)


# "now" after a contrast: «رسید ولی حالا فاکتورم اشتباهه» met the need, then told a new one.
_NOW = re.compile(
    r"(?:^|\W)(?:now|حالا|الان|الآن|الحين|هلأ|هلق|هسه|دلوقتي|حالي[اً]*)(?:\W|$)", re.IGNORECASE
)


def says_now(text: str) -> bool:
    """ "but now the invoice is wrong": the words mark something new, not the old need."""
    return bool(_NOW.search(text))


def partly(text: str) -> bool:
    """ "partly, it came but the box was crushed": met in part, so not yet met."""
    return bool(_PARTLY.search(text))


_TOPICS = ("delivery", "billing", "product", "service", "baggage", "app")
_RATING = re.compile(r"^\s*([1-5])\s*(/\s*5)?\s*[.!]?\s*$")


def ask_follow_up(
    state: ConversationState, owner_name: str, customer_name: str | None
) -> tuple[Reply, ConversationState]:
    """The follow-up question with Yes / Not yet buttons; the conversation waits for it."""
    new = state.copy()
    voice = Voice(new)
    topic = state.topic if state.topic in _TOPICS else "other"
    if topic != "other" and not telling.has(
        "\n".join(state.heard), cues.TOPIC[topic], state.language
    ):
        # A pizza NLU filed under "product" is no «درخواستتان درباره‌ی کالا»: the topic is
        # named only when the customer's own words name it; else "your request".
        topic = "other"
    request = voice.term(f"request_about_{topic}")  # "your delivery request": what was asked
    text = voice.say(
        "followup_question", name=owner_name, customer=customer_name or "", request=request
    )
    text = re.sub(r"\s+([،,])", r"\1", text).replace(" ,", ",")
    buttons = (
        Button(voice.term("button_yes"), FOLLOW_UP_YES),
        Button(voice.term("button_not_yet"), FOLLOW_UP_NO),
    )
    new.stage = "follow_up"
    new.owner_name = owner_name
    if owner_name not in new.owner_names.values():
        new.owner_names = {}  # another owner closed it: their name as given
    return Reply(text, buttons), new


def rating_buttons() -> tuple[Button, ...]:
    """1 to 5, as buttons."""
    return tuple(Button(str(n), f"{RATE_PREFIX}{n}") for n in range(1, 6))


def read_rating(text: str, payload: str | None) -> int | None:
    """A 1–5 rating from a button or typed digits (Persian and Arabic digits too)."""
    if payload and payload.startswith(RATE_PREFIX):
        value = payload.removeprefix(RATE_PREFIX)
        return int(value) if value.isdigit() and 1 <= int(value) <= 5 else None
    match = _RATING.match(text.translate(_DIGITS))
    return int(match.group(1)) if match else None
