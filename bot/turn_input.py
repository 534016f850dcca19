"""What a turn hands the policy, built from a burst and what NLU made of it (no database)."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.effects import ATTACHMENT_KINDS
from dialogues.turn import Language, Turn, Understanding

if TYPE_CHECKING:
    from bot.service import IncomingMessage

log = logging.getLogger("bot.service")

SLOW_TURN_SECONDS = 0.1  # a turn slower than this is logged with its phases (never its text)


def texts_of(burst: Sequence[IncomingMessage]) -> tuple[str, ...]:
    """The burst's words, each stripped; messages without any left out."""
    return tuple(m.text.strip() for m in burst if m.text and m.text.strip())


def turn_of(
    burst: Sequence[IncomingMessage],
    texts: tuple[str, ...],
    language: Language,
    understanding: Understanding,
) -> Turn:
    """The policy's input for one burst."""
    last = burst[-1]
    if any(m.kind == "button" for m in burst):
        kind = "button"
    elif any(m.kind == "start" for m in burst) and not any(m.kind == "text" for m in burst):
        kind = "start"
    elif texts:
        kind = "text"
    else:
        kind = "attachment"
    attachment = next((m.kind for m in burst if m.kind in ATTACHMENT_KINDS), None)
    return Turn(
        messages=texts if kind != "start" else (),
        language=language,
        understanding=understanding,
        kind=kind,  # type: ignore[arg-type]
        display_name=last.display_name,
        attachment_kind=attachment,
        payload=last.payload,
    )


def log_if_slow(marks: list[float], language: str, messages: int) -> None:
    """Where a slow turn's time went: reading, NLU + policy input, the write (with policy)."""
    if marks[-1] - marks[0] < SLOW_TURN_SECONDS:
        return
    read, hear, write = (1000 * (b - a) for a, b in itertools.pairwise(marks))
    log.info(
        "slow turn (%s, %d message(s)): read %.1f ms, nlu %.1f ms, write %.1f ms",
        language,
        messages,
        read,
        hear,
        write,
    )
