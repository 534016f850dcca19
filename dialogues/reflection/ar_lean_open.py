"""An Arabic clause said after a gap (or first) without the «حيث»/«كما» that tied it (r52).

«… مثل أيام العيد حيث تكون جودة الطعام أقل …»، «… بضمان كنتاكي - كما يوجد سندويتشات …»:
«حيث» ("where") and «كما» ("as well") lean on the clause before. Said back after that clause
was left out, they open a quote on a link to nothing; the clause reads whole without them
(«تكون جودة الطعام أقل …»، «يوجد سندويتشات …»). «كما» goes only before a verb of having or
offering, a «أن» or a negation: «كما توقعت»، «كما ترى»، «كما هو» ("as …") are their own.
"""

from __future__ import annotations

import re

_LEAN = re.compile(
    r"^(?:و?حيث\s+(?:[اأإ]ن\S{0,3}\s+)?"
    r"|و?كما\s+(?:[اأإ]ن\S{0,3}\s+|(?=(?:[يت]وجد|[يت]توفر|[يت]وف\S{1,3}|[يت]قدم\S{0,2}"
    r"|[يت]مكن\S{0,2}|[يت]تميز|[اأ]عجب\S{0,3}|لا|لم|لن)\s)))(?=\S{3})"
)


def without_lean(text: str) -> str:
    """«حيث تكون جودة الطعام أقل …» → «تكون جودة الطعام أقل …»; any other text as it is."""
    stripped = _LEAN.sub("", text)
    return stripped if len(stripped.split()) >= 3 else text
