"""Splitting long texts for channels with a message size limit.

The splitter lives in :mod:`dialogues.text` so the outbox repository (storage) can apply
it to every row it queues; this module keeps the name the channels import.
"""

from __future__ import annotations

from dialogues.text import MAX_MESSAGE_LENGTH, split_text

__all__ = ["MAX_MESSAGE_LENGTH", "split_text"]
