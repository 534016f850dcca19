"""Staff-side handlers: buttons on request cards, replies to cards, and staff commands.

Every action is checked against the owners directory server-side; a forged or stale
button gets an alert, never an action.
"""

from __future__ import annotations

import re

from telegram import ForceReply, Update

from bot.errors import NotYourRequestError, StaffOnlyError
from bot.handoffs import CLAIM, REASSIGN, REASSIGN_TO, REPLY, RESOLVE, HandoffDesk
from bot.handoffs import parse_action as parse
from bot.telegram.context import Context
from storage.errors import NotFoundError
from storage.repositories import HandoffRepository, OutboxRepository

_CARD_ID = re.compile(r"#(\d+)")
_HEADS = re.compile(r"^#(\d+)[ :]", re.MULTILINE)  # each card or relay in a digest starts so
_RESOLVED = re.compile(r"^#(\d+) resolved\.")
_NOTE_PROMPT = "Internal note for #{id}: reply to this message (customers never see notes)."
_REPLY_PROMPT = "Your answer to the customer on #{id}: reply to this message."
NOT_STAFF = "Only our staff can do that."
STALE = "That request no longer exists."
SEVERAL = (
    "That message holds several requests ({ids}); press Reply under the one you mean, "
    "so your answer reaches the right customer."
)


def _desk(context: Context) -> HandoffDesk:
    desk: HandoffDesk = context.bot_data.services.desk
    return desk


async def _say(context: Context, chat_id: int, text: str, **extra: object) -> None:
    """Staff messages go through the outbox too."""
    database = context.bot_data.services.database
    async with database.session() as session, session.begin():
        await OutboxRepository(session).enqueue(chat_id, text, **extra)  # type: ignore[arg-type]
    context.bot_data.sender.notify()


async def staff_button(update: Update, context: Context) -> None:
    """Claim / Reply / Resolve / Reassign / Note on a request card."""
    query = update.callback_query
    user, chat = update.effective_user, update.effective_chat
    if query is None or user is None or chat is None:
        return
    parsed = parse(query.data or "")
    if parsed is None:
        await query.answer("That button is not valid.", show_alert=True)
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
            result = await desk.resolve(handoff_id, user.id)
            await query.answer("Resolved.")
            await _say(context, chat.id, result.message)
            return
        await desk.authorize(handoff_id, user.id)
        if action == REASSIGN:
            await query.answer()
            choices = desk.reassign_choices(handoff_id, user.id)
            await _say(
                context, chat.id, f"Pass #{handoff_id} to whom?", buttons=[[c] for c in choices]
            )
            return
        if action == REASSIGN_TO:
            result = await desk.reassign(handoff_id, user.id, arg)
            await query.answer(result.message)
            return
        prompt = _REPLY_PROMPT if action == REPLY else _NOTE_PROMPT
        await query.answer()
        # ForceReply is not an outbox row: it only shapes the staff member's own input box.
        await context.bot.send_message(
            chat.id, prompt.format(id=handoff_id), reply_markup=ForceReply(selective=True)
        )
    except NotYourRequestError as refusal:
        await query.answer(str(refusal)[:200], show_alert=True)
    except StaffOnlyError:
        await query.answer(NOT_STAFF, show_alert=True)
    except NotFoundError:
        await query.answer(STALE, show_alert=True)


async def staff_reply(update: Update, context: Context) -> bool:
    """A staff member's reply to a card or prompt; False when the message is not that."""
    message = update.effective_message
    user, chat = update.effective_user, update.effective_chat
    if message is None or user is None or chat is None or message.text is None:
        return False
    desk = _desk(context)
    if desk.owners.by_telegram_id(user.id) is None:
        return False  # a customer replying to one of our messages: an ordinary turn
    replied = message.reply_to_message
    ours = (
        replied is not None
        and replied.from_user is not None
        and replied.from_user.id == context.bot.id
    )
    source = (replied.text or "") if ours and replied is not None else ""
    found = _CARD_ID.search(source) if ours else None
    several = sorted({int(i) for i in _HEADS.findall(source)})
    if found is not None and len(several) > 1:
        # A digest of several cards: guessing could send the answer to the wrong customer.
        await _say(context, chat.id, SEVERAL.format(ids=", ".join(f"#{i}" for i in several)))
        return True
    if found is not None:
        handoff_id = int(found.group(1))
    elif message.is_topic_message and message.message_thread_id is not None:
        # Written inside the request's own forum topic in the staff chat.
        in_thread = await _thread_handoff(context, message.message_thread_id)
        if in_thread is None:
            return False
        handoff_id, source = in_thread, ""
    else:
        return False
    try:
        if _RESOLVED.match(source):
            result = await desk.resolve(handoff_id, user.id, message.text)
        elif source.startswith("Internal note"):
            result = await desk.note(handoff_id, user.id, message.text)
        else:
            result = await desk.reply(handoff_id, user.id, message.text)
    except NotFoundError:
        await _say(context, chat.id, STALE)
        return True
    except NotYourRequestError as refusal:
        await _say(context, chat.id, str(refusal))
        return True
    await _say(context, chat.id, result.message)
    return True


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
        text = await _desk(context).queue(user.id, mine=mine)
    except StaffOnlyError:
        text = NOT_STAFF
    await _say(context, chat.id, text)


async def _command(update: Update, context: Context, usage: str, arity: range, action: str) -> None:
    """Run a staff command "ACTION ID …" with the server-side staff check."""
    user, chat = update.effective_user, update.effective_chat
    args = context.args or []
    if user is None or chat is None:
        return
    if len(args) not in arity or not args[0].lstrip("#").isdigit():
        await _say(context, chat.id, usage)
        return
    handoff_id, rest = int(args[0].lstrip("#")), args[1:]
    desk = _desk(context)
    try:
        if action == "resolve":
            result = await desk.resolve(handoff_id, user.id, " ".join(rest) or None)
        else:
            result = await desk.reassign(handoff_id, user.id, rest[0])
        text = result.message
    except NotYourRequestError as refusal:
        text = str(refusal)
    except StaffOnlyError:
        text = NOT_STAFF
    except NotFoundError:
        text = STALE
    await _say(context, chat.id, text)


async def resolve_command(update: Update, context: Context) -> None:
    """/resolve ID [resolution]."""
    await _command(
        update, context, "Usage: /resolve ID [one-line resolution]", range(1, 99), "resolve"
    )


async def reassign_command(update: Update, context: Context) -> None:
    """/reassign ID OWNER."""
    await _command(update, context, "Usage: /reassign ID OWNER", range(2, 3), "reassign")
