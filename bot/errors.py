"""Transport and staff errors, and the one table that maps Telegram's errors onto them.

Their root, :class:`HamdelError`, is in ``dialogues.errors``, where the whole tree is drawn.
Like httpx's ``map_exceptions``, :data:`TELEGRAM_ERRORS` is the only place that decides what
a library error means to Hamdel; ``bot/telegram/transport.py`` applies it.
"""

from __future__ import annotations

from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from dialogues.errors import HamdelError


class TransportError(HamdelError):
    """Talking to a channel (Telegram, the terminal) failed."""


class CustomerBlockedError(TransportError):
    """The customer blocked the bot; do not retry."""


class DeliveryRejected(TransportError):
    """The channel refused this message for good (Telegram's 400): do not retry it."""


class StaffOnlyError(TransportError):
    """Someone who is not on the staff list tried a staff action."""


class NotYourRequestError(StaffOnlyError):
    """A staff member acted on a request that is neither theirs nor on their topics."""


# Most specific first: the first row whose library class matches decides.
TELEGRAM_ERRORS: tuple[tuple[type[TelegramError], type[TransportError], str], ...] = (
    (Forbidden, CustomerBlockedError, "forbidden"),
    (BadRequest, DeliveryRejected, "Telegram refused the message"),
    (NetworkError, TransportError, "network"),  # includes TimedOut and 5xx answers
    (TelegramError, TransportError, "telegram"),
)


def map_telegram_error(error: TelegramError) -> TransportError:
    """The Hamdel error a Telegram library error stands for."""
    for library, ours, label in TELEGRAM_ERRORS:
        if isinstance(error, library):
            return ours(f"{label}: {error.message}")
    return TransportError(str(error))
