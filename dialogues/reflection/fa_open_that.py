"""A kept Persian clause cut at a comma before its verb, said with the clause that ends it.

«… و اولین بار بود که در تمام زندگی، قیمه‌ای دیدم که فقط از لپه و گوشت بود»: the comma
parted a «که» clause from its verb, the first part was kept and the rest left out, so the
bot said «اولین بار بود که در تمام زندگی و …»: a broken sentence in its own voice. When
the left-out clause right after it (same sentence, set off by that comma) is short and
ends on its verb, it is said too, rejoined as written; a longer one is left as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues.reflection import fa_verb_ends
from dialogues.reflection.fa_lexicon import _stems
from dialogues.reflection.fa_tail import _finite
from dialogues.reflection.units import Unit
from dialogues.text import fold

_THAT = frozenset(("که", "ک"))
_MOST = 12  # words at most in the clause that ends it: a longer one is a telling of its own


def _verb(token: str) -> bool:
    """Whether a word is a finite verb closing a clause («دیدم»، «بود»، «میشه»)."""
    bare = token.strip(".,،!؟?")
    return bool(bare) and (_finite(bare) or fold(bare) in fa_verb_ends.CLAUSE_END)


def open_that(text: str) -> bool:
    """Whether a clause ends inside a «که» clause it opened, before that clause's verb."""
    tokens = text.split()
    at = [i for i, token in enumerate(tokens) if fold(token) in _THAT]
    tail = tokens[at[-1] + 1 :] if at else []
    past = bool(tail) and fold(tail[-1].strip(".,،!")).removeprefix("ن") in _stems()[0]
    return bool(tail) and not past and not any(_verb(token) for token in tail)  # «… سوخت»


def closed(kept: Sequence[Unit], left_out: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    """``kept`` with the short clause that ends an open «که» clause kept before it."""
    found = []
    for unit in kept:
        if unit.question or not open_that(unit.text):
            continue
        for later in left_out:
            tokens = later.text.split()
            after = later.position == unit.position + 1 and later.sentence == unit.sentence
            comma = later.glue.strip() in ("،", ",") and not later.question
            if after and comma and 0 < len(tokens) <= _MOST and _verb(tokens[-1]):
                found.append(later)
    if not found:
        return list(kept), list(left_out)
    rest = [u for u in left_out if u not in found]
    return sorted([*kept, *found], key=lambda u: u.position), rest
