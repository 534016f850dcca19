"""An update's payload read, or why it cannot be; an update put aside, counted.

Shared by the intake (``bot.telegram.intake``), the web handler (``bot.web``), the re-pick
and the put-aside (``bot.telegram.put_aside``): kept apart from the intake so that the
put-aside, which the intake calls, can read an update without importing the intake.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import ExtBot

from bot import metrics

log = logging.getLogger(__name__)
UPDATE_ID_LIMIT = 2**63  # update ids are stored as BIGINT


def valid_update_id(value: object) -> bool:
    """A Telegram update id we can store: a non-negative int that fits a BIGINT."""
    return type(value) is int and 0 <= value < UPDATE_ID_LIMIT


def out_of_range(payload: Any) -> bool:
    """Whether the payload holds an integer no BIGINT column can take (no Telegram id is
    that large); stored ids like that made the database driver fail mid-transaction."""
    stack = [payload]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif type(item) is int and not -UPDATE_ID_LIMIT <= item < UPDATE_ID_LIMIT:
            return True
    return False


def parse(payload: dict[str, Any], bot: ExtBot[Any]) -> tuple[Update | None, str | None]:
    """The update, or why it cannot be read (any gap between the Bot API and PTB)."""
    if out_of_range(payload):
        return None, "unparseable: a number out of range"
    try:
        update = Update.de_json(payload, bot)
    except Exception as error:  # PTB raises TypeError, KeyError, ValueError, … on odd input
        return None, f"unparseable: {type(error).__name__}: {error}"
    if update is None:
        return None, "unparseable: empty update"
    return update, None


def report_dead(update_id: int, reason: str) -> None:
    # The reason may quote the payload: only its first word above DEBUG.
    metrics.DEAD_LETTERS.inc()
    log.warning("update %s put aside as a dead letter (%s)", update_id, reason.split(":")[0])
    log.debug("update %s dead letter reason: %s", update_id, reason)
