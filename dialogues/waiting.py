"""After a handoff: a message that tells the wait itself has gone on too long.

"still nothing, it's been hours", «هنوز خبری نشد», «لسه ما حد رد»: news (the wait hurts),
not more detail for the owner, so it is answered in words (the owner, what happens next)
where any other later message gets only the receipt.
"""

from __future__ import annotations

import re

from dialogues import answers
from dialogues.handoff import format_duration
from dialogues.no_answer import not_an_answer
from dialogues.outcome import RelayToOwner
from dialogues.talk import Talk
from dialogues.text import fold

_STILL_WAITING = re.compile(
    "|".join(
        (
            # English: still nothing / still waiting / it's been hours / any update
            r"\bstill\s+(?:nothing|no\b|waiting|no\s+one|nobody|haven'?t|hasn'?t|not\b)",
            r"\b(?:it'?s|it\s+has)\s+been\s+(?:\w+\s+)?(?:hours?|days?|ages|forever|a\s+while)",
            r"\bany\s+(?:update|news|reply|answer)\b",
            r"\b(?:no\s+one|nobody)\s+(?:has\s+)?(?:replied|answered|called|got\s+back)",
            # Persian: still no news / nobody answered / it's been hours
            r"هنوز\s+(?:خبری|جوابی|کسی|هیچ|نه|منتظر)",
            r"کسی\s+(?:جواب|زنگ)\s*(?:نداد|نمیده|نمی‌ده)",
            r"چند\s+(?:ساعت|روز)\S*\s+(?:است|ه|گذشته)?\s*(?:منتظر|خبری)",
            r"خبری\s+نشد",
            # Arabic: still / nobody replied / it has been hours
            r"(?:لسه|لسا|للحين|لحد\s+الحين|ما\s+زلت|لا\s+زلت|ما\s+زال|لا\s+زال)\s+(?:ما|مافي|محد|ما\s+حد|بدون|انتظر|أنتظر|استنى|مستني|منتظر)",
            r"(?:ما\s+حد|محد|لم\s+يرد\s+أحد|ما\s+أحد)\s+(?:رد|يرد|رد\s+علي)",
            r"(?:أي|اي|في)\s+(?:جديد|تحديث|خبر)",
        )
    ),
    re.IGNORECASE,
)


# "when will you answer?", «کی جواب میدید؟», «متى بيردون؟»: a question about the wait, asked
# in words, is answered in words (who has it, and by when), never with the receipt alone.
_ASKS_WHEN = re.compile(
    "|".join(
        (
            r"\bwhen\s+(?:will|would|do|does|can|are|is|am)\b[^.?!]{0,40}\b(?:answer|reply|respond"
            r"|hear|get\s+back|call|contact|update|back\s+to\s+me)",
            r"\bhow\s+(?:long|much\s+longer)\s+(?:will|do|does|until|till|is|before)\b",
            r"(?<!\S)(?:کی|چه\s+زمانی|چه\s+موقع)\s+(?:\S+\s+)?(?:جواب|پاسخ|زنگ|تماس|خبر)",
            r"چقدر\s+(?:دیگه|دیگر)?\s*(?:طول|باید\s+منتظر)",
            r"(?<!\S)متى\s+(?:\S+\s+)?(?:يرد|ترد|الرد|يردون|تردون|يتواصل|تتواصل|يتصل|تتصل|يكلم"
            r"|رد|بيرد|بتردو|بيردو)",
            r"(?<!\S)(?:كم|قديش)\s+(?:باقي|لازم\s+انتظر|يحتاج|ياخذ|بياخذ)",
        )
    ),
    re.IGNORECASE,
)


# "thanks for the quick reply", «مرسی از پیگیریتون», «شكراً على المتابعة»: thanks that name what
# for, in a few words, are still only thanks: "you're welcome", not "passed that on".
_THANKS_FOR = re.compile(
    "|".join(
        (
            r"^(?:(?:ok|okay|great|cool|perfect|awesome)[,!.]?\s+)?(?:thanks|thank\s+you|thx|ty)"
            r"(?:\s+(?:so|very)\s+much)?\s+for\s+(?:the|your|all|this|that)\b(?:\s+[\w'-]+){1,4}",
            r"^(?:(?:باشه|اوکی|خب|خیلی)\s+)?(?:مرسی|ممنون|ممنونم|سپاس|متشکرم|دمتون\s+گرم)"
            r"\s+(?:از|بابت|برای)\s+\S+(?:\s+\S+){0,3}",
            r"^(?:(?:طيب|تمام|حسنا|حسناً|اوكي|زين)\s+)?(?:شكرا|شكراً|مشكور|مشكورين|يعطيكم\s+العافية)"
            r"(?:\s+(?:جزيلا|جزيلاً|لكم|لك))?\s+(?:على|ع|عال)\s+\S+(?:\s+\S+){0,3}",
        )
    ),
    re.IGNORECASE,
)
_NOT_ONLY_THANKS = re.compile(
    r"[?؟]|\b(?:but|when|why)\b|(?<!\S)(?:ولی|اما|بس|لكن|ولكن|کی|متى)(?!\S)"
)


def thanks_for_it(text: str) -> bool:
    """Thanks that name what for ("thanks for the update"), and nothing else said."""
    said = text.strip(" .!😊🙏❤️🌹")
    found = _THANKS_FOR.match(said)
    return found is not None and found.end() == len(said) and not _NOT_ONLY_THANKS.search(said)


def asks_when(text: str) -> bool:
    """Whether a message after the handoff asks when the answer will come."""
    return bool(_ASKS_WHEN.search(text) or _ASKS_WHEN.search(fold(text)))


_LATIN = re.compile(r"[A-Za-z]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def still_waiting(text: str) -> bool:
    """Whether a message after the handoff says the wait has gone on with no news."""
    return bool(_STILL_WAITING.search(fold(text)) or _STILL_WAITING.search(text))


def owner_in(names: dict[str, str], language: str, fallback: str) -> str:
    """The owner's name as a reader of ``language`` writes it (the handoff's own if unknown).

    A name in Latin letters inside a Persian or Arabic sentence is isolated (FSI … PDI), so
    «هذا يساعد Reza Karimi والفريق» is not reordered around it on screen.
    """
    name = names.get(language) or fallback
    if language in ("fa", "ar") and _LATIN.search(name) and not _ARABIC_SCRIPT.search(name):
        return f"\u2068{name}\u2069"
    return name


_NO_WORDS = frozenset(fold(w) for w in ("no", "nope", "nah", "نه", "نخیر", "لا", "لأ", "كلا"))
_HEAD = re.compile(r"\s*(\w+)[\s,.!،؛…\-–—]+(\S.*)", re.DOTALL)


def no_thanks(text: str) -> bool:
    """ "no thanks", «نه مرسی», «لا شكرا»: a no, then only thanks; a polite closing."""
    found = _HEAD.fullmatch(text)
    if found is None:
        return False
    return fold(found[1]) in _NO_WORDS and answers.only_thanks(found[2])


class Relaying(Talk):
    """After the handoff: what the customer adds reaches the owner, briefly acknowledged."""

    def relay(self) -> None:
        """A human owns the conversation: pass the customer's words on, briefly acknowledged.

        Said in words once per owner; after that a receipt (the outcome's nod) says it: a
        person does not say "passed it on" again at every message.
        """
        self.state.heard.extend(self.turn.messages)
        self.effects.append(RelayToOwner(self.turn.text))
        replied, self.state.owner_replied = self.state.owner_replied, False
        if not self.state.owner_name:
            return
        name = self.owner()
        waiting = still_waiting(self.turn.text) or asks_when(self.turn.text)
        if waiting and self.overdue():
            # Past the promised time: own it once (sorry, and what happens now), never excuse it.
            self.say("relay_overdue", name=name, promise=self.promised())
            self.state.promise_minutes = None
            self.state.relay_acked = True
        elif still_waiting(self.turn.text) and self.voice.can_say("relay_still_waiting"):
            # "still nothing, it's been hours" is news, not detail: words, each line once.
            self.say("relay_still_waiting", name=name)
            self.state.relay_acked = True
        elif asks_when(self.turn.text) and not replied and self.voice.can_say("relay_when"):
            self.answer_when(name)
        elif asks_when(self.turn.text) and self.voice.can_say("relay_still_waiting"):
            self.say("relay_still_waiting", name=name)  # asked again: the wait itself is the news
        elif not_an_answer(self.turn.text):
            # "that's not an answer" to the owner's reply: sorry first, never a bare receipt.
            self.say("relay_not_answered", name=name)
        elif not replied and no_thanks(self.turn.text) and self.voice.can_say("relay_no_thanks"):
            # «لا شكرا» declines, it thanks nobody: no «العفو», a short "write any time".
            # (After the owner's reply it may thank her for it: welcomed, below.)
            self.say("relay_no_thanks", name=name)
        elif answers.only_thanks(self.turn.text) or thanks_for_it(self.turn.text):
            self.say("welcome_thanks")  # thanks is no detail to pass on: "you're welcome"
        elif replied:
            # "will it come before 10?" after the owner wrote: their answer reaches the owner.
            self.say("relay_after_reply", name=name)
        elif not self.state.relay_acked and self.first_telling():
            # Handed over at "a person, please" with nothing told yet: this is the story.
            self.say("relay_first_telling", name=name)
            self.state.relay_acked = True
        elif not self.state.relay_acked:
            self.say("relay_ack", name=name)
            self.state.relay_acked = True

    def first_telling(self) -> bool:
        """Whether this is what happened, told after a handoff asked for before any telling."""
        told_before = self.state.reflection is not None or self.state.earlier_reflection
        understood = self.turn.understanding
        complains = understood.intent == "complaint" or understood.sentiment == "negative"
        return self.state.wants_person and not told_before and complains and not understood.order_id

    def answer_when(self, name: str) -> None:
        """Who has it and by when: what is left of the promised wait, or no time if none."""
        left = self.time_left()
        if left is None:
            self.say("relay_when_open", name=name)
        else:
            self.say("relay_when", name=name, left=format_duration(left, self.language))
        self.state.relay_acked = True

    def time_left(self) -> int | None:
        """Minutes left of the promised wait, rounded up to a whole hour past the first."""
        start, now, minutes = self.state.handed_at, self.turn.sent_at, self.state.promise_minutes
        if minutes is None:
            return None
        if start is None or now is None:
            return minutes
        left = max(1, minutes - int((now - start) // 60))
        return -(-left // 60) * 60 if left > 60 else -(-left // 10) * 10

    def overdue(self) -> bool:
        """Whether this message came after the reply we promised should have."""
        start, now, minutes = self.state.handed_at, self.turn.sent_at, self.state.promise_minutes
        return None not in (start, now, minutes) and now - start > minutes * 60  # type: ignore[operator]

    def promised(self) -> str:
        """The promised wait in words, as the handoff said it ("2 hours", «دو ساعت»)."""
        return format_duration(self.state.promise_minutes or 0, self.language)

    def owner(self) -> str:
        """The owner's name in the customer's language now (they may have switched)."""
        return owner_in(self.state.owner_names, self.language, self.state.owner_name or "")
