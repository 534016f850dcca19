"""Describing an exception for logs without what customers wrote.

An exception's message can quote input (SQL parameters, PTB's parse errors): above DEBUG
only its type and the frames it went through are logged; the message goes to DEBUG.
"""

from __future__ import annotations

import logging
import traceback

log = logging.getLogger(__name__)


def describe(error: BaseException | None) -> str:
    """The exception's type and traceback frames, without its message."""
    if error is None:
        return "no exception"
    frames = "".join(traceback.format_tb(error.__traceback__)).rstrip()
    log.debug("%s: %s", type(error).__name__, error)
    return f"{type(error).__name__}\n{frames}" if frames else type(error).__name__
