"""Which of the things an Arabic praise named its thanks names: each once, never the price aside.

Readers (issue 8, stop 35) marked two slips in «شكراً على كلامك الطيب عن …» /
«أسعدنا ما قلته عن …» (``ar_praise_named``, ``praise_named``, ``praised_part``):

- the same thing named twice: «عن العطور والعطر», «عن السلعة والمنتج», «عن الطعام والأكل»,
  «عن المكان والمطعم». The lists map each spelling to a name, but singular and plural, or two
  words for the product, the place or the food are one thing to the customer: the thanks names
  the first of them only;
- a side point named: «أسعدنا ما قلته عن السعر» for «جهاز منخفض السعر وذا جودة جيدة» or «مطعم
  ممتاز … والسعر مناسب». The price is named because it is on the lists and the product («جهاز»,
  «ساعه») or its quality is not; but praise of the price beside praise of something else is
  never the main point. When every named thing is a price and the telling praises something
  else too, nothing is named (the thanks falls back to its general line); a price praised alone
  («السعر لعدد ثلاث اغطيه مناسب جدا») is still thanked by name.
"""

from __future__ import annotations

import re

# One thing, several names: the thanks' names (as the lists give them) by what they are.
_SAME: dict[str, str] = {}
for _group, _names in {
    "place": "المطعم المكان الفندق المقهى المحل",
    "food": "الأكل الطعام المأكولات الأكلات الوجبات الأطباق",
    "taste": "الطعم المذاق",
    "staff": "الموظفين العاملين الطاقم",
    "manners": "التعامل المعاملة",
    "price": "السعر الأسعار",
    # in a product review the device, the perfume and "the product" are the one thing bought
    "product": "المنتج السلعة الجهاز العطر العطور",
    "delivery": "التوصيل الشحن",
    "view": "المنظر الإطلالة",
    "breakfast": "الإفطار الفطور",
    "room": "الغرفة الغرف",
    "cleanliness": "النظافة",
}.items():
    for _name in _names.split():
        _SAME[_name] = _group

# «حسن التعامل», «سرعة التوصيل»: the manners and the delivery themselves.
_QUALITY_OF = ("حسن ", "سرعة ")
_PRICES = {"السعر", "الأسعار"}


def _what(name: str) -> str:
    """What a thanks' name is («العطور» and «العطر»: the product), for telling two apart."""
    for prefix in _QUALITY_OF:
        name = name.removeprefix(prefix)
    if name.startswith("نظافة "):
        return "cleanliness"  # «نظافة المكان» and «النظافة»: its cleanliness, once
    return _SAME.get(name, name)


def one_each(things: list[str]) -> list[str]:
    """The things in order, a thing named once whatever word named it again."""
    seen: set[str] = set()
    kept: list[str] = []
    for thing in things:
        what = _what(thing)
        if what not in seen:
            seen.add(what)
            kept.append(thing)
    return kept


# Praise of something else in the telling (normalised as ar_praise_named.norm spells it):
# the praise words of the lists, and those a product review uses that they leave out.
_OTHER_PRAISE = re.compile(
    r"(?<!\w)[وف]?(?:ال)?(?:رائع|ممتاز|لذيذ|نظيف|راقي|ودود|سريع|حلو|جميل|مميز|متميز|جيد|"
    r"خرافي|فاخر|ممتع|مريح|عملي|مبهر|اصلي|متين|انيق|عالي|مطابق|روعه|تحفه|يجنن|تجنن|"
    r"افضل|اروع|احسن|اجمل|انصح|عجبت|اعجبن|بطل|شهي|نضيف|صحي)\w*(?!\w)"
)
# The price and what says it is good: these words praise the price, not something else.
_PRICE_CLAUSE = re.compile(
    r"(?<!\w)(?:[وب]?(?:ال)?(?:سعر|اسعار|اسعر)\w*|منخفض\w*|رخيص\w*|مناسب\w*|معقول\w*)"
    r"(?:\s+(?:جدا|مره|كتير|جيد\w*|ممتاز\w*|رائع\w*|مميز\w*|المميز|مناسب\w*|معقول\w*|رخيص\w*|"
    r"منطقي\w*|و?مناسب\w*|و?معقول\w*|و?رخيص\w*)){0,3}"
)


def price_aside(things: list[str], told: str) -> bool:
    """Whether the things named are only the price while the telling praises more.

    ``told`` is the telling as ``ar_praise_named.norm`` spells it.
    """
    if not things or any(t not in _PRICES for t in things):
        return False
    return bool(_OTHER_PRAISE.search(_PRICE_CLAUSE.sub(" ", told)))
