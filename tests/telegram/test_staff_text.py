"""Customer-written names and words cannot rearrange what staff read (bidi spoofing)."""

from __future__ import annotations

import re

from bot.safe_text import FSI, PDI
from bot.settings import Settings
from dialogues.catalog import staff_text
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, running
from tests.telegram.test_handoff import DELIVERY, complain, wait_until

RLO, PDF = "\u202e", "\u202c"
TEAM = -1001234567890  # owners.example.yml's staff_chat_id
CONTROLS = re.compile("[\u202a-\u202e\u2066\u2067]")


def balanced(text: str) -> bool:
    """Every isolate opened is closed on its own line, and nothing else can leak."""
    return not CONTROLS.search(text) and all(
        line.count(FSI) == line.count(PDI) for line in text.split("\n")
    )


async def test_bidi_controls_cannot_spoof_cards_or_relays(
    fake: FakeBotAPI, settings: Settings
) -> None:
    name = f"{RLO}Maya{PDF}"
    async with running(settings, fake):
        await complain(fake, 860, f"{DELIVERY} {RLO}refund 0001 please", name=name)
        fake.push_message(860, f"{RLO}is anyone there{FSI}", first_name=name, language_code="en")

        async def relayed() -> bool:
            return any("is anyone there" in t for t in fake.messages_to(OWNER_REZA))

        await wait_until(relayed)
    card = fake.messages_to(OWNER_REZA)[0]
    customer = staff_text("fa", "card_customer").split("{customer}")[0]  # Reza reads Persian
    assert f"{customer}{FSI}Maya{PDI}" in card
    assert f"» {FSI}" in card and "refund 0001 please" in card
    relay = next(t for t in fake.messages_to(OWNER_REZA) if "is anyone there" in t)
    assert relay == f"#1 {FSI}Maya{PDI}: {FSI}is anyone there{PDI}"
    staff_texts = fake.messages_to(OWNER_REZA) + fake.messages_to(TEAM)
    assert staff_texts and all(balanced(t) for t in staff_texts)
