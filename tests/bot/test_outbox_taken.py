"""A turn's reply inserted already claimed ('sending') when the sender may take it (SQLite):
no claim update of its own, and every guarantee of the claim it replaces — never ahead of
an older unsent row of the chat, never while the chat's previous reply is being sent or
its limit is taken, committed with the turn (a kill after the commit: uncertain, never
sent twice; before it: nothing at all)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.outbox import NO_LIMITS, Limits, OutboxSender
from bot.service import IncomingMessage
from storage.models import OutboxMessage, utcnow
from storage.repositories import OutboxRepository
from tests.bot.conftest import Core
from tests.bot.test_outbox import Recorder
from tests.bot.test_outbox_pipelined import HeldChat


async def _statuses(core: Core, chat: int) -> list[str]:
    async with core.database.session() as session:
        return [r.status for r in await OutboxRepository(session).for_chat(chat)]


def _says(user: str, text: str | None, kind: str = "text") -> IncomingMessage:
    return IncomingMessage("console", user, int(user), text=text, kind=kind)


async def test_a_reply_the_sender_may_take_is_inserted_claimed_and_sent_once(core: Core) -> None:
    recorder = Recorder()
    sender = OutboxSender(core.database, recorder, NO_LIMITS)  # not started: no pass runs
    report = await core.service.handle_burst(
        [_says("621", None, "start")], sender.claim_in, sender.may_take
    )
    (run,) = report.claimed
    # 'sending' as inserted (a claim's update would leave the row object 'pending').
    assert [row.status for row in run] == ["sending"] and run[0].attempted_at is not None
    assert report.taken and not report.look and report.queued == []
    assert await _statuses(core, 621) == ["sending"]  # committed with the turn
    sender.start(report.claimed, report.look)
    await sender._drain()
    assert [chat for chat, _, _ in recorder.sent] == [621]
    assert await _statuses(core, 621) == ["sent"]


async def test_a_reply_behind_an_older_unsent_row_is_inserted_pending(core: Core) -> None:
    async with core.database.writing() as session:  # an older reply, waiting for a retry
        older = await OutboxRepository(session).enqueue(622, "first")
        await OutboxRepository(session).reschedule(
            older.id, utcnow() + timedelta(hours=1), "retry later", count_attempt=False
        )
    recorder = Recorder()
    sender = OutboxSender(core.database, recorder, NO_LIMITS)
    report = await core.service.handle_burst(
        [_says("622", None, "start")], sender.claim_in, sender.may_take
    )
    assert report.claimed == [] and report.look  # the pass sends "first" first
    assert await _statuses(core, 622) == ["pending"] * (1 + len(report.replies))
    sender.start(report.claimed, report.look)
    await sender._drain()
    assert recorder.sent == []


async def test_a_reply_while_the_chats_last_is_being_sent_waits_for_its_marks(
    core: Core,
) -> None:
    transport = HeldChat(623)
    sender = OutboxSender(core.database, transport, NO_LIMITS)
    first = await core.service.handle_burst(
        [_says("623", None, "start")], sender.claim_in, sender.may_take
    )
    sender.start(first.claimed, first.look)
    await transport.until(lambda: len(transport.calls) == 1)  # being sent, held there
    assert not sender.may_take(623)
    second = await core.service.handle_burst(
        [_says("623", "my parcel never arrived")], sender.claim_in, sender.may_take
    )
    assert second.claimed == [] and second.taken  # behind the first: its settle takes it
    assert (await _statuses(core, 623))[-1] == "pending"
    sender.start(second.claimed, second.look)
    transport.release.set()
    await sender._drain()
    async with core.database.session() as session:
        rows = await OutboxRepository(session).for_chat(623)
    assert [text for _, text in transport.sent] == [r.text for r in rows]  # once, in order
    assert {r.status for r in rows} == {"sent"} and len(rows) >= 2


async def test_a_chat_inside_its_limit_gets_its_reply_pending(core: Core) -> None:
    recorder = Recorder()
    sender = OutboxSender(core.database, recorder, Limits(private_interval=3600.0))
    first = await core.service.handle_burst(
        [_says("624", None, "start")], sender.claim_in, sender.may_take
    )
    assert [row.status for run in first.claimed for row in run] == ["sending"]
    sender.start(first.claimed, first.look)
    await sender._drain()
    second = await core.service.handle_burst(
        [_says("624", "my parcel never arrived")], sender.claim_in, sender.may_take
    )
    assert second.claimed == [] and second.look  # the chat's hour is taken: the pass's
    assert "sending" not in await _statuses(core, 624)
    assert len(recorder.sent) == 1


async def test_a_kill_after_the_turns_commit_leaves_it_uncertain_never_sent_twice(
    core: Core,
) -> None:
    sender = OutboxSender(core.database, Recorder(), NO_LIMITS)
    report = await core.service.handle_burst(
        [_says("625", None, "start")], sender.claim_in, sender.may_take
    )
    assert report.claimed  # committed 'sending'; the process dies before its send
    restarted = Recorder()
    again = OutboxSender(core.database, restarted, NO_LIMITS)
    assert await again.reconcile() == 1
    await again.flush(max_wait=1.0)
    assert restarted.sent == [] and await _statuses(core, 625) == ["uncertain"]


async def test_a_kill_before_the_turns_commit_leaves_no_row(core: Core) -> None:
    sender = OutboxSender(core.database, Recorder(), NO_LIMITS)

    async def dies(
        session: AsyncSession, rows: Sequence[OutboxMessage]
    ) -> tuple[list[list[OutboxMessage]], bool]:
        assert [row.status for row in rows] == ["sending"]  # inserted claimed ...
        raise RuntimeError("killed inside the turn's transaction")

    with pytest.raises(RuntimeError):
        await core.service.handle_burst([_says("626", None, "start")], dies, sender.may_take)
    assert await _statuses(core, 626) == []  # ... and gone with the transaction
