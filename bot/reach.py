"""Who may act on a request, and telling its owner when someone else did.

A support team expects: you work on your own requests and those on your topics; a lead
(``role: lead`` in owners.yml) may step in anywhere; and the owner is never surprised,
so whenever someone else acts on their request they get a line saying who did what.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.addresses import StaffAddresses
from bot.errors import NotYourRequestError
from bot.owners import Owner, OwnersDirectory
from bot.staff_actions import ANSWER
from bot.staff_words import say, term
from dialogues.outcome import TellOwner
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
    addresses: StaffAddresses,
    handoff: Handoff,
    told: TellOwner,
) -> None:
    """Tell owner ``told.to`` what ``told.actor`` did to their request, in their language.

    ``told.notice`` is a staff catalog key (``notice_…``); the policy already left out
    an owner acting on their own request.
    """
    owner, staff = owners.get(told.to), owners.get(told.actor)
    chat = addresses.chat_of(told.to)
    if owner is None or staff is None or chat is None:
        return
    passed_to = owners.get(told.passed_to or "")
    language = owner.language
    text = say(
        language,
        told.notice,
        id=handoff.id,
        staff=staff.name_in(language),
        owner=passed_to.name_in(language) if passed_to is not None else "",
    )
    await OutboxRepository(session).enqueue(
        chat,
        text,
        extra={"tag": f"#{handoff.id}", **about([handoff.id], ANSWER)},
        audience=STAFF,
        about_customer_id=handoff.customer_id,
    )
