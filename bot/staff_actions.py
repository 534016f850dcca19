"""Staff actions as inline-button data: what each button says and how to read it back."""

from __future__ import annotations

from bot.buttons import stored

CLAIM, REPLY, RESOLVE, REASSIGN, NOTE, REASSIGN_TO = "c", "r", "s", "a", "n", "t"
ACTIONS = {CLAIM, REPLY, RESOLVE, REASSIGN, NOTE, REASSIGN_TO}
# What a staff member's reply to one of our messages does; recorded per message id on send.
ANSWER, ADD_NOTE, ADD_RESOLUTION = "answer", "note", "resolution"
ATTACHMENT_KINDS = ("photo", "voice", "video", "document", "sticker", "location")


def button(label: str, action: str, handoff_id: int, arg: str = "") -> dict[str, str]:
    """A button for a staff action; its data stays well under Telegram's 64 bytes."""
    return stored(label, f"h:{action}:{handoff_id}" + (f":{arg}" if arg else ""))


def parse_action(data: str) -> tuple[str, int, str] | None:
    """(action, handoff id, argument) from callback data, or None when it is not ours."""
    parts = data.split(":")
    if len(parts) not in (3, 4) or parts[0] != "h" or parts[1] not in ACTIONS:
        return None
    if not parts[2].isdigit():
        return None
    return parts[1], int(parts[2]), parts[3] if len(parts) == 4 else ""
