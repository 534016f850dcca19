"""The load benchmark's fake Bot API: it tells the driver when a turn was answered."""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

from tests.fake_bot_api import FakeBotAPI


class WatchedBotAPI(FakeBotAPI):  # type: ignore[misc]  # tests/ is not type-checked
    """The fake Bot API, telling the driver's event loop when a reply reaches a chat.

    A receipt (a reaction on the customer's message) is that turn's answer: it counts in
    ``replies`` too, and in ``receipts``.
    """

    def __init__(self, token: str, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(token)
        self._driver = loop
        self.replies: dict[int, int] = {}
        self.receipts: dict[int, int] = {}
        self._arrival: dict[int, asyncio.Event] = {}

    async def _api_sendMessage(self, params: dict[str, Any]) -> Any:
        result = await super()._api_sendMessage(params)
        self._driver.call_soon_threadsafe(self._arrived, int(result["chat"]["id"]))
        return result

    async def _api_setMessageReaction(self, params: dict[str, Any]) -> Any:
        result = await super()._api_setMessageReaction(params)
        self._driver.call_soon_threadsafe(self._receipted, int(params["chat_id"]))
        return result

    def _receipted(self, chat_id: int) -> None:
        self.receipts[chat_id] = self.receipts.get(chat_id, 0) + 1
        self._arrived(chat_id)

    def _arrived(self, chat_id: int) -> None:
        self.replies[chat_id] = self.replies.get(chat_id, 0) + 1
        self._arrival.setdefault(chat_id, asyncio.Event()).set()

    async def reply_after(self, chat_id: int, seen: int, within: float) -> bool:
        """Wait until the chat has more than ``seen`` replies; False on timeout."""
        event = self._arrival.setdefault(chat_id, asyncio.Event())
        deadline = time.monotonic() + within
        while self.replies.get(chat_id, 0) <= seen:
            event.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)
        return True
