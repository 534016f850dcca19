"""Splitting long texts for channels with a message size limit."""

from __future__ import annotations

MAX_MESSAGE_LENGTH = 4096  # Telegram's limit; longer replies go out in parts


def split_text(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Parts of at most ``limit`` characters, cut at line or word breaks where possible."""
    parts: list[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        cut = cut if cut > limit // 2 else limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        parts.append(text)
    return parts
