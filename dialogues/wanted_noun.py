"""An Arabic noun the customer wants, as the object of «أريد»: «أريد تعويضاً».

The job statement says every want after «أريد» («أريد {text}»); a bare indefinite noun typed
as the customer wrote it («تعويض») then reads «أريد تعويض», without the object's case.
"""

from __future__ import annotations

# After «أريد» an indefinite noun is its object: «أريد تعويضاً», never «أريد تعويض». Only a
# noun alone or before a preposition: «تعويض مناسب» (an adjective) and «رسالة اعتذار» (a
# construct) cannot be told apart by spelling, and are left as written.
_AR_PREPOSITIONS = frozenset("عن على من في فى مقابل بسبب بدل بدلا لل".split())
_AR_SUFFIXED = ("ي", "ك", "ه", "ها", "نا", "كم", "هم", "ى", "ا", "اً", "ًا", "و")
_COLLOQUIAL = frozenset({"فلوس"})


def accusative(body: str) -> str:
    """«تعويض» → «تعويضاً», «تعويض عن التأخير» → «تعويضاً عن التأخير» after «أريد»."""
    noun, _, rest = body.partition(" ")
    after = rest.split(" ", 1)[0]
    alone = not rest or after in _AR_PREPOSITIONS or after.startswith("لل")
    if not alone or noun.startswith(("ال", "وال")) or noun.endswith(_AR_SUFFIXED):
        return body
    if noun in _COLLOQUIAL:
        return body  # «أريد فلوس» reads natural, «فلوساً» does not
    marked = noun + ("ً" if noun.endswith(("ة", "ء")) else "اً")  # «رسالةً»، «تعويضاً»
    return f"{marked} {rest}".strip()
