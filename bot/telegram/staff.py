"""Staff-side handlers: buttons on request cards, replies to cards, and staff commands.

Every action is checked against the owners directory server-side; a forged or stale
button gets an alert, never an action. What a reply does is read from the message it
answers by that message's id (``staff_messages``), never from its words, and every text
here is in the reader's language (``catalog/staff_*.yml``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from telegram import CallbackQuery, Update, User

from bot.addresses import TEAM
from bot.dead_letters import answer_request, answer_target
from bot.errors import NotYourRequestError, StaffOnlyError
from bot.handoffs import HandoffDesk
from bot.owners import Owner
from bot.staff_actions import (
    ADD_NOTE,
    ADD_RESOLUTION,
    ANSWER,
    CLAIM,
    REASSIGN,
    REASSIGN_TO,
    REPLY,
    RESOLVE,
)
from bot.staff_actions import parse_action as parse
from bot.staff_answers import StaffAnswer, answer_staff
from bot.staff_words import say
from bot.telegram.context import Context
from dialogues.languages import first_supported
from storage.errors import NotFoundError
from storage.repositories import HandoffRepository, OutboxRepository, StaffMessageRepository


def _desk(context: Context) -> HandoffDesk:
    desk: HandoffDesk = context.bot_data.services.desk
    return desk


def _owner(context: Context, user: User) -> Owner | None:
    """The owner behind this Telegram account (the server-side staff check), or None."""
    return context.bot_data.addresses.owner_of(user.id)


def _place(context: Context, chat_id: int, owner: Owner | None) -> str | None:
    """Where an answer to someone in ``chat_id`` goes, as the core names it (None: nobody)."""
    if owner is not None:
        return context.bot_data.addresses.place_of(chat_id, owner)
    team = context.bot_data.addresses.chat_of(TEAM)
    return TEAM if team is not None and chat_id == team else None


def _language(context: Context, user: User) -> str:
    """Staff read their first listed language; anyone else their own client's."""
    owner = _owner(context, user)
    if owner is not None:
        return owner.language
    return first_supported([user.language_code, _desk(context).team_language], "en")


async def _say(
    context: Context,
    chat_id: int,
    owner: Owner | None,
    text: str,
    handoff_ids: Sequence[int] = (),
    purpose: str = ANSWER,
    *,
    buttons: list[Any] | None = None,
    force_reply: bool = False,
) -> None:
    """A prompt, list or refusal, through the one staff-answer writer (and the outbox).

    Staff answers name an owner or the team, as the core does; anyone else (a stranger
    refused, an owner writing from some other chat) is answered in ``chat_id`` directly.
    """
    addresses = context.bot_data.addresses
    place = _place(context, chat_id, owner)
    async with context.bot_data.services.database.writing() as session:
        if place is not None and addresses.chat_of(place) == chat_id:
            answer = StaffAnswer(place, text, handoff_ids, purpose, buttons, force_reply)
            await answer_staff(session, addresses, answer)
        else:
            await OutboxRepository(session).enqueue(chat_id, text)
    context.bot_data.sender.notify()


_Data = TypeVar("_Data")


@dataclass(frozen=True)
class _Press(Generic[_Data]):
    """A staff button pressed: what every staff button needs before it acts."""

    query: CallbackQuery
    chat_id: int
    language: str  # the presser's
    owner: Owner | None  # None: not on the staff list (each action refuses server-side)
    data: _Data  # the button's data, read


async def _pressed(
    update: Update, context: Context, read: Callable[[str], _Data | None]
) -> _Press[_Data] | None:
    """The opening both staff buttons share: the press, its chat, the presser's language
    and owner, and the button's data read by ``read``. None when there is nothing to
    answer, or the data is not one of ours (the presser is told so, in their language)."""
    query = update.callback_query
    user, chat = update.effective_user, update.effective_chat
    if query is None or user is None or chat is None:
        return None
    language = _language(context, user)
    data = read(query.data or "")
    if data is None:
        await query.answer(say(language, "button_invalid"), show_alert=True)
        return None
    return _Press(query, chat.id, language, _owner(context, user), data)


async def staff_button(update: Update, context: Context) -> None:
    """Claim / Reply / Resolve / Reassign / Note on a request card."""
    press = await _pressed(update, context, parse)
    if press is None:
        return
    query, chat_id, language, owner = press.query, press.chat_id, press.language, press.owner
    action, handoff_id, arg = press.data
    desk = _desk(context)
    try:
        staff = desk.staff(owner.id if owner is not None else None).id  # StaffOnlyError
        if action == CLAIM:
            result = await desk.claim(handoff_id, staff)
            await query.answer(result.message)
            return
        if action == RESOLVE:
            # The confirmation is written with the action (in its transaction).
            await desk.resolve(handoff_id, staff, answer_to=_place(context, chat_id, owner))
            context.bot_data.sender.notify()
            await query.answer(say(language, "resolved_short"))
            return
        await desk.authorize(handoff_id, staff)
        if action == REASSIGN:
            await query.answer()
            choices = desk.reassign_choices(handoff_id, staff)
            ask = say(language, "reassign_ask", id=handoff_id)
            await _say(context, chat_id, owner, ask, [handoff_id], buttons=[[c] for c in choices])
            return
        if action == REASSIGN_TO:
            result = await desk.reassign(handoff_id, staff, arg)
            await query.answer(result.message)
            return
        await query.answer()
        purpose = ANSWER if action == REPLY else ADD_NOTE
        await _prompt(context, chat_id, owner, handoff_id, purpose, language)
    except NotYourRequestError as refusal:
        await query.answer(str(refusal)[:200], show_alert=True)
    except StaffOnlyError:
        await query.answer(say(language, "not_staff"), show_alert=True)
    except NotFoundError:
        await query.answer(say(language, "stale"), show_alert=True)


async def dead_letter_button(update: Update, context: Context) -> None:
    """The "Answer them" button of a dead letter's notice with no open request
    (``bot.dead_letters``): listed staff only; opens (or finds) the customer's request, then
    asks for the reply."""
    press = await _pressed(update, context, answer_target)
    if press is None:
        return
    query, chat_id, language, owner = press.query, press.chat_id, press.language, press.owner
    customer_id = press.data
    desk = _desk(context)
    try:
        staff = owner.id if owner is not None else None
        handoff_id = await answer_request(desk, customer_id, staff)  # StaffOnlyError
        await desk.authorize(handoff_id, staff)  # an open request by now: theirs to answer?
        await query.answer()
        await _prompt(context, chat_id, owner, handoff_id, ANSWER, language)
    except NotYourRequestError as refusal:
        await query.answer(str(refusal)[:200], show_alert=True)
    except StaffOnlyError:
        await query.answer(say(language, "not_staff"), show_alert=True)
    except NotFoundError:
        await query.answer(say(language, "stale"), show_alert=True)


async def _prompt(
    context: Context,
    chat_id: int,
    owner: Owner | None,
    handoff_id: int,
    purpose: str,
    language: str,
) -> None:
    """Ask for the answer or the note; a reply to the prompt is read by its message id."""
    key = "reply_prompt" if purpose == ANSWER else "note_prompt"
    text = say(language, key, id=handoff_id)
    await _say(context, chat_id, owner, text, [handoff_id], purpose, force_reply=True)


async def staff_reply(update: Update, context: Context) -> bool:
    """A staff member's reply to a card or prompt; False when the message is not that."""
    message = update.effective_message
    user, chat = update.effective_user, update.effective_chat
    if message is None or user is None or chat is None or message.text is None:
        return False
    desk = _desk(context)
    owner = _owner(context, user)
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
        await _say(context, chat.id, owner, say(language, "several", ids=ids))
        return True
    handoff_id, purpose = meant[-1]  # one request; its latest meaning when it has two
    to = _place(context, chat.id, owner)
    try:
        if purpose == ADD_RESOLUTION:
            await desk.resolve(handoff_id, owner.id, message.text, answer_to=to)
        elif purpose == ADD_NOTE:
            await desk.note(handoff_id, owner.id, message.text, answer_to=to)
        else:
            await desk.reply(handoff_id, owner.id, message.text, answer_to=to)
    except NotFoundError:
        await _say(context, chat.id, owner, say(language, "stale"))
        return True
    except NotYourRequestError as refusal:
        await _say(context, chat.id, owner, str(refusal))
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
    owner = _owner(context, user)
    try:
        listed = await _desk(context).queue(owner.id if owner else None, mine=mine)
    except StaffOnlyError:
        await _say(context, chat.id, owner, say(_language(context, user), "not_staff"))
        return
    await _say(context, chat.id, owner, listed.text, listed.handoff_ids)


async def _command(update: Update, context: Context, usage: str, arity: range, action: str) -> None:
    """Run a staff command "ACTION ID …" with the server-side staff check."""
    user, chat = update.effective_user, update.effective_chat
    args = context.args or []
    if user is None or chat is None:
        return
    language = _language(context, user)
    owner = _owner(context, user)
    if len(args) not in arity or not args[0].lstrip("#").isdigit():
        await _say(context, chat.id, owner, say(language, usage))
        return
    handoff_id, rest = int(args[0].lstrip("#")), args[1:]
    desk = _desk(context)
    staff, to = (owner.id if owner else None), _place(context, chat.id, owner)
    try:
        if action == "resolve":
            await desk.resolve(handoff_id, staff, " ".join(rest) or None, answer_to=to)
        else:
            await desk.reassign(handoff_id, staff, rest[0], answer_to=to)
    except NotYourRequestError as refusal:
        text = str(refusal)
    except StaffOnlyError:
        text = say(language, "not_staff")
    except NotFoundError:
        text = say(language, "stale")
    else:  # the confirmation was written with the action
        context.bot_data.sender.notify()
        return
    await _say(context, chat.id, owner, text)


async def resolve_command(update: Update, context: Context) -> None:
    """/resolve ID [resolution]."""
    await _command(update, context, "usage_resolve", range(1, 99), "resolve")


async def reassign_command(update: Update, context: Context) -> None:
    """/reassign ID OWNER."""
    await _command(update, context, "usage_reassign", range(2, 3), "reassign")
