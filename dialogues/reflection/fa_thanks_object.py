"""What a Persian thanks is for («ممنون از پیک محترم»), told from a clause run on after it.

«از … ممنونید» says back a thanks for a thing. When a finite verb follows the «از» with no
mark between («خیلی ممنون از پیک غذا عالی بود»), a clause of its own ran on after the thanks,
and «از پیک غذا عالی بود ممنونید» reads broken: the whole is quoted instead (r43).
"""

from __future__ import annotations

import re

from dialogues.reflection.fa_verb_ends import CLAUSE_END
from dialogues.reflection.fa_words import is_word
from dialogues.text import fold

_VERB_END = re.compile(r"(?:م|ید|یم|ند|ین)$")


def runs_on(thanked: str) -> bool:
    """Whether the words after a thanks' «از» hold a verb («… واقعا لذت بردم»، «… عالی بود»)."""
    return any(
        (_VERB_END.search(w) and not is_word(w)) or fold(w) in CLAUSE_END for w in thanked.split()
    )
