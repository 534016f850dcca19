"""English first messages that only say a message was sent or the account followed.

"@AmericanAir I just DMed you", "@united sent", "I'm following you now": a reply to the
company's "please follow and DM us", with nothing told yet. Asked "Where did it all start?" or
"What did that mean for you?", they were asked about a story they never began; a listener
says they are listening and lets the customer tell it.
"""

from __future__ import annotations

import re

from dialogues.text import clean

_SENT_ONLY = re.compile(
    r"^(?:(?:ok|okay|sure|yes|yep|yeah|done|and)\W*\s+)*"
    r"(?:i\s*(?:'ve|’ve|have|am|'m|’m|'ll|’ll|will)?\s+)?(?:just\s+|now\s+|already\s+)?"
    r"(?:sent(?:\s+(?:it|you\s+a\s+dm|a\s+dm|the\s+dm|you\s+a\s+(?:direct\s+)?message))?"
    r"|dm(?:['’]?e?d)?(?:\s+(?:you|it))?|dm(?:ing)?\s+you|(?:direct\s+)?messaged\s+you"
    r"|following(?:\s+you)?|followed(?:\s+you)?)"
    r"(?:\s+(?:now|back|too|again|as\s+well))*\W*$",
    re.IGNORECASE,
)


def sent_or_followed(text: str, language: str) -> bool:
    """Whether an English message only says a DM was sent or the account followed."""
    if language != "en":
        return False
    said = " ".join(re.sub(r"@\w+|https?://\S+", " ", clean(text)).split())
    return bool(_SENT_ONLY.match(said.strip(" .!")))
