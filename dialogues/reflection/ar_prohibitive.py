"""An Arabic "I don't …" said back with its subject, so it never reads as a command.

«لا أنصح به» shifted word by word is «لا تنصح به», which opening a clause reads "don't
recommend it!": the bot ordering the customer. Said back as «أنت لا تنصح به» it is their
verdict; «لا اكرر التجربه» (the dialect's "I won't repeat it") becomes «لن تكرر التجربه».
"""

from __future__ import annotations

import re

from dialogues.text import fold

# «لا اكرر/ارجع/اعود/ازور …» opening a verdict is the dialect's "I won't …": «لن تكرر».
_COMING_BACK = re.compile(fold(r"^[اأ](?:كرر|رجع|عود|زور|روح)(?:ه|ها|هم|له|لها|لهم)?$"))


def with_subject(said: list[str], shifted: str) -> str:
    """«لا أنصح به» → «أنت لا تنصح به»: a bare «لا تنصح» opening a clause reads "don't!"."""
    opening = len(said) > 1 and fold(said[0]) == "لا" and said[1][:1] in ("ا", "أ")
    if opening and shifted.split()[1][:1] == "ت":
        if _COMING_BACK.match(fold(said[1])):  # «لا اكرر التجربه»: "I won't", never a habit
            return "لن " + shifted.split(" ", 1)[1]
        return "أنت " + shifted
    return shifted
