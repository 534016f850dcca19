"""`hamdel reflect`: the bot's first answer to each line of stdin, through the real policy.

Each line is one customer's answer to the opening question, in the language the service
would read it in (``--lang`` standing for the customer's language). It is understood by the
configured NLU backend and answered by ``dialogues.policy.respond`` exactly as in a
conversation. The reply is printed when it reflects; an empty line is printed when the bot
would ask a listening prompt (or thank, or hand off) instead. With ``--always`` the
customer then says "that's all", as a customer may, and the reflection that follows is
printed: the instrument for judging every message, not only those reflected at once.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterable
from typing import TextIO, cast

from dialogues.outcome import Outcome
from dialogues.policy import new_state, respond
from dialogues.prompting import reflection_frame
from dialogues.reflection import reflect
from dialogues.turn import Language, Turn, Understanding
from dialogues.voice import Voice
from nlu.language import detect_language
from nlu.parser import Parser

_THATS_ALL: dict[str, str] = {"en": "that's all", "fa": "همین", "ar": "هذا كل شيء"}


def first_language(text: str, stream: Language) -> Language:
    """The language a first turn is read in, as the service decides it.

    The message's own language; the stream's (the customer's) language when it does not
    tell (an English review in an Arabic stream is answered in English).
    """
    return cast(Language, detect_language(text, default=stream, previous=stream))


async def _first_outcome(parser: Parser, text: str, language: Language) -> Outcome:
    """The policy's outcome for ``text`` as the answer to the opening question."""
    seed = zlib.crc32(text.encode("utf-8"))  # deterministic, and varied between messages
    state = new_state(language, seed)
    state = respond(state, Turn((), language, kind="start")).state
    understanding = (await parser.parse(text, language)).understanding()
    return respond(state, Turn((text,), language, understanding))


async def first_reply(parser: Parser, text: str, stream: Language) -> str:
    """The bot's actual first reply to ``text``, whatever it is (reflection, prompt, thanks)."""
    language = first_language(text, stream)
    outcome = await _first_outcome(parser, text, language)
    # A receipt has no text (the channel shows it as a reaction): nothing the customer reads.
    return " ".join(reply.text for reply in outcome.replies if reply.text)


async def first_answer(parser: Parser, text: str, stream: Language, *, always: bool) -> str:
    """The bot's reply to ``text`` as a first answer, or "" when it would not reflect."""
    language = first_language(text, stream)
    outcome = await _first_outcome(parser, text, language)
    if outcome.state.stage != "confirming" and always and outcome.state.stage == "listening":
        done = Turn((_THATS_ALL[language],), language, Understanding(intent="done"))
        outcome = respond(outcome.state, done)
    if outcome.state.stage == "confirming":
        return " ".join(reply.text for reply in outcome.replies)
    if not always:
        return ""
    # The policy thanked or handed off instead: what it heard, as its reflection would say it.
    heard = reflect([text], language)
    # Thanked praise is asked "did I understand you?", never «هل هذا ما حدث؟» as if a story.
    frame = reflection_frame("reflect", [text], language, outcome.state.kind)
    return Voice(outcome.state).say("reflect", lines_of=frame, reflection=heard) if heard else ""


async def reflect_stream(
    parser: Parser, lines: Iterable[str], language: Language, out: TextIO, *, always: bool
) -> None:
    """One output line per input line (newlines inside a reply are flattened)."""
    for line in lines:
        text = line.rstrip("\n")
        reply = await first_answer(parser, text, language, always=always) if text.strip() else ""
        out.write(" ".join(reply.split()) + "\n")
        out.flush()


async def main(parser: Parser, language: Language, *, always: bool) -> int:
    """Read stdin, write stdout."""
    await parser.initialize()
    try:
        await reflect_stream(parser, sys.stdin, language, sys.stdout, always=always)
    finally:
        await parser.shutdown()
    return 0
