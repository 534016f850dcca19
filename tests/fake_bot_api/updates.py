"""Realistic updates for tests to push: messages, commands, edits, attachments, buttons."""

from __future__ import annotations

import itertools
import time
from typing import Any


class UpdateFactory:
    """Builds updates with increasing update ids; subclasses queue them with push_update."""

    def __init__(self) -> None:
        self._update_ids = itertools.count(10_000)
        self._incoming_ids = itertools.count(1)
        # (chat id, message id) of every message a user sent: what may be reacted to.
        self.known_messages: set[tuple[int, int]] = set()

    def push_update(self, update: dict[str, Any]) -> int:  # pragma: no cover - overridden
        raise NotImplementedError

    def next_update_id(self) -> int:
        """The id the next update gets (for hand-made updates that must stay in order)."""
        return next(self._update_ids)

    def _user(self, user_id: int, first_name: str, language_code: str) -> dict[str, Any]:
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": language_code,
        }

    def _base_message(
        self,
        chat_id: int,
        *,
        user_id: int | None,
        first_name: str,
        language_code: str,
        chat_type: str,
        message_id: int | None,
    ) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = first_name
        else:
            chat["title"] = "A group"
        if message_id is None:
            message_id = next(self._incoming_ids)
        self.known_messages.add((chat_id, message_id))
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": self._user(
                user_id if user_id is not None else chat_id, first_name, language_code
            ),
        }

    def make_message_update(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        first_name: str = "Ali",
        language_code: str = "fa",
        chat_type: str = "private",
        message_id: int | None = None,
        reply_to: dict[str, Any] | None = None,
        thread_id: int | None = None,
    ) -> dict[str, Any]:
        """A message update, not queued (for webhook tests)."""
        message = self._base_message(
            chat_id,
            user_id=user_id,
            first_name=first_name,
            language_code=language_code,
            chat_type=chat_type,
            message_id=message_id,
        )
        message["text"] = text
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if thread_id is not None:  # written inside a forum topic
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        return {"update_id": next(self._update_ids), "message": message}

    def push_message(self, chat_id: int, text: str, **options: Any) -> int:
        """Queue a text message from a user."""
        return self.push_update(self.make_message_update(chat_id, text, **options))

    def push_command(self, chat_id: int, command: str, **options: Any) -> int:
        """Queue a command such as "/start order_123"."""
        return self.push_message(chat_id, command, **options)

    def push_edited_message(self, chat_id: int, message_id: int, text: str, **options: Any) -> int:
        """Queue an edit of an earlier message."""
        update = self.make_message_update(chat_id, text, message_id=message_id, **options)
        message = update.pop("message")
        message["edit_date"] = int(time.time())
        update["edited_message"] = message
        return self.push_update(update)

    def _push_attachment(self, chat_id: int, field: str, value: Any, **options: Any) -> int:
        message = self._base_message(
            chat_id,
            user_id=options.get("user_id"),
            first_name=options.get("first_name", "Ali"),
            language_code=options.get("language_code", "fa"),
            chat_type=options.get("chat_type", "private"),
            message_id=options.get("message_id"),
        )
        message[field] = value
        if options.get("caption"):
            message["caption"] = options["caption"]
        return self.push_update({"update_id": next(self._update_ids), "message": message})

    def push_photo(self, chat_id: int, **options: Any) -> int:
        """Queue a photo (three sizes, like Telegram sends)."""
        sizes = [
            {"file_id": f"AgACPHOTO{n}", "file_unique_id": f"AQADP{n}", "width": w, "height": w}
            for n, w in enumerate((90, 320, 1280))
        ]
        return self._push_attachment(chat_id, "photo", sizes, **options)

    def push_voice(self, chat_id: int, **options: Any) -> int:
        """Queue a voice note."""
        voice = {
            "file_id": "AwACVOICE",
            "file_unique_id": "AgADV",
            "duration": 4,
            "mime_type": "audio/ogg",
        }
        return self._push_attachment(chat_id, "voice", voice, **options)

    def push_document(self, chat_id: int, **options: Any) -> int:
        """Queue a document."""
        document = {"file_id": "BQACDOC", "file_unique_id": "AgADD", "file_name": "receipt.pdf"}
        return self._push_attachment(chat_id, "document", document, **options)

    def push_sticker(self, chat_id: int, **options: Any) -> int:
        """Queue a sticker."""
        sticker = {
            "file_id": "CAACSTICKER",
            "file_unique_id": "AgADS",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return self._push_attachment(chat_id, "sticker", sticker, **options)

    def push_video(self, chat_id: int, **options: Any) -> int:
        """Queue a video."""
        video = {
            "file_id": "BAACVIDEO",
            "file_unique_id": "AgADVI",
            "width": 640,
            "height": 360,
            "duration": 3,
        }
        return self._push_attachment(chat_id, "video", video, **options)

    def push_location(self, chat_id: int, **options: Any) -> int:
        """Queue a location."""
        return self._push_attachment(
            chat_id, "location", {"latitude": 35.6892, "longitude": 51.389}, **options
        )

    def push_callback(
        self,
        chat_id: int,
        data: str,
        *,
        user_id: int | None = None,
        first_name: str = "Ali",
        language_code: str = "fa",
        message_id: int = 1,
    ) -> int:
        """Queue a button press on one of the bot's messages."""
        user = self._user(user_id if user_id is not None else chat_id, first_name, language_code)
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": {"id": 7000001, "is_bot": True, "first_name": "Hamdel"},
            "text": "…",
        }
        query = {
            "id": str(next(self._update_ids)),
            "from": user,
            "message": message,
            "chat_instance": str(chat_id),
            "data": data,
        }
        return self.push_update({"update_id": next(self._update_ids), "callback_query": query})
