"""Too much of something: "way too hot", «بزيادة», «بیش از حد»."""

from __future__ import annotations

import re

# "…, but it gets way too hot", «بس الشاحن سخن بزيادة», «ولی بیش از حد داغ میشه»: too much
# of something after a "but" is what went wrong, though no event word names it. (Matched on
# folded tokens: «ي» and «ك» are read as «ی» and «ک».)
_EXCESS = re.compile(
    r"\b(?:way\s+|far\s+|much\s+)?too\s+(?!(?:good|great|nice|kind)\b)[a-z]+"
    r"|بز[يی]اد[ةه]|ز[يی]اد[ةه]\s+عن\s+اللزوم|[أا][كک]ثر\s+من\s+اللازم|بیش\s+از\s+حد"
    r"|بیشتر\s+از\s+حد"
    r"|زیادی\s+\S+\s+(?:میشه|می‌شه|است|بود)",
    re.IGNORECASE,
)


def too_much(text: str) -> bool:
    """ "it gets way too hot", «سخن بزيادة»: an excess, which is something gone wrong."""
    return _EXCESS.search(text) is not None
