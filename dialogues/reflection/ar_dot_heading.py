"""A one-word verdict set over a review by a full stop is not glued to its body (ar58).

«زفت. الغرفة كانت وسخة والموظف وقح», «ممتاز. الموظفين محترمين والمكان نظيف»: a lone word
before a full stop is joined to its neighbour (ar_edges.join_dotted_words: «قرمشه. الدجاج»),
so the heading ran on into the body in our voice: «زفت الغرفة كانت وسخة …». A word that
judges the place, opening the message over a telling of three words or more, is the review's
title: the body says what happened, and is what is said back and quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_OPENING = re.compile(r"^[ \t]*([^\W\d_]+)[ \t]*[.!]+[ \t]+(?=[^\W\d_])")
_BODY_WORDS = 3
# «لا.»، «للاسف.»، «شكرا.»: an answer, an adverb or a courtesy, never the place judged.
_NOT_A_TITLE = re.compile(r"^(?:و?لا|لل\S+|و?شكر\S*|مشكور\S*|السلام|مرحب\S*|[اأ]هلا)$")


def without_title(text: str, polarity: Callable[[str], tuple[int, int]]) -> str:
    """The message without a one-word verdict set over its body by a full stop."""
    found = _OPENING.match(text)
    if found is None:
        return text
    word, body = found.group(1), text[found.end() :]
    if _NOT_A_TITLE.match(word) or polarity(word) == (0, 0):
        return text
    first = re.split(r"[.!?؟\n]", body, maxsplit=1)[0]
    return body if len(first.split()) >= _BODY_WORDS else text
