"""A customer's plain text message read straight from the webhook's JSON (no PTB objects).

Most updates a bot receives are one customer writing text in a private chat. For those,
PTB's ``Update.de_json`` (a frozen object per user, chat, message and entity) and its
dispatch through a dozen handlers' filters cost more CPU than the rest of the intake; what
the handlers then do with them is always the same: the gate lets them in, ``receive``
turns them into an ``IncomingMessage`` for the listening window, ``finish`` leaves them to
their turn. ``read`` takes such an update's few fields itself, and only when every field
of it is one it knows, of the type the Bot API gives: anything else (another kind of
update, a group, a bot, a staff member, a command other than /start, an attachment, a
caption, a reply, an unknown or odd field) is left to PTB, whose handlers stay the one
answer for it. A ``LeanMessage`` goes through PTB's update queue like any update (the
order of a chat's updates, lean or not, is the queue's) and is handled by ``lean_receive``,
registered before every other handler.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.safe_text import storable
from bot.service import IncomingMessage
from bot.telegram.convert import CHANNEL

_MESSAGE = {"message_id", "date", "chat", "from", "text", "entities"}
_CHAT = {"id": int, "type": str, "first_name": str, "last_name": str, "username": str}
_USER = {
    "id": int,
    "is_bot": bool,
    "first_name": str,
    "last_name": str,
    "username": str,
    "language_code": str,
    "is_premium": bool,
}
_ENTITY = {"type": str, "offset": int, "length": int}
_LAST_DATE = 253_402_300_799  # 9999-12-31T23:59:59Z: PTB's datetime can hold no later one
_INT_LIMIT = 2**63  # as the intake's out_of_range: no stored id is larger


@dataclass(frozen=True, slots=True)
class LeanMessage:
    """A customer's text in a private chat, as the handlers would have made it."""

    update_id: int
    message: IncomingMessage


class LeanReader:
    """Which updates are lean: not from staff (their replies answer cards), not the team's."""

    def __init__(self, staff_users: frozenset[int], team_chat: int | None) -> None:
        self.staff_users = staff_users
        self.team_chat = team_chat

    def read(self, payload: dict[str, Any]) -> LeanMessage | None:
        """The update as a ``LeanMessage``; None when PTB's handlers must read it."""
        if len(payload) != 2 or type(payload.get("update_id")) is not int:
            return None
        message = payload.get("message")
        if type(message) is not dict or not message.keys() <= _MESSAGE:
            return None
        chat, user, text = message.get("chat"), message.get("from"), message.get("text")
        if not (_fields(chat, _CHAT) and _fields(user, _USER)) or type(text) is not str:
            return None
        assert chat is not None and user is not None  # dicts: _fields said so
        if chat["type"] != "private" or chat["id"] == self.team_chat or user["is_bot"]:
            return None
        if user["id"] in self.staff_users or not _plain(message, text):
            return None
        return LeanMessage(payload["update_id"], _incoming(payload["update_id"], message, text))


def _fields(value: Any, types: dict[str, type]) -> bool:
    """A dict whose keys are all known, each of its type, ``id`` among them; ints in range."""
    if type(value) is not dict or "id" not in value or not value.keys() <= types.keys():
        return False
    if types is _USER and ("is_bot" not in value or "first_name" not in value):
        return False
    if types is _CHAT and "type" not in value:
        return False
    for key, item in value.items():
        if type(item) is not types[key] or (type(item) is int and not _fits(item)):
            return False
    return True


def _fits(number: int) -> bool:
    return -_INT_LIMIT <= number < _INT_LIMIT


def _plain(message: dict[str, Any], text: str) -> bool:
    """Text only, answered by ``receive``: no command but /start, well-formed fields."""
    message_id, date = message.get("message_id"), message.get("date")
    if type(message_id) is not int or not _fits(message_id):
        return False
    if type(date) is not int or not 0 <= date <= _LAST_DATE:
        return False
    if storable(text) == "" or (text.startswith("/") and not text.startswith("/start")):
        return False
    entities = message.get("entities", [])
    if type(entities) is not list:
        return False
    for entity in entities:
        if type(entity) is not dict or entity.keys() != _ENTITY.keys():
            return False
        if any(type(entity[key]) is not kind for key, kind in _ENTITY.items()):
            return False
        if not all(_fits(entity[key]) for key in ("offset", "length")):
            return False
        if entity["type"] == "bot_command" and not text.startswith("/start"):
            return False  # a command entity on other text: PTB's command handlers decide
    return True


def _incoming(update_id: int, message: dict[str, Any], text: str) -> IncomingMessage:
    """What ``convert.to_incoming`` makes of it, not stored yet (its turn stores it)."""
    user = message["from"]
    written = storable(text)
    base: dict[str, Any] = {
        "channel": CHANNEL,
        "user_id": str(user["id"]),
        "chat_id": message["chat"]["id"],
        "display_name": storable(user["first_name"]),
        "language_code": user.get("language_code"),
        "message_id": message["message_id"],
        "edited": False,
        "update_id": update_id,
        "stored": False,
    }
    if written is not None and written.startswith("/start"):
        payload = written.removeprefix("/start").strip() or None
        return IncomingMessage(kind="start", text=None, payload=payload, **base)
    return IncomingMessage(kind="text", text=written, **base)
