"""Forum topics: one thread per request in the staff chat, when that chat is a forum.

A topic is opened when the request's first staff row is delivered, never inside a turn's
transaction: a turn that rolls back or is replayed has enqueued nothing, so it opens
nothing. The thread id is recorded with a conditional update (only while none is
recorded), and every later row of the request, retried or not, reads it back instead of
opening another. Known limit (docs/architecture.md): a process killed between opening a
topic and recording it leaves that topic empty, and the request's next row opens another.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.error import TelegramError

from storage.database import Database
from storage.repositories import HandoffRepository

log = logging.getLogger(__name__)


class ForumThreads:
    """Opens a forum topic per request, once; remembers which chats are forums."""

    def __init__(self, bot: Bot, database: Database) -> None:
        self.bot = bot
        self.database = database
        self._is_forum: dict[int, bool] = {}
        self._opening = asyncio.Lock()  # one topic opened at a time in this process

    def may_thread(self, chat_id: int) -> bool:
        """False once ``chat_id`` is known not to be a forum (its rows then combine freely)."""
        return self._is_forum.get(chat_id, True)

    async def thread_for(self, chat_id: int, handoff_id: int, name: str) -> int | None:
        """The request's topic in ``chat_id``: the recorded one, else a new one (recorded)."""
        async with self._opening:
            async with self.database.session() as session:
                recorded = await HandoffRepository(session).staff_thread(handoff_id)
            if recorded is not None:
                return recorded
            opened = await self.open_thread(chat_id, name)
            if opened is None:
                return None
            async with self.database.writing() as session:
                handoffs = HandoffRepository(session)
                if await handoffs.record_staff_thread(handoff_id, opened):
                    return opened
                # Another process recorded one first: that one is the request's topic.
                log.warning("request %s got a second forum topic; using the first", handoff_id)
                return await handoffs.staff_thread(handoff_id)

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
