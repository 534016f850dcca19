"""Handoff to a named owner on Telegram: card, claim, relay, reassign, SLA, follow-up."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.settings import Settings
from bot.staff_words import say
from storage.database import Database
from storage.export import handoff_to_dict
from storage.models import Handoff, HandoffEvent
from storage.repositories import StaffMessageRepository
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, OWNER_SARA, make_settings, running, settled
from tests.telegram.test_customers import rows

DELIVERY = (
    "my order hasn't arrived after three days, nobody from support answers my emails "
    "and it was a birthday gift for my daughter"
)
BILLING = (
    "you charged my card twice for the same invoice last week and the refund still "
    "has not appeared on my bank statement"
)


def card_of(fake: FakeBotAPI, chat_id: int, index: int = 0) -> dict[str, Any]:
    """A message the bot sent, as Telegram would echo it inside reply_to_message."""
    sent = fake.sent_to(chat_id)[index]
    return {
        "message_id": sent["_result"]["message_id"],
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "private"},
        "from": {"id": fake.bot_id, "is_bot": True, "first_name": "Hamdel"},
        "text": sent["text"],
    }


def buttons_of(params: dict[str, Any]) -> list[str]:
    markup = params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def complain(fake: FakeBotAPI, chat: int, text: str, name: str = "Maya") -> list[str]:
    """Walk a customer from /start to the handoff promise (declining the questions), and
    wait for the owner's card: chats are sent to concurrently, so it may land just after."""
    cards = _cards(fake, chat)
    fake.push_command(chat, "/start", first_name=name, language_code="en")
    await fake.wait_for_messages(chat, 1, timeout=20)
    for count, line in enumerate((text, "yes", "no thanks", "no"), start=2):
        fake.push_message(chat, line, first_name=name, language_code="en")
        said = await fake.wait_for_messages(chat, count, timeout=20)

    async def carded() -> bool:
        return _cards(fake, chat) > cards

    await wait_until(carded)
    return said


def _cards(fake: FakeBotAPI, customer: int) -> int:
    """Request cards (whatever their wording: a message with a request's buttons) delivered
    to any chat but the customer's."""
    return sum(
        1
        for _, params, _ in fake.calls_to("sendMessage")
        if params.get("_ok")
        and str(params.get("chat_id")) != str(customer)
        and any(data.startswith("h:") for data in buttons_of(params))
    )


async def wait_until(predicate: Any, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, "condition never became true"
        await asyncio.sleep(0.1)


async def recorded(settings: Settings, quoted: dict[str, Any]) -> bool:
    """Whether the sender has recorded what a sent message stands for (replies need it)."""
    database = Database(settings.database_url)
    await database.initialize()
    try:
        async with database.session() as session:
            chat, message_id = quoted["chat"]["id"], quoted["message_id"]
            return bool(await StaffMessageRepository(session).lookup(chat, message_id))
    finally:
        await database.shutdown()


async def handoff(settings: Settings, handoff_id: int = 1) -> Handoff:
    database = Database(settings.database_url)
    await database.initialize()
    try:
        async with database.session() as session:
            found = await session.get(Handoff, handoff_id)
            assert found is not None
            return found
    finally:
        await database.shutdown()


async def test_owner_named_card_claim_relay_resolve_and_follow_up(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, followup_delay_seconds=1.0)
    async with running(settings, fake):
        said = await complain(fake, 800, DELIVERY)
        assert "Reza Karimi" in said[-1] and "Customer care" in said[-1]
        card = fake.sent_to(OWNER_REZA)[0]
        assert card["text"].startswith("#1") and "Maya" in card["text"]
        assert "birthday gift" in card["text"]  # the last messages, verbatim
        assert buttons_of(card) == ["h:c:1", "h:r:1", "h:s:1", "h:a:1", "h:n:1"]

        # A customer pressing a staff button (forged callback) gets an alert, not an action.
        fake.push_callback(800, "h:c:1", user_id=800, language_code="en")
        await wait_until(lambda: _alerted(fake))
        assert (await handoff(settings)).status == "open"
        fake.push_command(800, "/queue", language_code="en")
        await fake.wait_for_messages(800, len(said) + 1, timeout=20)
        assert "staff" in fake.messages_to(800)[-1]

        fake.push_callback(OWNER_REZA, "h:c:1", user_id=OWNER_REZA)
        await wait_until(lambda: _status(settings, "claimed"))

        fake.push_message(
            OWNER_REZA,
            "We found your parcel; it arrives tomorrow morning.",
            user_id=OWNER_REZA,
            reply_to=card_of(fake, OWNER_REZA),
        )
        customer = await fake.wait_for_messages(800, len(said) + 2, timeout=20)
        assert customer[-1] == "Reza Karimi: We found your parcel; it arrives tomorrow morning."

        fake.push_message(800, "thank you! can it come before noon?", language_code="en")
        await wait_until(lambda: _has(fake, OWNER_REZA, "before noon"))

        fake.push_callback(OWNER_REZA, "h:s:1", user_id=OWNER_REZA)
        follow = await fake.wait_for_messages(800, len(customer) + 2, timeout=20)
        assert "meet your need" in follow[-1]
        assert buttons_of(fake.sent_to(800)[-1]) == ["fu:y", "fu:n"]

        fake.push_callback(800, "fu:n", language_code="en")  # not yet: reopened, owner told
        await wait_until(lambda: _has(fake, OWNER_REZA, say("fa", "reopened", id=1)))
        assert (await handoff(settings)).status == "claimed"

        fake.push_callback(OWNER_REZA, "h:s:1", user_id=OWNER_REZA)
        await wait_until(lambda: _count(fake, 800, "meet your need", 2))
        fake.push_callback(800, "fu:y", language_code="en")
        await wait_until(lambda: _count(fake, 800, "from 1 to 5", 1))
        assert buttons_of(fake.sent_to(800)[-1]) == [f"rate:{n}" for n in range(1, 6)]
        fake.push_callback(800, "rate:4", language_code="en")
        # Closed since "fu:y" already: wait for the rating itself.
        await wait_until(lambda: _rated(settings, 4))
    record = handoff_to_dict(await handoff(settings))
    assert record["owner"] == "reza" and record["satisfaction"] == 4 and record["need_met"]
    for field in ("created_at", "claimed_at", "first_reply_at", "resolved_at"):
        assert record[field], field
    events = [e.kind for e in await rows(settings, HandoffEvent)]
    assert events[:3] == ["created", "claimed", "replied"] and "reopened" in events


async def test_reassign_tells_the_customer_the_new_owner(
    fake: FakeBotAPI, settings: Settings
) -> None:
    async with running(settings, fake):
        said = await complain(fake, 810, DELIVERY)
        fake.push_callback(OWNER_REZA, "h:a:1", user_id=OWNER_REZA)
        await wait_until(lambda: _has(fake, OWNER_REZA, say("fa", "reassign_ask", id=1)))
        assert "h:t:1:sara" in buttons_of(fake.sent_to(OWNER_REZA)[-1])
        fake.push_callback(OWNER_REZA, "h:t:1:sara", user_id=OWNER_REZA)
        told = await fake.wait_for_messages(810, len(said) + 1, timeout=20)
        assert "Sara Ahmadi" in told[-1]
        await wait_until(lambda: _has(fake, OWNER_SARA, say("fa", "heading_reassigned")))
        assert "birthday gift" in fake.messages_to(OWNER_SARA)[0]  # full context travels
    assert (await handoff(settings)).owner_id == "sara"


async def test_sla_reminder_then_escalation_to_the_backup(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(
        tmp_path, fake, nlu_model_dir, sla_remind_minutes=0.02, sla_escalate_minutes=0.06
    )
    async with running(settings, fake):
        said = await complain(fake, 820, BILLING)
        assert "Sara Ahmadi" in said[-1]
        await wait_until(lambda: _has(fake, OWNER_SARA, say("fa", "reminder", id=1)))
        await wait_until(lambda: _has(fake, OWNER_REZA, say("fa", "heading_escalated")))
        told = await fake.wait_for_messages(820, len(said) + 1, timeout=20)
        assert "Reza Karimi" in told[-1] and "sorry" in told[-1].lower()
    assert (await handoff(settings)).owner_id == "reza"


async def test_a_pending_reminder_survives_a_restart(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir)  # reminders after 15 minutes
    async with running(settings, fake) as bot:
        await complain(fake, 830, BILLING)
        assert await bot.stop() == 0
    assert not _has_now(fake, OWNER_SARA, say("fa", "reminder", id=1))
    pending = await handoff(settings)
    assert pending.remind_at is not None
    # The reminder falls due while nothing runs: the stored time is moved into the past
    # (the same as waiting 15 minutes), so the restarted bot's scheduler finds it due.
    await _remind_at(settings, pending.id, datetime.now(UTC) - timedelta(seconds=1))
    async with running(settings, fake):
        await wait_until(lambda: _has(fake, OWNER_SARA, say("fa", "reminder", id=1)))


async def _remind_at(settings: Settings, handoff_id: int, when: datetime) -> None:
    database = Database(settings.database_url)
    await database.initialize()
    try:
        async with database.writing() as session:
            found = await session.get(Handoff, handoff_id)
            assert found is not None
            found.remind_at = when
    finally:
        await database.shutdown()


async def _alerted(fake: FakeBotAPI) -> bool:
    return any(
        str(c[1].get("show_alert")).lower() == "true" and "staff" in str(c[1].get("text"))
        for c in fake.calls_to("answerCallbackQuery")
    )


async def _rated(settings: Settings, score: int) -> bool:
    return (await handoff(settings)).satisfaction == score


async def _status(settings: Settings, status: str) -> bool:
    return (await handoff(settings)).status == status


async def _has(fake: FakeBotAPI, chat: int, needle: str) -> bool:
    return _has_now(fake, chat, needle)


def _has_now(fake: FakeBotAPI, chat: int, needle: str) -> bool:
    return any(needle in text for text in fake.messages_to(chat))


async def _count(fake: FakeBotAPI, chat: int, needle: str, count: int) -> bool:
    return sum(needle in text for text in fake.messages_to(chat)) >= count


async def test_dashboard_shows_struggles_to_staff_only(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    import aiohttp

    settings = make_settings(tmp_path, fake, nlu_model_dir, dashboard_token="staff-only-token")
    async with running(settings, fake):
        await complain(fake, 840, DELIVERY)
        root = f"http://127.0.0.1:{settings.http_port}"
        async with aiohttp.ClientSession() as client:
            for token in ("guess", "staff-only-token"):  # never in a query string
                async with client.get(f"{root}/dashboard", params={"token": token}) as response:
                    assert response.status == 401
            bearer = {"Authorization": "Bearer staff-only-token"}
            async with client.get(f"{root}/handoffs", headers=bearer) as response:
                assert response.status == 200
                page = await response.text()
            async with client.get(f"{root}/api/handoffs", headers=bearer) as response:
                [request] = (await response.json())["handoffs"]
    assert "delivery" in page and request["owner"] == "Reza Karimi"
    assert (request["topic"], request["owner_id"], request["status"]) == (
        "delivery",
        "reza",
        "open",
    )


async def test_a_forum_staff_chat_gets_one_topic_per_request(
    fake: FakeBotAPI, settings: Settings
) -> None:
    team = -1001234567890  # owners.example.yml's staff_chat_id
    fake.forums.add(team)
    async with running(settings, fake):
        said = await complain(fake, 850, DELIVERY)
        await wait_until(lambda: _has(fake, team, "#1"))
        [topic] = fake.calls_to("createForumTopic")
        assert topic[1]["name"].startswith("#1")
        card = fake.sent_to(team)[0]
        thread = int(card["message_thread_id"])
        fake.push_message(
            team,
            "Your parcel is at the depot; it goes out again tomorrow.",
            user_id=OWNER_REZA,
            chat_type="supergroup",
            thread_id=thread,
        )
        told = await fake.wait_for_messages(850, len(said) + 1, timeout=20)
        assert told[-1].startswith("Reza Karimi: Your parcel is at the depot")
        fake.push_message(team, "off-topic chatter", user_id=4242, chat_type="supergroup")
        await settled(settings, fake)  # read, handled, answered: nothing more comes
        assert len(fake.messages_to(850)) == len(said) + 1  # non-staff words never leak
    assert (await handoff(settings)).staff_thread_id == thread
