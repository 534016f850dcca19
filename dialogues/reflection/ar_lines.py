"""Where an Arabic review's line break or dash is not where its sentence ends (round 21)."""

from __future__ import annotations

import re

# A line ending on a word that never ends a clause (a preposition, «اللي», the head of a
# pair «من اول | ملعقه») goes on in the next line: «مطبوع على | المعجنات» is one sentence,
# never a quote closing on «على». A paragraph break (an empty line) or a list item (a
# number, a dash) after it is left alone.
_OPEN_LINE_END = re.compile(
    r"(?<!\S)(في|من|على|عن|الى|إلى|الي|مع|بين|عند|لعدم|بدون|اللي|الذي|التي|اول|أول|بعض"
    r"|كل|و)[ \t]*\n[ \t]*(?=[^\W\d_])"
)

# A negated verb closing a line before a line that opens on the problem it negates
# («ودائما لا نواجهة | مشكلة في مواقف السيارات»): one clause, never a complaint standing
# alone after the cut.
_NEGATED_BEFORE_PROBLEM = re.compile(
    r"(?<!\S)((?:و|ف)?(?:لا|ما|لم|لن)[ \t]+[يتنأا][^\W\d_]{2,})[ \t]*\n[ \t]*"
    r"(?=(?:مشكل|مشاكل|صعوب|عيوب|عيب|زحم|ازعاج|إزعاج|تاخير|تأخير)[^\W\d_]*(?!\S))"
)


# «بالاضافه الي و جود كرسي»، «لعدم و جود الكراسي»: a preposition is never followed by "and";
# the «و» typed apart there is the first letter of the word after it («وجود»), never a cut
# that leaves «جود …» opening a quote and «لعدم» closing one.
_WAW_APART = re.compile(
    r"(?<!\S)((?:[وف]?(?:الى|إلى|الي|في|على|عن|لعدم|عدم|بعدم|لوجود))|بالاضافه الي)"
    r"[^\S\n]+و[^\S\n]+(?=[^\W\d_]{2,})"
)


# «مفتوحة على بعض | لازم …»، «اطعم من بعض | الزيارة …»: «بعض» after a preposition is "each
# other", the end of its clause (or of the title), never the head of a word on the next line.
# A short first line is not kept apart as a title: «انصح في | اكلهم …», «عريكة و | مطبق»
# go on like any other line
_EACH_OTHER_AFTER = frozenset({"على", "من", "مع", "عن", "في"})


def _goes_on(match: re.Match[str]) -> str:
    """The line break joined, unless it closes a clause ending on «بعض» ("each other")."""
    words = match.string[max(0, match.start() - 12) : match.start()].split()
    if match.group(1) == "بعض" and words and words[-1] in _EACH_OTHER_AFTER:
        return match.group(0)
    return match.group(1) + " "


def mend(text: str) -> str:
    """The text with line breaks and dashes inside a sentence joined as one sentence."""
    text = _OPEN_LINE_END.sub(_goes_on, text)
    text = _NEGATED_BEFORE_PROBLEM.sub(r"\1 ", text)
    return _WAW_APART.sub(r"\1 و", text)
