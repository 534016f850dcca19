"""Buttons as the outbox stores them: a label and the data a press sends back, channel-neutral.

The channel renders them (Telegram: ``bot.telegram.transport.keyboard`` makes inline
keyboard buttons with ``callback_data``). Rows queued before buttons were stored this way
carry Telegram's own keys (``text``, ``callback_data``); they are still read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def stored(label: str, data: str) -> dict[str, str]:
    """One button as an outbox row keeps it."""
    return {"label": label, "data": data}


def label_of(button: Mapping[str, Any]) -> str:
    """What the button says."""
    return str(button.get("label", button.get("text", "")))


def data_of(button: Mapping[str, Any]) -> str:
    """What pressing it sends back."""
    return str(button.get("data", button.get("callback_data", "")))
