"""Telegram Update → transport-neutral IncomingMessage (like Rasa's channel adapters)."""

from __future__ import annotations

from telegram import Message, Update

from bot.safe_text import storable
from bot.service import IncomingMessage

CHANNEL = "telegram"


def _attachment(message: Message) -> tuple[str, str | None] | None:
    """(kind, file_id) for a non-text message."""
    if message.photo:
        return "photo", message.photo[-1].file_id  # the largest size
    for kind in ("voice", "video", "document", "sticker", "audio", "video_note", "animation"):
        item = getattr(message, kind, None)
        if item is not None:
            mapped = {"audio": "voice", "video_note": "video", "animation": "video"}.get(kind, kind)
            return mapped, item.file_id
    if message.location is not None:
        loc = message.location
        return "location", f"{loc.latitude},{loc.longitude}"
    return None


def to_incoming(update: Update) -> IncomingMessage | None:
    """The customer's message in ``update``, or None when it carries nothing for us."""
    message = update.effective_message
    user = update.effective_user
    chat = update.effective_chat
    if message is None or user is None or chat is None:
        return None
    edited = update.edited_message is not None
    base = {
        "channel": CHANNEL,
        "user_id": str(user.id),
        "chat_id": chat.id,
        "display_name": storable(user.first_name),
        "language_code": user.language_code,
        "message_id": message.message_id,
        "edited": edited,
        "update_id": update.update_id,
    }
    text = storable(message.text or message.caption)
    if text is not None and text.startswith("/start"):
        payload = text.removeprefix("/start").strip() or None
        return IncomingMessage(kind="start", text=None, payload=payload, **base)  # type: ignore[arg-type]
    attachment = _attachment(message)
    if attachment is not None:
        kind, file_id = attachment
        return IncomingMessage(kind=kind, text=text, file_id=file_id, **base)  # type: ignore[arg-type]
    if text is not None:
        return IncomingMessage(kind="text", text=text, **base)  # type: ignore[arg-type]
    return None
