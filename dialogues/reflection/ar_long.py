"""A long Arabic review said back short: its point, not its whole text.

Judges read a clause of fifteen words and more, said back from a long review, as an echo,
and a reflection of three clauses and more as a read-back; both were wrong or stiff most of
the time. So in a review of more than ``LONG`` words:

- a clause longer than ``CAP`` is cut, between words and only where ``ar_split`` may cut, to
  its weightiest part (complaint cues count twice, a verdict most), and only to a part that
  keeps the clause's verdict, a flaw or a request named and both its sides, that opens on
  nothing leaning on what is left out («بس …»، «إلا أنها …»، «وهذا …»، «أما …»، a score,
  the next noun of a list) and ends on no dangling word nor before a later turn; the opening
  judgment of the place («المطعم سيء …») is never cut away, nor a harm told;
- at most ``SLOTS`` clauses are said, a clause with its lead counting once; a clause is left
  out only if it judges nothing or another clause kept says its side at least as strongly,
  and never the last verdict, the only praise or complaint, a wish, a harm, the headline;
- what is left out is owned by the closing «وذكرت أموراً أخرى أيضاً»; a turn said first with
  what it turned against left out loses its «بس/لكن».

Shorter messages are left as ``clauses.select`` chose them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dialogues.reflection.ar_choice import VERDICT, polarity
from dialogues.reflection.ar_cues import GOES_ON, harms, important
from dialogues.reflection.ar_edges import without_opening_waw
from dialogues.reflection.ar_leads import needs_lead
from dialogues.reflection.ar_split import cuts
from dialogues.reflection.ar_verdicts import rating_only
from dialogues.reflection.clauses import MORE
from dialogues.reflection.units import Unit
from dialogues.text import fold

LONG = 30  # words in the message: past this the reflection is kept short
CAP = 14  # words in one clause said back from a long message
SLOTS = 2  # clauses said back from a long message, besides «… أموراً أخرى»


def shorten(units: list[Unit], messages: Sequence[str]) -> list[Unit]:
    """The units of a long message cut to their point and to ``SLOTS``; others as they are."""
    if sum(len(m.split()) for m in messages) <= LONG:
        return units
    out: list[Unit] = []
    ends_cut = False  # the unit before was cut short of its end: no glue onto it
    body = " ".join(messages).split()[:14]  # where a review's opening judgment stands
    for index, unit in enumerate(units):
        unit = replace(unit, glue="") if ends_cut else unit
        opens = index == 0 and " ".join(unit.text.split()[:2]) in " ".join(body)
        short, ends_cut = _cut(unit, opens)
        out.append(short)
    trimmed = any(a.text != b.text for a, b in zip(out, units, strict=True))
    out = _fewest(out, trimmed)
    if out and out[0].text != MORE and out[0].position > 0:  # «وطول الوقت …» opening: no «و»
        out[0] = replace(out[0], text=_unjoined(out[0].text))
    return out


def weight(text: str) -> int:
    """How much a clause judges: complaint cues count twice, a worded verdict most."""
    negative, positive = polarity(text)
    flaws = len(_FLAW.findall(text))  # «تنقصه بعض التحسينات»: a flaw no cue word marks
    return 2 * (negative + flaws) + positive + (3 if _verdict(text) else 0)


def _keeps(whole: str, part: str) -> bool:
    """Whether a part cut from a clause keeps its verdict, its flaw named and both its sides."""
    if _verdict(whole, placed=False) and not _verdict(part, placed=False):
        return False  # «… انصح كل سائح زياره هذا المطعم» is never cut away
    if _FLAW.search(whole) and not _FLAW.search(part):
        return False  # «… ويعيب المكان أنه يقدم النبيذ»
    if _NAMED.search(whole) and not _NAMED.search(part):
        return False  # «… واتمنى ان يطلع عليه شخص مسؤول»: the request is the point
    return not (_complains(whole) and not _complains(part)) and not (
        polarity(whole)[1] > 0 and polarity(part)[1] == 0
    )


def _complains(text: str) -> bool:
    """Whether a clause holds a complaint: a cue word or a flaw named («تنقصه»)."""
    return polarity(text)[0] > 0 or bool(_FLAW.search(text))


def _verdict(text: str, scorecard: bool = True, placed: bool = True) -> bool:
    """A verdict («لا أنصح به»، «7 من 10»); never a scorecard's line, nor «آخر مرة رحت …»."""
    found = [m.group(0) for m in VERDICT.finditer(text)]
    # «ما افكر اروح له مرة ثانية»، «تبغى ترجع لهم مرة ثانية»: a verdict, denied or intended
    denied = bool(_DENIED.search(text) or _RETURN.search(text))
    told = [
        f for f in found if not _LAST_TIME.fullmatch(f) and (denied or not _AGAIN.fullmatch(f))
    ] or _LAST_TIME_AS_VERDICT.search(text)
    summed = _OVERALL.search(text) and sum(polarity(text))  # «رائع … بشكل عام»
    # «المطعم هذا فاشل»، «مطعم جداً رائع من ناحية الاكل …»: the place judged
    short = len(text.split()) <= 6 or bool(_PLACE_FIRST.match(text))
    placed = placed and _headline(text) and short
    said = bool(told) or bool(_URGED.search(text)) or bool(summed) or placed
    return said and not (scorecard and rating_only(text))


# «واخر مره رحت له قبل 4 سنوات»: when the customer last went, no verdict; «آخر مرة أزوره»
# (or closing its clause) is one
_LAST_TIME = re.compile(r"[اأآ]خر مر[ةه]")
_AGAIN = re.compile(r"مر[ةه] (?:ثاني[ةه]|[اأ]خر[ىي])")  # «قمت مرة ثانية اشتريت …»: no verdict
_DENIED = re.compile(r"(?<!\S)[وف]?(?:ما|لا|لن|مو|مش|ماني|مارح)(?!\S)")
_RETURN = re.compile(r"(?<!\S)[وف]?[اأتن]?(?:رجع|زور|روح|عود|كرر)\S*(?:\s+\S+){0,2}\s+مر[ةه]\s")
_PLACE_FIRST = re.compile(r"^(?:هذا |هذه )?(?:ال)?(?:مطعم|مكان|كافيه|مقهى|محل)(?!\S)")
_LAST_TIME_AS_VERDICT = re.compile(r"[اأآ]خر مر[ةه](?:\s*$|\s+[اأ]\S+|\s*[.!،,])")
_OVERALL = re.compile(r"(?<!\S)(?:بشكل عام|بصف[ةه] عام[ةه]|عموما|عموماً|باختصار)(?!\S)")


# «لازم اللي ما جربه يجربه»: the reader urged to try it, a recommendation the verdict holds
_URGED = re.compile(
    r"(?<!\S)(?:لازم|لا بد|لابد)\s+(?:\S+\s+){0,3}[يت]?جرب\S*"
    r"|(?<!\S)(?:لا|لن)\s+[تي]نس[ىي](?!\S)"  # «رحلة لا تنسى»: a visit past forgetting
    # «غالي جدا و لكن الصراحه يستاهل»: worth it, closing its clause
    r"|(?<!\S)(?:ال)?(?:صراحه|صراحة)?\s*[يت]ست(?:اهل|حق)(?:\s+(?:جدا|فعلا|والله))?\s*$"
    r"|(?<!\S)من\s+[اأ](?:رقى|فضل|جمل|روع|حلى|طيب|حسن)\s+\S"  # «من ارقى المجمعات …»
)
# «إلا أنها …» with its pronoun too: a turn, never a part's opening
_TURN = re.compile(r"^(?:و\s*)?(?:(?:لكن|لاكن|ولكن|ولاكن|[اإ]لا [اأ]ن)(?:ها|ه|هم)?|بس)(?!\S)")
# «ياليت اعرف السبب»، «العيب الوحيد …»: a wish, a request or the flaw named: never dropped
_NAMED = re.compile(
    r"(?<!\S)[وف]?(?:يا ?ليت|يا ?ريت|[اأ]تمنى|نتمنى|[اأ]رجو|نرجو|يجب|المفروض"
    r"|(?:ال)?عيب(?:ها|ه)?\s+(?:الوحيد|الاساسي|الأساسي))(?!\S)"
)
# «خصوصاً الحمص …»: an example of the clause before, never said without it
_LEANS = re.compile(r"^و?(?:خصوص|خاص[ةه](?!\S)|بالذات|مثل(?!\S))")
_OPENING_AND = re.compile(r"^و\s+")
_BACK = re.compile(
    r"^[وف]?\s*(?:هذا|هذه|هذي|ذلك|هذيك|هالشي|هو|هي|هم|حيث|كما|مما|لذلك|تم|اما|أما)(?!\S)|^و\s"
)
_GLUED_AND = re.compile(r"^و(?=كان|ال\S{2}|لا\s|لم\s|لن\s|قد\s|هو\s|هي\s|هم\s)")
_FLAW = re.compile(
    r"(?<!\S)[وف]?(?:[يت]?نقص(?:ه|ها|هم)?|ناقص[ةه]?|[يت]?عيب(?:ه|ها)?|عيوب(?:ه|ها)?)(?!\S)"
)
_HARMED = re.compile(r"تسمم|استفر[اغ]|[اإ]سهال|صرصور|صراصير|حشر[ةه]|دود[ةه]")
# a part never ends on these: «… الشماسي التي تم»، «… حجمها صغير و»
_UNENDED = frozenset(
    fold(w)
    for w in """و التي الذي اللي الي تم في من على عن مع الى إلى ان أن ما لا كان كانت عند بين
    او أو ثم حتى لان لأن""".split()
)
# «اخذنا بالجرجير | والطماط …»: the next noun of a list, never a part's opening
_LISTED = re.compile(r"^و[اأإ]ل")
_NOUN = re.compile(r"^(?:[وفب]?ال|لل)")
_NUMBER = re.compile(r"^\W*[0-9٠-٩]")
# «المطعم سيء من جميع النواحي»، «جاد هو أحسن مكان …»: the opening judgment of the place
_HEADLINE = re.compile(
    r"(?<!\S)(?:ال|هذا ال)?(?:مطعم|مكان|كافيه|مقهى|محل)(?!\S)"
    r"|(?<!\S)(?:[اأ]حسن|[اأ]فضل|[اأ]سو[أءا]|[اأ]روع|[اأ]جمل)(?!\S)"
)
_SUPERLATIVE = re.compile(r"(?<!\S)(?:[اأ]حسن|[اأ]فضل|[اأ]سو[أءا]|[اأ]روع|[اأ]جمل)(?!\S)")
MIN = 5  # words in a part cut from a clause: fewer says nothing of it


def _cut(unit: Unit, opens: bool = False) -> tuple[Unit, bool]:
    """The unit, or its weightiest run of pieces within ``CAP`` words; and whether cut short."""
    if unit.text == MORE or unit.question or len(unit.text.split()) <= CAP:
        return unit, False
    spans = cuts(unit.text)
    # «جاد هو أحسن مكان …، فروعه …»: a part of the opening clause keeps its judgment
    anchored = opens and _headline(unit.text[spans[0][0] : spans[0][1]]) if spans else False
    best: tuple[int, int, int] | None = None  # (weight, first piece, last piece)
    for first in range(1 if anchored else len(spans)):
        opening = unit.text[spans[first][0] :]
        listed = (
            first
            and _LISTED.match(opening)
            and _NOUN.match(unit.text[: spans[first][0]].split()[-1])
        )
        if first and (_leaning(opening) or _NUMBER.match(opening) or listed):
            continue  # «بس الأحلى …»، «وهذا الشيء …»، «٨/١٠ النظافة»: leaning on what is left
        for last in range(first, len(spans)):
            text = unit.text[spans[first][0] : spans[last][1]]
            if len(text.split()) > CAP:
                break
            mark = weight(text)
            short = len(text.split()) < MIN or fold(text.split()[-1]) in _UNENDED  # «صغير و»
            if mark <= 0 or short or (best is not None and mark <= best[0]):
                continue
            if not _keeps(unit.text, text):
                continue  # «… وانصح فيه بقوه»، «… تنقصه بعض التحسينات»: never cut away
            after = unit.text[spans[last + 1][0] :] if last + 1 < len(spans) else ""
            paired = after.startswith("و ") and text.split()[-1].startswith("ال")  # «الأم | و …»
            # «دمية جيدة … | لاكن فيها عيب»: a turn later in the clause is its point
            later = (unit.text[a:b] for a, b in spans[last + 1 :])
            turned = any(_TURN.match(piece) for piece in later) or paired
            if not turned:  # «كان زحمة | ولكن خلصت خلال 10 دقائق»: never without its turn
                best = (mark, first, last)
    if best is None or (best[1] == 0 and best[2] == len(spans) - 1):
        return unit, False
    _, first, last = best
    text = unit.text[spans[first][0] : spans[last][1]].strip()
    if _HARMED.search(unit.text) and not _HARMED.search(text):
        return unit, False  # «… واصابتنا بتسمم، لا انصح …»: the harm is said, however long
    if first:  # «ويستحق التجربة …» cut from its sentence opens on no «و»
        text = _unjoined(text)
    glue = unit.glue if first == 0 else ""
    return replace(unit, text=text, glue=glue), last != len(spans) - 1


def _leaning(opening: str) -> bool:
    """Whether a part cut from its clause opens on what leans on the part before."""
    if _TURN.match(opening) or _BACK.match(opening) or GOES_ON.match(opening):
        return True
    # «وهندية لذيذة …»: an item of a list; «ويستحق التجربة» (a verdict) stands alone
    glued = opening[:1] == "و" and not (_OPENING_AND.match(opening) or _GLUED_AND.match(opening))
    worth = _verdict(opening) and not opening.startswith("ولا")  # «ولايستحق النادل …»
    return glued and not worth


def _fewest(units: list[Unit], trimmed: bool) -> list[Unit]:
    """At most ``SLOTS`` clauses: the verdict and the weightiest kept; «…أخرى» owns the rest."""
    said = [i for i, u in enumerate(units) if u.text != MORE]
    if len(said) <= SLOTS and (not trimmed or any(u.text == MORE for u in units)):
        return units
    keep = list(said)
    while _points(units, keep) > SLOTS:
        free = [i for i in keep if not _held(units, keep, i) and _spared(units, keep, i)]
        if not free:
            break
        # an example leaning on its clause goes first; on a tie the earlier (the turn is late)
        drop = min(free, key=lambda i: (not _LEANS.match(units[i].text), weight(units[i].text), i))
        keep = [i for i in keep if i != drop and not _leans_on(units, i, drop)]
    out = [_unturned(units, keep, i) for i in keep]
    if keep and keep[0] != said[0]:  # «و الموسيقى …» after a clause left out: no «و»
        out[0] = replace(out[0], text=_unjoined(out[0].text))
    if len(keep) < len(said) or trimmed or any(u.text == MORE for u in units):
        out.append(Unit(MORE, len(units), False, -1, ""))
    return out


def _spared(units: list[Unit], keep: list[int], index: int) -> bool:
    """Whether a clause may be left out: it judges nothing, or a clause kept says its side
    at least as strongly («جداً سيئة مافي نكهة» is never left for a milder complaint)."""
    text = units[index].text
    mark = weight(text)
    if mark <= 0 or _LEANS.match(text):
        return True
    side = _sides(text)
    return any(
        weight(units[i].text) >= mark
        and any(a and b for a, b in zip(side, _sides(units[i].text), strict=True))
        for i in keep
        if i != index
    )


def _unturned(units: list[Unit], keep: list[int], index: int) -> Unit:
    """«بس مشوياته حلوة …» said first, what it turned against left out: without the «بس»."""
    unit = units[index]
    turn = _TURN.match(unit.text)
    if turn is None or index != keep[0] or index == 0:
        return unit
    return replace(unit, text=unit.text[turn.end() :].lstrip(" ،,"))


def _points(units: list[Unit], keep: list[int]) -> int:
    """The clauses kept, a clause said with its lead («طلبت عصير | وكان سيء») counting once."""
    return sum(1 for i in keep if needs_lead(units, i) not in keep)


def _held(units: list[Unit], keep: list[int], index: int) -> bool:
    """A verdict, a side of a mixed review, a turn with its praise, a wish, a headline."""
    negative, positive = _sides(units[index].text)
    others = [_sides(units[i].text) for i in keep if i != index]
    # a mixed review's two sides are one point: its only praise (or complaint) is kept
    side = (positive and not negative and not any(p and not n for n, p in others)) or (
        negative and not positive and not any(n and not p for n, p in others)
    )
    scorecard = sum(rating_only(units[i].text) for i in keep) >= 2  # «الخدمة 8/10 …» lines
    before = keep[keep.index(index) - 1] if index != keep[0] else None
    answered = before == index - 1 and bool(_TURN.match(units[index].text))  # the turn too
    answered = answered and before is not None and _sides(units[before].text)[1]
    last = max((i for i in keep if _verdict(units[i].text, scorecard)), default=None)
    text = units[index].text  # poisoning, a wish, «العيب الوحيد …»: never dropped
    named = bool(_NAMED.search(text)) or important(text) or harms(text)
    led = any(needs_lead(units, i) == index for i in keep)  # the lead of a clause kept
    headline = index == 0 and units[0].position <= 1 and _headline(text)
    return index == last or bool(side) or answered or named or led or headline


def _headline(text: str) -> bool:
    """«المطعم سيء من جميع النواحي»، «جاد هو أحسن مكان …»: the place judged, opening a review."""
    judged = polarity(text) != (0, 0) or bool(_SUPERLATIVE.search(text))
    return judged and bool(_HEADLINE.search(text))


def _sides(text: str) -> tuple[bool, bool]:
    """Whether a clause complains, and praises; «X ولكن Y» does both, whatever its cues."""
    negative, positive = polarity(text)
    turned = bool(_INNER_TURN.search(text))
    return negative > 0 or turned, positive > 0 or turned


_INNER_TURN = re.compile(r"\s(?:و\s*)?(?:لكن|لاكن|بس|ولكن)(?!\S)")


def _unjoined(text: str) -> str:
    """«و الموسيقى …»، «وكانت النتيجة …» with the clause before left out: without the «و»."""
    if _OPENING_AND.match(text) or _GLUED_AND.match(text):
        return text[1:].lstrip()
    return without_opening_waw(text)


def _leans_on(units: list[Unit], index: int, dropped: int) -> bool:
    """«خصوصاً …»، «تخليك تحس …»: a clause said only with the one it leans on."""
    follows = index == dropped + 1 and bool(_LEANS.match(units[index].text))
    return follows or needs_lead(units, index) == dropped
