"""`hamdel chat` shows a receipt where Telegram would show a reaction: never silence."""

from __future__ import annotations

import io

from bot.console import BOT_PROMPT, RECEIPT_LINE, ConsoleChat
from tests.bot.conftest import Core


async def test_messages_after_the_first_relay_print_a_receipt(core: Core) -> None:
    out = io.StringIO()
    chat = ConsoleChat(core.service, core.database, customer_id="902", out=out)
    await chat.say(None, kind="start")
    (handoff,) = (await chat.say("please let me talk to a person, it's urgent")).handoffs
    printed: list[str] = []
    for text in ("my order number is 5531", "it was a blue jacket", "I paid by card"):
        before = len(out.getvalue())
        await chat.say(text)
        printed.append(out.getvalue()[before:])
    # Each message reaches the owner; the customer sees words once, then the receipt.
    for text, lines in zip(("5531", "blue jacket", "paid by card"), printed, strict=True):
        assert f"[staff → Reza Karimi] #{handoff.id}" in lines and text in lines
    customer = [[ln for ln in p.splitlines() if not ln.startswith("[staff")] for p in printed]
    assert customer[0][0].startswith(BOT_PROMPT) and "Reza Karimi" in customer[0][0]
    assert customer[1:] == [[RECEIPT_LINE], [RECEIPT_LINE]]
