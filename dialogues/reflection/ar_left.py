"""What a short aspect summary of a long Arabic review must not leave out (ar_aspects).

A judge read «الأكل لذيذ والخدمة ممتازة» said back for a review whose point was «… الا ان
الطمع لعب بهم، قلت الكميات ففضلت عدم استمراري» as purely positive, hence wrong: the summary
had kept the praised aspects and left out the turn that carried the complaint. A review whose
left-out words turn («لكن»، «إلا أن»، «بس»، «عيوبه») onto a complaint is reflected clause by
clause instead, where the complaint is chosen. A turn onto more praise («ولكنه رائع بالفعل»)
or a remark that judges nothing («بس مو حراق زياده») leaves the summary right, and a review
opening on «لكن» turns from nothing it said: judges read refusing the summary there as worse.
"""

from __future__ import annotations

import re

from dialogues.reflection import ar_runon_turn
from dialogues.reflection.ar_choice import polarity
from dialogues.text import fold

# a turn opening the words the summary leaves out, with what it turns to after it
_WORD = (
    r"(?<!\S)(?:و?(?:لكن|لاكن|لكنه|لكنها|بس)|[اإ]ل[اآ]\s+[اأ]ن(?:ه|ها|هم)?|عيوب\S*|عيب\S*|يعيب\S*)"
    r"(?!\S)"
)
_TURN = re.compile(_WORD)
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_REACH = 15  # words after a turn read as what it turns to


def _any(spellings: str) -> str:
    """An alternation of folded spellings, for a pattern matched on folded text."""
    return "(?:" + "|".join(fold(w) for w in spellings.split()) + ")"


_NOT = _any("ما مو مش لم لا ليس ليست")
# Complaints the polarity lexicon cannot see: worth denied («ما يسوى»), portions that no
# longer fill or shrank, a dish left unfinished, the level not met («ليست بالمستوى المطلوب»،
# «لم نلاحظ التميز»), something not found or lacking («لم اجد»، «عدم توفر»), orders that
# come late, and a bare «لا» closing a judgment («لكن كطعم لا..»).
_COMPLAINT = re.compile(
    "|".join(
        (
            rf"(?<!\S){_NOT}\s*{_any('يسوى تسوى يسوا تسوا يستاهل تستاهل يشبع تشبع')}(?!\S)",
            rf"(?<!\S){_any('قلت قل صغرت نقصت')}\s+(?:ال)?{fold('كمي')}",
            rf"(?<!\S)و?{_NOT}\s*{_any('كملنا كملت كملناه كملته كملناها كملتها')}(?!\S)",
            rf"(?<!\S){_NOT}\s+(?:\S+\s+)?{_any('المستوى بالمستوى المطلوب التميز')}",
            rf"(?<!\S){_NOT}\s*{_any('اجد أجد نجد لقيت لقينا')}(?!\S)",
            rf"(?<!\S)(?:و|ب)?{fold('عدم')}(?!\S)",
            rf"(?<!\S){_any('تتاخر تتأخر يتاخر يتأخر تاخرت تأخرت')}(?!\S)",
            rf"(?<!\S){fold('لا')}(?=[.،,!؟]|$)",
        )
    )
)
_STRIP = ".,!?؟،:؛»«\"')(…-"


def turns_away(rest: str, opens: bool = False) -> bool:
    """Whether the words a summary leaves out turn onto a complaint of their own.

    ``opens``: ``rest`` starts where the review starts, so a turn there turns from nothing.
    """
    for match in _TURN.finditer(rest):  # every turn, each read up to the next one
        if opens and not rest[: match.start()].strip():
            continue  # «لكن المطاعم السعودية اشجع الذهاب لها»: the review's first word
        after = _TURN.split(_SENTENCE_END.split(rest[match.end() :])[0], maxsplit=1)[0]
        words = after.split()[:_REACH]
        if not any(len(fold(w.strip(_STRIP))) > 2 for w in words):
            continue
        if polarity(" ".join(words))[0] >= 2 or _COMPLAINT.search(fold(" ".join(words))):
            return True  # a complaint word, a negated judgment, «ما يسوى»
        if ar_runon_turn.lets_down(" ".join(words)):
            return True  # r54: «ولكن لاتوجد مواقف»، «لكن ينقصه …»: a lack, the let-down
    return False
