"""A handoff's staff rows are claimed in the turn's own transaction as a customer's reply
is (no pass for them); what waits behind a sent run is claimed by that run's settle (no
pass either), never ahead of an older row. Both engines (``database``)."""

from __future__ import annotations

from bot.outbox import NO_LIMITS, OutboxSender, RetryLater
from storage.database import Database
from storage.models import OutboxMessage
from storage.repositories import OutboxRepository
from storage.repositories.outbox import STAFF, queued
from tests.bot.test_outbox import Recorder

OWNER = 1001  # the owner's chat (staff rows), beside the customer's


async def _statuses(database: Database, chat: int) -> list[tuple[str, str]]:
    async with database.session() as session:
        rows = await OutboxRepository(session).for_chat(chat)
        return [(r.text or r.kind, r.status) for r in rows]


async def _handoff_turn(
    database: Database, sender: OutboxSender, copies: int = 0
) -> tuple[list[list[OutboxMessage]], bool]:
    """What a handoff turn writes (the customer's reply, the owner's card and copies of
    the customer's attachments) and claims in the same transaction."""
    async with database.writing() as session:
        outbox = OutboxRepository(session)
        await outbox.enqueue(7, "we passed it to Sara")
        await outbox.enqueue(OWNER, "#1 new request", extra={"tag": "#1"}, audience=STAFF)
        for n in range(copies):
            extra = {"from_chat_id": 7, "message_id": 100 + n}
            await outbox.enqueue(OWNER, None, kind="copy", extra=extra, audience=STAFF)
        return await sender.claim_in(session, queued(session))


async def test_a_staff_card_is_claimed_in_the_turn_and_needs_no_pass(database: Database) -> None:
    recorder = Recorder()
    sender = OutboxSender(database, recorder, NO_LIMITS)  # not started: no pass loop runs
    claimed, look = await _handoff_turn(database, sender)
    assert sorted(int(run[0].chat_id) for run in claimed) == [7, OWNER] and not look
    assert await _statuses(database, OWNER) == [("#1 new request", "sending")]  # committed
    sender.start(claimed, look)
    await sender._drain()
    assert sorted(text for _, text, _ in recorder.sent) == [
        "#1 new request",
        "we passed it to Sara",
    ]
    assert await _statuses(database, OWNER) == [("#1 new request", "sent")]
    assert not sender._wake.is_set()  # no pass was asked for


async def test_a_killed_staff_send_is_uncertain_never_sent_twice(database: Database) -> None:
    claimed, _ = await _handoff_turn(database, OutboxSender(database, Recorder(), NO_LIMITS))
    assert claimed  # 'sending' committed; the process dies before the call
    recorder = Recorder()
    restarted = OutboxSender(database, recorder, NO_LIMITS)
    assert await restarted.reconcile() == 2
    assert await restarted.flush() == 0
    assert recorder.sent == []
    assert await _statuses(database, OWNER) == [("#1 new request", "uncertain")]


async def test_what_waits_behind_a_staff_card_follows_it_in_order(database: Database) -> None:
    recorder = Recorder()
    sender = OutboxSender(database, recorder, NO_LIMITS)
    claimed, look = await _handoff_turn(database, sender, copies=2)
    assert not look  # the copies wait for the card's settle, not for a pass now
    sender.start(claimed, look)
    await sender._drain()
    # The card's settle claimed the first copy, its settle the next: no pass was asked for.
    assert not sender._wake.is_set()
    to_owner = [text or "copy" for chat, text, _ in recorder.sent if chat == OWNER]
    assert to_owner == ["#1 new request", "copy", "copy"]
    assert [status for _, status in await _statuses(database, OWNER)] == ["sent"] * 3


async def test_a_failed_run_is_never_overtaken_by_the_row_behind_it(database: Database) -> None:
    recorder = Recorder()
    recorder.fail["#1 new request"] = RetryLater(0.0)
    sender = OutboxSender(database, recorder, NO_LIMITS)
    claimed, look = await _handoff_turn(database, sender, copies=1)
    sender.start(claimed, look)
    await sender._drain()
    assert [chat for chat, _, _ in recorder.sent] == [7]  # the copy did not go first
    assert [status for _, status in await _statuses(database, OWNER)] == ["pending", "pending"]
    assert sender._wake.is_set()  # the retry is the pass's
    await sender.flush()
    to_owner = [text or "copy" for chat, text, _ in recorder.sent if chat == OWNER]
    assert to_owner == ["#1 new request", "copy"]
