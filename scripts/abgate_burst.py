"""Burst rows for scripts/abgate.py: a held-out message of 2–5 sentences sent as a burst.

Real customers often send one sentence a message. A rule that reads a burst (an apology line
for a let-down added in a later message, say) never shows in a one-message gate; here each
sentence is one message of the same turn, the way the listening window hands them over.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

# A sentence ends at . ! ? ؟ and a space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\s*\n+\s*")
_THATS_ALL = {"en": "that's all", "fa": "همین", "ar": "هذا كل شيء"}
_YES = {"en": "yes", "fa": "آره", "ar": "نعم"}
MIN_WORDS = 3  # "Thanks." is no message of its own in a burst worth reading


def parts(text: str) -> tuple[str, ...] | None:
    """The messages of a burst, or None when the text is not 2–5 sentences of 3+ words."""
    found = tuple(p.strip() for p in _SENTENCE_END.split(text) if p and p.strip())
    if 2 <= len(found) <= 5 and all(len(p.split()) >= MIN_WORDS for p in found):
        return found
    return None


async def burst_replies(parser: Any, messages: tuple[str, ...], stream: str) -> dict[str, str]:
    """First reply, reflection (after "that's all" when it prompts) and the reply after yes."""
    from bot.reflecting import first_language
    from dialogues.policy import new_state, respond
    from dialogues.turn import Turn, Understanding

    text = " ".join(messages)
    language = first_language(text, stream)  # type: ignore[arg-type]
    state = new_state(language, zlib.crc32(text.encode("utf-8")))
    state = respond(state, Turn((), language, kind="start")).state
    heard = (await parser.parse(text, language)).understanding()
    outcome = respond(state, Turn(messages, language, heard))
    first = " ".join(reply.text for reply in outcome.replies if reply.text)
    if outcome.state.stage == "listening":
        done = Understanding(intent="done")
        outcome = respond(outcome.state, Turn((_THATS_ALL[language],), language, done))
    reflection = " ".join(reply.text for reply in outcome.replies if reply.text)
    after_yes = ""
    if outcome.state.stage == "confirming":
        yes = Understanding(intent="affirm")
        said = respond(outcome.state, Turn((_YES[language],), language, yes))
        after_yes = " ".join(reply.text for reply in said.replies if reply.text)
    return {"first": first, "reflection": reflection, "after_yes": after_yes}
