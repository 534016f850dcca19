"""Where staff are reached: the core names owners (owners.yml ids) and the team; the channel
says which of its chats that is.

The core never decides a staff member's chat from a channel's account: it asks the
channel's :class:`StaffAddresses` (Telegram's is :class:`bot.telegram.addresses.TelegramAddresses`)
when it queues a row, because the outbox orders and paces rows per destination chat.
"""

from __future__ import annotations

from typing import Protocol

# The staff chat as a whole, where a staff answer may go instead of one owner's chat.
# Owner ids come from owners.yml and are plain words, so this can name no owner.
TEAM = "@team"


class StaffAddresses(Protocol):
    """The channel's map from an owner (or :data:`TEAM`) to the chat that reaches them."""

    def chat_of(self, place: str) -> int | None:
        """The chat for owner id ``place`` (or the team's); None when unreachable."""
