"""An English regret about what went wrong ("should have been given …"): a complaint, no idea.

Tuning tweets NLU named a suggestion got "Thank you for the idea" for "we should have been given
the option to get off the plane", "would have been nice to be offered in flight credit", "I could
have been on my flight if 4 help desks did not say it already left": what should have happened
and did not is a let-down told, not something new proposed. "You should have a fare lock" (no
past) stays an idea; "would have been a rough trip but LUCKILY …" and "should have specified"
name no let-down of ours; "wish you had a better app" wishes: an idea.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_REGRET = re.compile(
    r"\bwould(?:\s+have|['’]ve)\s+been\s+(?:so\s+|much\s+|really\s+)?"
    r"(?:nice|better|good|great|helpful)\b"
    r"|\b(?:should|could)(?:\s+have|['’]ve)\s+(?:been|done|gotten|got|given|taken|told|had"
    r"|relayed|announced|offered|informed|called)\b"
    r"|\bwish\s+(?:you|they)\s+(?:would\s+have|had\s+\w+ed)\b",
    re.IGNORECASE,
)


def regret_told(messages: Sequence[str], language: str) -> bool:
    """An English "should have …" / "would have been nice …": what went wrong, told."""
    return language == "en" and _REGRET.search("\n".join(messages)) is not None
