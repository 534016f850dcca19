"""Every dead letter tells a person (bot/telegram/put_aside.py), with real parts: the gate's
(MAX_ATTEMPTS failures in one process) and the start's replay (MAX_REPLAYS) each reach the
owner for "other" once; the notice's "Answer them" button opens a request claimed by the
staff member who pressed it and asks for their reply, which reaches the customer; a
customer's forged press is refused. No timed assertions: every wait polls with a 60 s
deadline.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from bot.privacy import text
from bot.service import ConversationService
from bot.staff_words import say
from bot.telegram.intake import MAX_REPLAYS
from storage.database import Database
from storage.models import Handoff, InboundUpdate
from storage.repositories import InboundUpdateRepository
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import make_settings, running, settled
from tests.telegram.test_customers import rows
from tests.telegram.test_handoff import buttons_of, card_of, wait_until

REZA = 1002  # the owner for "other" in owners.example.yml (reads Persian first)
QUICK = {
    "listen_window_seconds": 0.0,
    "repick_every_seconds": 0.2,
    "repick_grace_seconds": 1.0,
    "repick_max_attempts": 50,  # the gate's MAX_ATTEMPTS puts it aside first
}


def _notices(fake: FakeBotAPI) -> list[dict[str, Any]]:
    head = say("fa", "dead_letter_head")
    return [p for p in fake.sent_to(REZA) if head in str(p.get("text"))]


async def test_a_gate_dead_letter_reaches_the_owner_once_and_its_button_answers(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, **QUICK)
    words = "the blender I ordered arrived with a cracked jug"
    work = ConversationService.handle_burst

    async def failing(service: Any, burst: Any, *args: Any, **kwargs: Any) -> Any:
        if any("cracked" in (m.text or "") for m in burst):
            raise RuntimeError("a bug in this turn")
        return await work(service, burst, *args, **kwargs)

    monkeypatch.setattr(ConversationService, "handle_burst", failing)
    chat = 7301
    async with running(settings, fake):
        fake.push_command(chat, "/start", language_code="en", first_name="Noor")
        await wait_until(lambda: _count(fake, chat, 1), timeout=60)
        update = fake.push_message(chat, words, language_code="en", first_name="Noor")
        await wait_until(lambda: _dead(settings, update), timeout=60)
        await wait_until(lambda: _notice_sent(fake), timeout=60)
        await settled(settings, fake, timeout=60)
        (notice,) = _notices(fake)  # once
        assert words in notice["text"] and "Noor" in notice["text"]
        assert fake.messages_to(chat)[1:] == [text("en", "kept_for_later")]
        (press,) = buttons_of(notice)
        assert press.startswith("d:r:")

        # The customer forging the press: refused, nothing opened.
        fake.push_callback(chat, press, user_id=chat, language_code="en")
        await wait_until(lambda: _alerted(fake, say("en", "not_staff")), timeout=60)
        assert not await rows(settings, Handoff)

        # The owner presses it: a request claimed by them, and the reply prompt.
        fake.push_callback(REZA, press, user_id=REZA)
        await wait_until(lambda: _prompted(fake), timeout=60)
        (handoff,) = await rows(settings, Handoff)
        assert handoff.reason == "dead_letter" and handoff.status == "claimed"
        assert handoff.owner_id == "reza" and handoff.remind_at is None
        prompt = next(
            i
            for i, p in enumerate(fake.sent_to(REZA))
            if say("fa", "reply_prompt", id=handoff.id) in str(p.get("text"))
        )
        await settled(settings, fake, timeout=60)
        answer = "We are sending a new jug today."
        fake.push_message(REZA, answer, user_id=REZA, reply_to=card_of(fake, REZA, prompt))
        await wait_until(lambda: _got(fake, chat, answer), timeout=60)
        await settled(settings, fake, timeout=60)
    assert len(_notices(fake)) == 1


async def test_a_replay_dead_letter_reaches_the_owner_once(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, **QUICK)
    chat = 7302
    async with running(settings, fake):
        fake.push_command(chat, "/start", language_code="ar", first_name="Huda")
        await wait_until(lambda: _count(fake, chat, 1), timeout=60)
        await settled(settings, fake, timeout=60)
    words = "وصلني الطلب ناقص علبة"
    payload = {
        "update_id": 990001,
        "message": {
            "message_id": 4242,
            "date": int(time.time()),
            "chat": {"id": chat, "type": "private", "first_name": "Huda"},
            "from": {"id": chat, "is_bot": False, "first_name": "Huda", "language_code": "ar"},
            "text": words,
        },
    }
    database = Database(settings.database_url)
    await database.initialize()
    try:
        async with database.session() as session, session.begin():
            # Cut short by as many restarts as a crash loop allows.
            await InboundUpdateRepository(session).store(990001, payload, attempts=MAX_REPLAYS)
    finally:
        await database.shutdown()
    async with running(settings, fake):  # the start's replay puts it aside
        await wait_until(lambda: _dead(settings, 990001), timeout=60)
        await wait_until(lambda: _notice_sent(fake), timeout=60)
        await settled(settings, fake, timeout=60)
    async with running(settings, fake):  # another start: nothing told twice
        await settled(settings, fake, timeout=60)
    (notice,) = _notices(fake)
    assert words in notice["text"] and buttons_of(notice)[0].startswith("d:r:")
    assert fake.messages_to(chat)[1:] == [text("ar", "kept_for_later")]


async def _count(fake: FakeBotAPI, chat: int, count: int) -> bool:
    return len(fake.messages_to(chat)) >= count


async def _notice_sent(fake: FakeBotAPI) -> bool:
    return bool(_notices(fake))


async def _prompted(fake: FakeBotAPI) -> bool:
    return any("force_reply" in str(p.get("reply_markup")) for p in fake.sent_to(REZA))


async def _alerted(fake: FakeBotAPI, words: str) -> bool:
    return any(
        str(c[1].get("show_alert")).lower() == "true" and words in str(c[1].get("text"))
        for c in fake.calls_to("answerCallbackQuery")
    )


async def _got(fake: FakeBotAPI, chat: int, words: str) -> bool:
    return any(words in t for t in fake.messages_to(chat))


async def _dead(settings: Any, update: int) -> bool:
    stored = {row.update_id: row for row in await rows(settings, InboundUpdate)}
    return update in stored and stored[update].dead_at is not None
