"""Round 7: what the owner reads (card, relayed words, resolve) through `hamdel chat`."""

from __future__ import annotations

import io

from bot.console import ConsoleChat
from bot.staff_words import say
from storage.models import Handoff
from tests.bot.conftest import Core

TOLD = "the parcel was meant to come tuesday and the tracking has not moved since"


async def _handed_off(core: Core, customer: str) -> tuple[ConsoleChat, io.StringIO, int]:
    out = io.StringIO()
    chat = ConsoleChat(core.service, core.database, customer_id=customer, out=out)
    await chat.say(None, kind="start")
    await chat.say(TOLD)
    for line in ("yes", "sure", "yes", "ok", "no that's it", "no", "no"):
        report = await chat.say(line)
        if report.handoffs:
            return chat, out, report.handoffs[0].id
    (handoff,) = (await chat.say("please let me talk to a person")).handoffs
    return chat, out, handoff.id


async def test_the_card_shows_what_was_told_not_the_answers_to_our_prompts(core: Core) -> None:
    _, out, handoff_id = await _handed_off(core, "971")
    card = out.getvalue().split(f"[staff → Reza Karimi] #{handoff_id}")[1]
    last = card.split(say("fa", "card_last"))[1]
    assert TOLD in last
    for prompt_answer in ("» \u2068yes\u2069", "» \u2068sure\u2069", "» \u2068no that's it\u2069"):
        assert prompt_answer not in last, last
    customer_line = next(x for x in card.splitlines() if x.startswith("مشتری:"))
    assert customer_line.count("مشتری") == 1, customer_line  # not «مشتری: مشتری #7»


async def test_a_relayed_message_names_the_request_once(core: Core) -> None:
    chat, out, handoff_id = await _handed_off(core, "972")
    before = len(out.getvalue())
    await chat.say("will it come before noon?")
    relayed = out.getvalue()[before:]
    assert f"[staff → Reza Karimi] #{handoff_id}: \u2068will it come before noon?\u2069" in relayed


async def test_a_resolve_with_its_note_does_not_ask_for_the_note(core: Core) -> None:
    chat, out, handoff_id = await _handed_off(core, "973")
    await chat.staff(f"/staff resolve {handoff_id} courier re-sent it")
    printed = out.getvalue()
    assert f"[staff] {say('fa', 'resolved_noted', id=handoff_id)}" in printed
    assert say("fa", "resolved", id=handoff_id) not in printed


async def test_why_the_need_is_not_met_reaches_the_owner_word_for_word(core: Core) -> None:
    chat, out, handoff_id = await _handed_off(core, "974")
    await chat.staff(f"/staff resolve {handoff_id}")
    async with core.database.session() as session:
        resolved = await session.get(Handoff, handoff_id)
        assert resolved is not None and resolved.followup_at is not None
    assert await core.desk.run_due(resolved.followup_at) == 1
    await chat.sender.flush()  # the follow-up question, printed
    before = len(out.getvalue())
    await chat.say("no, it came but the box was crushed")
    told = out.getvalue()[before:]
    reopened = say("fa", "reopened", id=handoff_id)
    why = "\u2068no, it came but the box was crushed\u2069"
    assert f"[staff → Reza Karimi] {reopened}\n» {why}" in told


async def test_a_bare_not_yet_reopens_without_words_to_quote(core: Core) -> None:
    chat, out, handoff_id = await _handed_off(core, "975")
    await chat.staff(f"/staff resolve {handoff_id}")
    async with core.database.session() as session:
        resolved = await session.get(Handoff, handoff_id)
        assert resolved is not None and resolved.followup_at is not None
    await core.desk.run_due(resolved.followup_at)
    await chat.sender.flush()
    before = len(out.getvalue())
    await chat.say("no")
    told = out.getvalue()[before:]
    assert f"[staff → Reza Karimi] {say('fa', 'reopened', id=handoff_id)}\n" in told
    assert "» " not in told


async def test_words_after_the_resolve_reach_the_owner_as_the_customer_is_told(core: Core) -> None:
    chat, out, handoff_id = await _handed_off(core, "976")
    await chat.staff(f"/staff resolve {handoff_id}")
    before = len(out.getvalue())
    await chat.say("it came but the box was crushed")
    told = out.getvalue()[before:]
    crushed = "\u2068it came but the box was crushed\u2069"
    assert f"[staff → Reza Karimi] #{handoff_id}: {crushed}" in told
    assert "hamdel> " in told  # and the customer is answered, as before
