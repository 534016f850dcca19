"""The dashboard and digest through the real bot: /dashboard links and the weekly huddle."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

from bot.dashboard import commands
from bot.settings import Settings
from storage.database import Database
from storage.models import DigestRun
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, make_settings, running

STAFF_CHAT = -1001234567890
LINK = re.compile(r"(http://\S+/login\?t=(\S+))")


def base(settings: Settings) -> str:
    return f"http://127.0.0.1:{settings.http_port}"


async def test_staff_get_a_one_time_link_and_customers_do_not(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir)
    settings = settings.model_copy(update={"public_base_url": base(settings)})
    async with running(settings, fake):
        fake.push_command(4242, "/dashboard", first_name="Nima", language_code="en")
        [refusal] = await fake.wait_for_messages(4242, 1)
        assert refusal == "Only our staff can open the dashboard." and "login" not in refusal
        fake.push_command(OWNER_REZA, "/dashboard", first_name="Reza", language_code="fa")
        [message] = await fake.wait_for_messages(OWNER_REZA, 1)
        found = LINK.search(message)
        assert found is not None and "پیوند ورود" in message
        url, secret = found.groups()
        # unsafe=True: aiohttp's jar otherwise ignores cookies from bare IP addresses.
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            assert (await client.get(f"{base(settings)}/")).status == 401
            async with client.get(url) as page:
                assert page.status == 200 and 'name="t"' in await page.text()
            login = f"{base(settings)}/login"
            async with client.post(login, data={"t": secret}) as signed_in:
                body = await signed_in.text()
                assert signed_in.status == 200 and 'dir="rtl"' in body and "<svg" in body
            async with client.get(f"{base(settings)}/api/handoffs") as api:
                assert api.status == 200 and (await api.json()) == {"handoffs": []}
        async with aiohttp.ClientSession() as other:
            assert (await other.post(login, data={"t": secret})).status == 401


async def _schedule_due_digest(settings: Settings) -> None:
    database = Database(settings.database_url)
    await database.initialize()
    async with database.session() as session, session.begin():
        session.add(DigestRun(due_at=datetime.now(UTC) - timedelta(minutes=1)))
    await database.shutdown()


async def test_the_scheduled_digest_reaches_the_staff_chat_once_across_restarts(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, digest_lang="en")
    await _schedule_due_digest(settings)  # it fell due while the bot was down
    async with running(settings, fake):
        [digest] = await fake.wait_for_messages(STAFF_CHAT, 1)
    assert digest.startswith("Weekly huddle") and "✅ Commit" in digest
    async with running(settings, fake) as again:
        fake.push_command(4242, "/dashboard", first_name="Nima", language_code="en")
        await fake.wait_for_messages(4242, 1)  # the restarted bot has ticked and answered
        await again.stop()
    assert len(fake.messages_to(STAFF_CHAT)) == 1


async def test_hamdel_digest_send_delivers_through_the_bot_api(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, digest_lang="ar")
    assert await commands.digest(settings, send=True) == 0
    [digest] = fake.messages_to(STAFF_CHAT)
    assert digest.startswith("اجتماع الأسبوع") and "🎉 نحتفل" in digest
