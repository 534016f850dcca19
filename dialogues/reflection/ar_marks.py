"""Marks mended in an Arabic reply, after it is put together (round 27).

«… فى دهب بجد .الديكور يجنن»: a full stop typed with its space before it, glued to the
next word, was said back as «بجد .الديكور» in the bot's own sentence. Reading it as a
sentence end re-parted 51 reviews and lost complaints in some; mending only the reply
changes no clause chosen: «، » in the bot's words, «. » inside a quote.
"""

from __future__ import annotations

import re

_SPACED_DOT = re.compile(r"(?<=[\u0621-\u064a]) +\.(?=[\u0621-\u064a]{2})")
# «خطيرة الدجاج _ بجد خطيرة»، «الفاتورة_ ولكن»: an underscore set apart is a dash or comma
_UNDERSCORE = re.compile(r"(?<=[\u0621-\u064a])(?: *_+ +| +_+ *)(?=[\u0621-\u064a])")


def tidied(reply: str) -> str:
    """The reply with a full stop typed before its word put after it, a lone «_» a comma."""

    def mend(match: re.Match[str]) -> str:
        before = reply[: match.start()]
        quoted = before.count("«") > before.count("»")
        return ". " if quoted else "، "

    return _UNDERSCORE.sub("، ", _SPACED_DOT.sub(mend, reply))
