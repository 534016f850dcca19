"""Which apology fits what went wrong: the topic NLU named, checked against the customer's words.

Billing is not delivery, a cancelled flight is no parcel, and a cold meal is no "product that
did not work": each gets the apology that names what let them down.
"""

from __future__ import annotations

import re

from dialogues import cues, telling
from dialogues.cards_held import without_held_cards
from dialogues.charging import charging_not_shipping
from dialogues.fa_food_fault import food_fault_apology
from dialogues.fa_food_sent import food_sent_apology
from dialogues.fa_missing_item import missing_item_apology
from dialogues.fa_on_time import order_apology
from dialogues.fa_order_food import food_order_apology
from dialogues.fa_swapped_item import swapped_item_apology
from dialogues.fair_price import FAIR_PRICE as PRICE_CALLED_FAIR
from dialogues.fine_parts import split_fine
from dialogues.harm import told_harm
from dialogues.hold_told import only_held_on_line
from dialogues.letdown_named import MONEY_OWED, named_letdown
from dialogues.letdown_told import LETDOWN
from dialogues.meal_quality import (
    meal_not_product,
    without_money_lookalikes,
    without_wasted_money,
)
from dialogues.missing_item_en import missing_item_apology_en
from dialogues.named_en import named_apology
from dialogues.plain_letdown import voucher_only
from dialogues.praised_letdown import letdown_after_praise
from dialogues.rude_words import NOT_RUDE, RUDE
from dialogues.sarcastic_thanks import closes_in_sarcasm
from dialogues.service_answer import service_apology
from dialogues.update_news import app_update
from dialogues.wait_told import wait_told

_TOPICS = {"delivery", "billing", "product", "service", "app", "baggage"}

# A meal, told in the customer's words: "the pizza came cold", «غذا سرد بود», «الاكل كان بارد».
MEAL = {
    # Not "coffee" nor "dish*": a coffee machine or a dishwasher is a product.
    "en": ("meal*", "food", "pizza*", "burger*", "dinner", "lunch", "breakfast", "dish", "dishes",
           "restaurant*", "sandwich*", "fries"),
    "fa": ("غذا*", "پیتزا*", "ساندویچ*", "رستوران*", "برگر*", "کباب*", "نونش", "نانش", "سالاد*"),
    "ar": ("الأكل", "الاكل", "الطعام", "طعام", "الوجبة", "الوجبه", "وجبة", "وجبه", "المطعم",
           "مطعم", "البيتزا", "الشاورما", "البرجر", "الطبق", "الاطباق", "الأطباق", "بيتزا",
           "شاورما", "برجر", "برقر"),
}  # fmt: skip

# A food named, or how it tasted: «نان بیات بود», «برنج طعم بدی داشت», "the chicken was stale
# and the milk sour". Food is no device: "you expected it to work properly" does not fit it,
# nor does a bare "that shouldn't have happened" say what let them down.
FOOD = {
    # Not "cake": "this one took the cake", "the icing on the cake" (stop 25's blind gate).
    "en": ("chicken", "beef", "pasta", "salad*", "bread", "milk", "snack*", "soup", "rice",
           "stale", "soggy", "undercooked", "bland", "tasteless", "tasted"),
    "fa": ("طعم*", "مزه*", "خوشمزه*", "بدمزه*", "مرغ*", "گوشت*", "برنج*", "سیب زمینی*",
           "پنیر*", "کیک*", "شیرینی*", "باقلوا*", "سس*", "جوجه*", "کوبیده*", "میوه*", "سبزی*",
           "آجیل*", "اجیل*", "ماهی*", "پاستا*", "نودل*", "بستنی*", "دوغ*", "کاهو*", "خامه*",
           "نان*", "دونات*", "کروسان*", "پسته*", "گردو*"),
    "ar": ("طعم*", "مذاق*", "دجاج*", "لحم*", "الرز", "رز", "الأرز", "ارز", "خبز*",
           "شاورما*", "برجر*", "سلطة", "سلطه", "كيك*"),
}  # fmt: skip

# A checked bag told, with no order word: luggage, not a parcel ("my bag never arrived at
# JFK" got "sorry the delivery let you down"; a bag is a traveller's, not a shipment's).
LUGGAGE = {
    "en": ("bag", "bags", "luggage", "suitcase*", "baggage", "checked bag*"),
    "fa": ("چمدان*", "چمدون*"),
    "ar": ("عفش*", "الامتعه", "الأمتعة", "الامتعة", "امتعتي", "أمتعتي", "شنطتي", "حقيبتي"),
}  # fmt: skip

# Not "update*": "No update at all. Flight 1140" is news not given (``update_news``).
# The app named only as the way they ordered («طلبت من التطبيق بيتزا ووصلت … باردة»): NLU's
# "app" topic, and the app's apology ("it's meant to make your life easier") for a cold meal.
# The app is what let them down only when a fault of the app is told.
APP_FAULT = {
    "en": ("crash*", "freez*", "log in", "login", "log out", "logged out", "error*", "bug*",
           "glitch*", "load*", "password", "won't open", "doesn't open", "slow",
           "keeps", "button", "screen", "website", "site", "online", "check in", "check-in",
           "locked out", "sign in", "signed in", "my account", "shows", "showing"),
    "fa": ("باز نمیشه", "باز نمی شه", "ارور*", "خطا", "باگ", "هنگ", "کرش", "لاگ*", "بسته میشه",
           "آپدیت*", "اپدیت*", "ورود", "رمز", "صفحه", "دکمه", "کند", "نصب", "بالا نمیاد",
           "وارد حساب*", "حسابم", "کد تایید", "کد تأیید"),
    "ar": ("يعلق", "يهنق", "خطأ", "خطا", "يقفل", "يطلعني", "ما يفتح", "مايفتح", "تحديث*",
           "تسجيل", "كلمة السر", "بطيء", "الشاشه", "الشاشة", "زر", "ينهار", "تثبيت", "حسابي",
           "ادخل", "أدخل", "الدخول"),
}  # fmt: skip

# A price told as too high for what it bought: "overpriced", «قیمت بالا ولی کیفیت پایین»,
# «سعره مرتفع للغاية». No payment went wrong, so the billing apology («مشکل الدفع», "the
# payment side") would name the wrong thing; the apology names the value they did not get.
PRICE = {
    # Not "price*": "Priceless." (sarcasm) is no price told.
    "en": ("price", "prices", "priced", "pricey", "expensive", "overpriced", "overpric*",
           "rip off", "ripoff", "not worth"),
    "fa": ("قیمت*", "گران*", "گرون*", "پولی که", "پول این", "ارزش پول*"),
    "ar": ("سعر*", "اسعار*", "أسعار*", "غالي*", "غاليه", "غالية", "مبالغ فيه*"),
}  # fmt: skip

# A price praised ("good price", «قیمت مناسبه», «رخيصة السعر»): not what let them down; nor
# a price that changed while they booked ("why the price change?", "increased $358"): that is
# no value they did not get (stop 25's blind gate), the money worry fits it.
FAIR_PRICE = {
    "en": ("good price", "great price", "fair price", "reasonable price", "cheap",
           "price change*", "prices change*", "price changed", "increased", "went up", "jumped"),
    "fa": ("قیمت مناسب*", "قیمتش مناسب*", "ارزان*", "ارزون*"),
    "ar": ("رخيص*", "افضل من السوق", "أفضل من السوق", "السعر مناسب*", "سعرها مناسب*",
           "سعره مناسب*"),
}  # fmt: skip

# A payment that went wrong beside the price (a charge, a refund, a card): the billing
# apology still names it ("charged twice and overpriced" is about the charge).
PAYMENT = {
    "en": ("charg*", "refund*", "card", "cards", "voucher*", "deduct*", "twice", "payment*",
           "transaction*", "fee", "fees", "miles", "points"),  # not "feel", "feet", "feedback"
    "fa": ("پرداخت*", "واریز*", "کارت*", "کسر", "برگشت*", "فاکتور*", "شارژ", "حساب*"),
    "ar": ("خصم*", "انخصم*", "استرجاع*", "استرداد", "بطاق*", "الدفع", "دفع*", "فاتور*",
           "حساب*"),
}  # fmt: skip


def _told_topic(topic: str | None, told: str, language: str) -> str | None:
    """NLU's topic, unless the customer's own words name no such thing."""
    if topic in ("product", "app") and language == "en" and _bag_let_down(told):
        return "baggage"  # "my luggage has been broken!!" got "you expected it to work properly"
    if topic == "baggage" and language == "en" and _bag_paid_for(told):
        return "billing"  # en52: "paying an extra $100 … for luggage … #lame" got "Your luggage
        # should have arrived with you": the bag was never let down, its price was
    if topic == "billing" and language == "en" and voucher_only(told):
        return None  # en54: "… a useless hotel voucher": a voucher is no payment of theirs
    if topic == "app" and not (
        telling.has(told, APP_FAULT, language) or app_update(told, language)
    ):
        return None  # «طلبت من التطبيق بيتزا ووصلت باردة»: the app was only the way they ordered
    spent = without_money_lookalikes(without_wasted_money(told, language), language)
    money = _money_told(spent, language)  # not «حیف پول», nor «حسابی» («حسابی خشک بود»)
    if topic == "billing" and language != "en" and not money:
        return None  # «سس سالاد خیلی شور بود»: NLU's money topic, and no money word told
    if topic == "billing" and language == "en" and not money and not _payment_told(told):
        return None  # "sale please soon??", "bump paying customers": no money let down
    if topic == "billing" and language != "en" and _only_fair_price(told, language):
        return None  # «شكلها حل و سعرها مناسب بس … طلعت صينى»: the price was no let-down
    return topic


def _bag_let_down(told: str) -> bool:
    """A checked bag lost, broken or still not there, named in an English tweet."""
    return named_letdown(told, "en") == "apology_baggage" and not telling.has(told, _LINK, "en")


def _bag_paid_for(told: str) -> bool:
    """A bag named only for what it cost ("$75 for an extra luggage?"): no bag let down."""
    return not named_letdown(told, "en") and bool(_SUM.search(told)) and not _bag_harmed(told)


def _bag_harmed(told: str) -> bool:
    """A word that tells the bag itself went wrong, whatever else is named."""
    return telling.has(told, _BAG_HARMED, "en")


# Beside a sum, a bag that went wrong: the luggage's apology stays.
_BAG_HARMED: dict[str, tuple[str, ...]] = {
    "en": ("lost", "missing", "damaged", "broke*", "delay*", "never", "where", "late", "still",
           "wrong", "ruin*"),
}  # fmt: skip


# "that link is broken … the online baggage locator": the link failed them, not the bag.
_LINK: dict[str, tuple[str, ...]] = {"en": ("link", "links", "url", "locator")}


def _payment_told(told: str) -> bool:
    """A charge, a refund, a card, a sum ("paying £130 extra") or money asked for, told."""
    money = telling.has(told, PAYMENT, "en") or telling.has(told, MONEY_OWED, "en")
    money = money or telling.has(told, _MONEY_ASKED, "en")
    return money or bool(_SUM.search(told))


# Money asked for or not to be spared: "who pays for my discomfort?", "a college student
# discount so i can fly home". Not "paying customers" nor "upgraded w/o paying".
_MONEY_ASKED: dict[str, tuple[str, ...]] = {
    "en": ("discount*", "afford*", "pays", "pay for", "paying for", "compensat*")
}
_SUM = re.compile(r"[$£€]\s?\d|\d\s?(?:usd|dollars|bucks)\b", re.IGNORECASE)


def _only_fair_price(told: str, language: str) -> bool:
    """A price called fair is the only money told: «سعرها مناسب», «قیمتش مناسب بود»."""
    seq = telling.tokens(told)
    fair = [
        span
        for table in (PRICE_CALLED_FAIR, FAIR_PRICE)
        for span in telling.find(seq, table.get(language, ()), language)
    ]
    if not fair:
        return False
    rest = [t for at, t in enumerate(seq) if not any(a <= at < b for a, b in fair)]
    money = (cues.TOPIC["billing"], PRICE, PAYMENT)
    return not any(telling.find(rest, table.get(language, ()), language) for table in money)


def apology_key(topic: str | None, told: str, happened: bool, language: str) -> str:
    """The catalog key of the apology for ``told`` under NLU's ``topic``."""
    key = _topic_apology_key(topic, told, happened, language)
    key = missing_item_apology(key, told, language)  # «قاشق چنگال نفرستادن»: no device failed
    key = missing_item_apology_en(key, told, language)  # en63: "the fries were missing"
    key = swapped_item_apology(key, told, language)  # «به جای دوغ نوشابه فرستادن»: the swap
    key = order_apology(key, told, language)  # «آب‌میوه آبکی بود»: nothing late nor broken
    if key in ("apology_meal", "apology_product"):  # not the food they praised before a "but"
        key = letdown_after_praise(told, language) or key
    key = food_fault_apology(key, told, language)  # «غذا سرد سرد رسید»: the cold, said
    return named_apology(key, told, language)  # a bag damaged, hung up on, no updates (en)


def _topic_apology_key(topic: str | None, told: str, happened: bool, language: str) -> str:
    """The apology's key from NLU's topic and the words, before the let-down after a "but"."""
    told = without_held_cards(told, language)  # «مواقع للبطاقات», «بطاقة السيم»: no payment
    if told_harm(told, language):
        return "apology_harm"  # «بچم مریض شد»: a sick child is no meal short of its promise
    topic = _told_topic(topic, told, language)
    key = f"apology_{topic}" if topic in _TOPICS else "apology"
    if (
        key in ("apology", "apology_service")
        and telling.has(told, RUDE, language)
        and not telling.has(told, NOT_RUDE, language)
    ):
        return "apology_rude"
    if key == "apology_product" and language == "ar" and _only_rudeness(told, language, True):
        # ar63: «الموظف صرخ علينا أمام الناس» (NLU: product) got «آسف لأن المنتج لم يكن …».
        return "apology_rude"
    if key == "apology_delivery" and _only_rudeness(told, language):
        # "no, the food was fine, it was the driver who was rude": no order let them down.
        return "apology_rude"
    if key == "apology_service" and _service_praised(told, language):
        # «کیکش بد نبود، برخورد و رفتار پیک عالی»: NLU's "service" is what they praised.
        return apology_key(None, told, happened, language)
    key = service_apology(told, language) if key == "apology_service" else key  # "bad service"
    if (
        key == "apology_billing"
        and telling.has(told, PRICE, language)
        and not telling.has(told, PAYMENT, language)
        and not telling.has(told, FAIR_PRICE, language)
    ):
        return "apology_price"
    # «الأكل كان بارد والتوصيل تأخر ساعة»: a meal brought is an order, no "shipment". Arabic
    # only: in Persian the gate preferred «ارسال این‌طور ناامیدتان کرد» (16 / 25).
    if topic == "delivery" and charging_not_shipping(told, language):
        return "apology_product"  # «ولم يشحن الا ٣٢٪»: a battery charged, no parcel shipped
    meal = language != "fa" and telling.has(told, MEAL, language)
    ordered = telling.has(told, cues.ORDER, language) or meal
    if topic == "delivery" and not ordered:
        if telling.has(told, LUGGAGE, language):
            return "apology_baggage"
        key = "apology_shipment"  # "your order" is not said of a parcel they did not order
    # A cancelled flight is no parcel, nor (no topic, something happened) a mishap; a hold, a wait.
    travel = key in ("apology_delivery", "apology_shipment") or (topic is None and happened)
    if travel and telling.has(told, cues.TRAVEL, language):
        return "apology_wait" if only_held_on_line(told, language) else "apology_travel"
    key = food_order_apology(key, told, language)  # «… گرم نبود و مانده»: no trip, no parcel
    key = food_sent_apology(key, told, language)  # «دیر اومد …»: a meal sent, never «مرسوله»
    # «المطعم فخامه وديكور بس الاكل عادي» got "sorry the product wasn't as you expected".
    meal = key == "apology_product" or (topic is None and happened)
    # A wait told (on the line, at a table, for the order), and no trip: its own apology,
    # before the meal's («المطعم جميل لكن الخدمة بطيئة وانتظرنا ساعة» is no meal gone wrong).
    if key in ("apology", "apology_product", "apology_service") and wait_told(told, language):
        return "apology_wait"
    if meal and (telling.has(told, MEAL, language) or telling.has(told, FOOD, language)):
        return "apology_meal"
    if key == "apology_product" and meal_not_product(told, language):
        return "apology_meal"  # «بسیار کیفیت پایین بود»: a meal, never "expected it to work"
    return key if key != "apology" else named_letdown(told, language) or key  # a bag, a flight


def praise_beside(messages: list[str], language: str) -> bool:
    """Praise told beside what went wrong, on either side of a "but": it is thanked too.

    "ممتاز …، بس …" (praise, then the point) and "delayed 3 hours, but the crew were lovely"
    (the point, then praise) both hold something they liked; sarcasm ("great, another
    delay") holds none.
    """
    if telling.ironic(messages, language) or closes_in_sarcasm(messages, language):
        return False  # "… won't let me talk to any1. Great job": no praise to thank
    if telling.read(messages, language).praise and telling.complains_after_contrast(
        messages, language
    ):
        return True
    seq = telling.tokens("\n".join(messages))
    turns = telling.find(seq, cues.CONTRAST.get(language, ()), language)
    if not turns:
        return False
    after = seq[turns[-1][1] :]  # "…, but the crew were lovely": nothing gone wrong there
    praised = [
        after[a]
        for table in (cues.PRAISE, KIND_PEOPLE)
        for a, _ in telling.find(after, table.get(language, ()), language)
        if not _THANKS.match(after[a])  # "…, but thanks for the link": thanks, no praise
    ]
    being = set(telling.find(after, _BEING.get(language, ()), language))
    events = telling.find(after, cues.EVENT.get(language, ()), language)
    denied = telling.find(after, _NOT.get(language, ()), language)  # «… اصلا راضی نبودم»
    return bool(praised) and not denied and all(span in being for span in events)


# A denial beside the praise word: "not great", «راضی نبودم», «غير ملصوقه جيدا».
_NOT = {
    "en": ("not", "never", "no", "less", "isn't", "wasn't", "weren't", "aren't", "didn't", "don't"),
    "fa": ("نبود*", "نیست*", "نبودم", "نداشت*", "اصلا", "اصلاً", "نه"),
    "ar": ("غير", "لا", "ليس", "ليست", "مو", "مش", "ما", "لم"),
}  # fmt: skip


# "were", «بودن»: the verb of praise ("the crew were lovely"), no happening of its own.
_BEING = {
    "en": ("was", "were", "is", "are", "been"),
    "fa": ("بود", "بودن", "بودند", "است", "هستن", "هستند"),
    "ar": ("كان", "كانت", "كانوا"),
}  # fmt: skip


# How people were, praised after a "but" ("…, but the crew were lovely"): kindness the
# customer met, thanked beside the apology. Not in cues.PRAISE: alone, "kind" is no praise.
KIND_PEOPLE = {
    "en": ("lovely", "kind", "friendly", "polite", "courteous", "sweet", "professional"),
    "fa": ("مهربون*", "مهربان*", "مودب*", "مؤدب*", "خوش برخورد*", "خوش‌برخورد*", "خوش اخلاق*"),
    "ar": ("محترم*", "خلوق*", "بشوش*", "متعاون*"),
}  # fmt: skip

_THANKS = re.compile(r"thank|thx|ممنون|مرسی|سپاس|تشکر|شكر|شكرا|مشكور", re.IGNORECASE)


def _service_praised(told: str, language: str) -> bool:
    """No word of a service gone wrong, and praise told undenied: NLU's topic was praise.

    Not thanks ("… 15 days. Thank you!"), nor praise denied near it ("LESS than helpful"),
    nor "at best".
    """
    if telling.has(told, cues.TOPIC["service"], language):
        return False
    seq = telling.tokens(told)
    denials = [a for a, _ in telling.find(seq, _NOT.get(language, ()), language)]
    for table in (cues.PRAISE, KIND_PEOPLE):
        for start, _ in telling.find(seq, table.get(language, ()), language):
            if _THANKS.match(seq[start]) or (start and seq[start - 1] == "at"):
                continue
            if not any(abs(start - d) <= _NEAR for d in denials):
                return True
    return False


_NEAR = 3  # words between a denial and the praise it denies: «بد نبود», "less than helpful"


# An order that went wrong beside the rudeness: late, cold, short, wrong, waited for hours.
ORDER_HARMED = {
    "en": ("late", "delay*", "cold", "missing", "wrong", "never", "lost", "damaged", "spilled",
           "stale", "waited", "waiting", "hour", "hours", "minutes"),
    "fa": ("دیر", "تاخیر*", "تأخیر*", "سرد", "یخ", "ناقص", "اشتباه*", "نرسید*", "نیومد*",
           "نیامد*", "منتظر*", "معطل*", "ریخت*", "له", "خراب*", "بیات", "ساعت*", "دقیقه*"),
    "ar": ("تاخر*", "تأخر*", "متاخر*", "متأخر*", "بارد*", "ناقص*", "غلط", "ما وصل", "ماوصل",
           "لم يصل", "انتظر*", "خرب*", "ساعة", "ساعه", "ساعات", "ساعتين", "دقيقة", "دقايق",
           "دقائق"),
}  # fmt: skip


def _only_rudeness(told: str, language: str, product: bool = False) -> bool:
    """Rudeness told, and with its words set aside nothing else went wrong or was waited for.

    "the driver was rude", «پیک بی‌ادب بود ولی غذا خوب بود»; not "the pizza came cold and the
    driver was rude", nor «۱ساعت منتظر موندیم … یه پیک بی ادب هم غذا رو اورد».
    """
    if not telling.has(told, RUDE, language) or telling.has(told, NOT_RUDE, language):
        return False
    wrong, _fine = split_fine([told], language)
    seq = telling.tokens("\n".join(wrong))
    rude = telling.find(seq, RUDE.get(language, ()), language)
    rest = [t for at, t in enumerate(seq) if not any(a <= at < b for a, b in rude)]
    # A food named where it went wrong («ساندویچ … مزه هیچی نمیداد! … پیک بی ادب بود»): the
    # order let them down too; the food that was fine is in a part split off already.
    tables: tuple[dict[str, tuple[str, ...]], ...] = (ORDER_HARMED, MEAL, FOOD)
    # ``product``: nor a thing broken or overpriced («الجهاز خربان والبائع وقح»: both let down).
    tables += (LETDOWN, PRICE) if product else ()
    return not any(telling.find(rest, table.get(language, ()), language) for table in tables)


def _money_told(told: str, language: str) -> bool:
    """Whether a charge, a price or a fee is named in the customer's own words."""
    return telling.has(told, cues.TOPIC["billing"], language) or telling.has(told, PRICE, language)
