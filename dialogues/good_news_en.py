"""English good news that NLU called a complaint is thanked, not apologised for.

en60 left: "finally made it to a rep, who solved my problem", "Only 8 minutes to get my issue
resolved. You guys are awesome.", "Dre at check in needs a raise … made me feel valued",
"Bringing your A game … Nice!" heard "I'm truly sorry. That shouldn't have happened." A
listener thanks them for what they named.

Narrow on purpose, as many such tweets are sarcastic ("great, another delay", "thanks for
nothing", "love waiting 3 hours", "thanks for making me miss my meeting"): the good news must
be told in one of the plain phrases below, and nothing sour may stand anywhere in the telling
(a let-down word, a denial, "but", a question, "thanks for" + a let-down, a hashtag of
complaint). A praise word beside a let-down is not praise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Good news told plainly: a problem solved, someone who deserves credit, a job well done.
_GOOD_NEWS = re.compile(
    r"\b(?:who|they|she|he|you|agent|rep) (?:\w+ )?(?:solved|fixed|resolved|sorted) "
    r"(?:my|our|the) (?:problem|issue)\b"
    r"|\b(?:to get|got) my (?:issue|problem) (?:resolved|resoled|solved|fixed|sorted)\b"
    r"|\bneeds a raise\b|\bmade me feel valued\b|\bbringing your \W*a\W* game\b"
    r"|\byou guys are (?:awesome|amazing|the best)\b"
    r"|\bkudos to \w+\b|\bfor reuniting me with my\b|\bso no worries\b"
)
# Anything sour, anywhere: a let-down, a denial, a turn, a question, irony.
_SOUR = re.compile(
    r"\b(?:not|no(?! worries)|never|nothing|but|however|though|although|still|yet|again|delay\w*|"
    r"cancel\w*|lost|missing|miss|missed|wait\w*|hours?|days?|late|rude\w*|worst|terrible|"
    r"horrible|awful|sucks?|fail\w*|ridiculous|unacceptable|disappoint\w*|complain\w*|ruin\w*|"
    r"sarcasm|smh|wtf|joke|why|preventable|shortcomings?|at least)\b"
    r"|n't|\?|#(?:fail|neveragain|worst\w*|not\w+|badservice)"
    r"|\bthanks? (?:you )?for (?:making|ruining|nothing|leaving|the unnecessary)\b",
    re.IGNORECASE,
)


def good_news_only(messages: Sequence[str], language: str) -> bool:
    """Whether an English telling only tells good news in plain words, and nothing sour."""
    if language != "en":
        return False
    text = " ".join(messages).replace("’", "'")
    return bool(_GOOD_NEWS.search(text.lower())) and not _SOUR.search(text)
