"""Staff rows combine only within one forum topic, given or still to be opened for a request."""

from __future__ import annotations

from typing import Any

from bot.staff_batch import combine, take_run
from storage.models import OutboxMessage
from storage.repositories.outbox import STAFF


def _row(row_id: int, text: str, **extra: Any) -> OutboxMessage:
    return OutboxMessage(
        id=row_id, chat_id=-100, kind="message", text=text, extra=extra or None, audience=STAFF
    )


def test_rows_for_different_requests_topics_never_share_a_message() -> None:
    rows = [
        _row(1, "#1 card", thread_of=1, thread_name="#1 · delivery"),
        _row(2, "#1 photo note", thread_of=1, thread_name="#1 · delivery"),
        _row(3, "#2 card", thread_of=2, thread_name="#2 · billing"),
    ]
    run = take_run(rows, solo=set())
    assert [r.id for r in run] == [1, 2]
    combined = combine(run)
    # The request's topic is still opened on delivery: its keys survive the combining.
    assert combined.extra == {"thread_of": 1, "thread_name": "#1 · delivery"}
    assert combined.text == "#1 card\n\n#1 photo note"


def test_a_known_topic_and_no_topic_are_different_places() -> None:
    rows = [_row(1, "in topic 77", thread_id=77), _row(2, "general"), _row(3, "general too")]
    assert [r.id for r in take_run(rows, solo=set())] == [1]
    assert [r.id for r in take_run(rows[1:], solo=set())] == [2, 3]
