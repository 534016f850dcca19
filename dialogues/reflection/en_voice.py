"""English tweets mended before the telling is read (round 21).

- an account, order or case tag closing a sentence ("… but keep getting an error Acc:
  11156486351") is personal data: the tag goes, never the clause it closes (a clause holding
  the number was left out whole, and with it the problem).
"""

from __future__ import annotations

import re

# "Acc: 11156486351", "order #40310472": a label, its colon or "#", and a long number, closing
# a sentence or the message.
_DATA_TAG = re.compile(
    r"[ \t]*\b(?i:acc|acct|account|order|ref|reference|case|ticket|booking|confirmation)\b\.?"
    r"[ \t]*(?i:no\.?|number|num|id)?[ \t]*[:#][ \t]*#?[A-Z0-9-]*\d{5,}[A-Z0-9-]*"
    r"(?=[ \t]*(?:[.!?\n]|$))"
)


def message(text: str) -> str:
    """The tweet with the marks above mended; otherwise as written."""
    return _DATA_TAG.sub("", text)
