"""The let-down named in the customer's words when NLU named no topic: a bag, a trip, a refund.

"my bag didn't make it to Boston … it had my medication in it" got the bare "I'm sorry; you
deserved better than this.": NLU gave no topic, and the luggage apology was read only under
its delivery topic. When the words name what let them down, and how it let them down (a bag
lost or still not there, a flight delayed or a connection missed, a refund owed), the apology
names it. A bag or a flight named in a question ("do bags still fly for free?", "what is the
plan to reduce delays?") names no let-down: the bare apology stays.
"""

from __future__ import annotations

from dialogues import cues, telling

# Not a bare "still" ("do bags still fly for free?") nor "wait" ("so I won't … wait 30+
# minutes"): a question or a wish, no bag let down.
# A checked bag named (as in apologies.LUGGAGE, which this module may not import: a cycle).
_BAG: dict[str, tuple[str, ...]] = {
    "en": ("bag", "bags", "luggage", "suitcase*", "baggage", "carseat", "car seat")
}

# What went wrong with the bag: lost, damaged, late, still not there, waited for.
_BAG_HARMED: dict[str, tuple[str, ...]] = {
    "en": ("lost", "lose", "loses", "losing", "lostluggage", "missing", "damaged",
           "broke*", "ripped", "soaked", "delayed", "where", "whereabouts", "never",
           "not here", "no bag", "don't have", "do not have", "didn't make it",
           "did not make it", "haven't", "hasn't", "not shown", "wait for*", "waiting", "waited",
           "no info", "no word", "no call", "unknown", "not located", "sent to", "left behind",
           "throw*", "threw", "thrown", "weren't in", "wasn't in", "want my bag", "need my bag",
           "get my bag", "my own bag", "our bags at"),
}  # fmt: skip

# Bags named for what they cost or where they wait, not for a bag let down (the blind gate,
# stop 30): "$285 for checked bags?", "delayed departure to check bags at gate", "waiting for
# bags to be loaded", "backing up the aisle … with bags"; «MIA» is Miami as often as missing.
_BAG_NOT_LET_DOWN: dict[str, tuple[str, ...]] = {
    "en": ("check bags", "checked bags", "checking bags", "check a bag", "gate check*", "fee",
           "fees", "loaded", "loading", "aisle", "tagging", "carry on", "carry-on*", "carryon*"),
}  # fmt: skip

# A trip let down, told as it happened to them: delayed, cancelled, a connection missed.
# Not a bare "delay" or "delays" ("what is your plan to reduce delays?", "I understand delays").
_TRIP_HARMED: dict[str, tuple[str, ...]] = {
    "en": ("delayed", "cancelled", "canceled", "cancelled flightled", "missed my*",
           "missed our*", "miss my*", "miss our*", "missing my*", "missing our*", "stranded",
           "diverted", "tarmac", "runway", "hour delay", "hr delay", "hrs delay", "hours delay",
           "mech delay", "mechanical delay", "delay so far"),
}  # fmt: skip

# A journey named: a flight, a plane, or what only a journey has (a gate, a connection, a crew).
_TRIP: dict[str, tuple[str, ...]] = {
    "en": cues.TRAVEL["en"]
    + ("flt", "trip", "gate", "boarded", "boarding", "departure", "connection", "pilot",
       "captain", "crew", "aircraft", "fly", "flying", "flew", "terminal"),
}  # fmt: skip

# Money owed back, or taken wrongly: the billing apology names it.
MONEY_OWED: dict[str, tuple[str, ...]] = {
    "en": ("refund*", "wheresmyrefund", "overcharged",
           "double charged", "charged twice", "charged me twice"),
}  # fmt: skip


# The app judged in a word ("your app is bad", "worthless app", "the app sucks"): the app's
# apology names what let them down, where NLU named no topic.
_APP: dict[str, tuple[str, ...]] = {"en": ("app", "apps", "application")}
_APP_JUDGED: dict[str, tuple[str, ...]] = {
    "en": ("bad", "useless", "worthless", "sucks", "crap", "crappy", "terrible", "horrible",
           "awful", "garbage", "trash", "lame", "joke", "worst"),
}  # fmt: skip


def trip_harmed(told: str, language: str) -> bool:
    """Whether the words tell a trip let down: delayed, cancelled, a connection missed."""
    return telling.has(told, _TRIP_HARMED, language)


def named_letdown(told: str, language: str) -> str | None:
    """The apology's catalog key for a let-down the words name, or None when they name none."""
    bag = telling.has(told, _BAG, language) and telling.has(told, _BAG_HARMED, language)
    if bag and not telling.has(told, _BAG_NOT_LET_DOWN, language):
        return "apology_baggage"
    if telling.has(told, _TRIP, language) and telling.has(told, _TRIP_HARMED, language):
        return "apology_travel"
    if telling.has(told, MONEY_OWED, language):
        return "apology_billing"
    if telling.has(told, _APP, language) and telling.has(told, _APP_JUDGED, language):
        return "apology_app"  # en52: "your app is bad, and you should feel bad" got a bare one
    return None
