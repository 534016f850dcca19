"""Telegram's side of who staff are: a Telegram account -> an owner, an owner -> a chat.

The only place that reads ``telegram_id`` and ``staff_chat_id`` from owners.yml for
routing; everything else names owners by their id (see :mod:`bot.addresses`).
"""

from __future__ import annotations

from bot.addresses import TEAM
from bot.owners import Owner, OwnersDirectory


class TelegramAddresses:
    """Owners to Telegram chats and back, from owners.yml."""

    def __init__(self, owners: OwnersDirectory) -> None:
        self.owners = owners

    def chat_of(self, place: str) -> int | None:
        """A private chat with the owner (their user id), or the staff group for TEAM."""
        if place == TEAM:
            return self.owners.staff_chat_id
        owner = self.owners.get(place)
        return owner.telegram_id if owner is not None else None

    def owner_of(self, user_id: int | None) -> Owner | None:
        """The owner behind a Telegram account; None for anyone else (not staff)."""
        if user_id is None:
            return None
        found = (o for o in self.owners.owners.values() if o.telegram_id == user_id)
        return next(found, None)

    def place_of(self, chat_id: int, owner: Owner) -> str:
        """Where an answer to ``owner`` acting in ``chat_id`` goes: the team's chat or theirs."""
        return TEAM if chat_id == self.owners.staff_chat_id else owner.id
