"""Arabic cues for which clauses of a review may be heard: fragments and harm told.

A clause pointing back at one left out («بالطريقة هذي»، «ويجي حار») reads as a fragment on
its own; poisoning or a worm in the food is the gravest problem a review can tell, and the
judges marked a reflection that left it out as wrong.
"""

from __future__ import annotations

import re

# «كون الاكل يجي بالطريقة هذي …»، «والأخيرة عيبها …»، «زياده على كذا …»: the way or the
# thing meant was told in a clause left out. Matched on folded text («ي» → «ی», «ك» → «ک»).
POINTS_BACK = re.compile(
    r"(?:^|\s)بالطر[يی]ق[ةه] (?:هذ[يی]|هذا|هذه|ذ[يی])(?!\S)|(?:^|\s)بهالطر[يی]ق[ةه](?!\S)"
    r"|(?:^|\s)بهذ[اه] الطر[يی]ق[ةه](?!\S)"
    r"|^و?ال[اأ]خ[يی]ر[ةه]?\s|^و?\s*ز[يی]اد[ةه] عل[ىی] (?:[كک]ذا|ذل[كک]|هذا)(?!\S)"
)
# «… ويجي حار»: a verb going on from the clause before, whose subject is told there.
GOES_ON = re.compile(r"^و[يت](?!كون|وجد|عتبر|وم\s|مكن)\S{2,}\s(?![اأإ]ل|هذ|هو\s|هي\s)")
# Harm to the customer's body (poisoning, vomiting) or an insect in the food: the gravest
# problem a review can tell, heard before any other complaint.
_HARM = re.compile(
    r"(?:^|\s)(?:و|ف|ب|وب|ال|وال|بال)?(?:تسمم|تسممت|تسممنا|استفراغ|استفرغت|قيء|ترجيع|اسهال|إسهال"
    r"|صرصور|صراصير|دود[ةه])(?!\S)"  # never «حشرة»: also the crowd («بدل الحشره»)
)
ANYONE = re.compile(r"(?:^|\s)(?:يجيك|تجيك|يصيبك|تصيبك)(?!\S)")  # a harm that could befall one


def harms(text: str) -> bool:
    """Poisoning or a worm told as what happened, not as what could happen to anyone."""
    return bool(_HARM.search(text)) and not ANYONE.search(text)
