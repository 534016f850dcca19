"""Arabic word forms the job statement needs beyond the customer's own spelling."""

from __future__ import annotations

# Openers «عندما» cannot take: a preposition or time word («عندما بعد أول غسلة …»), or a
# feeling said as an adjective («عندما زعلان كتير …»).
_AR_NOT_AFTER_WHEN = frozenset(
    "بعد قبل من في على مع عن كل اليوم امبارح أمس امس زعلان زعلانة متضايق متضايقة مقهور "
    "مقهورة معصب معصبة والله يعني صراحة الصراحة".split()
)


def nominal(text: str) -> bool:
    """A sentence «عندما» cannot open: a definite noun, a preposition or time word first."""
    # «عندما» takes a verb; a sentence opening on a definite noun («المشكلة الأهم إنهم …», what a
    # correction often says) after it is broken Arabic, so such a situation is quoted instead.
    first = text.split(" ", 1)[0]
    opener = first.startswith(("ال", "وال", "فال")) or first in _AR_NOT_AFTER_WHEN
    return opener
