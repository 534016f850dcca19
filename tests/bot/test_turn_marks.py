"""A turn's marks of what it answered: the message it stores is marked by its own insert,
one stored before is marked by the turn, and a turn that fails before its commit leaves
neither the message nor its mark (the raw update, unanswered, is replayed)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.service import IncomingMessage
from storage.models import InboundUpdate, Message, OutboxMessage
from storage.repositories import InboundUpdateRepository
from tests.bot.conftest import Core


def _message(user: str, text: str, message_id: int, update_id: int) -> IncomingMessage:
    """As the Telegram channel hands one over: not stored yet, its raw update stored."""
    return IncomingMessage(
        "telegram",
        user,
        int(user),
        text=text,
        message_id=message_id,
        update_id=update_id,
        stored=False,
    )


async def _intake(core: Core, update_id: int) -> None:
    async with core.database.writing() as session:
        await InboundUpdateRepository(session).store(update_id, {"update_id": update_id})


async def _inbound(core: Core) -> list[tuple[int | None, bool]]:
    """Each inbound message's channel id and whether it is marked answered."""
    async with core.database.session() as session:
        query = select(Message.channel_message_id, Message.processed_at).where(
            Message.direction == "in"
        )
        rows = (await session.execute(query.order_by(Message.id))).all()
    return [(channel_id, processed is not None) for channel_id, processed in rows]


async def _answered(core: Core, update_id: int) -> bool:
    async with core.database.session() as session:
        stored = await session.get(InboundUpdate, update_id)
    assert stored is not None
    return stored.processed_at is not None


async def test_a_message_the_turn_stores_is_marked_answered_with_it(core_on_both: Core) -> None:
    core = core_on_both
    for step, text in enumerate(["hi", "my parcel never came"], start=1):
        await _intake(core, 100 + step)
        report = await core.service.handle_burst([_message("601", text, step, 100 + step)])
        assert report.replies  # answered
        assert await _answered(core, 100 + step)
    assert await _inbound(core) == [(1, True), (2, True)]


async def test_a_message_stored_before_its_turn_is_marked_by_the_turn(core_on_both: Core) -> None:
    core = core_on_both
    # Stored by the intake's other path (an edit of a message never seen, the console):
    # unanswered until a turn answers it, whichever way that turn's burst holds it.
    early = IncomingMessage("telegram", "602", 602, text="where is my order", message_id=5)
    await core.service.store_inbound(early)
    assert await _inbound(core) == [(5, False)]
    await _intake(core, 201)
    await core.service.handle_burst([_message("602", "where is my order", 5, 201)])
    assert await _inbound(core) == [(5, True)]  # the same row, now answered
    # An edit of a message never stored, no burst waiting: stored, and no turn hears it.
    other = IncomingMessage("telegram", "602", 602, text="order 7781", message_id=6, edited=True)
    await core.service.store_inbound(other)
    await _intake(core, 202)
    await core.service.handle_burst([_message("602", "still nothing", 7, 202)])
    # A turn marks what it answered: not a row it never heard (it did, before this round).
    assert await _inbound(core) == [(5, True), (6, False), (7, True)]
    # A burst holding a message stored before its turn (the console's way, an edit in the
    # window) marks every unanswered one, as ever.
    console = IncomingMessage("telegram", "602", 602, text="any news?", message_id=8)
    await core.service.store_inbound(console)
    await core.service.handle_burst([console])
    assert await _inbound(core) == [(5, True), (6, True), (7, True), (8, True)]


async def test_a_turn_that_fails_before_its_commit_stores_and_marks_nothing(
    core_on_both: Core,
) -> None:
    core = core_on_both

    async def dies(
        session: AsyncSession, rows: Sequence[OutboxMessage]
    ) -> tuple[list[list[OutboxMessage]], bool]:
        raise RuntimeError("process killed inside the turn's transaction")

    await _intake(core, 301)
    message = _message("603", "the app logs me out every time", 9, 301)
    with pytest.raises(RuntimeError):
        await core.service.handle_burst([message], claim=dies)
    assert await _inbound(core) == []  # the message was not stored marked, nor at all
    assert not await _answered(core, 301)  # so its raw update is replayed
    assert await core.outbox(603) == []
    report = await core.service.handle_burst([message])  # the replay
    assert report.replies and await _answered(core, 301)
    assert await _inbound(core) == [(9, True)]  # once
    assert len(await core.outbox(603)) == len(report.replies)
