"""What a short aspect summary of a long Arabic review must not leave out (ar_aspects).

A judge read «الأكل لذيذ والخدمة ممتازة» said back for a review whose point was «… الا ان
الطمع لعب بهم، قلت الكميات ففضلت عدم استمراري» as purely positive, hence wrong: the summary
had kept the praised aspects and left out the turn that carried the complaint. A review whose
left-out words turn («لكن»، «إلا أن»، «بس»، «عيوبه») onto something the aspects did not say is
reflected clause by clause instead, where the complaint is chosen.
"""

from __future__ import annotations

import re

from dialogues.text import fold

# a turn opening the words the summary leaves out, with what it turns to after it
_TURN = re.compile(
    r"(?<!\S)(?:و?(?:لكن|لاكن|لكنه|لكنها|بس)|[اإ]ل[اآ]\s+[اأ]ن(?:ه|ها|هم)?|عيوب\S*|عيب\S*|يعيب\S*)"
    r"(?!\S)((?:\s+\S+){2,})"
)
_STRIP = ".,!?؟،:؛»«\"')(…-"


def turns_away(rest: str) -> bool:
    """Whether the words a summary leaves out turn onto something of their own."""
    for match in _TURN.finditer(rest):
        after = [w for w in match.group(1).split() if len(fold(w.strip(_STRIP))) > 2]
        if len(after) >= 2:
            return True
    return False
