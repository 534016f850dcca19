"""A Persian thanks that tells what was done: a telling, not a courtesy to leave out.

«ممنون از عزیزان این رستوران دیشب برای ما … یه آفر هم فرستادن که خیلی دلچسب بود»: the
piece opens on a thanks, so it was left out as one, and the reflection kept only the closing
«خسته نباشید» formula (judged wrong: the praise was not heard). A thanks of many words that
goes on to a finite verb of its own tells what the place did: where all else said is a formula
of goodwill («خسته نباشید»), it is said back.
"""

from __future__ import annotations

import re

from dialogues.reflection.units import Unit
from dialogues.text import fold

# «بهشون خسته نباشید و خداقوت میگم»: a formula of goodwill, nothing told.
FORMULA = re.compile(r"خسته نباشید|خسته نباشی|خدا ?قوت|دست\S* (?:و دست\S* )?درد نکن")
_OPENS = re.compile(r"^(?:با ?)?(?:ممنون|مرسی|سپاس|تشکر)\S*\s+از\s")
_LEAST = 12  # words at least: «ممنون از پیک خوش اخلاقتون» is a thanks, however it ends
# «… مرسی اسنپ فود»، «… مرسی باروژ جان»: a thanks (and its vocative) closing the message; two
# thanked joined by «و» («… ممنون پرپروک و اسنپفود») are both whom it is said to, never left.
_NAME = r"(?:اسنپ ?فود|[^\s،,.!؟?]+)"
THANKS_END = re.compile(
    r"\s+(?:مرسی|ممنون|ممنونم|متشکرم)\s+(?:از\s+)?"
    rf"(?:{_NAME}\s+و\s+)?"
    r"(?:اسنپ ?فود|(?:[^\s،,.!؟?]+\s+){1,2}(?:جان|جون|عزیز)|[^\s،,.!؟?]+)"
    r"(?:\s+[0-9۰-۹]{1,2}\s?ساله)?[\s.!]*$"  # «… ممنون مهدیس ۱۱ساله»: a name and age signed
)
_DONE = re.compile(r"(?<!\S)(?:\S+(?:ادن|ادند|ستادن|ستادند|ردن|ردند)|بود|بودن|بودند)(?!\S)")


def tells(piece: str) -> bool:
    """Whether a piece opening on «ممنون از …» goes on to tell, with its own verb, what was
    done («… یه آفر هم فرستادن که خیلی دلچسب بود»)."""
    text = piece.strip(" .!,،")
    if not _OPENS.match(text) or len(text.split()) < _LEAST:
        return False
    return bool(_DONE.search(fold(" ".join(text.split()[4:]))))


def with_telling(units: list[Unit], kept: list[Unit]) -> list[Unit]:
    """``kept`` with the thanks that tells what was done, left out as a courtesy."""
    telling = [u for u in units if u not in kept and tells(u.text.lstrip("\x00"))]
    if not telling:
        return kept
    said = [
        Unit(u.text.lstrip("\x00"), u.position, u.question, u.sentence, u.glue) for u in telling
    ]
    return sorted([*said, *kept], key=lambda u: u.position)


# «:)», «:-(», «:D»: a face typed in Latin marks, closing a praise before or after its thanks.
_FACE = re.compile(r"\s*[:;=]-?[()DPp]+(?=\s|$)")


def without_closing_thanks(praise: str) -> str:
    """A praise without the thanks closing it, and whom it thanks when that is a name or
    Snappfood («خیلی عالی ممنون از اسنپ» → «خیلی عالی»); the praise whole when that is all."""
    text = _FACE.sub("", praise).replace("\u200c ", " ").strip()  # «اسنپ‌ فود»: a stray ZWNJ
    cut = THANKS_END.search(text)
    rest = text[: cut.start()].strip(" ،,.!") if cut else text
    return rest if len(rest.split()) > 1 else praise
