"""A reflection's last answers kept (moved out of ``reflection/__init__`` for its size)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache, wraps


def remembered(function: Callable[[list[str], str], str]) -> Callable[[Sequence[str], str], str]:
    """``function`` with its last answers kept: a first message is reflected to decide
    whether to say it back at once, then again to say it (the whole reflection, twice)."""

    @lru_cache(maxsize=64)
    def kept(messages: tuple[str, ...], language: str) -> str:
        return function(list(messages), language)  # a list, as every caller passes

    @wraps(function)
    def reflected(messages: Sequence[str], language: str) -> str:
        return kept(tuple(messages), language)

    return reflected
