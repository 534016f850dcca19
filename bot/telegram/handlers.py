"""Customer-side handlers: small functions that turn updates into messages and hand them on."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from bot.forget_typed import typed_answer
from bot.logsafe import describe
from bot.privacy import FORGET_NO, FORGET_YES, text
from bot.safe_text import storable
from bot.service import IncomingMessage
from bot.telegram import staff
from bot.telegram.context import Context
from bot.telegram.convert import CHANNEL, to_incoming
from bot.telegram.lean import LeanMessage
from dialogues.languages import first_supported
from storage.repositories import CustomerRepository, OutboxRepository

log = logging.getLogger(__name__)


async def gate(update: Update, context: Context) -> None:
    """Drop an update we answered, are answering or put aside; ignore other bots."""
    intake = context.bot_data.intake
    if not await intake.begin(update.update_id):  # stored already, by the webhook or polling
        raise ApplicationHandlerStop
    user = update.effective_user
    if user is not None and user.is_bot:  # bots answering bots can loop forever
        await intake.mark_processed([update.update_id])
        raise ApplicationHandlerStop
    chat = update.effective_chat
    team_chat = context.bot_data.services.owners.staff_chat_id
    if chat is not None and chat.type != ChatType.PRIVATE and chat.id != team_chat:
        await _group_notice(update, context)
        await intake.mark_processed([update.update_id])
        raise ApplicationHandlerStop


async def lean_receive(update: LeanMessage, context: Context) -> None:
    """A customer's plain text read without PTB's objects (``bot.telegram.lean``): what
    ``gate``, ``receive`` and ``finish`` do with such a message, and no other handler."""
    intake = context.bot_data.intake
    if await intake.begin(update.update_id):
        if await _typed_forget(update.message, context):
            pass  # «آره» to "delete now?": answered; its update needs no turn
        elif context.bot_data.window.add(update.message):  # its turn marks it processed
            intake.hand_to_turn(update.update_id)
        await intake.finish(update.update_id)
    raise ApplicationHandlerStop


async def on_error(update: object, context: Context) -> None:
    """The one error handler: a failed update is not marked processed, so it is replayed."""
    error = context.error
    if not isinstance(update, Update | LeanMessage):
        log.error("error outside an update: %s", describe(error))
        return
    log.error("update %s failed, kept for replay: %s", update.update_id, describe(error))
    intake = context.bot_data.intake
    try:
        await intake.failed(update.update_id, error or RuntimeError("unknown"))
    except Exception as failure:  # the database may be what failed; the row stays unprocessed
        log.error(
            "could not count the failure of update %s: %s", update.update_id, describe(failure)
        )
    raise ApplicationHandlerStop  # later groups (``finish``) must not mark it processed


async def _group_notice(update: Update, context: Context) -> None:
    """In a group: one polite line, once, then silence."""
    chat = update.effective_chat
    if chat is None or update.effective_message is None:
        return
    service = context.bot_data.services.conversations
    async with service.database.writing() as session:
        customers = CustomerRepository(session)
        if await customers.get_by_external("telegram-group", str(chat.id)) is not None:
            return
        await customers.get_or_create("telegram-group", str(chat.id), chat_id=chat.id)
        user = update.effective_user
        language = first_supported(
            (user.language_code if user else None,), service.default_language
        )
        await OutboxRepository(session).enqueue(chat.id, text(language, "group_notice"))
    context.bot_data.sender.notify()


async def receive(update: Update, context: Context) -> None:
    """Text, /start, edits and attachments: store, then wait for the burst to end."""
    if await staff.staff_reply(update, context):
        return  # staff answering a request card, not a customer turn
    message = to_incoming(update)
    if message is None:
        return
    if await _typed_forget(message, context):
        return  # «آره» / "no" typed to "delete now?": the button's answer, never relayed
    service = context.bot_data.services.conversations
    if message.edited:  # an edit of something already stored and perhaps answered
        await service.store_inbound(message)
    else:  # stored by its turn: one write per message instead of two
        message = replace(message, stored=False)
    # Its attempt, counted at intake, is taken back by the window only if it has to wait.
    if context.bot_data.window.add(message):  # its turn marks it processed
        context.bot_data.intake.hand_to_turn(update.update_id)


async def _typed_forget(message: IncomingMessage, context: Context) -> bool:
    """Whether the message was a typed answer to /forget's question (and is now answered)."""
    if message.kind != "text" or message.edited or typed_answer(message.text) is None:
        return False  # most messages: no lock, no database
    window = context.bot_data.window
    async with window.chat_lock(message.chat_id):  # as the buttons: one turn at a time
        desk = context.bot_data.privacy
        chat = message.chat_id
        if not await desk.answer_typed(message.user_id, chat, message.language_code, message.text):
            return False
    context.bot_data.sender.notify()
    return True


async def team_reply(update: Update, context: Context) -> None:
    """A reply inside the staff chat: staff answering a card there."""
    await staff.staff_reply(update, context)


async def privacy_command(update: Update, context: Context) -> None:
    """/privacy: what we store, why, for how long, who sees it."""
    user, chat = update.effective_user, update.effective_chat
    if user and chat:
        await context.bot_data.privacy.explain(str(user.id), chat.id, user.language_code)
        context.bot_data.sender.notify()


async def mydata_command(update: Update, context: Context) -> None:
    """/mydata: everything we hold about the customer, as a JSON document."""
    user, chat = update.effective_user, update.effective_chat
    if user and chat:
        await context.bot_data.privacy.send_copy(str(user.id), chat.id, user.language_code)
        context.bot_data.sender.notify()


async def forget_command(update: Update, context: Context) -> None:
    """/forget: ask for confirmation before erasing."""
    user, chat = update.effective_user, update.effective_chat
    if user and chat:
        await context.bot_data.privacy.ask_to_forget(str(user.id), chat.id, user.language_code)
        context.bot_data.sender.notify()


async def unknown_command(update: Update, context: Context) -> None:
    """ "/export", "/help": one polite line naming the commands there are; never a telling."""
    user, chat = update.effective_user, update.effective_chat
    if user and chat:
        await context.bot_data.privacy.unknown_command(str(user.id), chat.id, user.language_code)
        context.bot_data.sender.notify()


async def customer_button(update: Update, context: Context) -> None:
    """A customer's button: /forget confirmation, or an answer to a follow-up question."""
    query = update.callback_query
    user, chat = update.effective_user, update.effective_chat
    if query is None or user is None or chat is None:
        return
    await query.answer()
    data = query.data or ""
    window = context.bot_data.window
    async with window.chat_lock(chat.id):  # the same lock as text turns: one turn at a time
        if data in (FORGET_YES, FORGET_NO):
            desk = context.bot_data.privacy
            yes = data == FORGET_YES
            await desk.answer_forget(str(user.id), chat.id, user.language_code, yes)
        else:
            service = context.bot_data.services.conversations
            button = IncomingMessage(
                channel=CHANNEL,
                user_id=str(user.id),
                chat_id=chat.id,
                kind="button",
                payload=storable(data),
                display_name=storable(user.first_name),
                update_id=update.update_id,
            )
            await service.handle_burst([button])
    context.bot_data.sender.notify()


async def finish(update: Update, context: Context) -> None:
    """Mark updates that needed no turn as processed (turns mark their own)."""
    await context.bot_data.intake.finish(update.update_id)
