"""Marks mended in an Arabic reply, after it is put together (round 27).

«… فى دهب بجد .الديكور يجنن»: a full stop typed with its space before it, glued to the
next word, was said back as «بجد .الديكور» in the bot's own sentence. Reading it as a
sentence end re-parted 51 reviews and lost complaints in some; mending only the reply
changes no clause chosen: «، » in the bot's words, «. » inside a quote.
"""

from __future__ import annotations

import re

_SPACED_DOT = re.compile(r"(?<=[\u0621-\u064a]) +\.(?=[\u0621-\u064a]{2})")
# «خطيرة الدجاج _ بجد خطيرة»، «الفاتورة_ ولكن»: an underscore set apart is a dash or comma;
# a pair around an aside («… _ ماشاء الله _ …») is a pair of commas, and one closing a piece
# before its stop («غير اجباري _.طبعا»، «… _،») is dropped (r27 gate: a half-handled «_» left).
_UNDERSCORE = re.compile(r"(?<=[\u0621-\u064a])(?: *_+ +| +_+ *)(?=[\u0621-\u064a])")
_BEFORE_DOT = re.compile(r"(?<=[\u0621-\u064a]) *_+ *(?=\.[\u0621-\u064a])")
_CLOSING = re.compile(r"(?<=[\u0621-\u064a]) *_+ *(?=[.،,!؟?»]|$)", re.MULTILINE)
_OPENING = re.compile(r"(^|[.،,!؟?«] ?)_+ *(?=[\u0621-\u064a])", re.MULTILINE)
# any «_» not held on both sides by a letter or digit («user_name» is a word of its own)
_SET_APART = re.compile(r"(?<![\w])_|_(?![\w])")


def _commas(reply: str) -> str:
    """The reply with every set-apart «_» a comma or dropped; untouched if one would stay."""
    done = _BEFORE_DOT.sub(" ", reply)
    done = _CLOSING.sub("", _UNDERSCORE.sub("، ", done))
    done = _OPENING.sub(r"\1", done)
    return reply if _SET_APART.search(done) else done


def tidied(reply: str) -> str:
    """The reply with a full stop typed before its word put after it, a lone «_» a comma."""
    reply = _commas(reply)

    def mend(match: re.Match[str]) -> str:
        before = reply[: match.start()]
        quoted = before.count("«") > before.count("»")
        return ". " if quoted else "، "

    return _SPACED_DOT.sub(mend, reply)
