"""Arabic word forms the job statement needs beyond the customer's own spelling."""

from __future__ import annotations

_AR_BARE_END = ("ة", "ه", "ى", "ا", "ي", "ء", "ئ", "ؤ", "ً")
_AR_PREPOSITIONS = frozenset("عن على علي من في بسبب مقابل".split())


def accusative(body: str) -> str:
    """«أريد تعويض» → «أريد تعويضًا»: a bare indefinite noun wanted takes its «ًا».

    Only a noun alone or before a preposition («تعويض عن التأخير»): one with an adjective or
    a noun after it («تعويض مناسب», «استرجاع المبلغ») is left as they wrote it.
    """
    words = body.split()
    noun = words[0] if words else ""
    bare = not noun.startswith(("ال", "وال")) and not noun.endswith(_AR_BARE_END)
    alone = len(words) == 1 or words[1] in _AR_PREPOSITIONS
    return " ".join([noun + "ًا", *words[1:]]) if bare and alone and len(noun) >= 3 else body


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
