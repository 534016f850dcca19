"""Combining what waits for one staff chat into one message (a digest).

After a burst of handoffs an owner's chat can hold dozens of cards, and Telegram lets us
send about one message a second to it: the last card, or an urgent "reopened", would wait
minutes. So the run of staff texts waiting at the head of a staff chat's queue goes out as
one message, in order, up to Telegram's size and keyboard limits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.buttons import data_of, label_of, stored
from dialogues.text import MAX_MESSAGE_LENGTH
from storage.models import OutboxMessage
from storage.repositories.outbox import STAFF

SEPARATOR = "\n\n"
MAX_BUTTONS = 100  # Telegram's limit for one inline keyboard


def combinable(row: OutboxMessage) -> bool:
    """A staff text that may share a message: buttons only when tagged with their request."""
    extra = row.extra or {}
    return (
        row.audience == STAFF
        and row.kind == "message"
        and bool(row.text)
        and not extra.get("reply_to")
        and not extra.get("force_reply")  # a prompt opens the reply box on itself alone
        and (not row.buttons or bool(extra.get("tag")))
    )


_THREAD_KEYS = ("thread_id", "thread_of", "thread_name")


def _thread(row: OutboxMessage) -> tuple[object, object]:
    """Where a row goes in its chat: a forum topic given, or its request's (opened on send)."""
    extra = row.extra or {}
    return extra.get("thread_id"), extra.get("thread_of")


def _buttons(row: OutboxMessage) -> int:
    return sum(len(line) for line in row.buttons or [])


def take_run(
    rows: Sequence[OutboxMessage], solo: set[int], limit: int = MAX_MESSAGE_LENGTH
) -> list[OutboxMessage]:
    """The head of one chat's queue that goes out as one message (at least the head)."""
    head = rows[0]
    run = [head]
    if head.id in solo or not combinable(head):
        return run
    thread = _thread(head)
    length, buttons = len(head.text or ""), _buttons(head)
    for row in rows[1:]:
        if row.id in solo or not combinable(row) or _thread(row) != thread:
            break
        length += len(SEPARATOR) + len(row.text or "")
        buttons += _buttons(row)
        if length > limit or buttons > MAX_BUTTONS:
            break
        run.append(row)
    return run


def combine(run: Sequence[OutboxMessage]) -> OutboxMessage:
    """One transient row (never stored) carrying the run's texts and buttons, in order."""
    head = run[0]
    if len(run) == 1:
        return head
    keyboard: list[list[dict[str, Any]]] = []
    for row in run:
        tag = (row.extra or {}).get("tag")
        for line in row.buttons or []:
            # Several requests share one keyboard: each label says which request it acts on.
            keyboard.append([stored(f"{tag} {label_of(b)}", data_of(b)) for b in line])
    return OutboxMessage(
        id=head.id,
        chat_id=head.chat_id,
        kind="message",
        text=SEPARATOR.join(row.text or "" for row in run),
        buttons=keyboard or None,
        extra={k: v for k, v in (head.extra or {}).items() if k in _THREAD_KEYS} or None,
        audience=STAFF,
        attempts=head.attempts,
    )
