"""What Telegram rejects, rejected the same way."""

from __future__ import annotations

import re
from typing import Any

MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
# Telegram's ReactionTypeEmoji may be one of these (Bot API, "ReactionTypeEmoji").
REACTION_EMOJI = frozenset(
    "👍 👎 ❤ 🔥 🥰 👏 😁 🤔 🤯 😱 🤬 😢 🎉 🤩 🤮 💩 🙏 👌 🕊 🤡 🥱 🥴 😍 🐳 ❤‍🔥 🌚 🌭 💯 🤣 ⚡ "
    "🍌 🏆 💔 🤨 😐 🍓 🍾 💋 🖕 😈 😴 😭 🤓 👻 👨‍💻 👀 🎃 🙈 😇 😨 🤝 ✍ 🤗 🫡 🎅 🎄 ☃ 💅 🤪 "
    "🗿 🆒 💘 🙉 🦄 😘 💊 🙊 😎 👾 🤷‍♂ 🤷 🤷‍♀ 😡".split()
)


class BadRequest(Exception):
    """A 400 (or other) answer with Telegram's description."""

    def __init__(self, description: str, code: int = 400) -> None:
        super().__init__(description)
        self.description = description
        self.code = code


def required(params: dict[str, Any], *names: str) -> Any:
    """The last named parameter; 400 when any is missing or empty."""
    value: Any = None
    for name in names:
        value = params.get(name)
        if value is None or value == "":
            raise BadRequest(f"Bad Request: {name} is empty")
    return value


def chat_id(params: dict[str, Any]) -> int:
    """The target chat; Telegram answers "chat not found" for nonsense."""
    value = required(params, "chat_id")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise BadRequest("Bad Request: chat not found") from None


def message_text(params: dict[str, Any]) -> str:
    """1–4096 characters."""
    text = params.get("text")
    if not text or not str(text).strip():
        raise BadRequest("Bad Request: message text is empty")
    if len(str(text)) > MAX_TEXT:
        raise BadRequest("Bad Request: message is too long")
    return str(text)


def reply_markup(params: dict[str, Any]) -> Any:
    """Inline keyboards with callback data of 1–64 bytes."""
    markup = params.get("reply_markup")
    if not isinstance(markup, dict):
        return markup
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise BadRequest("Bad Request: text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                raise BadRequest("Bad Request: BUTTON_DATA_INVALID")
    return markup


def commands(params: dict[str, Any]) -> None:
    """Bot commands: lowercase names up to 32 characters, descriptions up to 256."""
    listed = required(params, "commands")
    if not isinstance(listed, list) or len(listed) > 100:
        raise BadRequest("Bad Request: commands are invalid")
    for command in listed:
        if not _COMMAND.match(str(command.get("command", ""))):
            raise BadRequest("Bad Request: BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise BadRequest("Bad Request: command description is invalid")


def reaction(params: dict[str, Any]) -> list[dict[str, Any]]:
    """setMessageReaction's fields: a message id, at most one reaction (a bot's), is_big."""
    message_id = required(params, "message_id")
    if not str(message_id).lstrip("-").isdigit() or int(message_id) <= 0:
        raise BadRequest("Bad Request: MESSAGE_ID_INVALID")
    listed = params.get("reaction") or []
    if not isinstance(listed, list):
        raise BadRequest("Bad Request: can't parse reaction types JSON object")
    if len(listed) > 1:
        raise BadRequest("Bad Request: REACTIONS_TOO_MUCH")
    for item in listed:
        kind = item.get("type") if isinstance(item, dict) else None
        if kind == "emoji" and item.get("emoji") in REACTION_EMOJI:
            continue
        if kind == "custom_emoji" and str(item.get("custom_emoji_id", "")).isdigit():
            continue
        raise BadRequest("Bad Request: REACTION_INVALID")
    if params.get("is_big") not in (None, True, False, "true", "false"):
        raise BadRequest("Bad Request: can't parse is_big")
    return listed
