"""Rewording every staff text changes no behaviour: replies are read by message id.

Every staff catalog is replaced by another language's wording, words reversed, so no
phrase the code could once have matched ("#1 resolved.", "Internal note…") survives;
claim, answer, note and resolve through the real Application still do what they did.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import Settings
from bot.staff_words import say
from dialogues import catalog
from storage.models import HandoffEvent
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, running
from tests.telegram.test_customers import rows
from tests.telegram.test_handoff import DELIVERY, complain, handoff, recorded, wait_until

WORDED_AS = {"fa": "en", "ar": "fa", "en": "ar"}  # each language worded as another one


@pytest.fixture
def reworded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every staff catalog rewritten (another language's words, backwards)."""
    folder = tmp_path / "reworded-catalog"
    folder.mkdir()
    for path in catalog.CATALOG_DIR.glob("*.yml"):
        shutil.copy(path, folder)
    for language, source in WORDED_AS.items():
        original = yaml.safe_load(
            (catalog.CATALOG_DIR / f"{catalog.STAFF}{source}.yml").read_text(encoding="utf-8")
        )
        texts = {key: " ".join(reversed(text.split())) for key, text in original.items()}
        (folder / f"{catalog.STAFF}{language}.yml").write_text(
            yaml.safe_dump(texts, allow_unicode=True), encoding="utf-8"
        )
    monkeypatch.setattr(catalog, "CATALOG_DIR", folder)
    catalog.reload()
    yield
    monkeypatch.undo()
    catalog.reload()


async def replying_to(fake: FakeBotAPI, settings: Settings, chat: int, text: str) -> dict[str, Any]:
    """The bot's last message to ``chat`` with exactly ``text``, as a reply quotes it.

    Waits until the sender has recorded what it stands for, as it has long before a person
    could answer it.
    """
    sent = next(p for p in reversed(fake.sent_to(chat)) if p["text"] == text)
    quoted = {
        "message_id": sent["_result"]["message_id"],
        "date": int(time.time()),
        "chat": {"id": chat, "type": "private"},
        "from": {"id": fake.bot_id, "is_bot": True, "first_name": "Hamdel"},
        "text": text,
    }
    await wait_until(lambda: recorded(settings, quoted))
    return quoted


@pytest.mark.usefixtures("reworded")
async def test_claim_answer_note_and_resolve_survive_any_wording(
    fake: FakeBotAPI, settings: Settings
) -> None:
    footer = say("fa", "card_footer")  # Reza reads Persian: now reversed English words
    assert footer == "customer. the answer to message this to Reply"
    async with running(settings, fake):
        said = await complain(fake, 890, DELIVERY)
        card = fake.sent_to(OWNER_REZA)[0]["text"]
        assert card.endswith(footer) and "#1" in card.split("\n")[0]

        fake.push_callback(OWNER_REZA, "h:c:1", user_id=OWNER_REZA)
        claimed = say("fa", "claimed", id=1, name="رضا کریمی")
        await wait_until(lambda: _answered(fake, claimed))
        assert (await handoff(settings)).status == "claimed"

        # Answer through the Reply prompt, then straight on the card.
        fake.push_callback(OWNER_REZA, "h:r:1", user_id=OWNER_REZA)
        prompt = say("fa", "reply_prompt", id=1)
        await wait_until(lambda: _got(fake, OWNER_REZA, prompt))
        [asked] = [p for p in fake.sent_to(OWNER_REZA) if p["text"] == prompt]
        assert asked["reply_markup"]["force_reply"]  # through the outbox, opening the reply box
        reply_to = await replying_to(fake, settings, OWNER_REZA, prompt)
        fake.push_message(OWNER_REZA, "It leaves today.", user_id=OWNER_REZA, reply_to=reply_to)
        reply_to = await replying_to(fake, settings, OWNER_REZA, card)
        fake.push_message(OWNER_REZA, "By noon.", user_id=OWNER_REZA, reply_to=reply_to)
        told = await fake.wait_for_messages(890, len(said) + 2, timeout=20)
        assert told[-2:] == ["Reza Karimi: It leaves today.", "Reza Karimi: By noon."]

        # A note: recorded for staff, never sent to the customer.
        fake.push_callback(OWNER_REZA, "h:n:1", user_id=OWNER_REZA)
        note_prompt = say("fa", "note_prompt", id=1)
        await wait_until(lambda: _got(fake, OWNER_REZA, note_prompt))
        reply_to = await replying_to(fake, settings, OWNER_REZA, note_prompt)
        fake.push_message(OWNER_REZA, "courier called twice", user_id=OWNER_REZA, reply_to=reply_to)
        await wait_until(lambda: _got(fake, OWNER_REZA, say("fa", "noted", id=1)))

        # Resolve, then reply to the confirmation: that reply is the resolution.
        fake.push_callback(OWNER_REZA, "h:s:1", user_id=OWNER_REZA)
        resolved = say("fa", "resolved", id=1)
        await wait_until(lambda: _got(fake, OWNER_REZA, resolved))
        reply_to = await replying_to(fake, settings, OWNER_REZA, resolved)
        fake.push_message(OWNER_REZA, "re-sent by express", user_id=OWNER_REZA, reply_to=reply_to)

        async def resolution_kept() -> bool:
            return (await handoff(settings)).resolution == "re-sent by express"

        await wait_until(resolution_kept)
    assert (await handoff(settings)).status == "resolved"
    to_customer = " ".join(fake.messages_to(890))
    assert "courier called twice" not in to_customer and "re-sent by express" not in to_customer
    events = [(e.kind, e.detail) for e in await rows(settings, HandoffEvent)]
    assert ("note", {"text": "courier called twice"}) in events
    assert [kind for kind, _ in events].count("replied") == 2


async def _got(fake: FakeBotAPI, chat: int, text: str) -> bool:
    return text in fake.messages_to(chat)


async def _answered(fake: FakeBotAPI, text: str) -> bool:
    return any(c[1].get("text") == text for c in fake.calls_to("answerCallbackQuery"))
