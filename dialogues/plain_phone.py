"""The apology names a phone line that let them down when the words make it plain (English).

Readers of stop 34's after-yes replies still found a general apology ("I'm truly sorry. That
shouldn't have happened.") said to "reservations had me on hold for 2 hours only to hang
up", "I've tried calling 3 times and can't get through", "25 min hold has now progressed to
over an hour". The customer named the let-down; a good agent names it back:

- hung up on, cut off ("hung up on me", "disconnected my call after 2.5 hours"), after a
  hold told: "I'm sorry you spent so long on hold and were cut off"; with no hold told: "I'm
  sorry you were cut off when you called".
- a hold told with how long ("on hold 24 minutes", "4 hour hold times"): the wait's apology
  ("you were kept waiting that long"), as ``hold_told`` gives it beside a trip.
- no way through ("can't get through", "can't get hold of anyone", "keep getting told to call
  back"): "I'm sorry you haven't been able to get through to us".

Only in place of the apology that names nothing: a trip, a bag or a charge named keeps its own.
Not "a disconnect between your PR group and …", "it gets disconnected … WIFI", "what's the
hold up", a reservation on hold, "get through security".
"""

from __future__ import annotations

import re

from dialogues.letdown_named import trip_harmed

# Hung up on, cut off: told of a call ("disconnected my call", "disconnected after 2 hours
# holding"), or someone hanging up on them ("the agent hung up", "got hung up on"). Not "a
# disconnect between …" (no call), nor the wifi; nor "I hung up", "had to hang up" (below).
_WHO_HANGS_UP = (
    r"(?:it|he|she|they|you|u|agents?|reps?|system|line|call|ivr|robot|computer|phones?|"
    r"someone|voice|attend[ae]nt|1800|1-800|number)"
)
_HUNG_UP = re.compile(
    r"\b(?:hung|hang|hangs|hanging) up on\b"
    r"|\b(?:got|get|gets|getting|was|were|been|being) (?:\w+ )?hung up\b"
    rf"|\b{_WHO_HANGS_UP}\b[^.!?,]{{0,25}}?\b(?:hung|hangs|hang|hanging) up\b"
    r"|\bonly to (?:be )?(?:hang|hung) up\b"
    r"|\b(?:disconnected|cut off|dropped)\b[^.!?]{0,40}\b(?:call|calls|hold|holding|line|phone)\b"
    r"|\b(?:call|calls|line|phone)\b[^.!?]{0,40}\b(?:disconnected|cut off|dropped)\b"
    r"|\b(?:been|got|get|getting|keep getting) disconnected\b"
)
# They hung up themselves, tired of waiting: "I hung up", "finally hung up", "had to hang up".
_SELF_HUNG_UP = re.compile(
    r"\b(?:i|we)\b (?:\w+ ){0,2}(?:hung|hang) up\b(?! on)"
    r"|\b(?:had|have|has) to (?:hang|hung) up\b|\b(?:finally|eventually) hung up\b(?! on)"
)
_NOT_A_CALL = re.compile(r"\b(?:wifi|wi-fi|internet|gogo|connection)\b")

# A wait on the line told with how long: "on hold 24 minutes", "4 hour hold times", "2 hours
# holding". Not "the flight I have on hold", "what's the hold up".
_HOLD = re.compile(
    r"\b(?:on hold|hold times?|holding|hold music|hold for an agent|in hold|virtual hold)\b"
)
_HOW_LONG = re.compile(r"\b\d+\s?\+?\s?(?:min|mins|minutes|hr|hrs|hours?)\b|\bhours?\b|\bforever\b")
_HELD_BOOKING = re.compile(
    r"\b(?:reservations?|flights?|bookings?|seats?|tickets?|tix) (?:on )?hold\b"
    r"|\b(?:have|has|had|put) (?:\w+ )?on hold\b(?! for)|\bhold (?:the|my|a|your) "
    r"(?:flight|seat|reservation|plane|bag)|\bhold up\b|\bhold on to\b"
    r"|\bholding (?:\w+ )?hostage\b"  # "holding us hostage" on the plane: no phone line
)
# Cut off after a length told ("disconnected my call after 2.5 hours"): a hold, in all but name.
_AFTER_LONG = re.compile(r"\bafter ?\d+(?:\.\d+)?\+? ?(?:hours?|hrs?|min|mins|minutes)\b")
# "if cut off, call back?": a wish for how calls should go, no call cut off.
_IF_CUT_OFF = re.compile(r"\bif (?:\w+ ){0,3}(?:cut off|disconnected|dropped|hung up)\b")

# No way through: "can't get through", "cannot get hold of a CSR", "keep getting told to call
# back". Not "get through security / customs / the line".
_NO_WAY_THROUGH = re.compile(
    r"\b(?:can't|cant|cannot|can not|couldn't|couldnt|unable to|impossible to|never) "
    r"(?:even )?(?:get|getting) (?:through|thru|hold of|ahold of|a hold of)\b"
    r"(?! (?:security|customs|tsa|the (?:line|airport|crowd|security|gate|storm)))"
    r"|\b(?:if only we could|trying to|tried to|try to) get (?:through|thru)\b"
    r"(?! (?:security|customs|tsa|the))"
    r"|\b(?:told|getting|get|keeps? telling (?:me|us)|says?) (?:me |us )?to call back\b"
    r"|\bautomated message to call back\b"
)

# A trip or a bag harmed, money, rudeness: more than the line let them down.
_MORE = re.compile(
    r"\b(?:bags?|luggage|baggage|suitcases?|rude\w*|refund\w*|charg\w*|cancel\w*|cncl\w*|"
    r"stranded|miss|missed|bump\w*|bounced|lied|lying|liars?)\b"
)


# The wait's and the service's apologies ("kept waiting that long", "should have answered you
# sooner") leave out the call cut off: for a hang-up they give way too.
_NAMES_NO_CUT = ("apology_wait", "apology_service")


def phone_apology(key: str, told: str, language: str) -> str:
    """The apology's key, naming a phone line that let them down (English, general only)."""
    if language != "en" or key not in ("apology", *_NAMES_NO_CUT):
        return key
    text = told.lower().replace("’", "'")
    if _MORE.search(text) or trip_harmed(told, language):
        return key  # "flight cancelled and can't get through": the trip is the let-down
    held = bool(_HOLD.search(text)) and not _HELD_BOOKING.search(text)
    cut = _HUNG_UP.search(_SELF_HUNG_UP.sub(" ", text))
    if cut and not (_NOT_A_CALL.search(text) or _IF_CUT_OFF.search(text)):
        # "three calls and 2.5 hours", "in call cue for 11 hours": the time lost is named too
        long_held = held or bool(_AFTER_LONG.search(text) or _HOW_LONG.search(text))
        return "apology_hold_cut_off" if long_held else "apology_cut_off"
    if key != "apology":
        return key
    if held and _HOW_LONG.search(text):
        return "apology_wait"
    if _NO_WAY_THROUGH.search(text):
        return "apology_no_way_through"
    return key
