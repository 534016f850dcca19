"""/mydata on Telegram: the JSON export plus a summary the customer can read in their language."""

from __future__ import annotations

import asyncio
import json

from bot.mydata_text import RLM
from bot.settings import Settings
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import running

FA_DIGITS, AR_DIGITS = "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"
CASES = (
    # chat, language, what they write, a heading in their language, the digits of their script
    (661, "fa", "بسته‌ام با ویولن قرمز هیچ‌وقت به خیابان نارون نرسید", "== پیام‌ها ==", FA_DIGITS),
    (662, "ar", "طردي مع الكمان الأحمر لم يصل أبداً إلى شارع الدردار", "== الرسائل ==", AR_DIGITS),
    (663, "en", "my parcel with the red violin never reached Elm street", "== Messages ==", ""),
)


async def documents(fake: FakeBotAPI, chat: int, count: int) -> list[bytes]:
    """The chat's uploaded files once ``count`` have arrived (bounded polling)."""
    for _ in range(200):
        if len(fake.documents_to(chat)) >= count:
            break
        await asyncio.sleep(0.1)
    return fake.documents_to(chat)


async def test_mydata_sends_a_readable_summary_in_the_customers_language(
    fake: FakeBotAPI, settings: Settings
) -> None:
    async with running(settings, fake):
        for chat, language, words, heading, digits in CASES:
            fake.push_command(chat, "/start", language_code=language)
            await fake.wait_for_messages(chat, 1, timeout=20)
            fake.push_message(chat, words, language_code=language)
            await fake.wait_for_messages(chat, 2, timeout=20)
            fake.push_command(chat, "/mydata", language_code=language)
            files = await documents(fake, chat, 2)
            assert len(files) == 2, (language, len(files))
            export = json.loads(files[0])  # the machine-readable copy, as before
            assert any(m["text"] == words for m in export["messages"])
            summary = files[1].decode("utf-8")
            lines = summary.splitlines()
            flat = " ".join(line.lstrip(RLM) for line in lines)  # undo the wrapping
            assert heading in summary and words in flat
            assert "/forget" in lines[-1]
            stamp = next(m["at"] for m in export["messages"] if m["text"] == words)
            day = stamp[:10]
            if digits:
                local = day.translate(str.maketrans("0123456789", digits))
                assert local in summary and day not in summary  # the date in their own digits
                assert all(line.startswith(RLM) for line in lines)  # reads right to left
            else:
                assert day in summary and RLM not in summary
            assert all(len(line) <= 71 for line in lines)  # wrapped, not one long line
        for chat, *_ in CASES:  # nobody else's words in anybody's copy
            others = [w for c, _, w, _, _ in CASES if c != chat]
            lines = fake.documents_to(chat)[1].decode("utf-8").splitlines()
            summary = " ".join(line.lstrip(RLM) for line in lines)
            assert not any(other in summary for other in others)
