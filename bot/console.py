"""The terminal chat: the same conversation as on Telegram, typed or piped.

With stdin piped, each line is one customer message and the bot's replies print after it,
so a scripted conversation is reproducible. Handoffs print a line starting ``[handoff]``;
what the owner's side would see prints as ``[staff → NAME] …``.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sys
import time
from typing import TextIO

from bot.addresses import TEAM
from bot.effects import TurnReport
from bot.handoffs import HandoffDesk
from bot.outbox import NO_LIMITS, OutboxSender
from bot.privacy import PrivacyDesk
from bot.service import ConversationService, IncomingMessage
from dialogues.errors import HamdelError
from storage.database import Database
from storage.models import OutboxMessage
from storage.repositories import HandoffRepository

BOT_PROMPT = "hamdel> "
YOU_PROMPT = "you> "
RECEIPT_LINE = "hamdel ✍ (got your message)"  # the receipt Telegram shows as a reaction
PRIVACY_COMMANDS = ("/privacy", "/mydata", "/forget")
# "/export", "/help@hamdel_bot": what Telegram marks a bot command (letters, digits, _).
COMMAND = re.compile(r"/[A-Za-z]\w*(?:@\w+)?")
CONSOLE_CHAT_ID = 1  # one terminal, one chat; customers are told apart by --customer


def is_unknown_command(line: str) -> bool:
    """A command we do not have ("/export"); /start and the privacy ones are handled."""
    first = line.split()[0]
    name = first.split("@")[0]
    return bool(COMMAND.fullmatch(first)) and name not in (*PRIVACY_COMMANDS, "/start", "/staff")


class ConsoleTransport:
    """Prints outbox rows instead of sending them."""

    def __init__(self, out: TextIO, staff_chats: dict[int, str], team_chat: int | None) -> None:
        self.out = out
        self.staff_chats = staff_chats
        self.team_chat = team_chat

    async def deliver(self, row: OutboxMessage) -> int | None:
        """Print one row: a reply to the customer, or a line the owner would get."""
        owner = self.staff_chats.get(int(row.chat_id))
        if int(row.chat_id) == self.team_chat:
            return None  # the team chat gets the same card the owner got; once is enough here
        if row.kind == "reaction":
            self.out.write(f"{RECEIPT_LINE}\n")
        elif row.kind == "copy":
            self.out.write(f"[staff → {owner or 'team'}] (attachment forwarded)\n")
        elif owner is not None:
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
        privacy: PrivacyDesk | None = None,
    ) -> None:
        self.service = service
        self.customer_id = customer_id
        self.display_name = display_name
        self.inp = inp or sys.stdin
        self.out = out or sys.stdout
        # Staff rows are printed under the owner's name: the chats the desk addressed them to.
        addresses = service.desk.addresses
        staff = {addresses.chat_of(o.id): o.name for o in service.owners.owners.values()}
        chats = {chat: name for chat, name in staff.items() if chat is not None}
        transport = ConsoleTransport(self.out, chats, addresses.chat_of(TEAM))
        self.sender = OutboxSender(database, transport, NO_LIMITS)
        self.database = database
        self.desk: HandoffDesk = service.desk
        self.privacy = privacy
        self._printing = asyncio.Lock()
        self._last_id = 0

    def message(self, text: str | None, kind: str = "text") -> IncomingMessage:
        """A console line as a transport-neutral message."""
        return IncomingMessage(
            channel="console",
            user_id=self.customer_id,
            chat_id=CONSOLE_CHAT_ID,
            text=text,
            kind=kind,
            display_name=self.display_name,
            message_id=self._next_message_id(),
        )

    def _next_message_id(self) -> int:
        """A message id for the line, unique across runs on the same database (µs clock)."""
        self._last_id = max(self._last_id + 1, time.time_ns() // 1000)
        return self._last_id

    async def say(self, text: str | None, kind: str = "text") -> TurnReport:
        """Store, answer and print one customer message."""
        message = self.message(text, kind)
        async with self._printing:
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
        ticker = asyncio.create_task(self._print_due())
        try:
            while True:
                line = await asyncio.to_thread(self._read_line, interactive)
                if line is None:
                    break
                if not line.strip():
                    continue
                if not interactive:
                    self.out.write(f"{YOU_PROMPT}{line}\n")
                if line.startswith("/staff"):
                    await self.staff(line)
                elif line.split()[0] in PRIVACY_COMMANDS and self.privacy is not None:
                    await self.privacy_command(line)  # as on Telegram: never heard as a telling
                elif self.privacy is not None and is_unknown_command(line):
                    await self.unknown_command()  # as on Telegram: named commands, no relay
                elif await self.typed_forget_answer(line):
                    pass  # «آره» to "delete now?": the button's answer, not a telling
                else:
                    await self.say(line)
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker

    async def _print_due(self) -> None:
        """Print what the clock produced meanwhile (reminders, follow-ups)."""
        while True:
            await asyncio.sleep(1.0)
            async with self._printing:
                await self.sender.flush()

    async def staff(self, line: str) -> None:
        """``/staff ACTION ID [TEXT]``: act as the request's owner, as they would on Telegram."""
        parts = line.split(maxsplit=3)
        usage = (
            "[staff] usage: /staff claim|reply|resolve|reassign|note ID [TEXT]  or  /staff queue"
        )
        if len(parts) >= 2 and parts[1] == "queue":
            anyone = next(iter(self.desk.owners.owners.values()))
            listed = await self.desk.queue(anyone.id, mine=False)
            self.out.write(f"[staff] {listed.text}\n")
            return
        if len(parts) < 3 or not parts[2].isdigit():
            self.out.write(usage + "\n")
            return
        action, handoff_id, rest = parts[1], int(parts[2]), parts[3] if len(parts) > 3 else ""
        async with self.database.session() as session:
            handoff = await HandoffRepository(session).get(handoff_id)
        owner = self.desk.owners.get(handoff.owner_id or "") if handoff else None
        if owner is None:
            self.out.write(f"[staff] no request #{handoff_id}\n")
            return
        actions = {
            "claim": lambda: self.desk.claim(handoff_id, owner.id),
            "reply": lambda: self.desk.reply(handoff_id, owner.id, rest),
            "resolve": lambda: self.desk.resolve(handoff_id, owner.id, rest or None),
            "reassign": lambda: self.desk.reassign(handoff_id, owner.id, rest.strip()),
            "note": lambda: self.desk.note(handoff_id, owner.id, rest),
        }
        if action not in actions or (action in ("reply", "note", "reassign") and not rest):
            self.out.write(usage + "\n")
            return
        async with self._printing:
            try:
                result = await actions[action]()
            except HamdelError as error:
                self.out.write(f"[staff] {error}\n")
                return
            self.out.write(f"[staff] {result.message}\n")
            await self.sender.flush()

    async def privacy_command(self, line: str) -> None:
        """/privacy, /mydata, /forget (then ``/forget yes|no``, the buttons Telegram shows)."""
        assert self.privacy is not None
        command, *rest = line.split()
        user, chat = self.customer_id, CONSOLE_CHAT_ID
        async with self._printing:
            if command == "/privacy":
                await self.privacy.explain(user, chat, None)
            elif command == "/mydata":
                await self.privacy.send_copy(user, chat, None)
            elif rest and rest[0] in ("yes", "no"):
                await self.privacy.answer_forget(user, chat, None, yes=rest[0] == "yes")
            else:
                await self.privacy.ask_to_forget(user, chat, None)
            await self.sender.flush()
            if command == "/forget" and not rest:
                self.out.write("[buttons] /forget yes  |  /forget no\n")

    async def unknown_command(self) -> None:
        """One line naming the commands there are, in the customer's language."""
        assert self.privacy is not None
        async with self._printing:
            await self.privacy.unknown_command(self.customer_id, CONSOLE_CHAT_ID, None)
            await self.sender.flush()

    async def typed_forget_answer(self, line: str) -> bool:
        """A typed yes/no right after /forget's question: answered as ``/forget yes|no``."""
        if self.privacy is None:
            return False
        async with self._printing:
            answered = await self.privacy.answer_typed(
                self.customer_id, CONSOLE_CHAT_ID, None, line
            )
            if answered:
                await self.sender.flush()
        return answered

    def _read_line(self, interactive: bool) -> str | None:
        if interactive:
            try:
                return input(YOU_PROMPT)
            except EOFError:
                return None
        line = self.inp.readline()
        return None if line == "" else line.rstrip("\n")
