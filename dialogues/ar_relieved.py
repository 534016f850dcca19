"""Arabic: a pain the product relieved is praise, not a let-down beside it.

«ممتازة و مريحة للالم بالرقبة حيث اني كنت اعاني من تصلب … و لكن الحمدلله بعد استخدام هذة
السلعة ساعدتني في التخلص من الالم»: the «لكن» turns from the trouble they had before to the
relief the product brought, yet it read as a hedge on the praise (review_praise._HEDGED), and
the customer heard «أنا آسف حقاً لما مررت به» for a product that took their pain away. Where a
relief is told («ساعدتني في التخلص من», «تخلصت من», «خفف الالم», «اراحتني»), a «لكن»/«بس»
that opens on using it («لكن الحمدلله بعد استخدام …») is taken out of the let-down reading.
A «لكن» on anything else («لكن الرائحة قوية») still hedges.
"""

from __future__ import annotations

import re

_RELIEF = re.compile(
    r"(?<!\w)(?:ساعد\S*\s+(?:في|على|ع)\s+(?:ال)?تخلص|[وف]?تخلص\S*\s+من|[وف]?خفف\S*"
    r"|[وف]?[اأ]راحت?ني|[وف]?ريحت?ني|(?:ال)?[اأ]لم\s+(?:راح|اختف[ىي]|زال))"
)
# «و لكن الحمدلله بعد استخدام», «بس بعد ما استعملتها», «لكن مع استخدامها»: the turn to relief.
_TURN_TO_RELIEF = re.compile(
    r"(?<!\w)[وف]?\s?(?:ل[اأ]?كن|بس)\s+(?=(?:(?:ال)?حمد\s?لله\s+)?(?:من\s+)?(?:بعد|مع)\s+"
    r"(?:ما\s+)?(?:[اإ]?ستخدام|[اإ]?ستعمال|استخدمت|استعملت|تجرب|جرب)\S*)"
)


def relief_turn_out(text: str) -> str:
    """The text without a «لكن» that turns to the relief it tells; as it was without one."""
    if _RELIEF.search(text) is None:
        return text
    return _TURN_TO_RELIEF.sub(" ", text)
