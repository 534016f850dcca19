"""Who may act on a request, and telling its owner when someone else did.

A support team expects: you work on your own requests and those on your topics; a lead
(``role: lead`` in owners.yml) may step in anywhere; and the owner is never surprised,
so whenever someone else acts on their request they get a line saying who did what.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import NotYourRequestError
from bot.owners import Owner, OwnersDirectory
from storage.models import Handoff
from storage.repositories import OutboxRepository
from storage.repositories.outbox import STAFF


def check_reach(owners: OwnersDirectory, staff: Owner, handoff: Handoff) -> None:
    """Raise NotYourRequestError (with a polite explanation) when ``staff`` may not act."""
    if staff.may_act_on(handoff.owner_id, handoff.topic):
        return
    owner = owners.get(handoff.owner_id or "")
    whose = f"{owner.name}'s" if owner is not None else "someone else's"
    raise NotYourRequestError(
        f"Sorry, #{handoff.id} is {whose} request on {handoff.topic or 'other'}. "
        "Ask them, or a lead, to pass it to you."
    )


async def tell_owner(
    session: AsyncSession,
    owners: OwnersDirectory,
    handoff: Handoff,
    owner_id: str | None,
    staff: Owner,
    did: str,
) -> None:
    """When ``staff`` is not the request's owner, tell the owner what they did."""
    owner = owners.get(owner_id or "")
    if owner is None or owner.id == staff.id or owner.telegram_id is None:
        return
    await OutboxRepository(session).enqueue(
        owner.telegram_id,
        f"#{handoff.id}: {staff.name} {did}.",
        extra={"tag": f"#{handoff.id}"},
        audience=STAFF,
        about_customer_id=handoff.customer_id,
    )
