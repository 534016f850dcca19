"""A bare call for help before the telling: "can you help me?", «ممكن تساعدني؟», «میشه کمکم کنید؟».

It opens a message the way a greeting does; what the customer needs help with follows. Said
back ("you're asking “can you help me?”, and your order …", «سؤالك: «ممكن تساعدني؟»، …») it
reads as a question put to the listener and left unanswered. Left out when more is told; a
message that is only the call is left as it was (the listener asks what happened).
"""

from __future__ import annotations

import re

from dialogues.reflection.units import Unit

_END = r"[\s?!.؟،,]*$"
CALL_FOR_HELP = {
    "en": re.compile(
        r"^(?:(?:hi|hello|hey)[,!\s]+)?(?:please[,\s]+|pls[,\s]+|plz[,\s]+)?"
        r"(?:(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody)(?: please| pls)?"
        r" help(?: me| us)?(?: out)?|(?:please |pls |plz )?help(?: me| us)?(?: out)?"
        r"|i need (?:some |your )?help|need help)(?: please| pls| plz)?" + _END,
        re.IGNORECASE,
    ),
    "fa": re.compile(
        r"^(?:سلام[،,\s]+)?(?:لطفا |لطفاً |خواهشا |خواهشاً )?"
        r"(?:(?:می ?شه|می‌شه|میشه|می‌شود|میشود|ممکنه|امکانش هست) )?"
        r"(?:کمک(?:م|مون|مان)? کنید|کمکم کن|راهنمایی(?:م)? کنید|راهنماییم کنید|راهنمایی کنین)"
        r"(?: لطفا| لطفاً| خواهشا)?" + _END
    ),
    "ar": re.compile(
        r"^(?:(?:السلام عليكم|مرحبا|مرحباً|هلا)[،,\s]+)?"
        r"(?:(?:لو سمحت|من فضلك|رجاء|رجاءً)[،,\s]+)?"
        r"(?:(?:ممكن|هل يمكن(?:ك|كم)?|هل ممكن)(?: (?:حد|احد|أحد|حدا))? )?"
        r"(?:تساعدني|تساعدوني|تساعدونا|يساعدني|تساعدني فيه|مساعد[ةه]|ال?مساعد[ةه]"
        r"|مساعدتك|مساعدتكم)"
        r"(?:[،,\s]+(?:لو سمحت|من فضلك|الله يخليك|رجاء))?" + _END
    ),
}


def calls_for_help(text: str, language: str) -> bool:
    """True when ``text`` is only a call for help, nothing of what happened."""
    return bool(CALL_FOR_HELP[language].match(text.strip().lstrip("\x00")))


def without_calls(units: list[Unit], language: str) -> list[Unit]:
    """``units`` without the bare calls for help, unless they are all there is.

    English says a call it can shift as the customer's request ("Help!" → "you'd like us to
    help"), faithful and natural: only the call quoted as a question goes (``unasked``).
    """
    if language == "en":
        return units
    told = [u for u in units if not calls_for_help(u.text, language)]
    return told if told else units


def unasked(units: list[Unit], pieces: list[str], language: str) -> tuple[list[Unit], list[str]]:
    """English pieces without a call for help quoted as asked ("you're asking “Can you help?”")."""
    if language != "en" or len(pieces) < 2:
        return units, pieces
    kept = [
        (u, p)
        for u, p in zip(units, pieces, strict=True)
        if not (p.startswith("you're asking “") and calls_for_help(u.text, language))
    ]
    if not kept or len(kept) == len(pieces):
        return units, pieces
    return [u for u, _ in kept], [p for _, p in kept]
