"""English sign-off wishes ("Have a US Airways day!", "Have a great night AA team!")."""

from __future__ import annotations

import re

# A wish closing a tweet: "have a" with any one or two words before the time of day, and at
# most a greeting of the team after it; never said back as "you have a … day" (r45).
# Anchored at both ends: "Have a 2 day delay" or "have a day off" is a telling, not a wish.
SIGN_OFF = re.compile(
    r"^(?:ok(?:ay)?,?\s+)?have an?\s+(?:[\w'&-]+\s+){1,2}"
    r"(?:day|night|evening|morning|afternoon|weekend|week)"
    r"(?:,?\s+(?:[\w'&-]+\s+)?(?:team|guys|folks|everyone|everybody|all|y'?all|crew))?"
    r"[\s!.]*$",
    re.IGNORECASE,
)


def is_sign_off(text: str) -> bool:
    """Whether a piece is only a wish to close with, nothing to reflect."""
    return bool(SIGN_OFF.match(text.strip()))
