"""A dead letter's staff message (bot/dead_letters.py): to the open request's owner with the
card's buttons, else to the owner for "other"; the customer's words to staff only."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, cast

import pytest
from sqlalchemy import select

from bot.buttons import data_of
from bot.dead_letters import DeadLetter, answer_request, answer_target, hand_to_owner
from bot.errors import StaffOnlyError
from bot.handoffs import HandoffDesk
from bot.owners import EXAMPLE_FILE, load_owners
from bot.staff_words import say
from bot.telegram.addresses import TelegramAddresses
from storage.database import Database
from storage.errors import NotFoundError
from storage.models import OutboxMessage
from storage.repositories import CustomerRepository, HandoffRepository
from storage.repositories.outbox import STAFF

SARA, REZA = 1001, 1002  # owners.example.yml's telegram ids (both read Persian first)
TEAM_CHAT = -1001234567890  # its staff chat (the team reads Persian)


def _desk() -> Any:
    owners = load_owners(EXAMPLE_FILE)
    return SimpleNamespace(owners=owners, addresses=TelegramAddresses(owners), team_language="fa")


def _letter(chat: int, words: str, language: str) -> DeadLetter:
    when = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    return DeadLetter(1, chat, "Layla", language, when, words)


async def _rows(database: Database) -> list[OutboxMessage]:
    async with database.session() as session:
        return list((await session.execute(select(OutboxMessage))).scalars().all())


async def test_the_open_requests_owner_gets_its_buttons(database: Database) -> None:
    words = "الفاتورة مكررة مرتين هذا الشهر"
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).create("telegram", "55", chat_id=55)
        handoff = await HandoffRepository(session).create(
            customer_id=customer.id, reason="complaint", topic="billing", language="ar",
            owner_id="sara",
        )  # fmt: skip
        assert await hand_to_owner(session, cast(Any, _desk()), _letter(55, words, "ar"), customer)
    (row,) = await _rows(database)
    assert row.chat_id == SARA and row.audience == STAFF and row.about_customer_id == customer.id
    assert row.text is not None and say("fa", "dead_letter_head") in row.text
    assert words in row.text and "Layla" in row.text and "55" in row.text
    assert say("fa", "dead_letter_request", id=handoff.id) in row.text
    pressed = [data_of(button) for line in row.buttons or [] for button in line]
    assert f"h:r:{handoff.id}" in pressed  # Reply opens the conversation with the customer


async def test_with_no_request_the_owner_for_other_is_told(database: Database) -> None:
    async with database.session() as session, session.begin():
        assert await hand_to_owner(
            session, cast(Any, _desk()), _letter(77, "where is my parcel", "en"), None
        )
    (row,) = await _rows(database)
    assert row.chat_id == REZA and not row.buttons
    assert row.text is not None and say("fa", "dead_letter_no_request") in row.text


async def test_with_no_request_a_known_customer_gets_an_answer_button(database: Database) -> None:
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).create("telegram", "78", chat_id=78)
        letter = _letter(78, "هنوز سفارشم نرسیده", "fa")
        assert await hand_to_owner(session, cast(Any, _desk()), letter, customer)
    (row,) = await _rows(database)
    assert row.chat_id == REZA
    assert [data_of(b) for line in row.buttons or [] for b in line] == [f"d:r:{customer.id}"]
    assert answer_target(f"d:r:{customer.id}") == customer.id
    assert answer_target("d:r:x") is None and answer_target("h:r:1") is None


async def test_an_unread_update_tells_staff_its_id_and_time_only(database: Database) -> None:
    unread = DeadLetter(31, None, "", "fa", datetime(2026, 11, 27, 9, 30, tzinfo=UTC), "")
    async with database.session() as session, session.begin():
        assert await hand_to_owner(session, cast(Any, _desk()), unread, None)
    (row,) = await _rows(database)
    assert row.chat_id == TEAM_CHAT and not row.buttons and row.about_customer_id is None
    assert row.text == say("fa", "dead_letter_unread", update=31, time="۲۰۲۶-۱۱-۲۷ ۰۹:۳۰")


async def test_answering_opens_a_claimed_request_for_staff_only(database: Database) -> None:
    desk = SimpleNamespace(**vars(_desk()), database=database)
    desk.staff = lambda owner_id: HandoffDesk.staff(cast(Any, desk), owner_id)
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).create("telegram", "79", chat_id=79)
    with pytest.raises(StaffOnlyError):
        await answer_request(cast(Any, desk), customer.id, None)
    with pytest.raises(NotFoundError):
        await answer_request(cast(Any, desk), customer.id + 100, "reza")
    handoff_id = await answer_request(cast(Any, desk), customer.id, "reza")
    assert await answer_request(cast(Any, desk), customer.id, "sara") == handoff_id  # open: it
    async with database.session() as session:
        handoff = await HandoffRepository(session).get(handoff_id)
    assert handoff is not None and handoff.reason == "dead_letter"
    assert handoff.status == "claimed" and handoff.owner_id == "reza"
    assert handoff.claimed_at is not None and handoff.remind_at is None
