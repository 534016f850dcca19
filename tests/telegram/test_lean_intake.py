"""A customer's plain text read from the webhook's JSON (bot/telegram/lean.py): the same
message PTB's handlers make of it, PTB's way for everything else, nothing lost, order kept,
stored before the 200."""

from __future__ import annotations

import copy
import dataclasses
import itertools
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from telegram import Update
from telegram.ext import ApplicationHandlerStop, ExtBot

from bot.loadbench import LANGUAGES, real_rows
from bot.telegram import handlers
from bot.telegram.convert import to_incoming
from bot.telegram.lean import LeanMessage, LeanReader
from bot.telegram.reading import parse
from storage.models import Message
from tests.fake_bot_api import FakeBotAPI
from tests.fake_bot_api.updates import UpdateFactory
from tests.telegram.conftest import make_settings, running, settled
from tests.telegram.intake_helpers import SECRET, post, stored_updates
from tests.telegram.test_customers import rows

STAFF, TEAM = 4242, -100500
READER = LeanReader(frozenset({STAFF}), TEAM)
BOT: ExtBot[None] = ExtBot("123:abc")
ODD: list[Any] = [None, "", "x", -1, 0, 1.5, 2**63, -(2**63) - 1, True, False, [], {}, [{}]]


def _as_ptb(payload: dict[str, Any]) -> Any:
    update, reason = parse(copy.deepcopy(payload), BOT)
    assert reason is None and update is not None, reason
    message = to_incoming(update)
    return None if message is None else dataclasses.replace(message, stored=False)


def _texts() -> list[str]:
    special = ["/start", "/start order_123", "/startle", "hi\x00there", "\ud800x", "\u202eevil"]
    return [*special, *(t for language in LANGUAGES for t in real_rows(language)[:150])]


def test_a_plain_text_is_the_message_ptbs_handlers_make() -> None:
    factory = UpdateFactory()
    for n, text in enumerate(_texts()):
        language = LANGUAGES[n % 3]
        payload = factory.make_message_update(7000 + n % 7, text, language_code=language)
        lean = READER.read(payload)
        assert lean is not None, text
        assert lean.update_id == payload["update_id"]
        assert lean.message == _as_ptb(payload)


def _variants() -> list[tuple[str, dict[str, Any]]]:
    factory = UpdateFactory()
    base = factory.make_message_update(7100, "my order is late", language_code="en")
    message = base["message"]
    staff = factory.make_message_update(7101, "hello", user_id=STAFF)
    team = factory.make_message_update(TEAM, "hello", chat_type="private")
    return [
        ("a group", factory.make_message_update(-7102, "hello", chat_type="group")),
        ("a bot", {**base, "message": {**message, "from": {**message["from"], "is_bot": True}}}),
        ("staff", staff),
        ("the team's chat", team),
        ("an edit", {"update_id": base["update_id"], "edited_message": message}),
        ("a command", factory.make_message_update(7103, "/privacy")),
        ("a reply", factory.make_message_update(7104, "x", reply_to={"message_id": 1})),
        ("a photo", {**base, "message": {**message, "photo": [{"file_id": "f"}]}}),
        ("a caption", {**base, "message": {**message, "caption": "c"}}),
        ("an unknown field", {**base, "message": {**message, "via_bot": {"id": 1}}}),
        ("a second update kind", {**base, "edited_message": message}),
        ("an empty text", {**base, "message": {**message, "text": ""}}),
        ("only NUL", {**base, "message": {**message, "text": "\x00"}}),
        ("a date PTB cannot hold", {**base, "message": {**message, "date": 2**62}}),
        ("no first name", {**base, "message": {**message, "from": {"id": 1, "is_bot": False}}}),
        (
            "a command entity on plain text",
            {
                **base,
                "message": {
                    **message,
                    "text": "xqueue",
                    "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                },
            },
        ),
    ]


@pytest.mark.parametrize(("what", "payload"), _variants(), ids=[w for w, _ in _variants()])
def test_anything_else_is_left_to_ptb(what: str, payload: dict[str, Any]) -> None:
    assert READER.read(payload) is None, what


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(value, dict | list):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, child in items:
            found += _paths(child, (*path, key))
    return found


def test_whatever_it_reads_ptb_reads_the_same() -> None:
    """Every field of two updates (a text, /start) set to odd values: what the lean reader
    takes, PTB parses without error into the same message."""
    factory = UpdateFactory()
    taken = 0
    for text in ("late again", "/start x"):
        base = factory.make_message_update(7200, text, language_code="fa")
        for path, odd in itertools.product(_paths(base), ODD):
            if path == ("update_id",):
                continue  # checked before any reader (the webhook answers 400)
            payload = copy.deepcopy(base)
            holder = payload
            for key in path[:-1]:
                holder = holder[key]
            holder[path[-1]] = odd
            lean = READER.read(payload)
            if lean is not None:
                taken += 1
                assert lean.message == _as_ptb(payload), (path, odd)
    assert taken > 0  # some odd values are still plain text (another name, an empty list)


async def test_a_failing_lean_update_is_counted_as_failed() -> None:
    failed: list[int] = []

    async def record(update_id: int, _error: BaseException) -> None:
        failed.append(update_id)

    lean = READER.read(UpdateFactory().make_message_update(7300, "hello"))
    assert lean is not None
    intake = SimpleNamespace(failed=record)
    context = SimpleNamespace(error=RuntimeError("x"), bot_data=SimpleNamespace(intake=intake))
    with pytest.raises(ApplicationHandlerStop):
        await handlers.on_error(lean, context)  # type: ignore[arg-type]
    assert failed == [lean.update_id]


async def test_lean_and_ptb_updates_keep_their_order_and_are_stored_before_the_200(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = make_settings(tmp_path, fake, nlu_model_dir, telegram_webhook_secret=SECRET)
    chat = 7400
    photo = fake.make_message_update(chat, "x", language_code="en")
    photo["message"].pop("text")
    size = {"file_id": "ph1", "file_unique_id": "u1", "width": 1, "height": 1}
    photo["message"]["photo"] = [size]
    sent = [
        fake.make_message_update(chat, "/start", language_code="en"),
        photo,
        fake.make_message_update(chat, "my parcel is a week late", language_code="en"),
        fake.make_message_update(chat, "and nobody answers", language_code="en"),
    ]
    assert [READER.read(u) is not None for u in sent] == [True, False, True, True]
    async with running(settings, fake, webhook=True):
        for update in sent:
            assert await post(settings, update) == 200
            assert update["update_id"] in await stored_updates(settings)  # before the 200
        await settled(settings, fake)
    stored = await stored_updates(settings)
    assert all(stored[u["update_id"]].processed_at is not None for u in sent)  # none lost
    heard = [m for m in await rows(settings, Message) if m.direction == "in"]
    heard.sort(key=lambda m: m.id)
    assert [(m.kind, m.text) for m in heard] == [
        ("start", None),
        ("photo", None),
        ("text", "my parcel is a week late"),
        ("text", "and nobody answers"),
    ]
    assert isinstance(READER.read(sent[2]), LeanMessage)
    assert isinstance(parse(photo, BOT)[0], Update)
