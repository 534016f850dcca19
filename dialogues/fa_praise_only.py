"""Persian praise NLU named a complaint: thanked once the customer confirms, never apologised for.

«سریع و داغ رسید. متشکرم», «واقعا تازه و خوشمزه هست، سریع هم به دستم رسید ممنونم», «عالی بود
واقعا فکرشم نمیکردم» heard «واقعاً عذر می‌خواهم؛ سفارشتان باید …»: NLU reads «رسید» and a short
review as a complaint, and review_praise's check wants a warm NLU tone these often lack. After
the yes, a telling that praises (a word of praise, or "fast", "hot", "on time" beside thanks)
and holds no word of a let-down, a denial, a hedge, a "but", a wish, a cost or a question is
thanked for what was liked.

Narrow on purpose: the list of let-down words is broad, so one doubtful word («قبلا», «کوچک»,
«اگر», «نمی…») keeps the apology NLU chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from dialogues import cues, telling
from dialogues.apologies import _NOT
from dialogues.fa_mixed import _LETDOWN
from dialogues.review_praise import _BAD, _HEDGED

# Thanks is no praise of its own: «متشکرم» alone says nothing was liked.
_THANKS = ("ممنون", "ممنونم", "ممنونیم", "مرسی", "متشکرم", "متشکر", "سپاس", "سپاسگزارم",
           "سپاسگذارم", "تشکر", "باتشکر")  # fmt: skip
# What a delivery is praised for, which the praise cues leave to context: "fast", "hot",
# "on time", "fresh", "neat"; praise only beside a thanks or another word of praise.
_QUALITY: dict[str, tuple[str, ...]] = {
    "fa": ("سریع", "داغ", "داغ داغ", "به موقع", "بموقع", "سر وقت", "سر موقع", "سالم", "تمیز",
           "مودب*", "محشر*", "بی نقص", "بدون نقص"),
}  # fmt: skip
# Words that may tell a let-down, a doubt, a cost or a wish (beyond the let-down tables).
_DOUBT: dict[str, tuple[str, ...]] = {
    "fa": ("بی ادب*", "بی کیفیت*", "بیکیفیت*", "ضعیف*", "ایراد*", "مشکل*", "متاسف*", "متأسف*",
           "تاسف*", "تأسف*", "انتظار*", "طول*", "ساعت*", "معطل*", "منتظر*", "مانده*", "مونده*",
           "زیادی", "ترش*", "تند", "گرون*", "گران*", "قیمت*", "پول*", "هزینه*", "نپخته*",
           "خمیر*", "چرب*", "مچاله*", "حیف", "احتیاج*", "میتون*", "می تون*", "بهتر", "اگه",
           "اگر", "لطفا", "لطفاً", "باید", "نمی*", "نشد*", "نکرد*", "ندار*", "نیومد*", "نیامد*",
           "نرسید*", "نفرستاد*", "نیاورد*", "نذاشت*", "نبودن*", "هیچ*", "کوچک*", "کوچیک*",
           "قبلا", "قبلاً", "قبل", "پایین*", "افت*", "زشت*", "کثیف*", "فیک", "غیر*", "ناراحت*",
           "عصبانی*", "اعصاب*", "چرا", "کمتر", "به جای", "بجای", "اشتباه*", "فراموش*",
           "یادشون*", "شکسته*", "له", "ریخته*", "سوخت*", "بوی بد*", "بو میداد*", "سرد*",
           "یخ*", "عجله*", "نامناسب*", "متوسط*", "بد*", "انتقاد*", "منفی", "شکایت*", "حتی",
           "البته", "ولی", "اما", "منتها", "بجز", "به جز", "جز", "کاش", "ای کاش", "امیدوار*"),
}  # fmt: skip

# «بی نظیر», «بی نقص»: "without" a fault is praise; «بی» before anything else may be a loss.
_WITHOUT_FAULT = {"نظیر", "نقص", "عیب", "همتا", "رقیب", "دغدغه", "دردسر"}


def praise_only(messages: Sequence[str], language: str) -> bool:
    """The telling praises and tells nothing that let the customer down."""
    if language != "fa":
        return False
    text = " ".join(messages)
    if "?" in text or "؟" in text:
        return False  # «چرا …؟», «آیا …؟»: asked, not praised
    if telling.ironic(messages, language):
        return False  # «یه هفته دیگه هم بی اینترنت، عالیه»: sarcasm, a complaint
    seq = telling.tokens(text)
    if any(w == "بی" and nxt not in _WITHOUT_FAULT for w, nxt in pairwise(seq)):
        return False  # «یه هفته بی اینترنت، عالیه»: "without" something, said in irony
    for table in (_LETDOWN, _BAD, _NOT, _HEDGED, _DOUBT):
        if telling.find(seq, table["fa"], "fa"):
            return False
    praised = [
        span
        for span in telling.find(seq, cues.PRAISE["fa"], "fa")
        if " ".join(seq[span[0] : span[1]]) not in _THANKS
    ]
    qualities = telling.find(seq, _QUALITY["fa"], "fa")
    thanked = any(word in _THANKS for word in seq)
    return bool(praised) or (bool(qualities) and thanked)
