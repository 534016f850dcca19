"""Who may act on a request, and telling its owner when someone else did.

A support team expects: you work on your own requests and those on your topics; a lead
(``role: lead`` in owners.yml) may step in anywhere; and the owner is never surprised,
so whenever someone else acts on their request they get a line saying who did what.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import NotYourRequestError
from bot.owners import Owner, OwnersDirectory
from bot.staff_actions import ANSWER
from bot.staff_words import say, term
from storage.models import Handoff
from storage.repositories import OutboxRepository
from storage.repositories.outbox import STAFF
from storage.repositories.staff_messages import about


def check_reach(owners: OwnersDirectory, staff: Owner, handoff: Handoff) -> None:
    """Raise NotYourRequestError (with a polite explanation) when ``staff`` may not act."""
    if staff.may_act_on(handoff.owner_id, handoff.topic):
        return
    owner = owners.get(handoff.owner_id or "")
    language = staff.language  # the refusal is read by the one refused
    topic = term(language, handoff.topic)
    if owner is None:
        raise NotYourRequestError(say(language, "refused_unowned", id=handoff.id, topic=topic))
    raise NotYourRequestError(
        say(language, "refused_owned", id=handoff.id, owner=owner.name_in(language), topic=topic)
    )


async def tell_owner(
    session: AsyncSession,
    owners: OwnersDirectory,
    handoff: Handoff,
    owner_id: str | None,
    staff: Owner,
    did: str,
    passed_to: Owner | None = None,
) -> None:
    """When ``staff`` is not the request's owner, tell the owner what they did.

    ``did`` is a staff catalog key (``notice_…``); the owner reads it in their language.
    """
    owner = owners.get(owner_id or "")
    if owner is None or owner.id == staff.id or owner.telegram_id is None:
        return
    language = owner.language
    text = say(
        language,
        did,
        id=handoff.id,
        staff=staff.name_in(language),
        owner=passed_to.name_in(language) if passed_to is not None else "",
    )
    await OutboxRepository(session).enqueue(
        owner.telegram_id,
        text,
        extra={"tag": f"#{handoff.id}", **about([handoff.id], ANSWER)},
        audience=STAFF,
        about_customer_id=handoff.customer_id,
    )
