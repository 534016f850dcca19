"""What every handler shares: a typed bot data object instead of a string-keyed dict.

PTB builds ``bot_data`` from the class given to ``ContextTypes`` (with no arguments);
``build_application`` then sets each field once, before the first update arrives.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.app import Services
from bot.outbox import OutboxSender
from bot.privacy import PrivacyDesk
from bot.settings import Settings
from bot.telegram.addresses import TelegramAddresses
from bot.telegram.intake import DurableBot, Intake
from bot.telegram.window import ListeningWindow


class HamdelBotData:
    """The services the handlers use, shared by every update."""

    settings: Settings
    services: Services
    intake: Intake
    sender: OutboxSender
    window: ListeningWindow
    privacy: PrivacyDesk
    addresses: TelegramAddresses  # Telegram account -> owner, owner -> chat


Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], HamdelBotData]
HamdelApplication = Application[
    DurableBot,
    CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], HamdelBotData],
    dict[Any, Any],
    dict[Any, Any],
    HamdelBotData,
    Any,  # no job queue: the scheduler keeps due times in the database
]
CONTEXT_TYPES = ContextTypes(bot_data=HamdelBotData)
