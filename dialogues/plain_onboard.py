"""The apology names what went wrong at the gate or on board when the words make it plain.

Readers of stop 34's after-yes replies still found a general apology ("I'm truly sorry. That
shouldn't have happened.", "you deserved better than this") said to a let-down the customer
had named in plain words. en54 (``plain_letdown``) named a damaged bag, hours on the plane and
the airline judged whole; this names five more, each only when the words leave no doubt:

- nobody there to help ("no gate agent", "no one at the counter", "no one is helping us"):
  "I'm sorry no one was there to help you". Not a phone nobody answers: that is a wait.
- refused when they asked ("I asked and was told no", "denied me", "refused to help"): "I'm
  sorry you were turned down when you asked for help". Not a policy they only ask about, nor a
  refusal by someone else that the airline made good ("… refused, but you guys didn't").
- no food or water ("no food", "no water for 3 hours", "no catering"): "I'm sorry you went
  without …". Not "no meal voucher": a voucher is no meal.
- a seat, a TV or the wifi that did not work: "I'm sorry the seat/TV/wifi didn't work".
- a dirty plane or cabin ("dirty plane", "the cabin was filthy"): "I'm sorry the cabin wasn't
  clean". Not "a dirty look".

Only one of them, and only in place of an apology that names nothing (or, for a thing broken
or a dirty cabin, NLU's "product" apology: "you expected it to work properly" is not said of
a dirty cabin). Two let-downs named: the apology already chosen stays.
"""

from __future__ import annotations

import re

from dialogues.letdown_named import trip_harmed

# Nobody there, in person: at the gate, the counter, the airport.
_NO_HELP = re.compile(
    r"\b(?:no ?one|nobody)(?: from \w+)? (?:is |was |'s |were )?(?:here|there|around|"
    r"helping|to help|at the (?:[\w-]+ )?(?:gate|counter|desk|airport))\b(?! to (?!help))"
    r"|\bno (?:\w+ ){0,2}(?:staff|agents?|employees?|personnel)(?: \w+){0,2}? "
    r"(?:anywhere|around|here|there|at the (?:[\w-]+ )?(?:gate|counter|desk|airport))\b"
    r"|\bno gate agents?\b|\bno (?:\w+ )?staff anywhere\b"
)
# Nobody on the phone: a wait on the line, not nobody there.
# Not "call" alone: "they call weather an act of God and refuse to help".
_ON_THE_LINE = re.compile(
    r"\b(?:phone|called|calling|calls|on hold|hold music|answer\w*|dm|email\w*|respond\w*)\b"
)

# Turned down, told in the first person: they asked and were refused.
_REFUSED = re.compile(
    # Someone of theirs refused: not "never had an airline refuse to help sit parents".
    r"\b(?:they|she|he|agents?|staff|supervisor|manager|you|u|(?:i|we) (?:was|were))\b"
    r"[^.!?]{0,40}\brefus\w* to (?:help|let (?:me|us)|give (?:me|us)|put (?:me|us)|honou?r|"
    r"rebook|seat)|\brefus\w* to help (?:me|us)\b"
    r"|\bdenied (?:me|us)\b"
    r"|\b(?:i|we) (?:was|were|got|have been|'ve been|had been) (?:\w+ )?(?:denied|refused|"
    r"told no|turned down|turned away)\b"
    r"|\b(?:i|we) asked\b[^.!?]{0,60}\b(?:told (?:me |us )?no|said no|refused|denied)\b"
    r"|\b(?:i|we)\b[^.!?]{0,20}\b(?:and|but) (?:was|were|got|been) (?:told no|refused|denied|"
    r"turned down)\b"
    r"|\b(?:they|she|he|agent) (?:said|told (?:me|us)) no\b(?! ?one| ?body| ?thing)"
)
# A rule they only ask about, or a refusal someone else made good: no refusal of theirs.
# Not boarding ("I was denied boarding"): they did not ask for help, they were kept off.
_NOT_THEIR_REFUSAL = re.compile(
    r"\b(?:boarding|polic\w*|allowed|allow|rules?|if|would|will|thanks?|thx|awesome|best|love|"
    r"willing)\b"
)

# Nothing to eat or drink: "no food", "without water", "no catering".
_NO_FOOD = re.compile(
    r"\b(?:no|without|out of) (?:any )?(?:food|catering|meals?)\b(?! vouchers?| coupons?)"
)
_NO_WATER = re.compile(r"\b(?:no|without|out of) (?:any )?(?:water|drinks?)\b")

# A thing on board that did not work.
_DID_NOT_WORK = (
    r"(?:broken|broke|didn't work|did not work|not working|wasn't working|isn't working|"
    r"weren't working|doesn't work|don't work|wouldn't work|won't work|inoperable|"
    r"out of order)"
)
_BROKEN = {
    "apology_seat_broken": re.compile(rf"\bseat\b[^.!?,]{{0,20}}\b{_DID_NOT_WORK}|\bbroken seat\b"),
    "apology_tv_broken": re.compile(
        rf"\b(?:tv|tvs|tv's|screen|monitor|entertainment(?: system)?)\b[^.!?,]{{0,20}}"
        rf"\b{_DID_NOT_WORK}|\bbroken (?:tv|screen|monitor)\b"
    ),
    "apology_wifi_broken": re.compile(
        rf"\b(?:wifi|wi-fi|wi fi|internet)\b[^.!?,]{{0,20}}\b{_DID_NOT_WORK}"
    ),
}

# Beside a thing broken, a night away or a trip thrown off: more than the thing let them down.
_TRIP_HARMED = re.compile(r"\b(?:hotel\w*|vouchers?|cancel\w*|stranded|missed|overnight)\b")

# Held up now ("our pilots are no where to be found", "delayed"), or a bag lost ("I lost my
# bag …, nobody at the desk would talk to me"): a cabin dirty on the last flight, nobody at
# a desk, is not all the trip's apology was said for.
_HELD = re.compile(r"\b(?:pilots?|crew|delay\w*|late|no ?where|bags?|luggage|baggage|suitcases?)\b")

# A dirty plane: the cabin, a seat, the lavatory, told dirty.
_CABIN = r"(?:plane|planes|cabin|aircraft|seats?|lavatory|lav|bathroom|restroom|tray table)"
_DIRTY = r"(?:dirty|filthy|unclean|disgusting|stained|stains|smelled|smells|stinks|stank)"
_DIRTY_CABIN = re.compile(
    rf"\b{_CABIN}\b[^.!?]{{0,40}}\b{_DIRTY}\b|\b(?:dirty|filthy|unclean) {_CABIN}\b"
    rf"|\b{_DIRTY}\b[^.!?]{{0,25}}\b(?:off (?:of )?)?(?:the )?(?:area around the )?seats\b"
)


def onboard_apology(key: str, told: str, language: str) -> str:
    """The apology's key, naming the one plain let-down at the gate or on board (English)."""
    if language != "en":
        return key
    text = told.lower().replace("’", "'")
    found = _found(text)
    if len(found) != 1:
        return key  # none, or two let-downs: the apology already chosen stays
    named = found[0]
    if named == "apology_turned_down":
        return key  # en57's gate: "asked for help and were refused" read as invented for a
        # denied boarding or upgrade (5 of 18 lost, all this line): a refusal is never named
    if key == "apology":
        return named
    if key == "apology_travel" and not (trip_harmed(told, language) or _HELD.search(text)):
        return named  # "landed … no one at the transfer desk": no trip thrown off, told
    if key == "apology_product" and named in (*_BROKEN, "apology_cabin_dirty"):
        return named
    return key


def _found(text: str) -> list[str]:
    """Each kind of let-down the words name plainly."""
    found: list[str] = []
    if _NO_HELP.search(text) and not _ON_THE_LINE.search(text):
        found.append("apology_no_help")
    refused = _REFUSED.search(text) and not _NOT_THEIR_REFUSAL.search(text)
    if refused and not _ON_THE_LINE.search(text):
        found.append("apology_turned_down")
    food, water = bool(_NO_FOOD.search(text)), bool(_NO_WATER.search(text))
    if food or water:
        found.append(
            "apology_no_food_water"
            if food and water
            else ("apology_no_food" if food else "apology_no_water")
        )
    broken = [k for k, pattern in _BROKEN.items() if pattern.search(text)]
    if broken and _TRIP_HARMED.search(text):
        found.append("trip")  # "wifi wasn't working … you sent me to a hotel for 24 hours"
    found.extend(broken)
    if _DIRTY_CABIN.search(text) and "dirty look" not in text:
        found.append("apology_cabin_dirty")
    return found
