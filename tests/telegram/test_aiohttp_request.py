"""The Bot API calls over aiohttp: texts, uploads and errors as PTB expects them."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest, NetworkError, RetryAfter

from bot.telegram.aiohttp_request import AiohttpRequest, form_encoded
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import TOKEN, free_port

CHAT = 4242


def _bot(base_url: str) -> Bot:
    return Bot(TOKEN, base_url=base_url, request=AiohttpRequest(4))


async def test_text_with_buttons_reaches_the_api(fake: FakeBotAPI) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("بله", callback_data="yes")]])
    async with _bot(fake.base_url) as bot:
        sent = await bot.send_message(CHAT, "سلام، چطور کمک کنم؟", reply_markup=markup)
    [params] = fake.sent_to(CHAT)
    assert params["text"] == "سلام، چطور کمک کنم؟"
    markup_sent = params["reply_markup"]
    if isinstance(markup_sent, str):
        markup_sent = json.loads(markup_sent)
    assert markup_sent["inline_keyboard"][0][0]["callback_data"] == "yes"
    assert sent.message_id > 0 and sent.chat.id == CHAT


async def test_a_document_is_uploaded_as_multipart(fake: FakeBotAPI) -> None:
    body = json.dumps({"messages": ["hello"]}).encode()
    async with _bot(fake.base_url) as bot:
        await bot.send_document(CHAT, InputFile(body, filename="data.json"), caption="your data")
    assert fake.documents_to(CHAT) == [body]
    assert fake.sent_to(CHAT, "sendDocument")[0]["caption"] == "your data"


async def test_api_errors_become_ptb_errors(fake: FakeBotAPI) -> None:
    fake.fail_next("sendMessage", 429, retry_after=7)
    fake.fail_next("sendMessage", 400, description="Bad Request: chat not found")
    async with _bot(fake.base_url) as bot:
        with pytest.raises(RetryAfter):
            await bot.send_message(CHAT, "one")
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await bot.send_message(CHAT, "two")
    assert fake.sent_to(CHAT) == []


async def test_an_unreachable_api_is_a_network_error() -> None:
    bot = _bot(f"http://127.0.0.1:{free_port()}/bot")
    await bot.request.initialize()  # type: ignore[attr-defined]
    try:
        with pytest.raises(NetworkError):
            await bot.send_message(CHAT, "nobody listens")
    finally:
        await bot.request.shutdown()  # type: ignore[attr-defined]


@pytest.mark.parametrize("base", ["http://127.0.0.1:99999/bot", "ftp://127.0.0.1/bot"])
async def test_an_invalid_url_is_a_network_error_that_never_says_the_token(base: str) -> None:
    bot = _bot(base)
    await bot.request.initialize()  # type: ignore[attr-defined]
    try:
        with pytest.raises(NetworkError) as raised:
            await bot.send_message(CHAT, "nobody listens")
    finally:
        await bot.request.shutdown()  # type: ignore[attr-defined]
    assert TOKEN not in str(raised.value) and "/bot<token>" in str(raised.value)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=8), st.text(max_size=60), max_size=4))
def test_the_form_body_is_urlencode_s_text(fields: dict[str, str]) -> None:
    """Any text in any script (spaces, '+', '&', emoji, ZWNJ): byte for byte urlencode's."""
    assert form_encoded(fields) == urlencode(fields)


def test_a_persian_reply_with_buttons_is_encoded_as_urlencode_encodes_it() -> None:
    markup = json.dumps({"inline_keyboard": [[{"text": "بله", "callback_data": "y:1"}]]})
    fields = {
        "chat_id": "5000001",
        "text": "ممنون که گفتید، سفارش‌تون دیر رسید؟ 100% + ❤",
        "reply_markup": markup,
    }
    assert form_encoded(fields) == urlencode(fields)
    assert form_encoded(fields) == urlencode(fields)  # from the characters kept, the same


# Round 32: a non-ASCII value's runs are hex-written at once; spaces, "%", "2" and "0"
# beside them are where that could differ from quote_plus.
_EDGES = st.text(
    alphabet=st.sampled_from(list(' %20+&=._-~aZ9\n\t\u200c\u00a0سلامكي😀«»،؟"{}[]:,')),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(_EDGES, _EDGES, max_size=3))
def test_runs_of_spaces_percents_and_letters_are_encoded_as_urlencode_encodes_them(
    fields: dict[str, str],
) -> None:
    assert form_encoded(fields) == urlencode(fields)


REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_real_messages_are_encoded_as_urlencode_encodes_them(language: str) -> None:
    source = REAL / f"{language}.tsv"
    if not source.exists():
        pytest.skip("the real messages are not on this machine")
    rows = [line.split("\t")[0] for line in source.read_text("utf-8").splitlines()[1:1501]]
    for row in rows:
        fields = {"chat_id": "5000001", "text": row, "reply_markup": json.dumps({"t": row})}
        assert form_encoded(fields) == urlencode(fields)
    glued = " ".join(rows[:200])  # a long text (a staff card's length and more)
    assert form_encoded({"text": glued}) == urlencode({"text": glued})


def test_a_lone_surrogate_raises_as_urlencode_does() -> None:
    for text in ("\ud800", "سلام \udfff", "a\ud800 b"):
        with pytest.raises(UnicodeEncodeError):
            urlencode({"text": text})
        with pytest.raises(UnicodeEncodeError):
            form_encoded({"text": text})
