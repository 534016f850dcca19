"""Plain complaints of an Arabic review never folded into «وذكرت أموراً أخرى».

Judges (round 41) read a reflection wrong when a plain complaint or a cost the chooser left
out («الارجيله كانت سيئه»، «السعر مبالغ فيه»، «كلفتني ٥٠ ريال») was only acknowledged by the
"and more" tail: the complaint is what the customer most needs heard. So a short left-out
clause that complains and praises nothing, or tells what it cost, is said back too, in the
customer's order: when it stands on its own, or goes on from a clause already said back
(«والاكل جميل وهو غالي | حيث كلفتني …»).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dialogues.reflection import ar_choice, ar_twice
from dialogues.reflection.ar_cues import blames_a_people
from dialogues.reflection.ar_leads import LEANING, Unit, needs_lead
from dialogues.text import fold, words

_ROOM = 14  # words the complaints put back may add
_LONGEST = 10  # a complaint longer than this is an echo, left to the tail
# «و…»، «بس …»، «لكن …»، «بل …»، «ليس …»، «رغم أن …», a reason: a clause leaning on another;
# «طلبنا … مشكلة» is an order of mixed dishes, no fault
_OPENS = re.compile(
    r"^(?:و|ف|بس\s|بل\s|لكن|لاكن|الا\s|إلا\s|حيث|مما|كما|لان|لأن|عشان|اما|أما|او\s|أو\s|ثم\s"
    r"|مع\s|ليس|ليست|مش\s|مو\s|رغم|بالرغم|طلب)"
)
_GOES_ON = re.compile(r"^(?:و|ف|حيث\s)")  # «… غالي | حيث كلفتني …»: on from the clause before
# what it cost: «كلفتني … ٥٠ ريال»، «الأسعار ١٥ ريال»; never «توصيل مجاني فوق 40ريال»
_COST = re.compile(
    r"(?:^|\s)[وف]?(?:كلفت|كلفني|كلفتني|كلفنا|دفعت|دفعنا)\S*\s+(?:\S+\s+){0,3}?[0-9٠-٩]+"
    r"|(?:سعر|اسعار|أسعار|بحوالي|حوالي|يطلعون|طلعت)\S*\s+(?:\S+\s+){0,3}?[0-9٠-٩]+\s*"
    r"(?:ريال|جنيه|جنية|جنيها|دينار|درهم|دولار|ليرة|يورو)"
)
# «ليس من السهل ان اتناول السمك …»، «من الصعب ان تجد مثله»: praise, never a complaint
_HARD_TO = re.compile(r"من (?:السهل|الصعب|الصعوبة)")
# «الحارة القديمة»: a quarter and its heritage, not heat and wear; «الصلصة الحارة» is a
# dish named; two-letter words («سى فوود») are no «سيء»
_NOT_CUES = frozenset("قديم قديمة قديمه القديم القديمة القديمه الحارة الحاره".split())
# an imperfect verb opening a clause («تجلس تشحذهم …»، «يتشقق لوحده»): its subject is elsewhere
_VERB_FIRST = re.compile(r"^[تي][^\s]{3,}\s")
_PAID = re.compile(r"(?:^|\s)[وف]?(?:كلفت|كلفني|كلفتني|كلفنا|دفعت|دفعنا)")
# «الشي الثالث ان الاكل …»: a that-clause after a marker the reflection takes off
_THAT_EARLY = re.compile(r"^(?:\S+\s+){1,2}[اأإ]ن\s")
_NEGATORS = frozenset("ما لا مو مش لم لن مب".split())  # kept: «ما عجبني» complains


def with_complaints(
    units: Sequence[Unit], chosen: list[int], polarity: Callable[[str], tuple[int, int]]
) -> list[int]:
    """The chosen clauses and the plain complaints left out beside them (see module doc)."""
    heard = {t for i in chosen for t in _content(units[i].text)}
    dangling = ar_choice._dangling(units)  # «الشي الثالث ان …»، «وغير كذا …»: leaning
    room = _ROOM
    out = list(chosen)
    for index, unit in enumerate(units):
        text = unit.text
        size = len(text.split())
        if index in out or not 2 <= size <= min(_LONGEST, room) or blames_a_people(text):
            continue
        complains = _complains(text, polarity)
        if not (complains or _COST.search(text)):
            continue
        if not complains and not _PAID.search(text):  # g_ar41x: «وبنفس السعر 20 جنيه»: a price,
            continue  # no complaint: the "and more" tail names the prices better
            continue
        on_from_heard = index - 1 in out and bool(unit.glue) and bool(_GOES_ON.match(text))
        alone = not (_OPENS.match(text) or LEANING.match(fold(text)) or _VERB_FIRST.match(text))
        alone = alone and not _THAT_EARLY.match(text)
        alone = alone and not dangling[index] and not ar_choice._fragment(unit)
        alone = alone and needs_lead(units, index) is None and not _glued(units, out, index)
        if not on_from_heard and not alone:
            continue
        said_again = not ar_twice.unsaid([unit], [units[i] for i in out])  # «مطعم سيئ» again
        own = _content(text)
        if said_again or len(own & heard) * 2 > len(own):  # most of it said already (a heading
            continue  # over its body: «عادي جدا ولا يوجد تكييف», then «… ولا يوجد تكييف»)
        out.append(index)
        room -= size
    return sorted(out)


def _complains(text: str, polarity: Callable[[str], tuple[int, int]]) -> bool:
    """A complaint and no praise, read on its words of three letters or more (never «سى»)."""
    if _HARD_TO.search(text) or ar_choice._SHIELD.search(text):
        return False  # «يحمي الكاميرا من الخدوش»: a harm kept away is praise
    kept = " ".join(w for w in text.split() if _cue_sized(w) and w not in _NOT_CUES)
    negative, positive = polarity(kept)
    return negative >= 2 and not positive


def _cue_sized(word: str) -> bool:
    """A word that can be a cue: a negator, or three letters past «و»، «ف»، «ال»."""
    bare = re.sub(r"^(?:وال|فال|بال|ال|و|ف)", "", word)
    return word in _NEGATORS or len(bare) > 2


def _glued(units: Sequence[Unit], out: list[int], index: int) -> bool:
    """Said beside a kept clause it was written against without a comma: one run-on."""
    after = index + 1 < len(units) and index + 1 in out and units[index + 1].glue.isspace()
    return after or (index - 1 in out and units[index].glue.isspace())


def _content(text: str) -> set[str]:
    """Its content words bare of «و»، «ال», intensifiers left out («المطعم سيئ للغاية»)."""
    bare = {re.sub(r"^(?:وال|فال|بال|ال|و)(?=\S{3})", "", fold(w)) for w in words(text)}
    return {w for w in bare if len(w) > 2} - _INTENSIFIERS


_INTENSIFIERS = frozenset(
    fold(w) for w in "جدا جداً للغاية لغاية كثير كثيرا ابدا أبدا مره مرة".split()
)
