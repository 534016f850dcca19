"""Telegram's address book: the one place that maps Telegram accounts to owners and back."""

from __future__ import annotations

from bot.addresses import TEAM
from bot.owners import load_owners
from bot.telegram.addresses import TelegramAddresses
from tests.telegram.conftest import OWNER_REZA, OWNER_SARA, ROOT

TEAM_CHAT = -1001234567890  # owners.example.yml's staff_chat_id


def test_accounts_map_to_owners_and_strangers_to_nobody() -> None:
    book = TelegramAddresses(load_owners(ROOT / "owners.example.yml"))
    reza, sara = book.owner_of(OWNER_REZA), book.owner_of(OWNER_SARA)
    assert (reza and reza.id, sara and sara.id) == ("reza", "sara")
    assert book.owner_of(4242) is None and book.owner_of(None) is None  # not staff


def test_owners_and_the_team_map_to_their_chats() -> None:
    book = TelegramAddresses(load_owners(ROOT / "owners.example.yml"))
    assert book.chat_of("reza") == OWNER_REZA and book.chat_of("sara") == OWNER_SARA
    assert book.chat_of(TEAM) == TEAM_CHAT
    assert book.chat_of("nobody") is None
    reza = book.owner_of(OWNER_REZA)
    assert reza is not None
    # Acting in the staff group is answered there; anywhere else, in the owner's own chat.
    assert book.place_of(TEAM_CHAT, reza) == TEAM
    assert book.place_of(OWNER_REZA, reza) == "reza"
