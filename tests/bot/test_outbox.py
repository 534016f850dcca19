"""The outbox sender: order per chat, Telegram's rate limits, retry_after, blocked users."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from bot import metrics
from bot.errors import CustomerBlockedError
from bot.outbox import NO_LIMITS, Limits, OutboxSender, RetryLater
from bot.text import split_text
from dialogues.text import utf16_length
from storage.database import Database
from storage.models import OutboxMessage
from storage.repositories import OutboxRepository


class Recorder:
    """A transport that remembers when it sent what, and fails on demand."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str, float]] = []
        self.fail: dict[str, Exception] = {}

    async def deliver(self, row: OutboxMessage) -> int | None:
        error = self.fail.pop(row.text or "", None)
        if error is not None:
            raise error
        self.sent.append((row.chat_id, row.text or "", time.monotonic()))
        return len(self.sent)


async def outbox_with(tmp_path: Path, rows: list[tuple[int, str]]) -> Database:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'o.db'}")
    await database.initialize()
    async with database.session() as session, session.begin():
        for chat, text in rows:
            await OutboxRepository(session).enqueue(chat, text)
    return database


async def test_one_message_a_second_per_chat_in_order(tmp_path: Path) -> None:
    database = await outbox_with(tmp_path, [(1, "a"), (1, "b"), (2, "x"), (1, "c")])
    recorder = Recorder()
    sender = OutboxSender(database, recorder, Limits(private_interval=0.5))
    started = time.monotonic()
    assert await sender.flush() == 4
    to_one = [(text, at) for chat, text, at in recorder.sent if chat == 1]
    assert [t for t, _ in to_one] == ["a", "b", "c"]
    # A lower bound from the start only (a loaded machine can only make it later): the third
    # message to one chat waits out two intervals. Gaps between sends are not asserted: a send
    # delayed by the machine shortens the gap after it without breaking the limit.
    assert to_one[-1][1] - started >= 2 * 0.5 - 0.05, to_one
    assert [t for c, t, _ in recorder.sent if c == 2] == ["x"]  # other chats don't wait
    await database.shutdown()


async def test_retry_after_then_delivered_in_order(tmp_path: Path) -> None:
    database = await outbox_with(tmp_path, [(1, "first"), (1, "second")])
    recorder = Recorder()
    recorder.fail["first"] = RetryLater(0.3)
    sender = OutboxSender(database, recorder, Limits(private_interval=0.0))
    started = time.monotonic()
    await sender.flush()
    assert [t for _, t, _ in recorder.sent] == ["first", "second"]
    assert recorder.sent[0][2] - started >= 0.25
    await database.shutdown()


async def test_blocked_customer_is_not_retried(tmp_path: Path) -> None:
    database = await outbox_with(tmp_path, [(3, "hello"), (3, "again")])
    recorder = Recorder()
    recorder.fail["hello"] = CustomerBlockedError("Forbidden: bot was blocked by the user")
    await OutboxSender(database, recorder, Limits(private_interval=0.0)).flush()
    assert recorder.sent == []
    async with database.session() as session:
        assert {r.status for r in await OutboxRepository(session).for_chat(3)} == {"blocked"}
    await database.shutdown()


def test_long_text_is_split_under_telegrams_limit() -> None:
    text = ("word " * 2000).strip()
    parts = split_text(text)
    assert len(parts) == 3 and all(len(p) <= 4096 for p in parts)
    assert " ".join(parts) == text


def test_split_counts_as_telegram_does_and_never_yields_an_empty_part() -> None:
    emoji = "\U0001f600" * 5000  # two UTF-16 units each: 10,000 as Telegram counts
    parts = split_text(emoji)
    assert all(utf16_length(p) <= 4096 for p in parts) and "".join(parts) == emoji
    assert split_text(" " * 5000 + "x") == ["x"]


class Killed(BaseException):
    """Stands in for kill -9: nothing after it in the process runs (not even except Exception)."""


class SendsThenDies(Recorder):
    """Delivers, then the process dies before the row can be marked sent."""

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.status_during_send: list[str] = []

    async def deliver(self, row: OutboxMessage) -> int | None:
        async with self.database.session() as session:
            [stored] = await OutboxRepository(session).for_chat(row.chat_id)
            self.status_during_send.append(stored.status)
            assert stored.attempted_at is not None
        await super().deliver(row)
        raise Killed


async def test_a_kill_between_send_and_mark_sent_never_sends_twice(tmp_path: Path) -> None:
    database = await outbox_with(tmp_path, [(5, "your refund is on its way")])
    dying = SendsThenDies(database)
    with pytest.raises(Killed):
        await OutboxSender(database, dying, NO_LIMITS).flush()
    assert dying.status_during_send == ["sending"]  # the attempt was committed first
    await database.shutdown()

    restarted = Database(database.url)  # the next process
    await restarted.initialize()
    recorder = Recorder()
    sender = OutboxSender(restarted, recorder, NO_LIMITS)
    assert await sender.reconcile() == 1
    assert await sender.flush() == 0
    assert recorder.sent == [] and len(dying.sent) == 1  # delivered once, not twice
    async with restarted.session() as session:
        [row] = await OutboxRepository(session).for_chat(5)
        assert row.status == "uncertain"
        assert await OutboxRepository(session).count("uncertain") == 1
    assert metrics.OUTBOX_UNCERTAIN._value.get() == 1  # what /metrics shows
    await restarted.shutdown()


async def test_every_queued_text_is_split_under_the_limit_in_order(tmp_path: Path) -> None:
    words = " ".join(f"w{n}" for n in range(60_000))  # about 400,000 characters
    buttons = [[{"label": "Claim", "data": "h:c:1"}]]
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'o.db'}")
    await database.initialize()
    async with database.session() as session, session.begin():
        await OutboxRepository(session).enqueue(9, words, buttons=buttons, audience="staff")
    recorder = Recorder()
    await OutboxSender(database, recorder, NO_LIMITS).flush()
    texts = [text for _, text, _ in recorder.sent]
    assert len(texts) > 90 and all(0 < len(t) <= 4096 for t in texts)
    assert " ".join(texts) == words
    async with database.session() as session:
        rows = await OutboxRepository(session).for_chat(9)
    assert [r.buttons for r in rows if r.buttons] == [buttons]  # on the last part only
    assert rows[-1].buttons == buttons
    await database.shutdown()


async def test_staff_rows_for_one_chat_go_out_combined_in_order(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'o.db'}")
    await database.initialize()
    async with database.session() as session, session.begin():
        outbox = OutboxRepository(session)
        for n in range(1, 31):
            await outbox.enqueue(
                7,
                f"#{n} · New request " + "x" * 300,
                buttons=[[{"label": "Claim", "data": f"h:c:{n}"}]],
                extra={"tag": f"#{n}"},
                audience="staff",
            )
        await outbox.enqueue(7, "to the customer, alone")  # not a staff row: never combined
        await outbox.enqueue(7, "#99 · after it", audience="staff")
    recorder = KeyboardRecorder()
    sender = OutboxSender(database, recorder, NO_LIMITS)
    assert await sender.flush() == 32
    texts = [text for _, text, _ in recorder.sent]
    assert len(texts) <= 6 and all(len(t) <= 4096 for t in texts)
    heads = [int(h) for t in texts for h in re.findall(r"^#(\d+) ·", t, re.MULTILINE)]
    assert heads == [*range(1, 31), 99]
    assert "to the customer, alone" in texts
    assert [b["data"] for k in recorder.keyboards for b in k] == [f"h:c:{n}" for n in range(1, 31)]
    assert recorder.keyboards[0][0]["label"] == "#1 Claim"  # which request each button acts on
    await database.shutdown()


class KeyboardRecorder(Recorder):
    """Also remembers each message's buttons, flattened."""

    def __init__(self) -> None:
        super().__init__()
        self.keyboards: list[list[dict[str, str]]] = []

    async def deliver(self, row: OutboxMessage) -> int | None:
        self.keyboards.append([b for line in row.buttons or [] for b in line])
        return await super().deliver(row)
