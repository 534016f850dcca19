"""Attachments and edits: kept, acknowledged in the customer's language, seen by the owner."""

from __future__ import annotations

from bot.settings import Settings
from storage.models import InboundUpdate, Message
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, running, settled
from tests.telegram.test_customers import rows
from tests.telegram.test_handoff import DELIVERY, complain, wait_until


async def test_attachments_are_kept_and_acknowledged(fake: FakeBotAPI, settings: Settings) -> None:
    async with running(settings, fake):
        fake.push_command(910, "/start", language_code="fa")
        await fake.wait_for_messages(910, 1, timeout=20)
        fake.push_photo(910, language_code="fa")
        said = await fake.wait_for_messages(910, 2, timeout=20)
        assert "عکس" in said[1]
        fake.push_location(910, language_code="fa")
        said = await fake.wait_for_messages(910, 3, timeout=20)
        assert "موقعیت مکانی" in said[2]
    stored = {m.kind: m.file_id for m in await rows(settings, Message) if m.direction == "in"}
    assert stored["photo"] == "AgACPHOTO2"  # the largest size
    assert stored["location"] == "35.6892,51.389"


async def test_owner_sees_what_the_customer_sends_during_a_handoff(
    fake: FakeBotAPI, settings: Settings
) -> None:
    async with running(settings, fake):
        await complain(fake, 920, DELIVERY)
        fake.push_voice(920, language_code="en")

        async def copied() -> bool:
            return any(
                str(c[1].get("chat_id")) == str(OWNER_REZA)
                and str(c[1].get("from_chat_id")) == "920"
                for c in fake.calls_to("copyMessage")
            )

        await wait_until(copied)


async def test_an_edit_replaces_what_the_bot_heard(fake: FakeBotAPI, settings: Settings) -> None:
    async with running(settings, fake):
        fake.push_command(930, "/start", language_code="en")
        await fake.wait_for_messages(930, 1, timeout=20)
        fake.push_message(930, "my order is late", message_id=77, language_code="en")
        fake.push_edited_message(
            930,
            77,
            "my parcel arrived crushed yesterday and the glass vase inside "
            "is broken into tiny pieces",
            language_code="en",
        )
        said = await fake.wait_for_messages(930, 2, timeout=20)
        await settled(settings, fake)  # read, handled, answered: nothing more comes
        assert len(fake.messages_to(930)) == 2  # one turn, not two
        assert "vase" in said[1] and "order is late" not in said[1]
        # An edit of a message already answered: stored, and its update done, no new turn.
        fake.push_edited_message(930, 77, "the glass vase and the card were broken")
        await settled(settings, fake)
        assert len(fake.messages_to(930)) == 2
    # Nothing is left to replay on the next start: not the edits, not the edited message.
    assert all(u.processed_at is not None for u in await rows(settings, InboundUpdate))
    texts = [m.text for m in await rows(settings, Message) if m.direction == "in" and m.text]
    assert "my order is late" not in texts
    assert "the glass vase and the card were broken" in texts
