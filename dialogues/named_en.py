"""The English apology named where the let-down is plain, in the order the rounds found best.

Readers' top reason against an English apology after "yes" was a general one ("I'm sorry; you
deserved better than this.") where the let-down was plain. Each pass below names one kind,
only in place of a general apology (or one that names less), each narrow on purpose: a bag
damaged or hours on the tarmac (en54), nobody at the gate or no water on board (en57), a
phone line that hung up or could not be reached (en59), news not given (en59), a delay told
with how long or as a repeat (en62).
"""

from __future__ import annotations

from dialogues.delay_told import delay_apology
from dialogues.plain_informed import informed_apology
from dialogues.plain_letdown import plain_apology
from dialogues.plain_onboard import onboard_apology
from dialogues.plain_phone import phone_apology


def named_apology(key: str, told: str, language: str) -> str:
    """The apology's key with a plain let-down named (English; other languages as they were)."""
    key = plain_apology(key, told, language)  # a bag damaged, hours on the tarmac
    key = onboard_apology(key, told, language)  # no one at the gate, no water, a dirty cabin
    key = phone_apology(key, told, language)  # hung up on, on hold, can't get through
    key = informed_apology(key, told, language)  # "no updates", "nobody told us"
    return delay_apology(key, told, language)  # "delayed by 1.5 hours", "still sitting here"
