"""Assembly of the Telegram Application, in one place (like the PTB team's rules-bot)."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import BotCommand, BotCommandScopeAllPrivateChats, Update
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.app import Services
from bot.outbox import NO_LIMITS, Limits, OutboxSender
from bot.privacy import PrivacyDesk, text
from bot.settings import Settings
from bot.telegram import handlers, staff
from bot.telegram.addresses import TelegramAddresses
from bot.telegram.aiohttp_request import AiohttpRequest
from bot.telegram.context import CONTEXT_TYPES, HamdelApplication
from bot.telegram.convert import CHANNEL
from bot.telegram.dashboard_command import dashboard_command
from bot.telegram.intake import DurableBot, Intake
from bot.telegram.lean import LeanMessage, LeanReader
from bot.telegram.put_aside import PutAside
from bot.telegram.threads import ForumThreads
from bot.telegram.transport import TelegramTransport
from bot.telegram.window import ListeningWindow

log = logging.getLogger(__name__)
COMMANDS = ("start", "privacy", "mydata", "forget")


def build_application(settings: Settings, services: Services) -> HamdelApplication:
    """The bot: durable intake, customer handlers, outbox sender, listening window."""
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    intake = Intake(services.database)
    bot = DurableBot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=settings.telegram_api_base_url,
        base_file_url=settings.telegram_api_base_url.replace("/bot", "/file/bot"),
        request=AiohttpRequest(connection_pool_size=16),
        get_updates_request=HTTPXRequest(read_timeout=35.0),
        intake=intake,
    )
    application: HamdelApplication = (
        ApplicationBuilder().bot(bot).context_types(CONTEXT_TYPES).build()
    )
    threads = ForumThreads(bot, services.database)  # topics opened on send, not in a turn
    sender = OutboxSender(
        services.database,
        TelegramTransport(bot, threads),
        _limits(settings),
        # With PostgreSQL other processes may be sending: only old 'sending' rows are stale.
        sending_grace=None
        if services.database.is_sqlite
        else settings.outbox_sending_grace_seconds,
    )
    services.desk.threads = threads
    window = ListeningWindow(
        services.conversations,
        sender,
        bot,
        quiet=settings.listen_window_seconds,
        longest=settings.listen_window_max_seconds,
        turn_ended=intake.turn_ended,
        waits=intake.waiting,
        turn_starts=intake.turn_starts,
    )
    data = application.bot_data
    data.settings, data.services, data.intake = settings, services, intake
    data.sender, data.window = sender, window
    data.addresses = TelegramAddresses(services.owners)
    staff_users = {o.telegram_id for o in services.owners.owners.values()}
    intake.lean = LeanReader(
        frozenset(i for i in staff_users if i is not None), services.owners.staff_chat_id
    )
    intake.put_aside = PutAside(bot, services.desk, settings.default_lang, sender.notify)
    intake.put_aside.window = timedelta(minutes=settings.dead_letter_notice_minutes)
    data.privacy = PrivacyDesk(
        services.database,
        CHANNEL,
        settings.default_lang,
        settings.retention_days,
        services.owners,
    )
    _add_handlers(application, services)
    return application


def _limits(settings: Settings) -> Limits:
    """Telegram's rate limits for the outbox, or none (benchmarks against the fake API)."""
    if settings.outbox_limits == "none":
        return NO_LIMITS
    return Limits(
        per_second=settings.outbox_per_second,
        private_interval=settings.outbox_private_interval_seconds,
        group_interval=settings.outbox_group_interval_seconds,
    )


def _add_handlers(application: HamdelApplication, services: Services) -> None:
    """Intake's gate first, staff before customers, the finish last, one error handler."""
    private = filters.ChatType.PRIVATE
    # A customer's plain text read from the JSON (bot/telegram/lean.py): first, and alone.
    application.add_handler(TypeHandler(LeanMessage, handlers.lean_receive), group=-2)
    application.add_handler(TypeHandler(Update, handlers.gate), group=-1)
    application.add_handler(CallbackQueryHandler(staff.staff_button, pattern=r"^h:"))
    application.add_handler(CallbackQueryHandler(staff.dead_letter_button, pattern=r"^d:r:"))
    for name, callback in (
        ("queue", staff.queue_command),
        ("mine", staff.mine_command),
        ("resolve", staff.resolve_command),
        ("reassign", staff.reassign_command),
        ("dashboard", dashboard_command),
    ):
        application.add_handler(CommandHandler(name, callback))
    if services.owners.staff_chat_id is not None:
        team = filters.Chat(services.owners.staff_chat_id) & filters.TEXT & ~filters.COMMAND
        application.add_handler(MessageHandler(team, handlers.team_reply))
    application.add_handler(CommandHandler("privacy", handlers.privacy_command, private))
    application.add_handler(CommandHandler("mydata", handlers.mydata_command, private))
    application.add_handler(CommandHandler("forget", handlers.forget_command, private))
    application.add_handler(CallbackQueryHandler(handlers.customer_button))
    application.add_handler(
        MessageHandler(private & ~filters.COMMAND | filters.Regex(r"^/start"), handlers.receive)
    )
    # Any other command ("/export", "/help"): named commands, never relayed to the owner.
    application.add_handler(MessageHandler(private & filters.COMMAND, handlers.unknown_command))
    application.add_handler(
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & private, handlers.receive)
    )
    application.add_handler(TypeHandler(Update, handlers.finish), group=100)
    application.add_error_handler(handlers.on_error)


async def replay_stored(application: HamdelApplication) -> None:
    """Queue the stored updates that were never answered (a crash, a failed turn)."""
    replay = await application.bot_data.intake.replayable(application.bot)
    for update in replay:
        await application.update_queue.put(update)
    if replay:
        log.info("replaying %s stored update(s) that were never answered", len(replay))


async def register_commands(application: HamdelApplication) -> None:
    """The command menu in each language (and English for everyone else)."""
    scope = BotCommandScopeAllPrivateChats()
    for language in ("fa", "ar", "en", None):
        catalog_language = language or "en"
        commands = [BotCommand(c, text(catalog_language, f"cmd_{c}")) for c in COMMANDS]
        await application.bot.set_my_commands(commands, scope=scope, language_code=language)
