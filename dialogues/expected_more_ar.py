"""Arabic praise, then "but I expected it bigger": a mild let-down, never thanked (ar58).

«جيد ولكني كنت اعتقده أكبر في الحجم», «المنتج حلو بس كنت اتوقع افضل»: NLU reads the opening
praise and the customer was thanked, their own words quoted back as praise. After «لكن»،
«ولكني»، «لكنه»، «بس» the customer says what they expected and did not get: the thing fell
short. That is a let-down, and a gentle apology answers it. Narrow on purpose: the
expectation («كنت اتوقع»، «توقعت»، «اعتقدته») and a comparative («أكبر»، «أفضل») both after the
"but"; «توقعت افضل» with no "but" before it, or «كان احسن مما توقعت» (better than expected:
the comparative before the verb), is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# «لكن»، «ولكني»، «لكنه»، «بس»، «لاكن»: the turn, then up to three words before the expectation
# («ولكن عندما ذهبت اليه توقعت …»).
_TURN = r"(?<!\S)(?:[وف]?لكن\S{0,2}|[وف]?لاكن\S{0,2}|بس)\s+(?:\S+\s+){0,3}?"
# «كنت اتوقع»، «كنا نتوقع»، «كنت اعتقده»، «توقعت»، «اعتقدته»، «ظننته»: what they expected.
_EXPECTED = (
    r"(?:(?:كنت|كنا)\s+(?:[اأ]توقع|نتوقع|[اأ]عتقد|نعتقد|[اأ]ظن|نظن|[اأ]حسب|نحسب)\S{0,3}"
    r"|توقعت\S{0,3}|توقعنا\S{0,3}|[اأ]عتقدت\S{0,3}|ظننت\S{0,3}|حسبت\S{0,3})\s+"
)
# A comparative soon after it: «أكبر»، «افضل من كذا»، «انه احسن»، «اعلى جودة».
_MORE = (
    r"(?:\S+\s+){0,2}?(?:[اأ](?:كبر|فضل|حسن|كثر|على|جمل|لذ|طيب|قوى|روع|سرع|نظف|وسع|جود|طول)"
    r"|اعلي)(?!\S)"
)
_FELL_SHORT = re.compile(_TURN + _EXPECTED + _MORE)


def expected_more(messages: Sequence[str], language: str) -> bool:
    """Whether an Arabic telling says, after a "but", that the customer expected more."""
    if language != "ar":
        return False
    return bool(_FELL_SHORT.search(" ".join(" ".join(messages).split())))
