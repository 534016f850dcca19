"""Picks what to say: a catalog variant not yet used in this conversation.

Choice is deterministic (seeded per conversation) so tests and restarts reproduce it,
and varied across conversations so two customers don't get identical scripts.
"""

from __future__ import annotations

import zlib
from typing import Any

from dialogues.catalog import variants
from dialogues.state import ConversationState
from dialogues.unstack import unstacked


class Voice:
    """Speaks for one conversation, remembering every phrase it has used in ``state.used``."""

    def __init__(self, state: ConversationState) -> None:
        self.state = state

    @property
    def language(self) -> str:
        """The language replies are in."""
        return self.state.language

    def say(self, key: str, lines_of: str = "", **values: Any) -> str:
        """An unused variant of ``key`` with ``values`` filled in, marked as used.

        ``lines_of``: a key whose variants stand in for ``key``'s, one for one (the frame of a
        reflection fitted to what was said), in ``key``'s order and counted as ``key``'s.
        """
        options = variants(self.language, key)
        if lines_of and len(variants(self.language, lines_of)) == len(options):
            options = variants(self.language, lines_of)
        start = (self.state.seed + zlib.crc32(key.encode())) % len(options)
        order = [(start + i) % len(options) for i in range(len(options))]
        for index in order:
            marker = f"{key}#{index}"
            if marker not in self.state.used:
                self.state.used.append(marker)
                return unstacked(options[index].format(**values), self.language)
        # Every variant is spent. Saying nothing new beats repeating ourselves, so callers
        # treat an empty string as "skip this line".
        return ""

    def term(self, key: str, **values: Any) -> str:
        """A fixed term or template (a word like "photo"), never counted as a phrase."""
        return variants(self.language, key)[0].format(**values)

    def can_say(self, key: str) -> bool:
        """Whether ``key`` still has an unused variant."""
        options = variants(self.language, key)
        return any(f"{key}#{i}" not in self.state.used for i in range(len(options)))
