"""A wait told: the wait's own apology, not the meal's nor a trip's.

"on hold", «منتظر ماندیم», «انتظرنا ساعة»: a wait at a table, on the line or for the order,
with no trip told, no worse harm beside it and no hope let down («منتظر یه ناهار خوب بودم»).
"""

from __future__ import annotations

from dialogues import cues, telling

# A wait told: "we waited an hour", «الخدمة بطيئة», «یک ساعت منتظر ماندیم». The apology names
# the wait, not the food («المطعم جميل لكن الخدمة بطيئة جدا وانتظرنا ساعة» was "sorry the food
# wasn't as it should be").
WAIT = {
    # Not "very slow": a slow phone is a product that falls short, not a wait.
    "en": ("waited", "waiting", "wait time", "on hold", "slow service", "service was slow",
           "service is slow", "took forever"),
    # Not «انتظار»: «در حد انتظار نبود» is an expectation let down, not a wait.
    "fa": ("منتظر*", "معطل*", "کند بود", "خیلی کند", "طول کشید"),
    # Slow service, not a slow device («الفلاش … بطيء»); not «الانتظار» («يستحق الانتظار»).
    "ar": ("انتظرنا", "انتظرت", "استنينا", "استنيت", "الخدمة بطي*", "الخدمه بطي*",
           "خدمة بطي*", "خدمه بطي*", "بطء الخدمة", "بطء الخدمه", "بطء في الخدمة"),
}  # fmt: skip

# A worse harm beside the wait: a bag lost, a wallet stolen, a call hung up. The wait is not
# what let them down most ("3 days waiting for my bag"), so the wait's apology would shrink it.
WORSE_THAN_WAITING = {
    "en": ("bag", "bags", "baggage", "luggage", "wallet", "stolen", "lost", "hung up",
           "hang up", "hangs up", "rude"),
    "fa": ("گم", "گم شد*", "دزد*", "بی ادب*", "بی‌ادب*"),
    "ar": ("ضاع*", "مفقود*", "سرق*", "انسرق*", "وقح*"),
}  # fmt: skip

# «منتظر یه ناهار خوب بودم» ("I was looking forward to a good lunch"): a hope let down, no wait.
_LOOKING_FORWARD: dict[str, tuple[str, ...]] = {"fa": ("منتظر یه", "منتظر یک")}


def wait_told(told: str, language: str) -> bool:
    """A wait told, and no trip, nor worse than the wait, nor a wait looked forward to."""
    return (
        telling.has(told, WAIT, language)
        and not telling.has(told, cues.TRAVEL, language)
        and not telling.has(told, WORSE_THAN_WAITING, language)
        and not telling.has(told, _LOOKING_FORWARD, language)
    )
