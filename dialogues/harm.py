"""Someone made ill by what they got from us: «بچم مریض شد», «تسمم», "food poisoning".

«غذا بوی بد میداد و بچم مریض شد» got «متأسفم که غذا آن‌طور که باید نبود؛ حقتان بود از
غذایتان لذت ببرید»: the meal's apology makes light of a sick child. Harm told is apologised
for as harm, whatever the topic. Only words that say illness: «غير مرضي» ("unsatisfying"),
"sick of the delays" ("fed up") and "getting sick" stranded in the cold (no harm from us) are
left out; so is «بالا آورد» ("brought it up to the door" as often as "threw up": the blind gate).
"""

from __future__ import annotations

from dialogues import telling

# Entries as in ``dialogues.cues`` (folded; a trailing ``*`` matches any ending).
HARM = {
    "en": (
        "food poisoning", "threw up", "throwing up", "vomit*", "poisoned", "allergic reaction",
        "made me sick", "made us sick", "made him sick", "made her sick", "made them sick",
        "made my son sick", "made my daughter sick", "made my kids sick", "diarrhea",
    ),
    "fa": (
        "مریض شد*", "مریض شدم", "مریض شدیم", "مریض شدن", "مسموم*", "مسمومیت*",
        "حالم بد شد", "حالش بد شد", "حالمون بد شد", "حالم به هم خورد",
        "استفراغ*", "اسهال", "دل درد گرفت*", "دل‌درد گرفت*", "دلدرد گرفت*", "بیمار شد*",
        "کارم به بیمارستان", "بیمارستان بستری",
    ),
    "ar": (
        "تسمم*", "مسموم*", "اسهال", "إسهال", "استفراغ", "ترجيع", "مغص", "مرضت", "مرضنا",
        "مرضوا", "مرض ابني", "مرض ولدي", "مرضت بنتي", "مرض اطفالي", "تعبت معدتي",
        "نقلوني للمستشفى", "دخلت المستشفى", "رحنا المستشفى", "رحت المستشفى", "رحت الطوارئ",
    ),
}  # fmt: skip


def told_harm(told: str, language: str) -> bool:
    """Whether ``told`` says someone was made ill."""
    return telling.has(told, HARM, language)
