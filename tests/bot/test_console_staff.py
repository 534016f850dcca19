"""`hamdel chat`'s /staff commands act as the request's owner, named by owner id."""

from __future__ import annotations

import io

from bot.console import ConsoleChat
from bot.staff_words import say
from storage.models import Handoff
from tests.bot.conftest import Core


async def test_staff_commands_act_as_the_owner_and_print_both_sides(core: Core) -> None:
    out = io.StringIO()
    chat = ConsoleChat(core.service, core.database, customer_id="901", out=out)
    await chat.say(None, kind="start")
    report = await chat.say("please let me talk to a person, it's urgent")
    (handoff,) = report.handoffs
    assert f"[staff → Reza Karimi] #{handoff.id}" in out.getvalue()  # the card, to its owner

    await chat.staff(f"/staff claim {handoff.id}")
    await chat.staff(f"/staff reply {handoff.id} Your parcel left the depot today.")
    printed = out.getvalue()
    assert f"[staff] {say('fa', 'claimed', id=handoff.id, name='رضا کریمی')}" in printed
    assert "hamdel> Reza Karimi: Your parcel left the depot today." in printed
    async with core.database.session() as session:
        claimed = await session.get(Handoff, handoff.id)
        assert claimed is not None and (claimed.status, claimed.owner_id) == ("claimed", "reza")

    before = len(out.getvalue())
    await chat.staff("/staff queue")
    listed = out.getvalue()[before:]
    assert listed.startswith("[staff] ") and str(handoff.id) in listed
