"""Our question said back before the answer: «اي شي ثاني؟ لا بس …», "anything else? yes, …".

A customer who repeats a short question and answers it at once in the same breath («چیز
دیگه؟ نه، …») is echoing ours: the echo is no part of what they tell, and quoted back it
reads as if they had asked us ("you're asking “anything else?”"). It is left out of the turn.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dialogues import answers
from dialogues.text import WORD
from dialogues.turn import Turn

MAX_ECHO = 4  # words: an echo is our short question, not a question of their own
_LEADING_QUESTION = re.compile(r"^\s*(?P<q>[^?؟\n]+?)\s*[?؟]+[\s,،.!]*(?=\S)")


def without_echo(turn: Turn) -> Turn:
    """The turn with a leading echoed question left out of its first message."""
    if turn.kind != "text" or not turn.messages:
        return turn
    first = turn.messages[0]
    found = _LEADING_QUESTION.match(first)
    if found is None or len(WORD.findall(found.group("q"))) > MAX_ECHO:
        return turn
    after = first[found.end() :]
    if not answers.opens_with_yes_or_no(after):
        return turn  # "why? the app crashed": a question of their own, then the telling
    return replace(turn, messages=(after, *turn.messages[1:]))
