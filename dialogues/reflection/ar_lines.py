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


# The stored reviews set their heading apart from the body by two spaces («مطعم رائع  المطعم
# نظيف …»), where the customer pressed Enter; one space elsewhere. Read as one sentence, the
# heading ran on into the body in our voice («مطعم رائع مطعم منظم …», «عشاء كنت هناك …»).
_HEADING_GAP = re.compile(r"^[ \t]*(\S[^\n]*?\S|\S)[ \t]{2}(?=\S)")
_HEADING_WORDS = 8  # a longer opening is a sentence with a stray space, not a heading
_BODY_WORDS = 3  # «ممتاز بالنسبة لسعره وامكانياته  هائلة»: a gap before one word is a slip
# «الجهاز  رائع و متميز»: a bare subject over its judgment is one sentence, never a heading.
_SUBJECT = re.compile(r"^(?:ال\S{2,}|مطعم|محل|مكان|منتج|جهاز|المنتج|السلعة|السلعه)$")
# «باي علاقة»، «بأي شكل»: "with any …" completes the clause before the gap, never opens one.
_GOES_ON = re.compile(r"^(?:باي|بأي|بإي)$")
_THANKS_VERB = re.compile(r"^و?(?:[اأ]شكر(?:كم|ك)?|نشكر(?:كم|ك)?|شكرا|شكراً)$")
_OPEN_WORDS = frozenset(
    "في من على علي عن الى إلى الي مع بين عند لعدم بدون اللي الذي التي اول أول بعض كل و"
    " هو هي ان أن هذا هذه او أو ثم بس لكن ولكن".split()
)


def headed(message: str) -> str:
    """A heading set apart by two spaces at the message's start is a line of its own."""
    if "\n" in message:
        return message  # written with its own line breaks: they say where the heading ends
    match = _HEADING_GAP.match(message)
    if match is None:
        return message
    heading, body = match.group(1).split(), message[match.end() :].split()
    if len(heading) > _HEADING_WORDS or len(body) < _BODY_WORDS:
        return message
    if heading[-1] in _OPEN_WORDS or (heading[-1].startswith("و") and len(heading[-1]) <= 2):
        return message  # «… على  الطاولة»: the sentence goes on over the gap
    if len(heading) == 1 and _SUBJECT.match(heading[0]):
        return message
    if _GOES_ON.match(body[0]) or (_THANKS_VERB.match(heading[-1]) and body[0] in ("على", "ع")):
        return message  # r35: «لا تمت للمخدة …  باي علاقة», «اشكركم  على حسن تعاونكم»: one sentence
    rest = message[match.end() :]
    gap = rest.find("  ")
    if body[0].startswith("و") or (gap >= 0 and len(rest[:gap].split()) < _BODY_WORDS):
        return message  # «… جنية  وهو بطئ»: goes on; «كنت  اتوقع  انها»: spaced throughout
    title = match.group(1)
    if len(title) > 2 and title[0] == title[-1] == '"':
        title = title[1:-1]  # «"ممتاز"» over the body: the heading's own quote marks go
    return title + "\n" + rest
