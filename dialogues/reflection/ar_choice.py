"""Which clauses of a long Arabic review to reflect: the complaint and the verdict.

Arabic reviews (products, restaurants) open with scene-setting ("I visited with my family
…"), list dishes and prices, and put the point in a complaint or a closing verdict
(«لن أكرر الزيارة»، «لا أنصح به»). A reader judged reflections that kept the scene and
dropped the complaint as wrong, and read-backs of a whole review as a mere echo; so a
long review is reflected by at most two short clauses: the strongest complaint (or, in a
review without one, the strongest praise) and the verdict, in the customer's order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from dialogues.reflection import ar_apart, ar_harm, ar_sides, ar_twice
from dialogues.reflection.ar_cues import (
    ANYONE,
    EITHER,
    GOES_ON,
    POINTS_BACK,
    blames_a_people,
    declined,
    feels,
    harms,
    important,
    remarks,
    this_place,
)
from dialogues.reflection.ar_headline import headline
from dialogues.reflection.ar_leads import LEANING as _LEANING
from dialogues.reflection.ar_leads import THAT as _THAT
from dialogues.reflection.ar_leads import Unit as _Unit
from dialogues.reflection.ar_leads import after_if as _after_if
from dialogues.reflection.ar_leads import needs_lead
from dialogues.reflection.ar_verdicts import VERDICT as _VERDICT
from dialogues.reflection.ar_verdicts import worded
from dialogues.reflection.ar_words import MILD_NEGATIVE, NEGATIVE, POSITIVE, WEAK_NEGATIVE, folded
from dialogues.text import fold, words

unsaid = ar_twice.unsaid  # r25: a clause left out that a kept one says again is no "more"
WHOLE = 22  # words: a telling this short is reflected whole
BUDGET = 24  # words in the clauses chosen from a longer one
LONG_CLAUSE = 16  # a clause longer than this reads as an echo: chosen only when nothing else


VERDICT = _VERDICT  # what ar_aspects must never leave out
# A wish or a demand («نتمنى … مصعد»، «أطالب المسؤولين …») is the customer's request.
_WISH = re.compile(
    r"(?:^|\s)[وف]?(?:[اأ]تمن[ىيا]|نتمن[ىي]|[اأ]طالب|نطالب|ي[اآ]? ?ليت|ي[اآ]? ?ريت|نرجو|[اأ]رجو"
    r"|[اأ]قترح|نقترح)(?!\S)"
)
# What the customer asks for (a return, a refund, a fix) is what must be heard most.
_REQUEST = re.compile(
    r"(?:عايز|عايزه|عاوز|عاوزه|ابغى|ابغا|ابي|اريد|أريد|ارغب|أرغب|ارجو|أرجو|اطلب|أطلب|ياريت|لو سمحت)"
    r"\s*(?:\S+\s+){0,2}(?:ارجع|أرجع|استرجع|استرداد|استرجاع|اعاد|إعاد|ترجيع|تبديل|استبدال"
    r"|فلوس|المبلغ|تعويض|ارسال|إرسال|حل|تصليح)"
)
# A clause that opens by pointing back at one left out reads as a fragment on its own.
_DANGLING = re.compile(
    r"^(?:و?(?:الثاني|الثانيه|الباقي|كذلك|ايضا|أيضا|مضاف|وهذا|هذا اللي|حيث|مما|مع العلم)\b)|"
    r"^و?(?:ما ?)?(?:عدا|غير|خلاف) (?:ذل[كک]|[كک]ذا|هذا|هذي|هذه)(?!\S)|"  # «عدا ذلك غش»: than what?
    + _THAT
    # «طبعا هذا بدون بطاطس»: «هذا» pointing back at a clause, not at a noun («هذا المطعم»)
    + r"|^(?:طبع[اً]+\s+)?و?(?:هذا|هذه|هذي)\s+"
    r"(?![اأ]ل|من\s|هو\s|هي\s|يعتبر|تعتبر|[^\s]*(?:مطعم|منتج|جهاز|سلع))"
)


# «المطعم بشكل عام ما عجبني …»: the review's own summing up is its verdict.
_OVERALL = re.compile(
    r"^(?:\S+\s+){0,2}(?:بشكل عام|بصف[ةه] عام[ةه]|عموما|عموماً|باختصار|الخلاص[ةه])(?!\S)"
)


def _overall(unit: _Unit) -> bool:
    """A summing up that judges: «بشكل عام» with a complaint or praise in the clause."""
    return bool(_OVERALL.search(unit.text)) and polarity(unit.text) != (0, 0)


def _fragment(unit: _Unit) -> bool:
    """A clause whose subject or referent was told in another: never heard on its own."""
    text = unit.text
    goes_on = bool(unit.glue) and bool(GOES_ON.match(text))
    return bool(_DANGLING.match(fold(text)) or POINTS_BACK.search(fold(text))) or goes_on


def _tokens(text: str) -> list[str]:
    return [fold(w) for w in words(text)]


@lru_cache(maxsize=1024)  # a clause is weighed by several passes of a turn, and on later turns
def polarity(text: str) -> tuple[int, int]:
    """(complaint cues, praise cues) in a clause; a praise word after «مو/ما/لا» is neither."""
    if EITHER.search(text):
        return 0, 0  # «من السهل تمييز الجيد منها او الردئ»: the good told from the bad, no judging
    tokens = _tokens(text)
    negative = positive = 0
    for index, token in enumerate(tokens):
        before = tokens[index - 1] if index else ""
        for lead in ("وال", "فال", "بال", "ال", "و", "ف"):
            if token.startswith(lead) and token[len(lead) :] in _ALL_CUES:
                token = token[len(lead) :]  # «ولم»، «الرديء»، «والسيء»: the cue itself
                break
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        missing = after not in _BEYOND and not _PROBLEMS.intersection(tokens[index : index + 4])
        if token in _THERE_IS and before in _NEGATORS and missing:
            negative += 2  # «لا يوجد صرف»: something missing; never «لا يوجد أفضل منها»
        elif token in POSITIVE:
            if before in _NEGATORS:
                negative += 2  # «مو حلو»، «ما عجبني»: a complaint
            else:
                positive += 1
        elif token in MILD_NEGATIVE:
            negative += 1
        elif token in _HALAL:  # r54: «لحومه غير حلال» lets a diner down; «حلال» alone is no praise
            negative += 2 if before in _NEGATORS else 0
        elif token in _PROBLEMS and _NO_PROBLEM.intersection(tokens[max(0, index - 4) : index]):
            positive += 1  # r32: «ولم اواجه اي مشاكل»، «بدون مشاكل»: no problem, no complaint
        elif token in NEGATIVE and token not in WEAK_NEGATIVE:
            negative += 0 if before in _NOT_ADJECTIVE else 2  # «غير بايت»: not a complaint
        elif token in WEAK_NEGATIVE:
            negative += token in _FIRM_NEGATORS and before not in _BEYOND  # «افضل مافي»
    return negative, positive


_HALAL = folded("حلال")
_ALL_CUES = NEGATIVE | POSITIVE | MILD_NEGATIVE
# A problem denied: «لم اواجه اي مشاكل»، «لا يوجد به اي عيوب»، «بدون مشاكل», up to 4 words after.
_PROBLEMS = folded("مشاكل مشكله مشكلة مشكلات مشاكله عيب عيوب عيبا اعطال أعطال عطل خلل")
_NO_PROBLEM = folded("لم لا ما بدون بلا مافي مافيه مافيش مفيش ولا ولم وبدون ليس ليست")
CUES = _ALL_CUES  # words whose spelling is known (ar_spell)
_THERE_IS = folded("يوجد توجد")
_BEYOND = folded(
    "افضل أفضل احسن أحسن اروع أروع الذ ألذ اجمل أجمل مثل مثله مثلها زيه زيها اخرى أخرى مثيل"
)
_FIRM_NEGATORS = folded("لم ليس ليست مو مش غير بدون مافي مافيه")
_NEGATORS = folded("مو مش ما لا ليس ليست غير لم ولم فلم مب مهوب")  # r53: «ولم يعجبني»
_NOT_ADJECTIVE = folded("مو مش ليس ليست غير مب مهوب")  # never «لا يفصل»: a verb denied


def _score(text: str, complaint_review: bool) -> float:
    negative, positive = polarity(text)
    size = len(text.split())
    content = sum(1 for t in _tokens(text) if len(t) > 2)
    score = 0.5 * min(content, 6)
    score += 2.5 * min(negative, 4) if complaint_review else 1.0 * min(negative, 4)
    score += 2.0 * min(positive, 3) if not complaint_review else 0.5 * min(positive, 3)
    if _VERDICT.search(text):
        score += 6
    if _REQUEST.search(text):
        score += 10  # a request heard before anything else
    elif _WISH.search(text):
        score += 10  # a wish is a request too («نتمنى … مصعد»)
    if negative == 0 and positive == 0:
        score -= 3  # scene-setting, a dish named, a price: not what the review is about
    if size > LONG_CLAUSE:
        score -= (size - LONG_CLAUSE) * 0.6
    if _DANGLING.match(fold(text)) or POINTS_BACK.search(fold(text)):
        score -= 5
    if negative and blames_a_people(text):
        score -= 12  # «المصريين فاشلين …»: never the point said back, the place's faults are
    return score


def _dangling(units: Sequence[_Unit]) -> list[bool]:
    """Heard last, if at all, unless the clause each leans on comes with it."""
    return [
        bool(
            _DANGLING.match(fold(u.text))
            or _LEANING.match(fold(u.text))
            or _after_if(units, i)
            or POINTS_BACK.search(fold(u.text))
            or (u.glue and GOES_ON.match(u.text))
            or (i > 0 and not u.glue and ar_sides.cut_short(u.text))  # a thanks cut away
        )
        and needs_lead(units, i) is None
        for i, u in enumerate(units)
    ]


def choose(units: Sequence[_Unit]) -> list[int]:
    """The indices of the clauses to reflect from a long review, in the customer's order."""
    totals = [polarity(u.text) for u in units]
    turns = ar_sides.turned(units, polarity)  # «… ولكن يملأه التدخين»: the complaint
    complaints = sum(n for n, _ in totals) + 2 * sum(turns)
    praise = sum(p for _, p in totals)
    complaint_review = complaints >= praise or complaints >= 6
    scores = [_score(u.text, complaint_review) + 5 * turns[i] for i, u in enumerate(units)]
    verdicts = [  # a summing up closing the review («المطعم بشكل عام ما عجبني …») too
        i for i in range(len(units))
        if _VERDICT.search(units[i].text) or (i >= len(units) - 2 and _overall(units[i]))
    ]  # fmt: skip
    harmful = [  # «… ما يجيك مغص» then «و اقياء او اسهال»: what could befall anyone
        harms(u.text) and not (i and ANYONE.search(units[i - 1].text)) for i, u in enumerate(units)
    ]
    named = _named(units)
    scores = [score + _point(units[i], harmful[i], named[i]) for i, score in enumerate(scores)]
    firm = [i for i in verdicts if not _LEANING.match(fold(units[i].text))]
    verdicts = worded([u.text for u in units], firm or verdicts)  # «لا انصح …», never «9/10 …»
    for index in range(verdicts[-1] + 1 if verdicts else len(units), len(units)):
        scores[index] -= 3  # after the verdict: an afterthought («إلا في حالة …»)
    dangling = _dangling(units)
    ranked = sorted(range(len(units)), key=lambda i: (dangling[i], -scores[i], i))
    chosen: list[int] = []
    budget, slots = BUDGET, 2
    if verdicts:  # the verdict is the point of a review: it is heard first
        ranked = [verdicts[-1]] + [i for i in ranked if i != verdicts[-1]]
        if verdicts[-1] - 1 in verdicts:  # «لا أنصح به» then «٣ من ١٠»: one verdict
            ranked.insert(1, ranked.pop(ranked.index(verdicts[-1] - 1)))
            slots = 3
    grave = ar_harm.harmed(units, ranked, harmful, dangling)
    told = [i for i in range(len(units)) if named[i] and (not dangling[i] or named[i - 1])][:2]
    grave = list(dict.fromkeys(grave[:1] + told[::-1] + headline(units, verdicts, polarity)))
    slots += len(told) > 1 and bool(verdicts)  # a flaw told over two clauses, and the verdict
    for index in reversed(grave):  # poisoning, the main flaw (a continuation brings its lead)
        ranked.remove(index)
        ranked.insert(1 if verdicts else 0, index)
    for index in ranked:
        size = len(units[index].text.split())
        if chosen and (size > budget or scores[index] < 1) and index not in grave:
            continue
        cut = POINTS_BACK.search(fold(units[index].text)) or ar_sides.cut_short(units[index].text)
        if chosen and dangling[index] and cut:
            continue  # «والأخيرة عيبها …» without what it points at: never a second clause
        if any(fold(units[index].text) == fold(units[i].text) for i in chosen):
            continue  # a review pasted twice is heard once
        chosen.append(index)
        budget -= size
        lead = needs_lead(units, index)
        if lead is not None and lead not in chosen:
            chosen.append(lead)  # «ولا على طريقة …» is heard with what it continues
            budget -= len(units[lead].text.split())
        if len(chosen) >= slots or budget < 4:
            break
    chosen = _problem_kept(units, chosen, scores, dangling) if complaint_review else chosen
    chosen = _with_criticism(units, _with_but(units, chosen), scores, turns)
    chosen = ar_sides.both_sides(units, _with_praise(units, chosen), polarity, turns, dangling)
    chosen = _short_complaints(units, chosen, dangling) if complaint_review else chosen
    chosen = ar_sides.turn_leads(units, chosen, polarity)  # «غالي قليلا | ولكن يستحق»
    return _said_once(units, ar_apart.with_leads(units, ar_sides.with_leads(units, chosen)), scores)


def _said_once(units: Sequence[_Unit], chosen: list[int], scores: list[float]) -> list[int]:
    """More than a heading, and nothing said twice (ar_twice), in the customer's order."""
    return ar_twice.once(units, ar_sides.more_than_heading(units, chosen, scores))


# a clause leaning on another, or an order told («طلبت منه بحريات مشكلة»: "mixed", no fault)
_OPENS_ON = re.compile(r"^(?:و|ف|لا\s|ولا|لذلك|بس|لكن|طيب|للأسف|للاسف|طبعا|عشان|فما|طلبت|طلبنا)")


def _short_complaints(units: Sequence[_Unit], chosen: list[int], dangling: list[bool]) -> list[int]:
    """«الحنفيات ضعيفة، تستهلك كهرباء، لا أزرار»: one short complaint more, never all but one."""
    size = sum(len(units[i].text.split()) for i in chosen)
    heard = {t for i in chosen for t in _tokens(units[i].text) if len(t) > 2}
    short = [
        i for i in range(len(units))
        if i not in chosen and not dangling[i] and 2 <= len(units[i].text.split()) <= 5
        and polarity(units[i].text)[0] >= 2 and polarity(units[i].text)[1] == 0
        and not _fragment(units[i]) and needs_lead(units, i) is None
        and not _OPENS_ON.match(units[i].text) and not _VERDICT.search(units[i].text)
        and not heard & {t for t in _tokens(units[i].text) if len(t) > 2}
    ]  # fmt: skip
    if short and size + len(units[short[0]].text.split()) <= BUDGET:
        return [*chosen, short[0]]
    return chosen


def _point(unit: _Unit, harmful: bool, named: bool) -> float:
    """Poisoning, the main flaw named, a decline, a feeling: the point, never an aside."""
    text = unit.text  # the place itself, in a clause of its own (never a heading)
    own = this_place(text) and len(text.split()) >= 5 and ar_sides.opens(unit)
    return 8 * harmful + 6 * named + 6 * declined(text) + 4 * feels(text) + 3 * own


def _named(units: Sequence[_Unit]) -> list[bool]:
    """The clause the customer calls the main flaw; after a bare «والمهم» marker, the next."""
    out = [False] * len(units)
    for index, unit in enumerate(units):
        marker = len(unit.text.split()) <= 5 and polarity(unit.text) == (0, 0)
        if remarks(unit.text) and marker and index + 1 < len(units):
            out[index + 1] = polarity(units[index + 1].text)[1] == 0  # never «مكانه جيد …»
            continue
        if not important(unit.text):
            continue
        target = index + 1 if marker else index
        if target < len(units) and (marker or polarity(unit.text)[0]):  # a flaw, not a taste
            out[target] = True
            after = units[target + 1] if target + 1 < len(units) else None
            goes_on = after is not None and after.glue and after.text.startswith("و")
            leans = after is not None and needs_lead(units, target + 1) == target
            if goes_on or leans:  # «… لطلب | وتجمع …»، «… التغليف، حيث …»
                out[target + 1] = len(units[target + 1].text.split()) <= LONG_CLAUSE
    return out


def _neutral(text: str) -> bool:
    """Scene-setting: no complaint, no praise, no verdict, no request."""
    marked = _VERDICT.search(text) or _REQUEST.search(text) or _WISH.search(text)
    return polarity(text) == (0, 0) and not marked and not harms(text)


def _problem_kept(
    units: Sequence[_Unit], chosen: list[int], scores: list[float], dangling: list[bool]
) -> list[int]:
    """Never a clause without a problem kept while one with a problem word is left out."""
    out = list(chosen)
    leads = {needs_lead(units, i) for i in chosen}  # «… كرتون خفيف» before its «حيث …»
    for index in [i for i in chosen if _neutral(units[i].text) and i not in leads]:
        problems = [
            i for i in range(len(units))
            if i not in out and polarity(units[i].text)[0] >= 2 and not dangling[i]
        ]  # fmt: skip
        if problems:
            best = max(problems, key=lambda i: (scores[i], -i))
            out[out.index(index)] = best
    return out


_BUT_OPEN = re.compile(r"^و?\s*(?:لكن|لاكن|ولكن|بس)\s")


def _with_but(units: Sequence[_Unit], chosen: list[int]) -> list[int]:
    """«شكلها يوحي بمواصفاتها» heard without its «ولكن … لا تنطبق» says the opposite."""
    out = list(chosen)
    words_kept = sum(len(units[i].text.split()) for i in chosen)
    for index in chosen:
        after = index + 1
        if after < len(units) and after not in out and _BUT_OPEN.match(units[after].text):
            ends = after + 1 == len(units) or re.search(r"^$|[،,]", units[after + 1].glue)
            size = len(units[after].text.split())
            if 4 <= size <= 12 and ends and words_kept + size <= BUDGET + 6:
                out.append(after)  # never «… إلا مع» cut short, nor «بس طعم الفلافل»
                words_kept += size
    return out


def _criticises(text: str) -> bool:
    """A complaint, or a flaw named in passing («لا يعيبه الا …»)."""
    flaw = any(t.lstrip("وف") in _FLAW for t in _tokens(text))
    return polarity(text)[0] >= 2 or harms(text) or flaw


_FLAW = folded("عيب عيبها عيبه يعيبه يعيب يعيبها عيوبه عيوبها العيب")
# «يحافظ على الكاميرا من الخدوش»: a harm the product keeps away is praise, not a complaint.
_SHIELD = re.compile(r"(?:^|\s)و?(?:يحمي|تحمي|يحافظ|تحافظ|يمنع|تمنع|يقي|تقي|حماي[ةه])(?!\S)")


def _with_criticism(
    units: Sequence[_Unit], chosen: list[int], scores: list[float], turns: list[bool]
) -> list[int]:
    """A mixed review heard as all praise misleads: its strongest complaint takes a place."""
    if any(_criticises(units[i].text) or turns[i] for i in chosen):
        return chosen
    complaints = [
        i for i in range(len(units))
        if i not in chosen and (_criticises(units[i].text) or turns[i])
        and 4 <= len(units[i].text.split()) <= WHOLE
        and not (_fragment(units[i]) and needs_lead(units, i) is None)
        and not _SHIELD.search(units[i].text)
    ]  # fmt: skip
    if not complaints:
        return chosen
    best = max(complaints, key=lambda i: (polarity(units[i].text)[0] + 2 * turns[i], scores[i], -i))
    if len(chosen) >= 2:  # the weakest praise gives up its place, never the verdict
        kept = max(chosen, key=lambda i: (bool(_VERDICT.search(units[i].text)), scores[i], -i))
        lead = needs_lead(units, kept)  # «مطعم البيك مشهور …» before its «ويستاهل الزيارة»
        chosen = [kept] + ([lead] if lead in chosen else [])
    lead = needs_lead(units, best) if _fragment(units[best]) else None
    return [*chosen, best] if lead is None or lead in chosen else [*chosen, lead, best]


_TURNS = re.compile(r"^و?\s*(?:لكن|لاكن|ولكن|بس)(?:ها|ه)?\s")  # «لكنها ليست …» turns too


def _with_praise(units: Sequence[_Unit], chosen: list[int]) -> list[int]:
    """«جيد … ورائحته جميلة ولكن غير فواح»: the «ولكن» heard without the praise it turns on."""
    if any(polarity(units[i].text)[1] > polarity(units[i].text)[0] for i in chosen):
        return chosen  # some praise is heard already
    size = sum(len(units[i].text.split()) for i in chosen)
    for index in [i for i in chosen if i and i - 1 not in chosen and _TURNS.match(units[i].text)]:
        before = units[index - 1].text
        negative, positive = polarity(before)
        opens_on = _OPENS_ON.match(before) or before.startswith(("كما", "حيث"))
        if negative or not positive or len(before.split()) > 10 or opens_on:
            continue
        if size + len(before.split()) <= BUDGET + 6:
            chosen = [*chosen, index - 1]
            size += len(before.split())
    return chosen
