"""ConversationService alone: one turn writes its rows, its state and its outbox together."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from bot.service import IncomingMessage
from storage.models import Conversation, Handoff, HandoffEvent, Message
from storage.repositories import ConversationRepository, CustomerRepository
from tests.bot.conftest import ESCALATE, REMIND, Core


async def test_a_request_for_a_person_opens_a_handoff_in_the_same_turn(core: Core) -> None:
    await core.says("501", None, kind="start")
    report = await core.says("501", "please let me talk to a person, it's urgent")
    assert report.stage == "handed_off" and report.language == "en"
    assert [h.owner_id for h in report.handoffs] == ["reza"]  # the default owner
    async with core.database.session() as session:
        handoff = (await session.execute(select(Handoff))).scalar_one()
        events = (await session.execute(select(HandoffEvent))).scalars().all()
        inbound = (await session.execute(select(Message).where(Message.direction == "in"))).all()
        customer = await CustomerRepository(session).get_by_external("console", "501")
        assert customer is not None
        conversation = await ConversationRepository(session).current(customer.id)
    assert (handoff.status, handoff.reason, handoff.owner_id) == ("open", "request_human", "reza")
    assert handoff.remind_at is not None and handoff.escalate_at is not None
    assert handoff.escalate_at - handoff.remind_at == ESCALATE - REMIND  # one clock reading
    assert [e.kind for e in events] == ["created"]
    assert len(inbound) == 2 and all(m.processed_at is not None for (m,) in inbound)
    assert conversation is not None and conversation.stage == "handed_off"
    customer_rows = await core.outbox(501)
    assert customer_rows and all(r.audience == "customer" for r in customer_rows)
    assert any("Reza Karimi" in (r.text or "") for r in customer_rows)  # the owner's name
    card = await core.outbox(1002)  # Reza's private chat: the card, with buttons
    assert len(card) == 1 and card[0].audience == "staff" and card[0].buttons


async def test_words_after_the_handoff_are_relayed_to_the_owner(core: Core) -> None:
    await core.says("502", None, kind="start")
    await core.says("502", "please let me talk to a person, it's urgent")
    report = await core.says("502", "it's about order 5531, the tracking page is blank")
    assert report.relayed == [("Reza Karimi", "it's about order 5531, the tracking page is blank")]
    relayed = (await core.outbox(1002))[1:]
    assert len(relayed) == 1 and "order 5531" in (relayed[0].text or "")
    async with core.database.session() as session:
        kinds = (await session.execute(select(HandoffEvent.kind))).scalars().all()
    assert kinds == ["created", "customer_message"]


async def test_an_edit_replaces_the_stored_message(core: Core) -> None:
    first = IncomingMessage("console", "503", 503, text="my odrer is late", message_id=7)
    edit = replace(first, text="my order is late", edited=True)
    row = await core.service.store_inbound(first)
    assert await core.service.store_inbound(edit) == row  # the same row, not a second one
    async with core.database.session() as session:
        texts = (await session.execute(select(Message.text))).scalars().all()
    assert texts == ["my order is late"]


async def test_an_edit_after_the_turn_corrects_what_the_conversation_heard(core: Core) -> None:
    await core.says("504", None, kind="start")
    first = IncomingMessage("console", "504", 504, text="my odrer is late", message_id=9)
    await core.service.store_inbound(first)
    await core.service.handle_burst([first])
    await core.service.store_inbound(replace(first, text="my order is late", edited=True))
    async with core.database.session() as session:
        [state] = (await session.execute(select(Conversation.state))).scalars().all()
    assert "my order is late" in state["heard"] and "my odrer is late" not in state["heard"]
