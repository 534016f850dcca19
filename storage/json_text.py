"""The text a JSON column is stored as: compact, and UTF-8 rather than ``\\uXXXX`` escapes.

SQLAlchemy's default is ``json.dumps(value)``: every Persian or Arabic letter becomes a
six-byte ``\\u0627`` escape (two bytes in UTF-8) and every separator carries a space. A
conversation's policy state, mostly the customer's own words, was ~4 KB that way and
overflowed a 4 KB SQLite page, an overflow page rewritten on every turn (docs/performance.md,
rounds 16 and 17). Reading is unchanged: ``json.loads`` reads escaped (old) and plain (new)
text alike.
"""

from __future__ import annotations

import json
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(value: Any) -> str:
    """``value`` as compact JSON text, non-ASCII letters as themselves."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # A lone surrogate cannot be encoded as UTF-8 (SQLite and PostgreSQL would refuse the
    # row); customer text is cleaned of them before it is stored, but a JSON column can hold
    # other payloads: those keep the escaped form the column always had.
    if not text.isascii() and _SURROGATE.search(text):
        return json.dumps(value, separators=(",", ":"))
    return text
