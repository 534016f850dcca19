"""A Persian food-delivery comment's "quality" is the meal's: «کیفیت پایین بود».

The Snappfood customer who writes «بسیار کیفیت پایین بود» or «کیفیتش افت کرده» tells of a
meal; NLU's "product" topic gave it «انتظار داشتید درست کار کند» ("you expected it to work
properly"), said of a device. The meal's apology fits, unless the comment names goods that are
no meal: a shop, a product, batteries, a seal, packaging and cutlery. Nor where the quality
was praised beside a price or a wait («کیفیت خوب بود ولی قیمت بالا»): "the food wasn't up to
what you expected" would deny what they liked.
"""

from __future__ import annotations

import re

from dialogues import cues, telling

# Goods or things beside the meal: a supermarket's products, a device, the box it came in.
NOT_A_MEAL: dict[str, tuple[str, ...]] = {
    "fa": ("محصول*", "جنس*", "اجناس", "کالا*", "سوپر*", "فروشگاه*", "مغازه*", "باتری*",
           "مایع*", "شوینده*", "دستگاه*", "گوشی*", "لوازم", "پلمپ*", "انقضا*", "تاریخ*",
           "بسته بندی*", "بسته‌بندی*", "ظرف*", "قاشق*", "چنگال*", "دستمال*", "نایلون*",
           "پلاستیک*", "کیسه*", "سایت*", "لیست*", "اپلیکیشن*", "برنامه*"),
}  # fmt: skip


def meal_not_product(told: str, language: str) -> bool:
    """Persian: no goods but a meal named, nothing praised, so "product" is the meal ordered."""
    if language != "fa" or telling.has(told, NOT_A_MEAL, language):
        return False
    if telling.has(told, cues.BOUGHT, language):
        return False  # «یه قهوه‌ساز خریدم و چکه می‌کنه»: a thing bought, never a meal
    praised = telling.read([told], language).praise
    return not praised and not telling.has(told, cues.CONTRAST, language)


# "What a waste of money" said of a bad meal («پیتزا مزه هیچی نمیداد. حیف پول», «پولمو دور
# ریختم»): no charge went wrong, so these words name no money for the billing apology.
_WASTED_MONEY = re.compile(
    r"حیف\s+پول(?:م|مو|مون)?(?!\S)"  # not «حیف پولی که دادم»: not worth its price
    r"|پول\S*\s+(?:(?:رو|را)\s+)?(?:دور\s+ریخت\S*|ریخت\S*\s+دور|می\S*\s*ریز\S*\s+دور|هدر\S*)"
    r"|(?:دور\s+ریختن|هدر\s+دادن)\s+پول\S*"
)


def without_wasted_money(told: str, language: str) -> str:
    """The Persian telling without its "waste of money" idioms."""
    return _WASTED_MONEY.sub(" ", told) if language == "fa" else told


# Words that only look like money: «حسابی» ("thoroughly": «جوجه‌اش حسابی خشک بود»), «کارتن»
# (the box: «سس … روی کارتن مالیده شده بود») and «کارتون» ("your work": «کسب و کارتون»). The
# billing topic's «حساب*» and «کارت*» caught them, and the money apology («هیچ‌کس نباید این‌طور
# نگران پولش باشد») was said of a dry chicken and a sauce smeared on its box.
_NOT_MONEY = re.compile(r"(?<!\S)(?:حسابی|کارتن\S*|کارتون)(?!\S)")


def without_money_lookalikes(told: str, language: str) -> str:
    """The Persian telling without words that only look like money («حسابی», «کارتن»)."""
    return _NOT_MONEY.sub(" ", told) if language == "fa" else told
