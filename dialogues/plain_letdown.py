"""The apology names the let-down when the customer's words make it plain (English tweets).

Two readers of stop 33's held-out airline tweets found a general apology ("I'm truly sorry.
That shouldn't have happened.") said to a suitcase that came back broken, to hours sat on the
tarmac, and to "worst airline ever"; and the luggage apology's "should have arrived with you"
said to a bag that did arrive, damaged. Where the words leave no doubt what happened, the
apology says it in a few plain words:

- a bag damaged, and not lost or late: "I'm so sorry your luggage was damaged …";
- hours sat on the plane (the tarmac, "stuck on the plane"), with nothing worse beside it (a
  bag lost, a flight cancelled, a connection missed: the trip's apology stays for those);
- the airline judged as a whole ("worst airline ever", "you guys are a joke", "you suck"),
  with nothing else named: "I'm sorry we let you down this badly."

Where the words are not that plain, the apology already chosen stays.
"""

from __future__ import annotations

import re

from dialogues import telling
from dialogues.letdown_named import named_letdown, trip_harmed

# A bag, a suitcase, a stroller: what a traveller checks in.
_BAG: dict[str, tuple[str, ...]] = {
    "en": ("bag", "bags", "luggage", "suitcase*", "baggage", "stroller", "car seat", "carseat")
}

# The bag came back harmed: broken, torn, destroyed.
_DAMAGED: dict[str, tuple[str, ...]] = {
    "en": ("damaged", "broken", "broke", "ripped", "torn", "destroy", "destroyed", "totaled",
           "totalled", "smashed", "cracked", "brokenwheel", "busted"),
}  # fmt: skip

# Not only damaged: lost, late, still not there. The luggage apology ("should have arrived
# with you") fits those; "was damaged" alone would leave the loss unowned.
_NOT_ONLY_DAMAGED: dict[str, tuple[str, ...]] = {
    "en": ("lost", "lose", "missing", "never", "delayed", "late", "where", "still", "stolen",
           "left behind", "didn't arrive", "did not arrive", "didn't make it", "no bag*",
           "policy", "carryon", "carry on", "carry-on", "worrying"),
}  # fmt: skip

# Sat on the plane, not moving: the tarmac, "stuck on the plane", "held on the runway".
_ON_THE_PLANE: dict[str, tuple[str, ...]] = {
    "en": ("tarmac", "tarmack", "on the runway", "stuck on the plane", "sitting on the plane",
           "sat on the plane", "sit on the plane", "stuck on this plane", "stuck on plane",
           "sitting on plane", "sitting on this plane", "sitting in this plane",
           # en62: "I have been sitting in this plane for an hour"
           "sitting in the plane", "sat on this plane"),
}  # fmt: skip

# How long they sat, told: "that long" needs a length ("for 90 mins", "longer than the
# flight"); "ya but u weren't sitting on the plane" tells none.
_HOW_LONG: dict[str, tuple[str, ...]] = {
    "en": ("hour", "hours", "hr", "hrs", "min", "mins", "minutes", "forever", "longer"),
}  # fmt: skip

# Worse than the wait, or the wait's own outcome: the trip's apology names those ("a 5 hour
# delay, then we sit on the plane another hour": the trip thrown off, not only the sitting).
# Someone else sat ("she sat on the Tarmac for 3 hrs", "cabin crew stuck on plane"): not them.
_WORSE_THAN_SITTING: dict[str, tuple[str, ...]] = {
    "en": ("bag", "bags", "luggage", "baggage", "cancel*", "cncl*", "miss", "missed",
           "missing", "connection", "connections", "stranded", "diverted", "hotel*", "ride",
           "lost", "rude", "truck", "pass", "charge", "beer", "compensat*", "voucher",
           "certificate", "tv", "delay*", "late", "she", "he", "her", "his", "crew stuck"),
}  # fmt: skip

# The airline judged as a whole, nothing else named.
_VERDICT: dict[str, tuple[str, ...]] = {
    "en": ("worst airline*", "worst company", "are a joke", "is a joke", "such a joke",
           "you suck", "u suck", "you guys suck", "yall suck", "y'all suck", "yousuck",
           "fleet sucks", "you are the worst", "you're the worst", "ur the worst",
           "u are the worst", "worstairline*"),
}  # fmt: skip


# A journey hurt in words _TRIP_HARMED does not hold; beside a verdict the trip's apology fits.
_JOURNEY_HURT: dict[str, tuple[str, ...]] = {
    "en": ("stuck", "connecting", "connection*", "connector*", "hours of travel", "return ticket",
           "delay flights", "delay*", "late flight", "no one is helping"),
}  # fmt: skip


# A voucher is no payment: "cancelled my connecting flight … a useless hotel voucher" got "I'm
# sorry the payment side caused you this much trouble", "who do I contact about a voucher?"
# got "Nobody should have to worry about their money like this". With no money of theirs
# named (a charge, a fare, a refund), NLU's billing topic is dropped and the words decide: a
# trip let down, a wait on hold, or the plain apology.
_VOUCHER: dict[str, tuple[str, ...]] = {"en": ("voucher*",)}
_THEIR_MONEY: dict[str, tuple[str, ...]] = {
    "en": ("charg*", "overcharg*", "refund*", "card", "cards", "paid", "pay", "paying",
           "payment*", "receipt", "fee", "fees", "deduct*", "debit*", "transaction*", "bill",
           "billed", "invoice*", "money", "dollars", "miles", "points", "price*", "cost*",
           "ticket*", "fare*", "afford*", "compensat*", "credit", "checkout"),
}  # fmt: skip

# Someone else's bag ("the captain … his bag doesn't fit"): no luggage of theirs let down.
# Only with the crew or another passenger named: "his bags" of a husband, "her luggage" of a
# daughter are the customer's own let-down, and the luggage apology stays for them.
_OTHERS: tuple[str, ...] = ("his", "her", "their", "someone's", "someones", "captain's")
_STRANGERS: dict[str, tuple[str, ...]] = {
    "en": ("captain*", "pilot*", "crew", "attendant*", "other passenger*",
           "another passenger*", "someone else*"),
}  # fmt: skip

# A meal named only as a voucher ("not even a meal voucher"): no food let them down.
_MEAL_VOUCHER: dict[str, tuple[str, ...]] = {
    "en": ("meal voucher*", "food voucher*", "meal coupon*", "food coupon*", "meal credit*"),
}  # fmt: skip
_FOOD_LET_DOWN: dict[str, tuple[str, ...]] = {
    "en": ("cold", "stale", "bland", "tasted", "tasteless", "inedible", "gross", "awful",
           "terrible", "disgusting", "undercooked", "raw", "sick", "poisoning", "no food",
           "ran out"),
}  # fmt: skip


def plain_apology(key: str, told: str, language: str) -> str:
    """The apology's key, made plain where the words leave no doubt what let them down."""
    if language != "en":
        return key
    meal_voucher = telling.has(told, _MEAL_VOUCHER, language)
    if key == "apology_meal" and meal_voucher and not telling.has(told, _FOOD_LET_DOWN, language):
        # "gave him 1 meal voucher for a 2 day standby": no meal let down; "8 hr delay …
        # and not even a food voucher": the trip did.
        return "apology_travel" if trip_harmed(told, language) else "apology"
    if key == "apology" and _bag_damaged(told):
        return "apology_bag_damaged"  # "destroy your luggage & only give you $75 voucher"
    if key == "apology_baggage" and _only_others_bag(told):
        trip = named_letdown(told, language) == "apology_travel"  # "… his bag", a flight late
        return "apology_travel" if trip else "apology"
    if key == "apology_baggage" and _bag_damaged(told):
        return "apology_bag_damaged"
    if key in ("apology", "apology_travel", "apology_wait") and _sat_on_the_plane(told):
        return "apology_on_plane"
    general = key == "apology" or (key == "apology_travel" and not trip_harmed(told, language))
    if key == "apology_travel" and telling.has(told, _JOURNEY_HURT, language):
        general = False  # en54's gate: "stuck here for 13 hours", "missed two connecting
        # flights", "delete my return ticket": the trip's apology beat "let you down this badly"
    if general and telling.has(told, _VERDICT, language) and not _SUM.search(told):
        # "worst airline ever" names an airline, not a trip "thrown off" (issue 8).
        # Not "15.99 for wireless? … you are the worst!": a price, not the whole airline; and
        # "… delayed OVER 2 hrs each! Why do you suck": the trip is named, not a verdict.
        return "apology_travel" if trip_harmed(told, language) else "apology_verdict"
    return key


def _bag_damaged(told: str) -> bool:
    """A bag named, told damaged, and nothing told of it lost or late."""
    return (
        telling.has(told, _BAG, "en")
        and telling.has(told, _DAMAGED, "en")
        and not telling.has(told, _NOT_ONLY_DAMAGED, "en")
    )


def _sat_on_the_plane(told: str) -> bool:
    """Kept sitting on the plane, and nothing worse beside it."""
    return (
        telling.has(told, _ON_THE_PLANE, "en")
        and telling.has(told, _HOW_LONG, "en")
        and not telling.has(told, _WORSE_THAN_SITTING, "en")
        and not _SUM.search(told)  # "a measly $50 e-certificate": what they were offered
    )


_SUM = re.compile(r"[$£€]\s?\d|\d\.\d\d\b")


def voucher_only(told: str) -> bool:
    """A voucher is the only money named: no charge, fare or refund of theirs (English), and
    something else let them down. "where is my flight voucher?", "sold my voucher", "can I get
    an extension on it?": the voucher itself is what they are owed (en54's gate: the money
    apology beat the general one there)."""
    if not telling.has(told, _VOUCHER, "en") or telling.has(told, _THEIR_MONEY, "en"):
        return False
    return not telling.has(told, _VOUCHER_OWED, "en")


# The voucher itself is the let-down: missing, expiring, taken away.
_VOUCHER_OWED: dict[str, tuple[str, ...]] = {
    "en": ("my voucher*", "my flight voucher*", "my travel voucher*", "expire*", "extension",
           "extend"),
}  # fmt: skip


def _only_others_bag(told: str) -> bool:
    """Every bag named is someone else's ("his bag doesn't fit"), none theirs."""
    seq = telling.tokens(told)
    owners = [seq[a - 1] for a, _ in telling.find(seq, _BAG["en"], "en") if a]
    others = bool(owners) and all(o in _OTHERS for o in owners)
    return others and telling.has(told, _STRANGERS, "en")
