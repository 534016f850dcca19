"""Answers to a staff member: confirmations of their actions, prompts, lists and refusals.

One place writes them to the outbox, recording which requests each stands for and what a
reply to it does (read back by message id when it is sent, never from its words). A staff
action's confirmation is written in the action's own transaction by the desk, so an action
is never recorded without its answer, nor answered without being recorded. Texts come from
the staff catalogs (``bot.staff_words``) in the reader's language; this module only sends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.addresses import StaffAddresses
from bot.staff_actions import ANSWER
from storage.repositories import OutboxRepository
from storage.repositories.staff_messages import about


@dataclass(frozen=True)
class StaffAnswer:
    """One message to the staff member who acted (or asked): their chat, or the team's.

    ``to`` is an owner id (owners.yml) or :data:`bot.addresses.TEAM`, never a channel's chat.
    """

    to: str
    text: str
    handoff_ids: Sequence[int] = ()
    purpose: str = ANSWER  # what a reply to it does (ANSWER, ADD_NOTE, ADD_RESOLUTION)
    buttons: list[Any] | None = None
    force_reply: bool = False  # a prompt: the reply box opens on it


async def answer_staff(
    session: AsyncSession, addresses: StaffAddresses, answer: StaffAnswer
) -> None:
    """Queue ``answer`` in the caller's transaction (the caller wakes the sender)."""
    chat_id = addresses.chat_of(answer.to)
    if chat_id is None:
        return  # the channel cannot reach them (no account listed): nothing to queue
    extra = {
        **(about(answer.handoff_ids, answer.purpose) if answer.handoff_ids else {}),
        **({"force_reply": True} if answer.force_reply else {}),
    }
    await OutboxRepository(session).enqueue(
        chat_id, answer.text, buttons=answer.buttons, extra=extra or None
    )
