"""A wait on the phone line told beside a flight that itself went as planned: the wait's apology.

"trying to book flight w/miles. Was on hold for 50m before I gave up" got "I'm really sorry
your trip was thrown off like this.": the flight was only why they called; nothing on the
trip went wrong. The hold is what let them down, so the wait's apology names it ("your time
deserved more respect"). A trip harmed beside the hold ("flight Cancelled, 2 hours on hold")
keeps the trip's apology.
"""

from __future__ import annotations

from dialogues import telling
from dialogues.letdown_named import trip_harmed

# A wait on the phone line: "on hold", "hold times", "waiting on the phone". Not "hold up"
# ("what's the hold up on flight 4302?" is a delay) nor "hold the plane" (a wish).
PHONE_HOLD: dict[str, tuple[str, ...]] = {
    "en": ("on hold", "hold time", "hold times", "holding for", "been holding", "hold music",
           "waiting on the phone", "waited on the phone", "hour on the phone",
           "hours on the phone", "hr on the phone", "hrs on the phone", "mins on the phone",
           "minutes on the phone"),
}  # fmt: skip

# Worse than the wait: a bag lost, a call hung up on them, rudeness. Left to the trip's apology.
# Blind x gate: "not even being put on hold" (the line hangs up: no wait at all) and "the flight
# I have on hold" (a reservation held) are no wait on the line.
_WORSE: dict[str, tuple[str, ...]] = {
    "en": ("bag", "bags", "baggage", "luggage", "lost", "stolen", "hung up", "hang up",
           "hangs up", "rude", "not even being put on hold", "not being put on hold",
           "not even put on hold", "have on hold", "has on hold", "had on hold",
           "flight on hold", "reservation on hold", "booking on hold", "seat on hold",
           "seats on hold", "ticket on hold", "tickets on hold", "goodbye"),
}  # fmt: skip


def only_held_on_line(told: str, language: str) -> bool:
    """A phone hold told, and no trip harmed nor anything worse than the wait."""
    return (
        telling.has(told, PHONE_HOLD, language)
        and not trip_harmed(told, language)
        and not telling.has(told, _WORSE, language)
    )
