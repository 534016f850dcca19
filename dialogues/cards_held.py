"""Cards a product holds or takes, told in Arabic: «مواقع كثيرة للبطاقات», «بطاقة السيم».

A wallet "with room for many cards", a phone's SIM card or a memory card name no payment; yet
«بطاقة» is in the billing topic's words, so «تحتوي على جيب بسحاب و مواقع كثيرة للبطاقات» got
«آسف جداً لما سببته لك مشكلة الدفع من إزعاج», and «لا تكفي لأكثر من أربع بطاقات والسعر مبالغ
فيه» was a payment gone wrong, not a price too high. A card paid with is singular and the
customer's («بطاقتي», «البطاقة», «بطاقة الائتمان»): it stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import cues, telling, told_topic

# Cards held (plural: a wallet's, a holder's), a SIM card, a memory card; not cards paid with
# («لا يقبلون بطاقات الائتمان»: they take no credit cards).
_HELD = re.compile(
    r"(?<!\S)(?:[وف]?(?:لل|بال|ال|ل|ب)?بطاقات)(?!\S)"
    r"(?!\s+(?:ال)?(?:ائتمان|إئتمان|دفع|بنك|مدى|فيزا))"
    r"|(?<!\S)[وف]?(?:ال|ب|بال)?بطاق[ةه]\s+(?:ال)?(?:سيم|sim|ذاكر[ةه]|الذاكر[ةه]|ميموري|micro\s*sd|sd)"
    r"(?!\S)",
    re.IGNORECASE,
)


def without_held_cards(told: str, language: str) -> str:
    """The Arabic telling without cards a product holds or takes (no payment card)."""
    return _HELD.sub(" ", told) if language == "ar" else told


def topic_without_held_cards(
    messages: Sequence[str], language: str, heard_topic: str | None
) -> str | None:
    """The topic of what went wrong, read with no card a product holds («بطاقة السيم»).

    NLU's "billing" for «الجهاز ممتاز بس ما يقرأ بطاقة الذاكرة» routed the handoff to the
    payment owner: with the held cards set aside and no money named, that topic is dropped
    and the words decide (a device: the product's owner).
    """
    held = [without_held_cards(m, language) for m in messages]
    if held == list(messages):
        return told_topic.topic_of(messages, language, heard_topic)
    if heard_topic == "billing" and not telling.has("\n".join(held), _MONEY, language):
        heard_topic = None
    return told_topic.topic_of(held, language, heard_topic)


_MONEY = {"ar": cues.TOPIC["billing"]["ar"]}  # «انخصم المبلغ», «السعر مبالغ فيه»: money told
