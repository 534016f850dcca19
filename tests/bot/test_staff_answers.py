"""Answers to staff and to a reopened request, each written by one applier (core, no channel).

A staff action's confirmation is queued in the action's own transaction, in the staff
member's language, and says which request it stands for and what a reply to it does; a
customer's "not yet" reaches the owner through the policy's ``Reopened`` effect, while the
desk only updates the request's row.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.errors import NotYourRequestError
from bot.service import IncomingMessage
from bot.staff_actions import ADD_RESOLUTION, ANSWER, REPLY, RESOLVE, parse_action
from bot.staff_words import say
from dialogues.followup import FOLLOW_UP_NO
from storage.models import Handoff, OutboxMessage
from storage.repositories import CustomerRepository
from tests.bot.conftest import Core

REZA, SARA = "reza", "sara"  # owners.example.yml: both read Persian first
REZA_CHAT = 1002  # his Telegram account, which the channel's addresses map him to


async def _handoff(core: Core, user: str) -> Handoff:
    await core.says(user, None, kind="start")
    report = await core.says(user, "please let me talk to a person, it's urgent")
    (handoff,) = report.handoffs
    return handoff


async def _reload(core: Core, handoff_id: int) -> Handoff:
    async with core.database.session() as session:
        found = await session.get(Handoff, handoff_id)
        assert found is not None
        return found


async def _rows(core: Core) -> int:
    async with core.database.session() as session:
        return int((await session.execute(select(func.count(OutboxMessage.id)))).scalar_one())


async def test_a_staff_actions_confirmation_is_queued_with_the_action(core: Core) -> None:
    handoff = await _handoff(core, "701")
    before = len(await core.outbox(REZA_CHAT))
    await core.desk.reply(handoff.id, REZA, "It left the depot today.", answer_to=REZA)
    await core.desk.resolve(handoff.id, REZA, answer_to=REZA)
    confirmations = [r for r in (await core.outbox(REZA_CHAT))[before:] if r.audience != "staff"]
    assert [r.text for r in confirmations] == [
        say("fa", "replied", id=handoff.id),
        say("fa", "resolved", id=handoff.id),
    ]
    # What a reply to each does is carried by the row, not read from its words.
    assert [r.extra for r in confirmations] == [
        {"handoffs": [handoff.id], "purpose": ANSWER},
        {"handoffs": [handoff.id], "purpose": ADD_RESOLUTION},
    ]


async def test_a_refused_action_queues_no_confirmation(core: Core) -> None:
    handoff = await _handoff(core, "702")  # Reza's request; Sara owns billing only
    before = await _rows(core)
    with pytest.raises(NotYourRequestError):
        await core.desk.resolve(handoff.id, SARA, answer_to=SARA)
    assert await _rows(core) == before
    assert (await _reload(core, handoff.id)).status == "open"


async def test_without_a_chat_to_answer_in_the_action_queues_no_confirmation(core: Core) -> None:
    handoff = await _handoff(core, "703")
    before = await _rows(core)
    result = await core.desk.claim(handoff.id, REZA)
    assert result.message == say("fa", "claimed", id=handoff.id, name="رضا کریمی")
    assert await _rows(core) == before  # the channel shows it (a button's alert)


async def test_not_yet_reopens_the_request_and_the_applier_tells_its_owner(core: Core) -> None:
    handoff = await _handoff(core, "704")
    await core.desk.reply(handoff.id, REZA, "Your refund was sent.")
    await core.desk.resolve(handoff.id, REZA)
    resolved = await _reload(core, handoff.id)
    assert resolved.followup_at is not None
    assert await core.desk.run_due(resolved.followup_at) == 1
    before = len(await core.outbox(REZA_CHAT))
    button = IncomingMessage(
        channel="console", user_id="704", chat_id=704, kind="button", payload=FOLLOW_UP_NO
    )
    await core.service.store_inbound(button)
    await core.service.handle_burst([button])
    reopened = await _reload(core, handoff.id)
    assert (reopened.status, reopened.need_met, reopened.resolved_at) == ("claimed", False, None)
    (told,) = (await core.outbox(REZA_CHAT))[before:]
    assert told.text == say("fa", "reopened", id=handoff.id) and told.audience == "staff"
    assert told.buttons is not None
    actions = [parse_action(b["data"]) for b in told.buttons[0]]
    assert [(a[0], a[1]) for a in actions if a is not None] == [
        (REPLY, handoff.id),
        (RESOLVE, handoff.id),
    ]


async def test_the_desk_alone_updates_the_row_and_queues_nothing(core: Core) -> None:
    handoff = await _handoff(core, "705")
    await core.desk.resolve(handoff.id, REZA)
    before = await _rows(core)
    async with core.database.writing() as session:
        customer = await CustomerRepository(session).get(handoff.customer_id)
        assert customer is not None
        await core.desk.follow_up_answered(session, customer, met=False)
    assert (await _reload(core, handoff.id)).status == "claimed"
    assert await _rows(core) == before
