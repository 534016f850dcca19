"""The core names staff by owner id; only the channel's address book says which chat.

A desk given another channel's address book (a real one, with chats of its own) sends
cards, reminders and confirmations there: no Telegram account is read in the core.
"""

from __future__ import annotations

from bot.addresses import TEAM
from bot.staff_words import say
from storage.models import Handoff
from tests.bot.conftest import Core

REZA_ACCOUNT = 1002  # his telegram_id in owners.example.yml: never used by this channel


class OtherChannel:
    """An address book of a channel that is not Telegram: its own chat numbers."""

    def __init__(self) -> None:
        self.chats = {"reza": 7002, "sara": 7001, TEAM: 7000}

    def chat_of(self, place: str) -> int | None:
        """The chat this channel reaches ``place`` in."""
        return self.chats.get(place)


async def test_staff_rows_go_where_the_channel_says(core: Core) -> None:
    core.desk.addresses = OtherChannel()
    await core.says("801", None, kind="start")
    report = await core.says("801", "please let me talk to a person, it's urgent")
    (handoff,) = report.handoffs
    cards = await core.outbox(7002)
    assert cards and cards[0].audience == "staff" and cards[0].text
    assert cards[0].text.startswith(f"#{handoff.id}")
    assert len(await core.outbox(7000)) == 1  # the team's copy of the card
    assert await core.outbox(REZA_ACCOUNT) == []

    await core.desk.reply(handoff.id, "reza", "It left the depot today.", answer_to="reza")
    answered = [r.text for r in await core.outbox(7002)]
    assert answered[-1] == say("fa", "replied", id=handoff.id)
    await core.desk.resolve(handoff.id, "reza", answer_to=TEAM)  # acted in the staff chat
    assert (await core.outbox(7000))[-1].text == say("fa", "resolved", id=handoff.id)
    assert await core.outbox(REZA_ACCOUNT) == []


async def test_a_reminder_reaches_the_owner_in_the_channels_chat(core: Core) -> None:
    core.desk.addresses = OtherChannel()
    await core.says("802", None, kind="start")
    report = await core.says("802", "please let me talk to a person, it's urgent")
    async with core.database.session() as session:
        handoff = await session.get(Handoff, report.handoffs[0].id)
        assert handoff is not None and handoff.remind_at is not None
    before = len(await core.outbox(7002))
    assert await core.desk.run_due(handoff.remind_at) == 1
    (reminder,) = (await core.outbox(7002))[before:]
    assert reminder.text == say("fa", "reminder", id=handoff.id)
    assert await core.outbox(REZA_ACCOUNT) == []
