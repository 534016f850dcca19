"""A masculine Arabic noun said with a feminine adjective in the bot's own voice.

Judged: «المطعم جيده» and «الخدمة ممتازة والأكل ممتازة» said back unquoted read as the
bot's own grammar slip, as did «أعجبتك هذا المكان». A masculine noun opening its clause
(«المطعم»، «والأكل») takes the masculine adjective; a noun closing a construct («جودة
الطعام سيئة»، «قائمة الطعام ممتازة») or ending a pair of nouns («الأجواء والديكور جميلة»)
agrees with another word and is left.
"""

from __future__ import annotations

import re

_NOUNS = "المطعم|المكان|الأكل|الاكل|الطعام|المحل"
_FEMININE = "جيد|ممتاز|رائع|لذيذ|جميل|نظيف|حلو"
# At the start, after a comma or colon, or with its own «و» after a word that is no noun.
_AGREE = re.compile(
    rf"(?:^|(?<=[،,:]\s)|(?<=[،,:])|(?<=\s)(?=و))((?:و)?(?:{_NOUNS})\s+)({_FEMININE})[ةه](?!\S)"
)
_NOUN_BEFORE = re.compile(r"(?:^|\s)و?ال\S+\s+$")


def _mended(match: re.Match[str]) -> str:
    head = match.string[: match.start()]
    if match.group(1).startswith("و") and _NOUN_BEFORE.search(head):
        return match.group(0)  # «الأجواء والديكور جميلة»: the pair agrees as a plural
    return match.group(1) + match.group(2)


_QUOTE = re.compile(r"(«[^»]*»)")
# «أعجبتك هذا المكان»: the feminine verb before a masculine subject is «أعجبك هذا المكان»
# («أعجبتك الفكرة» agrees and is left).
_PLEASED = re.compile(rf"(?<!\S)([اأ]?عجب)ت(ك)(?=\s+(?:هذا|{_NOUNS})(?!\S))")


def agreeing(text: str) -> str:
    """The text with «المطعم جيده» said «المطعم جيد»; a quote keeps the customer's words."""
    parts = _QUOTE.split(text)
    return "".join(
        part if k % 2 else _PLEASED.sub(r"\1\2", _AGREE.sub(_mended, part))
        for k, part in enumerate(parts)
    )
