"""The customer's privacy rights, channel-neutral: what we keep, a copy of it, erasure.

Every answer goes through the outbox like any other message.
"""

from __future__ import annotations

import json
from typing import Any

from bot.buttons import stored
from bot.forget_typed import typed_answer
from bot.mydata_text import summary
from bot.owners import OwnersDirectory
from dialogues.catalog import variants
from dialogues.languages import Language, first_supported
from storage.database import Database
from storage.models import Customer
from storage.repositories import CustomerRepository, OutboxRepository, PrivacyRepository

FORGET_YES = "forget:yes"
FORGET_NO = "forget:no"


def pick_language(customer: Customer | None, hint: str | None, default: Language) -> str:
    """The customer's language, else their app's, else the company default."""
    return first_supported((customer.language if customer else None, hint), default)


def text(language: str, key: str, **values: Any) -> str:
    """A fixed catalog text (privacy notices are the same every time, on purpose)."""
    return variants(language, key)[0].format(**values)


class PrivacyDesk:
    """Answers /privacy, /mydata and /forget for one channel."""

    def __init__(
        self,
        database: Database,
        channel: str,
        default_language: Language,
        days: int,
        owners: OwnersDirectory | None = None,
    ) -> None:
        self.database = database
        self.owners = owners
        self.channel = channel
        self.default_language = default_language
        self.days = days

    async def _customer(self, session: Any, user_id: str) -> Customer | None:
        return await CustomerRepository(session).get_by_external(self.channel, user_id)

    async def explain(self, user_id: str, chat_id: int, hint: str | None) -> None:
        """What is stored, why, for how long, who sees it."""
        async with self.database.writing() as session:
            customer = await self._customer(session, user_id)
            language = pick_language(customer, hint, self.default_language)
            await OutboxRepository(session).enqueue(
                chat_id,
                text(language, "privacy_notice", days=self.days),
                customer_id=customer.id if customer else None,
            )

    async def send_copy(self, user_id: str, chat_id: int, hint: str | None) -> None:
        """Everything about the customer: a JSON document, then a text one they can read."""
        async with self.database.writing() as session:
            customer = await self._customer(session, user_id)
            language = pick_language(customer, hint, self.default_language)
            document = await PrivacyRepository(session).export(customer.id) if customer else {}
            outbox = OutboxRepository(session)
            await outbox.enqueue(
                chat_id,
                json.dumps(document, ensure_ascii=False, indent=2, default=str),
                customer_id=customer.id if customer else None,
                kind="document",
                extra={
                    "filename": "hamdel-mydata.json",
                    "caption": text(language, "mydata_caption"),
                },
            )
            await outbox.enqueue(
                chat_id,
                summary(document, language, self._owner),
                customer_id=customer.id if customer else None,
                kind="document",
                extra={"filename": "hamdel-mydata.txt"},
            )

    def _owner(self, owner_id: str, language: str) -> tuple[str, str] | None:
        """A handoff owner's name and title as the customer reads them."""
        found = self.owners.get(owner_id) if self.owners else None
        return (found.name_in(language), found.title_in(language)) if found else None

    async def ask_to_forget(self, user_id: str, chat_id: int, hint: str | None) -> None:
        """Confirm before erasing."""
        async with self.database.writing() as session:
            customer = await self._customer(session, user_id)
            language = pick_language(customer, hint, self.default_language)
            buttons = [
                [
                    stored(text(language, "button_forget_yes"), FORGET_YES),
                    stored(text(language, "button_forget_no"), FORGET_NO),
                ]
            ]
            await OutboxRepository(session).enqueue(
                chat_id,
                text(language, "forget_confirm"),
                buttons=buttons,
                customer_id=customer.id if customer else None,
            )

    async def unknown_command(self, user_id: str, chat_id: int, hint: str | None) -> None:
        """ "/export", "/help": one line naming the commands there are (never relayed)."""
        async with self.database.writing() as session:
            customer = await self._customer(session, user_id)
            language = pick_language(customer, hint, self.default_language)
            await OutboxRepository(session).enqueue(
                chat_id,
                text(language, "unknown_command"),
                customer_id=customer.id if customer else None,
            )

    async def answer_typed(
        self, user_id: str, chat_id: int, hint: str | None, said: str | None
    ) -> bool:
        """A typed «آره» / "no" right after "delete now?": answered as the button would be.

        True when it was the answer (then it is no telling: not stored, not relayed).
        """
        yes = typed_answer(said)
        if yes is None:  # the word first: most messages never reach the database here
            return False
        async with self.database.session() as session:
            customer = await self._customer(session, user_id)
            customer_id = customer.id if customer else None
            asked = await PrivacyRepository(session).asked_to_forget(
                chat_id, customer_id, FORGET_YES
            )
        if not asked:
            return False
        await self.answer_forget(user_id, chat_id, hint, yes)
        return True

    async def answer_forget(self, user_id: str, chat_id: int, hint: str | None, yes: bool) -> None:
        """Erase (or not) and say so."""
        async with self.database.writing() as session:
            customer = await self._customer(session, user_id)
            language = pick_language(customer, hint, self.default_language)
            if yes and customer is not None:
                await PrivacyRepository(session).forget(customer.id, chat_id)
            await OutboxRepository(session).enqueue(
                chat_id, text(language, "forget_done" if yes else "forget_cancelled")
            )
        if yes:
            await self.database.purge_deleted()
