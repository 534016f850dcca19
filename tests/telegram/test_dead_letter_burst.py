"""A burst of dead letters is not a flood of notices (bot/dead_letters.py, Round 24), with
real parts: 200 updates the webhook's intake cannot read (a Bot API/PTB mismatch) are one
team notice (the rest, if it went out first, wait for the window's summary); once a window
has passed (the stored notice time moved back: no waiting on a clock), the next burst is one
more. Every wait polls with a 60 s deadline; nothing is timed.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from bot.staff_words import say
from storage.database import Database
from storage.models import DeadLetterNotice
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import make_settings, running, settled
from tests.telegram.intake_helpers import NO_CHAT_NO_DATE, SECRET, post

TEAM_CHAT = -1001234567890  # owners.example.yml's staff chat (the team reads Persian)
EXPORT = "hamdel export dead-letters"


def _notices(fake: FakeBotAPI) -> list[str]:
    return [str(p["text"]) for p in fake.sent_to(TEAM_CHAT) if EXPORT in str(p.get("text"))]


def _count(notice: str) -> int:
    """How many dead letters a team notice tells of (the summed one starts with its count)."""
    if notice.startswith(say("fa", "dead_letter_unread", update=0, time="")[:12]):
        return 1
    digits = re.search(r"[۰-۹]+", notice)
    assert digits is not None
    return int(digits.group().translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")))


async def _waiting(database_url: str, back: timedelta | None = None) -> int:
    """Dead letters counted but not yet told; ``back``: move the last notice back in time."""
    database = Database(database_url)
    await database.initialize()
    try:
        async with database.session() as session, session.begin():
            rows = (await session.execute(select(DeadLetterNotice))).scalars().all()
            for row in rows:
                if back is not None and row.noticed_at is not None:
                    row.noticed_at -= back
            return sum(row.waiting for row in rows)
    finally:
        await database.shutdown()


async def test_200_unreadable_updates_are_one_notice_and_a_later_window_one_more(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, telegram_webhook_secret=SECRET)
    async with running(settings, fake, webhook=True):
        for n in range(200):
            body = {"update_id": 40000 + n, "message": NO_CHAT_NO_DATE}
            assert await post(settings, body) == 200
        await settled(settings, fake, timeout=60)
    (notice,) = _notices(fake)
    assert _count(notice) + await _waiting(settings.database_url) == 200

    # A window later (the notice's time moved back by one), another burst: one notice more.
    waited = await _waiting(settings.database_url, back=timedelta(minutes=11))
    async with running(settings, fake, webhook=True):
        for n in range(50):
            body = {"update_id": 41000 + n, "message": NO_CHAT_NO_DATE}
            assert await post(settings, body) == 200
        await settled(settings, fake, timeout=60)
    _, second = _notices(fake)
    assert _count(second) + await _waiting(settings.database_url) == 50 + waited
