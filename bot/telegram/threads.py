"""Forum topics: one thread per request in the staff chat, when that chat is a forum."""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import TelegramError

log = logging.getLogger(__name__)


class ForumThreads:
    """Opens a forum topic per request; remembers which chats are forums."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self._is_forum: dict[int, bool] = {}

    async def open_thread(self, chat_id: int, name: str) -> int | None:
        """A new topic's thread id, or None when the chat is not a forum (or refuses)."""
        try:
            if chat_id not in self._is_forum:
                chat = await self.bot.get_chat(chat_id)
                self._is_forum[chat_id] = bool(chat.is_forum)
            if not self._is_forum[chat_id]:
                return None
            topic = await self.bot.create_forum_topic(chat_id, name[:128])
        except TelegramError as error:  # the card still reaches the owner privately
            log.warning("could not open a forum topic in the staff chat: %s", error)
            return None
        return topic.message_thread_id
