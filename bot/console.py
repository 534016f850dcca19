"""The terminal chat: the same conversation as on Telegram, typed or piped.

With stdin piped, each line is one customer message and the bot's replies print after it,
so a scripted conversation is reproducible. Handoffs print a line starting ``[handoff]``;
what the owner's side would see prints as ``[staff → NAME] …``.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.outbox import NO_LIMITS, OutboxSender
from bot.service import ConversationService, IncomingMessage, TurnReport
from storage.database import Database
from storage.models import OutboxMessage

BOT_PROMPT = "hamdel> "
YOU_PROMPT = "you> "
CONSOLE_CHAT_ID = 1  # one terminal, one chat; customers are told apart by --customer


class ConsoleTransport:
    """Prints outbox rows instead of sending them."""

    def __init__(self, out: TextIO, staff_chats: dict[int, str]) -> None:
        self.out = out
        self.staff_chats = staff_chats

    async def deliver(self, row: OutboxMessage) -> int | None:
        """Print one row: a reply to the customer, or a line the owner would get."""
        owner = self.staff_chats.get(int(row.chat_id))
        if owner is not None:
            self.out.write(f"[staff → {owner}] {row.text}\n")
        else:
            self.out.write(f"{BOT_PROMPT}{row.text}\n")
        self.out.flush()
        return None


class ConsoleChat:
    """One customer talking to Hamdel in the terminal."""

    def __init__(
        self,
        service: ConversationService,
        database: Database,
        *,
        customer_id: str,
        display_name: str | None = None,
        inp: TextIO | None = None,
        out: TextIO | None = None,
    ) -> None:
        self.service = service
        self.customer_id = customer_id
        self.display_name = display_name
        self.inp = inp or sys.stdin
        self.out = out or sys.stdout
        staff = {
            o.telegram_id: o.name for o in service.owners.owners.values() if o.telegram_id
        }
        self.sender = OutboxSender(database, ConsoleTransport(self.out, staff), NO_LIMITS)

    def message(self, text: str | None, kind: str = "text") -> IncomingMessage:
        """A console line as a transport-neutral message."""
        return IncomingMessage(
            channel="console",
            user_id=self.customer_id,
            chat_id=CONSOLE_CHAT_ID,
            text=text,
            kind=kind,
            display_name=self.display_name,
        )

    async def say(self, text: str | None, kind: str = "text") -> TurnReport:
        """Store, answer and print one customer message."""
        message = self.message(text, kind)
        await self.service.store_inbound(message)
        report = await self.service.handle_burst([message])
        await self.sender.flush()
        for handoff in report.handoffs:
            self.out.write(
                f"[handoff] #{handoff.id} owner={handoff.owner_id} topic={handoff.topic or '-'} "
                f"reason={handoff.reason}\n"
            )
        self.out.flush()
        return report

    async def run(self) -> None:
        """The loop: greet if this is a new conversation, then one turn per line."""
        await self.sender.flush()  # anything a previous run stored but did not print
        if await self.service.is_new_conversation("console", self.customer_id):
            await self.say(None, kind="start")
        interactive = self.inp.isatty()
        while True:
            line = await asyncio.to_thread(self._read_line, interactive)
            if line is None:
                break
            if not line.strip():
                continue
            if not interactive:
                self.out.write(f"{YOU_PROMPT}{line}\n")
            await self.say(line)

    def _read_line(self, interactive: bool) -> str | None:
        if interactive:
            try:
                return input(YOU_PROMPT)
            except EOFError:
                return None
        line = self.inp.readline()
        return None if line == "" else line.rstrip("\n")
