"""Praise by comparison NLU took for an idea: "so much better than minimal iconography".

"I <3 pretty graphics. so much better than minimal iconography" was thanked as an idea,
quoting the comparison (en61). "so much / way / far better than" with nothing wished or
proposed anywhere in the telling ("should", "please", "how about", a question) praises what
they have now: it is thanked as praise. A comparison beside a wish stays the idea it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_COMPARED = re.compile(
    r"\b(?:so\s+much|way|far|much|a\s+lot|lots|miles)\s+better\s+than\b", re.IGNORECASE
)
_WISHED = re.compile(
    r"\b(?:should|could|would|please|pls|wish|hope|suggest\w*|how\s+about|why\s+not|need|needs"
    r"|add|bring|make|consider|maybe|if)\b|\?",
    re.IGNORECASE,
)


def praise_compared(messages: Sequence[str], language: str) -> bool:
    """The idea is praise by comparison, with nothing wished or proposed."""
    text = "\n".join(messages)
    return language == "en" and bool(_COMPARED.search(text)) and not _WISHED.search(text)


def proposes(messages: Sequence[str], language: str) -> bool:
    """Something is wished or proposed in the telling ("should", "why not", a question)."""
    return language == "en" and bool(_WISHED.search("\n".join(messages)))
