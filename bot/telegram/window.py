"""The listening window: customers send bursts; we answer when a burst is over.

A burst ends after ``quiet`` seconds of silence, or ``longest`` seconds after it began,
whichever comes first. Meanwhile the customer sees "typing…".
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace

from telegram import Bot
from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot import metrics
from bot.effects import TurnReport
from bot.logsafe import describe
from bot.outbox import OutboxSender
from bot.service import ConversationService, IncomingMessage
from storage.transient import retrying

log = logging.getLogger(__name__)
TYPING_EVERY = 4.0  # Telegram shows "typing" for about five seconds


@dataclass
class _Burst:
    messages: list[IncomingMessage] = field(default_factory=list)
    first: float = 0.0
    last: float = 0.0
    task: asyncio.Task[None] | None = None
    # Updates whose attempt was taken back while they waited; counted again at the turn.
    uncounted: set[int] = field(default_factory=set)


class ListeningWindow:
    """Collects each chat's messages and answers every burst once."""

    def __init__(
        self,
        service: ConversationService,
        sender: OutboxSender,
        bot: Bot,
        *,
        quiet: float,
        longest: float,
        turn_ended: Callable[[list[int]], None] | None = None,
        waits: Callable[[list[int]], Awaitable[None]] | None = None,
        turn_starts: Callable[[list[int]], Awaitable[None]] | None = None,
    ) -> None:
        self.service = service
        self.sender = sender
        self.bot = bot
        self.quiet = quiet
        self.longest = longest
        self._bursts: dict[int, _Burst] = {}
        self._locks: dict[int, asyncio.Lock] = {}
        self._turn_ended = turn_ended  # the intake: these updates are no longer in hand
        self._waits = waits  # takes back the attempt of updates that have to wait
        self._turn_starts = turn_starts  # counts it again before their turn runs

    def add(self, message: IncomingMessage) -> bool:
        """Add a message to its chat's burst (an edit replaces the message it edits).

        True when the burst's turn carries the message's update (and marks it processed);
        False for an edit: stored (and the heard words corrected) already, it is done.
        """
        now = time.monotonic()
        burst = self._bursts.setdefault(message.chat_id, _Burst(first=now))
        if message.edited:
            for index, waiting in enumerate(burst.messages):
                if waiting.message_id == message.message_id:
                    # The edited words, under the waiting message's update: the turn marks
                    # that one processed (else it would be replayed, unedited, on restart).
                    burst.messages[index] = replace(message, update_id=waiting.update_id)
                    break
            else:
                if not burst.messages:
                    del self._bursts[message.chat_id]
                    return False  # an edit of something already answered: storage has it
        else:
            burst.messages.append(message)
        burst.last = now
        if burst.task is None:
            burst.task = asyncio.create_task(self._wait_then_answer(message.chat_id))
        return not message.edited

    def chat_lock(self, chat_id: int) -> asyncio.Lock:
        """The lock every turn for this chat holds: one turn at a time per customer.

        Bursts take it when they are answered; buttons and /forget take it too, or a button
        pressed while a text is being answered would start a second conversation.
        """
        return self._locks.setdefault(chat_id, asyncio.Lock())

    @property
    def waiting(self) -> int:
        """Chats with a burst not yet answered."""
        return len(self._bursts)

    async def drain(self) -> None:
        """Answer every open burst now (shutdown: finish the turn in progress)."""
        for chat_id in list(self._bursts):
            burst = self._bursts.get(chat_id)
            if burst and burst.task:
                burst.task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await burst.task
            await self._answer(chat_id)
        for lock in self._locks.values():
            async with lock:
                pass

    async def _wait_then_answer(self, chat_id: int) -> None:
        next_typing = 0.0
        while True:
            burst = self._bursts.get(chat_id)
            if burst is None:
                return
            now = time.monotonic()
            deadline = min(burst.last + self.quiet, burst.first + self.longest)
            if now >= deadline:
                break
            await self._uncount(burst)
            if now >= next_typing:
                await self._typing(chat_id)
                next_typing = now + TYPING_EVERY
            await asyncio.sleep(min(deadline - now, max(0.01, next_typing - now)))
        await self._answer(chat_id)

    async def _uncount(self, burst: _Burst) -> None:
        """The burst waits: its updates' attempts are taken back (committed before the
        wait, so a process killed meanwhile has not failed on them)."""
        ids = [
            m.update_id
            for m in burst.messages
            if m.update_id is not None and m.update_id not in burst.uncounted
        ]
        if ids and self._waits is not None:
            try:
                await self._waits(ids)
            except Exception as error:  # raised, it ended the burst's task: never answered
                log.warning("a burst's wait was not recorded: %s", describe(error))
                return  # its attempt stays counted; the burst is answered all the same
            burst.uncounted.update(ids)

    async def _typing(self, chat_id: int) -> None:
        with contextlib.suppress(TelegramError):  # a courtesy: never worth failing a turn
            await self.bot.send_chat_action(chat_id, ChatAction.TYPING)

    async def _answer(self, chat_id: int) -> None:
        async with self.chat_lock(chat_id):
            burst = self._bursts.pop(chat_id, None)
            if burst is None or not burst.messages:
                return
            report = TurnReport()
            try:
                ids = [m.update_id for m in burst.messages if m.update_id in burst.uncounted]
                if self._turn_starts is not None and ids:
                    await self._turn_starts(ids)
                # A refused connection or a deadlock did nothing: the turn is worked out
                # again here, not left for the next start (its customer heard nothing).
                report = await retrying(
                    lambda: self.service.handle_burst(
                        burst.messages, self.sender.claim_in, self.sender.may_take
                    ),
                    f"turn for chat {chat_id}",
                )
                metrics.TURNS.inc()
            except Exception as error:  # updates stay unprocessed: replayed
                log.error("turn for chat %s failed, kept for replay: %s", chat_id, describe(error))
            finally:
                held = [m.update_id for m in burst.messages if m.update_id is not None]
                if self._turn_ended is not None:
                    self._turn_ended(held)
        if report.taken:  # claimed in the turn's transaction: send them now
            self.sender.start(report.claimed, report.look)
        elif report.queued:
            self.sender.hand(report.queued)  # no wait for the sender's next pass
        else:
            self.sender.notify()
