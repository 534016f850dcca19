"""One turn at a time per customer: a button pressed while a text is answered waits."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from storage.models import Conversation, Customer, InboundUpdate
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import make_settings, running
from tests.telegram.test_customers import rows
from tests.telegram.test_handoff import wait_until


async def test_button_and_text_from_new_customers_open_one_conversation_each(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    # No listening window: the text's turn starts at once, racing the button's turn.
    settings = make_settings(tmp_path, fake, nlu_model_dir, listen_window_seconds=0.0)
    chats = range(3000, 3030)
    async with running(settings, fake):
        for chat in chats:
            fake.push_message(chat, "my order is late again", language_code="en")
            fake.push_callback(chat, "fu:y", language_code="en")

        async def all_processed() -> bool:
            updates = await rows(settings, InboundUpdate)
            return len(updates) == 2 * len(chats) and all(u.processed_at for u in updates)

        await wait_until(all_processed, timeout=120)
    customers = {c.id: int(c.chat_id) for c in await rows(settings, Customer)}
    open_per_chat = Counter(
        customers[c.customer_id] for c in await rows(settings, Conversation) if c.status == "open"
    )
    assert set(open_per_chat) == set(chats)
    assert set(open_per_chat.values()) == {1}, open_per_chat
