"""Staff-side handlers: buttons on request cards, replies to cards, and staff commands.

Every action is checked against the owners directory server-side; a forged or stale
button gets an alert, never an action. What a reply does is read from the message it
answers by that message's id (``staff_messages``), never from its words, and every text
here is in the reader's language (``catalog/staff_*.yml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram import Update, User

from bot.errors import NotYourRequestError, StaffOnlyError
from bot.handoffs import CLAIM, REASSIGN, REASSIGN_TO, REPLY, RESOLVE, HandoffDesk
from bot.handoffs import parse_action as parse
from bot.staff_actions import ADD_NOTE, ADD_RESOLUTION, ANSWER
from bot.staff_answers import StaffAnswer, answer_staff
from bot.staff_words import say
from bot.telegram.context import Context
from dialogues.languages import first_supported
from storage.errors import NotFoundError
from storage.repositories import HandoffRepository, StaffMessageRepository


def _desk(context: Context) -> HandoffDesk:
    desk: HandoffDesk = context.bot_data.services.desk
    return desk


def _language(context: Context, user: User) -> str:
    """Staff read their first listed language; anyone else their own client's."""
    desk = _desk(context)
    owner = desk.owners.by_telegram_id(user.id)
    if owner is not None:
        return owner.language
    return first_supported([user.language_code, desk.team_language], "en")


async def _say(
    context: Context,
    chat_id: int,
    text: str,
    handoff_ids: Sequence[int] = (),
    purpose: str = ANSWER,
    *,
    buttons: list[Any] | None = None,
    force_reply: bool = False,
) -> None:
    """A prompt, list or refusal, through the one staff-answer writer (and the outbox)."""
    database = context.bot_data.services.database
    answer = StaffAnswer(chat_id, text, handoff_ids, purpose, buttons, force_reply)
    async with database.writing() as session:
        await answer_staff(session, answer)
    context.bot_data.sender.notify()


async def staff_button(update: Update, context: Context) -> None:
    """Claim / Reply / Resolve / Reassign / Note on a request card."""
    query = update.callback_query
    user, chat = update.effective_user, update.effective_chat
    if query is None or user is None or chat is None:
        return
    language = _language(context, user)
    parsed = parse(query.data or "")
    if parsed is None:
        await query.answer(say(language, "button_invalid"), show_alert=True)
        return
    action, handoff_id, arg = parsed
    desk = _desk(context)
    try:
        desk.staff(user.id)
        if action == CLAIM:
            result = await desk.claim(handoff_id, user.id)
            await query.answer(result.message)
            return
        if action == RESOLVE:
            # The confirmation is written with the action (in its transaction).
            await desk.resolve(handoff_id, user.id, answer_in=chat.id)
            context.bot_data.sender.notify()
            await query.answer(say(language, "resolved_short"))
            return
        await desk.authorize(handoff_id, user.id)
        if action == REASSIGN:
            await query.answer()
            choices = desk.reassign_choices(handoff_id, user.id)
            ask = say(language, "reassign_ask", id=handoff_id)
            await _say(context, chat.id, ask, [handoff_id], buttons=[[c] for c in choices])
            return
        if action == REASSIGN_TO:
            result = await desk.reassign(handoff_id, user.id, arg)
            await query.answer(result.message)
            return
        await query.answer()
        purpose = ANSWER if action == REPLY else ADD_NOTE
        await _prompt(context, chat.id, handoff_id, purpose, language)
    except NotYourRequestError as refusal:
        await query.answer(str(refusal)[:200], show_alert=True)
    except StaffOnlyError:
        await query.answer(say(language, "not_staff"), show_alert=True)
    except NotFoundError:
        await query.answer(say(language, "stale"), show_alert=True)


async def _prompt(
    context: Context, chat_id: int, handoff_id: int, purpose: str, language: str
) -> None:
    """Ask for the answer or the note; a reply to the prompt is read by its message id."""
    key = "reply_prompt" if purpose == ANSWER else "note_prompt"
    text = say(language, key, id=handoff_id)
    await _say(context, chat_id, text, [handoff_id], purpose, force_reply=True)


async def staff_reply(update: Update, context: Context) -> bool:
    """A staff member's reply to a card or prompt; False when the message is not that."""
    message = update.effective_message
    user, chat = update.effective_user, update.effective_chat
    if message is None or user is None or chat is None or message.text is None:
        return False
    desk = _desk(context)
    owner = desk.owners.by_telegram_id(user.id)
    if owner is None:
        return False  # a customer replying to one of our messages: an ordinary turn
    language = owner.language
    replied = message.reply_to_message
    meant = await _meant(context, chat.id, replied.message_id) if replied is not None else []
    if not meant and message.is_topic_message and message.message_thread_id is not None:
        # Written inside the request's own forum topic in the staff chat.
        in_thread = await _thread_handoff(context, message.message_thread_id)
        meant = [(in_thread, ANSWER)] if in_thread is not None else []
    if not meant:
        return False
    several = sorted({handoff_id for handoff_id, _ in meant})
    if len(several) > 1:
        # A digest of several cards: guessing could send the answer to the wrong customer.
        ids = ", ".join(f"#{i}" for i in several)
        await _say(context, chat.id, say(language, "several", ids=ids))
        return True
    handoff_id, purpose = meant[-1]  # one request; its latest meaning when it has two
    try:
        if purpose == ADD_RESOLUTION:
            await desk.resolve(handoff_id, user.id, message.text, answer_in=chat.id)
        elif purpose == ADD_NOTE:
            await desk.note(handoff_id, user.id, message.text, answer_in=chat.id)
        else:
            await desk.reply(handoff_id, user.id, message.text, answer_in=chat.id)
    except NotFoundError:
        await _say(context, chat.id, say(language, "stale"))
        return True
    except NotYourRequestError as refusal:
        await _say(context, chat.id, str(refusal))
        return True
    context.bot_data.sender.notify()  # the confirmation was written with the action
    return True


async def _meant(context: Context, chat_id: int, message_id: int) -> list[tuple[int, str]]:
    database = context.bot_data.services.database
    async with database.session() as session:
        return await StaffMessageRepository(session).lookup(chat_id, message_id)


async def _thread_handoff(context: Context, thread_id: int) -> int | None:
    database = context.bot_data.services.database
    async with database.session() as session:
        handoff = await HandoffRepository(session).by_staff_thread(thread_id)
        return handoff.id if handoff is not None else None


async def queue_command(update: Update, context: Context) -> None:
    """/queue: every open request."""
    await _list(update, context, mine=False)


async def mine_command(update: Update, context: Context) -> None:
    """/mine: the caller's open requests."""
    await _list(update, context, mine=True)


async def _list(update: Update, context: Context, *, mine: bool) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    try:
        listed = await _desk(context).queue(user.id, mine=mine)
    except StaffOnlyError:
        await _say(context, chat.id, say(_language(context, user), "not_staff"))
        return
    await _say(context, chat.id, listed.text, listed.handoff_ids)


async def _command(update: Update, context: Context, usage: str, arity: range, action: str) -> None:
    """Run a staff command "ACTION ID …" with the server-side staff check."""
    user, chat = update.effective_user, update.effective_chat
    args = context.args or []
    if user is None or chat is None:
        return
    language = _language(context, user)
    if len(args) not in arity or not args[0].lstrip("#").isdigit():
        await _say(context, chat.id, say(language, usage))
        return
    handoff_id, rest = int(args[0].lstrip("#")), args[1:]
    desk = _desk(context)
    try:
        if action == "resolve":
            await desk.resolve(handoff_id, user.id, " ".join(rest) or None, answer_in=chat.id)
        else:
            await desk.reassign(handoff_id, user.id, rest[0], answer_in=chat.id)
    except NotYourRequestError as refusal:
        text = str(refusal)
    except StaffOnlyError:
        text = say(language, "not_staff")
    except NotFoundError:
        text = say(language, "stale")
    else:  # the confirmation was written with the action
        context.bot_data.sender.notify()
        return
    await _say(context, chat.id, text)


async def resolve_command(update: Update, context: Context) -> None:
    """/resolve ID [resolution]."""
    await _command(update, context, "usage_resolve", range(1, 99), "resolve")


async def reassign_command(update: Update, context: Context) -> None:
    """/reassign ID OWNER."""
    await _command(update, context, "usage_reassign", range(2, 3), "reassign")
