"""HandoffDesk alone: staff actions and the clock (``run_due(now)``), on rows, not on text."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.errors import NotYourRequestError, StaffOnlyError
from storage.models import Handoff, HandoffEvent
from tests.bot.conftest import ESCALATE, FOLLOW_UP, REMIND, Core

# Staff are owners by their owners.yml id; Reza's account (his chat) is 1002. A stranger
# is no listed owner.
REZA, SARA, STRANGER = "reza", "sara", "stranger"
REZA_CHAT = 1002


async def _handoff(core: Core, user: str) -> Handoff:
    await core.says(user, None, kind="start")
    report = await core.says(user, "please let me talk to a person, it's urgent")
    assert len(report.handoffs) == 1
    return await _reload(core, report.handoffs[0].id)


async def _reload(core: Core, handoff_id: int) -> Handoff:
    async with core.database.session() as session:
        found = await session.get(Handoff, handoff_id)
        assert found is not None
        return found


async def _events(core: Core, handoff_id: int) -> list[str]:
    async with core.database.session() as session:
        query = select(HandoffEvent.kind).where(HandoffEvent.handoff_id == handoff_id)
        return list((await session.execute(query.order_by(HandoffEvent.id))).scalars())


async def test_claim_stops_the_clock_and_only_staff_may_claim(core: Core) -> None:
    handoff = await _handoff(core, "601")
    with pytest.raises(StaffOnlyError):
        await core.desk.claim(handoff.id, STRANGER)
    with pytest.raises(NotYourRequestError):  # Sara owns billing; this is Reza's request
        await core.desk.claim(handoff.id, SARA)
    await core.desk.claim(handoff.id, REZA)
    claimed = await _reload(core, handoff.id)
    assert (claimed.status, claimed.owner_id) == ("claimed", "reza")
    assert claimed.claimed_at is not None and claimed.claimed_at.tzinfo is not None
    assert claimed.remind_at is None and claimed.escalate_at is None
    assert await core.desk.run_due(claimed.created_at + ESCALATE) == 0  # nothing left to nag
    assert await _events(core, handoff.id) == ["created", "claimed"]


async def test_a_reminder_falls_due_once(core: Core) -> None:
    handoff = await _handoff(core, "602")
    assert handoff.remind_at is not None
    before = len(await core.outbox(REZA_CHAT))
    assert await core.desk.run_due(handoff.remind_at - REMIND) == 0  # not yet
    assert await core.desk.run_due(handoff.remind_at) == 1
    assert await core.desk.run_due(handoff.remind_at) == 0  # already reminded
    reminder = (await core.outbox(REZA_CHAT))[before:]
    assert len(reminder) == 1 and reminder[0].audience == "staff"
    assert reminder[0].buttons and reminder[0].buttons[0][0]["data"].startswith("h:")
    assert await _events(core, handoff.id) == ["created", "reminded"]


async def test_an_unclaimed_request_escalates_to_the_backup(core: Core) -> None:
    handoff = await _handoff(core, "603")
    await core.desk.reassign(handoff.id, REZA, "sara")  # Sara's backup is Reza
    passed = await _reload(core, handoff.id)
    assert passed.owner_id == "sara" and passed.escalate_at is not None
    told = len(await core.outbox(603))
    assert await core.desk.run_due(passed.escalate_at) >= 1
    escalated = await _reload(core, handoff.id)
    assert escalated.owner_id == "reza" and escalated.escalate_at is None
    assert len(await core.outbox(603)) == told + 1  # the customer learns the new owner
    assert (await _events(core, handoff.id))[-1] == "escalated"


async def test_resolving_schedules_one_follow_up_question(core: Core) -> None:
    handoff = await _handoff(core, "604")
    await core.desk.reply(handoff.id, REZA, "Your parcel left the depot today.")
    await core.desk.resolve(handoff.id, REZA)
    resolved = await _reload(core, handoff.id)
    assert resolved.status == "resolved" and resolved.followup_at is not None
    assert resolved.resolved_at is not None
    assert resolved.followup_at - resolved.resolved_at == FOLLOW_UP
    asked = len(await core.outbox(604))
    assert await core.desk.run_due(resolved.resolved_at) == 0  # not yet
    assert await core.desk.run_due(resolved.followup_at) == 1
    question = (await core.outbox(604))[asked:]
    assert len(question) == 1 and question[0].buttons  # answered with a button
    assert (await _reload(core, handoff.id)).followup_at is None
    assert await _events(core, handoff.id) == ["created", "replied", "resolved", "followed_up"]
