"""The outbox stores buttons channel-neutral; only the Telegram transport makes keyboards."""

from __future__ import annotations

from bot.buttons import stored
from bot.staff_actions import CLAIM, button
from bot.telegram.transport import keyboard


def test_stored_buttons_become_inline_buttons_with_callback_data() -> None:
    rows = [[button("Claim", CLAIM, 7), stored("Yes", "fu:y")]]
    assert rows[0][0] == {"label": "Claim", "data": "h:c:7"}  # no Telegram key in the core
    markup = keyboard(rows)
    assert markup is not None
    (line,) = markup.inline_keyboard
    assert [(b.text, b.callback_data) for b in line] == [("Claim", "h:c:7"), ("Yes", "fu:y")]


def test_rows_queued_in_telegrams_own_shape_still_render() -> None:
    markup = keyboard([[{"text": "Claim", "callback_data": "h:c:1"}]])
    assert markup is not None
    assert [(b.text, b.callback_data) for b in markup.inline_keyboard[0]] == [("Claim", "h:c:1")]
    assert keyboard(None) is None and keyboard([]) is None
