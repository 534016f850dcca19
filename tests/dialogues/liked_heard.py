"""Whether a mixed message's praise was heard after the apology, generally or by name."""

from __future__ import annotations

from dialogues.catalog import variants


def liked_heard(language: str, reply: str) -> bool:
    """The general «از آنچه پسندیدید هم ممنونم», or (conversation 60) the things named."""
    general = any(line in reply for line in variants(language, "praise_heard_too"))
    named = any(line.split("{")[0] in reply for line in variants(language, "praise_named_too"))
    return general or named
