"""Which of an Arabic review's harmful clauses is heard first.

Judged: «اتسممت انا و ثلاث من اصحابي في المطعم. كان طلبنا … و كمان احد الاصدقاء … اتسمم …»
was said back as the order list and the friend's poisoning, the customer's own left out: the
friend's clause scored higher and brought its lead, the order list. A poisoning told in a
clause standing alone is heard before one leaning on the clause before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues.reflection.ar_cues import poisoned
from dialogues.reflection.ar_leads import Unit, needs_lead


def harmed(
    units: Sequence[Unit], ranked: list[int], harmful: list[bool], dangling: list[bool]
) -> list[int]:
    """Harmful clauses, best first: a poisoning standing alone before one on a lead."""
    grave = [i for i in ranked if harmful[i] and not dangling[i]]
    grave.sort(key=lambda i: not poisoned(units[i].text) or needs_lead(units, i) is not None)
    return grave
