"""Praise told before a wish: the idea is thanked, and what they liked is thanked too.

«غذا عالی بود فقط کاش نون بیشتر بود», "Great food, wish the portions were bigger": the
customer liked something and wished for more. The idea's thanks alone ("Thanks for thinking
this through for us") never heard the praise; a short "and thank you for what you liked"
beside it does. Praise told after the wish ("…, it'd be great") praises the wish: no thanks.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues import cues, telling
from dialogues.apologies import _NOT, _THANKS, KIND_PEOPLE

# Where the wish begins: an idea's own words, a "but", or a bare "wish" («کاش», «ليت»).
_WISH = {
    "en": ("wish", "wished", "hope", "if only"),
    "fa": ("کاش", "ای کاش", "امیدوارم"),
    "ar": ("ليت", "ياليت", "يا ليت", "ياريت", "يا ريت", "اتمنى", "أتمنى", "نتمنى"),
}  # fmt: skip
# Praise of past orders, hedged or expected praise, "appreciate it" (a thanks) and "love how …"
# (sarcasm) are no liking of this one to thank (blind gate: «من همیشه ازینجا رولت میگیرفتم عالی
# بود. ولی …», «سیب زمینی نسبتا خوب بود ولی …», «اعتقدت ان هذا المطعم يقدم أفضل …»).
_PAST_OR_HEDGED = {
    "en": ("always", "used to", "before", "usually", "previous", "previously", "last time",
           "every time", "relatively", "somewhat", "fairly", "thought", "expected", "love how",
           "gotta love", "appreciate", "appreciated", "love to", "like to", "best rate"),
    "fa": ("همیشه", "قبلا", "قبلاً", "قبلی", "قبل", "تا حالا", "معمولا", "معمولاً", "سابقا",
           "دفعه‌های قبل", "دفعات قبل", "اوایل", "نسبتا", "نسبتاً", "تقریبا", "نوعا", "یه زمانی",
           "فکر میکردم", "فکر می‌کردم", "انتظار داشتم"),
    "ar": ("دايما", "دايماً", "دائما", "دائماً", "سابقا", "سابقاً", "قبل", "عادة", "عادتا",
           "المرات", "زمان", "اعتقدت", "توقعت", "ظننت", "حسبت"),
}  # fmt: skip
_AS = {"مثل", "as", "زي"}
_NEAR = 2  # a denial this close to the praise word denies it: "not great", «عالی نبود»


def praise_before_wish(messages: Sequence[str], language: str) -> bool:
    """Undenied praise (no thanks word) before where the wish or the "but" begins."""
    if telling.ironic(messages, language):
        return False
    if language == "en" and any("?" in m for m in messages):
        return False  # "kind of early but any idea when …?": a question, no liking told
    seq = telling.tokens("\n".join(messages))
    starts = [
        start
        for table in (cues.IDEA, cues.CONTRAST, _WISH)
        for start, _ in telling.find(seq, table.get(language, ()), language)
    ]
    if not starts:
        return False
    before = seq[: min(starts)]
    past = telling.find(before, _PAST_OR_HEDGED.get(language, ()), language)
    # «مثل همیشه عالی», «مثل دفعه‌های قبل», "great as always": this order's praise too
    alike = {i for a, b in past if a and before[a - 1] in _AS for i in range(a, b)}
    if any(not set(range(a, b)) <= alike for a, b in past):
        return False
    denials = [a for a, _ in telling.find(before, _NOT.get(language, ()), language)]
    return any(
        not _THANKS.match(before[start]) and not any(abs(start - d) <= _NEAR for d in denials)
        for table in (cues.PRAISE, KIND_PEOPLE)
        for start, _ in telling.find(before, table.get(language, ()), language)
    )
