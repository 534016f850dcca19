"""What reaches staff chats: long texts in parts, bursts combined, nothing sent twice."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import aiohttp

from bot.handoffs import HandoffDesk
from bot.owners import load_owners
from bot.safe_text import isolate
from bot.staff_card import NEW
from bot.staff_words import say
from bot.telegram.addresses import TelegramAddresses
from dialogues.catalog import staff_text
from storage.database import Database
from storage.repositories import (
    CustomerRepository,
    HandoffRepository,
    MessageRepository,
    OutboxRepository,
)
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, ROOT, make_settings, running
from tests.telegram.test_handoff import DELIVERY, buttons_of, card_of, complain, wait_until

TEAM = -1001234567890  # owners.example.yml's staff_chat_id
NEW_REQUEST = say("fa", "heading_new")  # Reza (owners.example.yml) reads Persian first


async def test_a_300000_character_relay_reaches_the_owner_in_parts_in_order(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    # Telegram's one message a second per chat, lowered: 74 parts must not take 74 s here.
    settings = make_settings(tmp_path, fake, nlu_model_dir, outbox_private_interval_seconds=0.0)
    long = " ".join(f"w{n}" for n in range(50_000))[:300_000].rstrip()
    async with running(settings, fake):
        said = await complain(fake, 700, DELIVERY, name="Maya")
        before = len(fake.messages_to(OWNER_REZA))
        fake.push_message(700, long, first_name="Maya", language_code="en")
        await fake.wait_for_messages(700, len(said) + 1, timeout=60)  # "they'll see it"
        relay = f"#1 {isolate('Maya')}: {isolate(long)}"  # customer text isolated (bidi)
        expected = -(-len(relay) // 4096)

        async def arrived() -> bool:
            return len(fake.messages_to(OWNER_REZA)) >= before + expected

        await wait_until(arrived, timeout=120)
    parts = fake.messages_to(OWNER_REZA)[before:]
    assert all(len(p) <= 4096 for p in parts)
    assert " ".join(parts).startswith(relay)  # every character, in order
    rejected = [c for c in fake.calls_to("sendMessage") if not c[1].get("_ok")]
    assert rejected == []


async def seed_cards(url: str, count: int) -> None:
    """``count`` requests for Reza whose cards are all waiting: a burst of handoffs."""
    database = Database(url)
    await database.initialize()
    owners = load_owners(ROOT / "owners.example.yml")
    desk = HandoffDesk(
        database,
        owners,
        addresses=TelegramAddresses(owners),
        remind_after=timedelta(hours=1),
        escalate_after=timedelta(hours=2),
        followup_after=timedelta(days=1),
    )
    async with database.session() as session, session.begin():
        for n in range(1, count + 1):
            customer = await CustomerRepository(session).get_or_create(
                "telegram", str(5000 + n), chat_id=5000 + n, display_name=f"Customer{n}"
            )
            await MessageRepository(session).add_inbound(
                customer_id=customer.id, kind="text", text=f"parcel {n} never arrived"
            )
            handoff = await HandoffRepository(session).create(
                customer_id=customer.id,
                reason="unresolved",
                topic="delivery",
                language="en",
                reflection=f"parcel {n} is late",
                owner_id="reza",
            )
            await desk.send_card(session, handoff, owners.owners["reza"], heading=NEW)
    await database.shutdown()


async def test_a_burst_of_cards_reaches_the_owner_in_few_messages_in_order(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir)
    count = 24
    await seed_cards(settings.database_url, count)
    async with running(settings, fake):

        async def all_cards() -> bool:
            return f"#{count} · {NEW_REQUEST}" in "\n".join(fake.messages_to(OWNER_REZA))

        await wait_until(all_cards, timeout=60)
        # Replying to a digest of several cards must not guess which customer is meant.
        fake.push_message(
            OWNER_REZA, "On its way.", user_id=OWNER_REZA, reply_to=card_of(fake, OWNER_REZA)
        )

        async def asked_which() -> bool:
            asked = staff_text("fa", "several").split("{ids}")[0]  # Reza reads Persian
            return any(m.startswith(asked) for m in fake.messages_to(OWNER_REZA))

        await wait_until(asked_which)
    assert not any(fake.messages_to(5000 + n) for n in range(1, count + 1))
    sent = fake.sent_to(OWNER_REZA)
    assert len(sent) <= count // 4  # instead of one message (one second) per card
    text = "\n".join(p["text"] for p in sent)
    heads = [int(n) for n in re.findall(rf"^#(\d+) · {NEW_REQUEST}", text, re.MULTILINE)]
    assert heads == list(range(1, count + 1))  # all of them, in order
    assert all(f"parcel {n} never arrived" in text for n in range(1, count + 1))
    pressed = [data for p in sent for data in buttons_of(p)]
    assert [d for d in pressed if d.startswith("h:c:")] == [f"h:c:{n}" for n in range(1, 25)]
    assert all(len(p["text"]) <= 4096 for p in sent)


async def test_a_row_interrupted_mid_send_is_not_resent_and_shows_in_metrics(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir)
    database = Database(settings.database_url)
    await database.initialize()
    async with database.session() as session, session.begin():
        outbox = OutboxRepository(session)
        await outbox.enqueue(610, "maybe already delivered")
        await outbox.enqueue(611, "never attempted")
        # What a kill -9 after the attempt was recorded (and perhaps sent) leaves behind.
        [interrupted] = await outbox.for_chat(610)
        await outbox.mark_sending([interrupted.id])
    await database.shutdown()
    async with running(settings, fake):
        await fake.wait_for_messages(611, 1, timeout=20)
        url = f"http://127.0.0.1:{settings.http_port}/metrics"
        async with aiohttp.ClientSession() as client, client.get(url) as response:
            page = await response.text()
    assert fake.messages_to(610) == []  # at most once: not sent a second time
    assert re.search(r"^hamdel_outbox_uncertain 1\.0$", page, re.MULTILINE), page[-2000:]
    database = Database(settings.database_url)
    await database.initialize()
    async with database.session() as session:
        [row] = await OutboxRepository(session).for_chat(610)
        assert row.status == "uncertain"
    await database.shutdown()
