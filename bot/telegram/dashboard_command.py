"""/dashboard: a staff member asks for a one-time sign-in link; everyone else is told no."""

from __future__ import annotations

from telegram import Update

from bot.app import Services
from bot.dashboard.i18n import t
from bot.telegram.context import Context
from storage.repositories import OutboxRepository


async def dashboard_command(update: Update, context: Context) -> None:
    """Checked against owners.yml here, on the server; the link goes to the private chat."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    services: Services = context.bot_data.services
    owner = context.bot_data.addresses.owner_of(user.id)
    async with services.database.writing() as session:
        outbox = OutboxRepository(session)
        if owner is None:
            language = (user.language_code or "")[:2]
            await outbox.enqueue(chat.id, t(language, "not_staff"))
        else:
            url = await services.sign_in.create_link(owner.id, session)
            minutes = int(services.sign_in.link_ttl.total_seconds() // 60)
            language = owner.languages[0] if owner.languages else services.settings.default_lang
            # A private chat's id is the user's id: the link never lands in a group.
            await outbox.enqueue(user.id, t(language, "link_text", minutes=minutes, url=url))
    context.bot_data.sender.notify()
