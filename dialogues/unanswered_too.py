"""Two let-downs told together, the thing and the silence after: the apology owns both.

Heard in the README chats (stop 36): «طلبت من المتجر ساعة ذكية ووصلتني بعد أسبوعين والشاشة
مكسورة، وخدمة العملاء لا ترد على الإطلاق» → yes → «أعتذر؛ كان يجب أن نرد عليك أسرع وأفضل.»:
only the silence of support was owned, the broken screen and the two weeks were not; in
English ("the screen arrived cracked, two weeks late, and support never answers") and Persian
(«… غذا سرد بود. پشتیبانی هم جواب نداد») the order was owned and the silence was not.

When a message tells both, certainly (the order's let-down found by the same finders the
apology uses, read on the message with the silence taken out; nobody answering found by a
narrow pattern with a person or a helpdesk as who did not answer), one sentence owns both:
"I'm sorry your order didn't reach you the way it should have, and that nobody answered you."
Anything less certain keeps today's apology.
"""

from __future__ import annotations

import re

from dialogues import telling, told_topic
from dialogues.apologies import apology_key

# Who did not answer: a helpdesk, a seller, or nobody at all.
_EN = re.compile(
    r"\b(?:(?:customer\s+)?(?:support|service|care)|helpline|hotline|help\s*desk|seller|store"
    r"|shop|they|agents?)\s+(?:(?:team|staff|line)\s+)?(?:still\s+)?(?:never|doesn't|does\s+not"
    r"|didn't|did\s+not|won't|will\s+not|don't|do\s+not|hasn't|has\s+not|haven't|have\s+not"
    r"|isn't|aren't)\s+(?:even\s+|ever\s+|once\s+)?(?:answer|respond|reply|get\s+back|got\s+back"
    r"|pick\s+up|call\s+(?:me\s+)?back|answered|responded|replied|answering|responding|replying)"
    r"|\b(?:nobody|no\s*-?\s*one|noone)\s+(?:(?:from|at|in)\s+\S+(?:\s+service|\s+support)?\s+)?"
    r"(?!has\s+answers)(?:ever\s+|even\s+|has\s+|have\s+|will\s+|is\s+)?(?:answers|answered|answer|answering"
    r"|replies|replied|reply|replying|responds|responded|respond|responding|gets\s+back"
    r"|got\s+back|picks\s+up|picked\s+up)"
    r"|\bno\s+(?:reply|response|answer)\s+(?:at\s+all\s+)?(?:from|to\s+my)"
    r"|\bignor(?:e|es|ed|ing)\s+(?:my|our|all\s+my)\s+(?:emails?|messages?|calls?|complaints?)",
    re.IGNORECASE,
)
# «پشتیبانی هم جواب نداد», «هیچ‌کس جوابگو نیست», «فروشنده پاسخ نمی‌دهد»: a person or a
# helpdesk first (not «این کرم جواب نداد»: a cream that did not work).
_FA = re.compile(
    r"(?:پشتیبان\S*|کسی|هیچ\s*کس|هیچ\u200cکس|فروشنده|فروشگاه|رستوران|اپراتور|تلفن\S*|تماس\S*"
    r"|ایمیل\S*|پیام\S*|تیکت\S*)\s+(?:\S+\s+){0,3}?(?:هم\s+)?(?:جواب|پاسخ)\S{0,3}\s*(?:رو\s+|را\s+)?"
    r"(?:ن(?:داد|دادن|دادند|میده|میدن|می\u200cده|می\u200cدن|می\s*دهد|می\s*دهند|میدهد|میدهند"
    r"|داده|دادن)|گو\s+نیست\S*|گو\s+نبود\S*)"
)
# «خدمة العملاء لا ترد», «ما حد يرد علي», «محد رد»: who did not answer, then the verb.
_AR = re.compile(
    r"(?:(?:خدم[ةه]\s+العملاء|الدعم|المتجر|البائع|المطعم|الموظف\S*|الشرك[ةه])\s+(?:\S+\s+)?"
    r"(?:لا|ما|لم|مو|مش)\s*(?:ت|ي)?(?:رد|ردون|ردو|ردوا|جاوب\S*|تجاوب|ستجيب\S*)"
    r"|(?:ما\s*حد|محد|ما\s+[اأ]حد|لا\s+[اأ]حد|ولا\s+[اأ]حد|ولا\s+حد|لم\s+يرد\s+[اأ]حد)"
    r"\s*(?:ي|ت)?(?:رد|ردوا|ردو|جاوب\S*|ستجيب\S*)"
    r"|(?:لا|ما|لم)\s+(?:ي|ت)(?:ردون|ردوا|ردو|رد)\s+(?:عل[يى]\S*|عالرسا\S*|على\s+(?:ال)?(?:رسا|اتصال|ايميل|إيميل|مكالم)\S*))"
    r"(?!\w)"
)
_PATTERN = {"en": _EN, "fa": _FA, "ar": _AR}

# The clause the silence is told in, taken out to read what else let them down.
_CLAUSE = re.compile(r"[^.,،;؛!?؟\n]*")

# The apologies that name an order's let-down (a parcel late or broken, a meal, a device):
# the main one, told first. Not a trip (a flight's "nobody told us" is the trip's news).
_ORDER = {
    "apology_delivery": "order",
    "apology_shipment": "order",
    "apology_food_sent": "order",
    "apology_missing": "order",
    "apology_product": "product",
    "apology_meal": "meal",
    # A trip thrown off or a bag lost, then no one at the phone ("my flight got cancelled and
    # no one answers the phone"): the tune pool's English is airline tweets (convo61).
    "apology_travel": "trip",
    "apology_baggage": "baggage",
}

# An order that reached them late, broken or wrong, in plain words (the apology's finders
# name no let-down in «ووصلتني بعد أسبوعين والشاشة مكسورة», "my order came a week late"):
# both an arrival and its fault must be told.
_ARRIVED = {
    "en": ("arrived", "came", "delivered", "showed up", "got here", "received", "order*"),
    "fa": ("رسید*", "اومد", "اومده", "آمد", "آمده", "آوردن", "اوردن", "سفارش*", "تحویل*"),
    "ar": ("وصل*", "وصلت*", "وصلني", "وصلتني", "استلمت*", "طلبت*", "الطلب", "طلبي"),
}  # fmt: skip
_FAULT = {
    "en": ("late", "delayed", "broken", "cracked", "damaged", "smashed", "wrong", "missing",
           "never arrived", "hasn't arrived", "still hasn't", "weeks later", "days later"),
    "fa": ("دیر", "تاخیر*", "تأخیر*", "شکسته*", "خراب*", "اشتباه*", "ناقص*", "نرسید*",
           "نیومد*", "ترک"),
    "ar": ("متأخر*", "متاخر*", "تأخر*", "تاخر*", "مكسور*", "خربان*", "تالف*", "غلط", "ناقص*",
           "ما وصل*", "لم يصل*", "بعد اسبوع*", "بعد أسبوع*", "بعد شهر", "بعد أسبوعين",
           "بعد اسبوعين"),
}  # fmt: skip

# Today's key for the whole message when it owned one of the two: the order's, or the silence's.
_SILENCE = ("apology_service", "apology_handled", "apology", "apology_wait")


def silence_told(told: str, language: str) -> re.Match[str] | None:
    """Where the message tells that nobody answered them (support, the seller, no one)."""
    pattern = _PATTERN.get(language)
    return pattern.search(told) if pattern else None


def both_key(key: str, told: str, happened: bool, language: str) -> str:
    """«apology_unanswered_*» where the order's let-down and the silence are both told."""
    found = silence_told(told, language)
    if not found or not happened:
        return key
    end = _CLAUSE.match(told, found.end()).end()  # type: ignore[union-attr]  # its clause
    rest = (told[: found.start()] + " " + told[end:]).strip(" ,،.;؛\n")
    if len(telling.tokens(rest)) < 3:
        return key
    topic = told_topic.topic_of([rest], language, None)
    rest_key = apology_key(topic, rest, telling.read([rest], language).event, language)
    family = _ORDER.get(rest_key)
    late = telling.has(rest, _ARRIVED, language) and telling.has(rest, _FAULT, language)
    if late and rest_key in ("apology", "apology_product"):
        family = "order"  # arrived late or broken: the order, not "what you bought" alone
    if rest_key == "apology_food_cold":
        family = "food_cold"  # fa: «غذا سرد رسید»: the cold kept, the silence added
    if family is None or not (key == rest_key or key in _SILENCE or key == "apology_food_sent"):
        return key
    return f"apology_unanswered_{family}"
