"""Choosing what to reflect from a long Persian telling: whole sentences, problem first.

Clause-by-clause choice cut Persian reviews into fragments («در لیست قرار داشته ناراحت
هستید» without the clause it hangs on) and let a long background sentence («من شهرک …
هستم») or the praise crowd out the complaint. Here sentences are ranked by the problem
cues they hold (a complaint outweighs praise), whole sentences are kept while they fit the
word budget, and a sentence too long for what is left contributes a run of neighbouring
clauses around its richest one, never a clause cut off from the one before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

from dialogues.reflection import fa_points
from dialogues.reflection.fa_lexicon import _stems
from dialogues.text import fold, words

_PROBLEM = frozenset(
    fold(w)
    for w in """نه نیست نبود نبودن نشد نمیشه نرسید نرسیده نیومد نیومده دیر تاخیر تأخیر بد افتضاح
    سرد خراب اشتباه گم شکایت مشکل ضعیف کثیف گران گرون داغون متاسفانه متأسفانه اصلا اصلاً هیچ
    ناراضی ناراحت عصبانی پایین بی‌کیفیت بیکیفیت کم شور سوخته خمیر افت نپخته مزخرف وحشتناک
    وحشتناکی بدترین بدمزه بیمزه مونده مانده کهنه خام بیات له ریخته نفرستادن نفرستاده جایگزین
    معطل منتظر ناراضی پشیمون پشیمان شکسته چرب سفت آبکی یخ نداشت نذاشته نزاشته نبودند
    انتقاد نارضایتی ایراد متفاوت ناپخته تلخ خیس خشک""".split()
)
_PRAISE = frozenset(
    fold(w) for w in "عالی خوب خوشمزه تازه داغ ممنون راضی لذیذ عالیه خوبه ممنونم مرسی تشکر".split()
)


# "never again", "last time I order": the verdict of a review (also «بار آخری بود که …»);
# «به پیشنهاد دوستان …» (at friends' suggestion) is how they came, never a verdict.
VERDICT = re.compile(
    r"دیگه|دیگر|(?<!به )(?<!به‌)پیشنهاد|(?<!به )توصیه|هرگز|آخرین بار|اخرین بار|بار آخر"
    r"|بار اخر|سفارش نمی|نمیدم"
)
_LAST_TIME = re.compile(r"آخرین بار|اخرین بار|بار آخر|بار اخر|هرگز")
# A request or a suggestion: «لطفا …»، «کاش …»، «به نظرم … آموزش داده بشه».
_REQUEST = re.compile(
    r"لطفا|لطفاً|خواهش|بهتره|بهتر است|بهتر بود|کاش|(?<!\S)به ?نظرم(?!\S)|(?<!\S)بشه(?!\S)"
    r"|(?<!\S)(?:بشود|رسیدگی|دقت)(?!\S)"
)
# Harm to the customer («باعث دل درد شدیدم شد»): the impact, heard over the delay before it.
_HARM = re.compile(
    r"دل ?[‌]?درد|دلپیچه|دل پیچه|معده ?[‌]?درد|مسموم|اسهال|استفراغ|بیمارستان"
    r"|(?<!\S)حال(?:م|مون|مان)? بد (?:شد|شدم|شدیم)"
)
# «کباب به نسبت قیمت می‌تونست بهتر باشه»، «ارزش نداشت»: a criticism without a problem word,
# the other side of a mixed message (judges: lost behind the praise around it).
_CRITIQUE = re.compile(
    r"(?:می[ ‌]?تونست|می[ ‌]?توانست)\s+(?:\S+\s+)?بهتر|(?<!\S)بهتر (?:باشه|باشد|میشد|می‌شد)(?!\S)"
    r"|ارزش(?:ش)? (?:\S+ )?نداشت|نمی[ ‌]?ارز|(?<!\S)حیف(?!\S)"
)
# «همه چیش خوبه فقط قدرت زیادی نداره»: «فقط» after praise names the one complaint.
BUT_ONLY = re.compile(r"(?:خوب|خوبه|عالی|عالیه|راضی|راضیم)(?:\s+(?:بود|است|هست))?[\s،,]+فقط\s+\S")
# «… هنوز که تماس نگرفتن»: what came of it so far, a closing sentence never dropped.
_STILL = re.compile(r"^(?:\S+\s+)?هنوز(?!\S)")
# «… با اینکه لیمو رو در آوردم»: a concession waits for its «ولی …»; never left hanging.
_CONCEDING = re.compile(r"(?<!\S)(?:با اینکه|با این که|با وجود اینکه|اگرچه|اگر چه|هرچند)(?!\S)")
_CONTRAST = re.compile(r"^(?:ولی|ولى|اما|ولیکن|ولکن)\s")


def _cue(token: str, cues: frozenset[str]) -> bool:
    """«پایینی»، «سردش»، «خرابه»: a cue with a suffix still counts."""
    if cues is _PROBLEM and _negated(token):
        return True  # «نمیومدن تحویل بدن»، «نفرستادند»: a negated verb is a problem
    return token in cues or any(
        token.endswith(end) and token[: -len(end)] in cues for end in ("ی", "ه", "ش", "ها")
    )


_PERSON = ("", "ن", "ند", "ه", "ید", "ین", "یم", "م", "ی", "ش")


def _negated(token: str) -> bool:
    """A verb with the negative prefix: «نمی…», or «ن» on a known past stem («نرسید»)."""
    if token.startswith("نمی") and len(token) > 4:
        return True
    past = _stems()[0]
    if token.removesuffix("ه") in past or token.removesuffix("ند") in past:
        return False  # «نوشت»، «نشسته»: a verb of its own, not «ن» + «وشت»
    return token.startswith("ن") and any(token[1:].removesuffix(e) in past for e in _PERSON[1:])


class _Unit(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def sentence(self) -> int: ...

    @property
    def glue(self) -> str: ...


def score(text: str, size: int, verdict: bool) -> float:
    """A complaint's cues count three times what praise does; length counts up to six."""
    tokens = [fold(w) for w in words(text)]
    problems = sum(1 for t in tokens if _cue(t, _PROBLEM))
    praise = sum(1 for t in tokens if _cue(t, _PRAISE))
    value = min(size, 6) + 3 * min(problems, 2) + min(praise, 2) + (5 if verdict else 0)
    value += 2 if _LAST_TIME.search(text) else 0  # "the last time I order": more than «دیگر»
    value += 3 if _CRITIQUE.search(text) else 0  # «… می‌تونست بهتر باشه»: the criticism
    value += 3 if _REQUEST.search(text) or BUT_ONLY.search(text) else 0  # asked, or the «فقط …»
    value += 5 if _HARM.search(text) else 0  # made ill by the food: the impact, first
    return float(value - 3 if size <= 2 else value)


def choose(units: Sequence[_Unit], scores: Sequence[float], budget: int, most: int) -> list[int]:
    """Indices of the units to keep, in the customer's order."""
    groups: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        groups.setdefault(unit.sentence, []).append(index)
    size: Callable[[int], int] = lambda i: len(units[i].text.split())  # noqa: E731
    order = sorted(groups.items(), key=lambda g: (-max(scores[i] for i in g[1]), g[0]))
    if fa_points.opening_first(groups, order[0][1], scores, size, budget):
        order.sort(key=lambda g: g[0] != min(groups))
    chosen = _short_opening(units, groups, size)  # «خیلی خیلی بد!»: the verdict, in four words
    budget -= sum(size(i) for i in chosen)
    said = {units[i].text for i in chosen}
    for _, group in order:
        group = [i for i in group if i not in chosen]
        if " ".join(units[i].text for i in group) in said:
            continue  # «بسیار عالی. بسیار عالی.»: said twice, reflected once
        if not group:
            continue
        if sum(size(i) for i in group) <= budget:
            run = group
        elif not chosen:
            run = _run(units, group, scores, size, budget)
        elif VERDICT.search(units[group[-1]].text) and size(group[-1]) <= budget:
            run = [group[-1]]  # «…، بار آخری بود که سفارش دادم»: the verdict closing a sentence
        else:  # a later sentence: its first clauses if they end at a verb, never at a comma
            run = _head(group, size, budget)
            while (
                run
                and len(run) < len(group)
                and any(c in units[group[len(run)]].glue for c in "،,")
            ):
                run.pop()  # «… کیفیت بالایی داره، و حتی …»: back to a clause ending at a verb
            if not run and _closed(units[group[0]].text) and size(group[0]) <= budget:
                run = group[:1]  # «امیدوارم … پیگیری شود و … خوش طعم بود»: a whole clause
            if not run:  # «…، واقعا پشیمونم از سفارشم …»: its strongest clause alone
                run = fa_points.alone(units, group, scores, size, budget)
            if not run or len(run) == len(group):
                continue
        if run != group:  # «… ولی ۳ عدد تارت بزرگ آوردند»: the turn of a long sentence
            turns = [i for i in group if i > run[-1] and _CONTRAST.match(units[i].text)]
            for index in _turn(units, turns, scores):  # what happened in the end
                while (
                    len(run) > (0 if chosen else 1)  # a later sentence may keep its turn alone
                    and size(index) <= budget  # never a pop for a turn that cannot fit
                    and sum(size(i) for i in run) + size(index) > budget
                    and (scores[run[-1]] <= scores[index] or _CONCEDING.search(units[run[-1]].text))
                ):
                    run.pop()  # background before the turn goes first, never the complaint
                if sum(size(i) for i in run) + size(index) <= budget:
                    run.append(index)
        chosen += run
        said |= {" ".join(units[i].text for i in group)}
        budget -= sum(size(i) for i in run)
        if budget < 3 or len(chosen) >= most:
            break
    return sorted(_with_edges(units, groups, chosen))


def _turn(units: Sequence[_Unit], turns: list[int], scores: Sequence[float]) -> list[int]:
    """The last turn, unless it is a shrug leaning on an earlier one («… تازه بود اما خیلی
    شیرین بود، اما خب سلیقه‌ای هست»): then the weightier turn, the complaint, is kept."""
    last = [fold(w) for w in words(units[turns[-1]].text)] if turns else []
    if not turns or scores[turns[-1]] > 0 or any(_cue(t, _PRAISE) for t in last):
        return turns[-1:]  # «… ولی در کل عالی»: the verdict of the whole, said
    return [max(turns, key=lambda i: (scores[i], i))]


_GIVEN = re.compile(r"^(?:گرچه|اگرچه|اگر چه|هرچند|با اینکه|با این که)\s")
# «اما انقد بی کیفیت … بود»: a turn going on about what the clause before it named.
_LEANING_TURN = re.compile(
    r"^(?:ولی|ولى|اما)\s+(?:انقد|انقدر|اینقد|اینقدر|آنقدر|اونقدر|خیلی|بسیار|اومد|آمد|رسید)\s"
)


def _with_edges(
    units: Sequence[_Unit], groups: dict[int, list[int]], chosen: list[int]
) -> list[int]:
    """The clause a kept turn leans on («حجم برنج کم بود اما انقد …»), and a short closing
    verdict («دیگه پیش سفارش نخواهم گذاشت»), kept even past the budget: never dropped."""
    kept, leaning = set(chosen), []
    for index in sorted(kept):
        before = index - 1
        same = before >= 0 and units[before].sentence == units[index].sentence
        if same and before not in kept and _LEANING_TURN.match(units[index].text):
            kept.add(before)
            leaning.append(index)
    while leaning and len(kept) == len(units):  # never the whole telling back: its tail goes
        tail = [i for i in kept if i > max(leaning)]
        if not tail:
            kept = set(chosen)  # nothing after the turn to give up: as chosen
            break
        kept.discard(max(tail))
        while len(kept) > 1 and _GIVEN.match(units[max(kept)].text):
            kept.discard(max(kept))  # «… گرچه حجمش خوب بود»: a concession never closes it
    last = groups[max(groups)]
    short = sum(len(units[i].text.split()) for i in last) <= 8
    closing = " ".join(units[i].text for i in last)
    if len(groups) > 1 and short and (VERDICT.search(closing) or _still_not(closing)):
        kept.update(last)
    return list(kept)


_FINITE = frozenset("بود بودند بودن نبود نبودند شد شدند نشد است نیست داشت نداشت".split())


def _closed(text: str) -> bool:
    """A clause that ends on a finite verb («… خوش طعم بود»): a thought of its own."""
    return len(text.split()) >= 6 and text.split()[-1] in _FINITE


def _still_not(text: str) -> bool:
    """«هنوز که تماس نگرفتن»: a promise still not kept, the outcome of the telling."""
    return bool(_STILL.match(text)) and any(_negated(fold(w)) for w in words(text))


def _short_opening(
    units: Sequence[_Unit], groups: dict[int, list[int]], size: Callable[[int], int]
) -> list[int]:
    """An opening sentence of a few words with a problem or praise cue («افتضاح بود!»)."""
    opening = groups[min(groups)]
    if len(groups) < 3 or len(opening) != 1 or size(opening[0]) > 4:
        return []
    tokens = [fold(w) for w in words(units[opening[0]].text)]
    return opening if any(_cue(t, _PROBLEM) or _cue(t, _PRAISE) for t in tokens) else []


def _run(
    units: Sequence[_Unit],
    group: list[int],
    scores: Sequence[float],
    size: Callable[[int], int],
    budget: int,
) -> list[int]:
    """A long first sentence: its opening clauses while they fit and hold the point;
    else its richest clause with the clauses before it (what it hangs on)."""
    head = _head(group, size, budget)
    window = _window(units, group, scores, size, budget)
    heavier = head and _weight(units, window, scores) > _weight(units, head, scores)
    if window and window != head and heavier:  # «… ولی دو تا نکته … و دوم مرغ … سوخته داشت»
        window = _turned_on(units, group, window, size, budget)
        return _opening_problem(units, group, window, size, budget)
    if head and _head_holds(units, group, head, scores):
        return head
    best = max(group, key=lambda i: (scores[i], -i))
    run, used = [best], size(best)
    for index in reversed(group[: group.index(best)]):
        if used + size(index) > budget:
            break
        run.insert(0, index)
        used += size(index)
    if len(run) > 1 and _opens_inside(units[run[0]].text):
        run.pop(0)  # «کمیت و زمان ارسال) اما …»: a bracket is never left unclosed
        if head and _LEANING.match(units[run[0]].text):
            return head  # «اما چون …» leans on what went: the opening, whole, instead
    return run


def _turned_on(
    units: Sequence[_Unit],
    group: list[int],
    window: list[int],
    size: Callable[[int], int],
    budget: int,
) -> list[int]:
    """«موز کیفیتش خوب بود ولی هیچ برتری … نداشت»: a window opening on a turn takes the
    short clause it turns on (its subject lives there), never a subjectless «ولی …»."""
    at = group.index(window[0])
    before = group[at - 1] if at else None
    if before is None or not _CONTRAST.match(units[window[0]].text) or size(before) > 6:
        return window
    if units[window[0]].glue.strip() or _troubled(units[before].text):
        return window  # «…، ولی …» after a list, or a problem of its own: as chosen
    run = [before, *window]
    while len(run) > 2 and sum(size(i) for i in run) > budget:
        run.pop()
    return run if sum(size(i) for i in run) <= budget else window


def _opening_problem(
    units: Sequence[_Unit],
    group: list[int],
    window: list[int],
    size: Callable[[int], int],
    budget: int,
) -> list[int]:
    """The opening up to its first problem («انارها … ولی بسیار مانده بود»), kept before a
    later window when it fits: customers lead with what matters, a window never drops it."""
    lead: list[int] = []
    for index in group[: group.index(window[0])]:
        lead.append(index)
        if _troubled(units[index].text):
            break
    else:
        return window  # no problem before the window: the opening was background
    if len(lead) > 2:
        return window
    kept = list(window)  # «غذا به شدت چرب بود … و آخر سر این سس …»: both complaints, the
    while len(kept) > 1 and sum(size(i) for i in lead + kept) > budget:
        kept.pop()  # window's tail gives way to the problem the customer led with
    while len(kept) > 1 and kept != window and _conceding(units[kept[-1]].text):
        kept.pop()  # «… گرچه حجمش خوب بود»: a concession never closes what is kept
    fits = sum(size(i) for i in lead + kept) <= budget
    if not fits or not any(_troubled(units[i].text) for i in kept):
        return window
    return lead + kept


def _conceding(text: str) -> bool:
    """«گرچه حجمش خوب بود»، «با اینکه …»: a concession, waiting for what it gives way to."""
    return bool(_CONCEDING.search(text) or _GIVEN.match(text))


def _opens_inside(text: str) -> bool:
    """A clause that closes a bracket it did not open: it starts inside one."""
    return text.count(")") > text.count("(")


def _head_holds(
    units: Sequence[_Unit], group: list[int], head: list[int], scores: Sequence[float]
) -> bool:
    """The opening clauses hold the point: near the best score, or two problems of their own
    («غذا بسیار ناپخته بود اما بخشیش رو سوخته بودن …»: the customer led with them), and never
    a run of background that leaves out a stronger problem («… این اشتباه … پیش بیاید»)."""
    top = max(scores[i] for i in head)
    troubled = [i for i in group if _troubled(units[i].text)]
    held = sum(1 for i in head if i in troubled)
    if not held and any(scores[i] > top for i in troubled if i not in head):
        return False
    return top >= max(scores[i] for i in group) - 4 or held >= 2


@lru_cache(maxsize=256)  # each clause asked again by every window tried around it
def _troubled(text: str) -> bool:
    """A clause with a problem cue in it, also one written apart («بی کیفیت»)."""
    tokens = [fold(w) for w in words(text)]
    apart = (a + b for a, b in pairwise(tokens) if a in ("بی", "نا"))
    return any(_cue(t, _PROBLEM) for t in [*tokens, *apart])


def _head(group: list[int], size: Callable[[int], int], budget: int) -> list[int]:
    """A sentence's first clauses, in order, while they fit the budget."""
    head: list[int] = []
    for index in group:
        if sum(size(i) for i in head) + size(index) > budget:
            break
        head.append(index)
    return head


_OPENING = re.compile(r"^(?:ولی|ولى|اما|و|البته|ولیکن)\s")
# «اما چون …»، «اما در عوض …» (in return): leaning on the clause before, never an opening.
_LEANING = re.compile(r"^\S+\s+(?:چون|که|اگر|اگه|تا|در صورتی|درصورتی|وقتی|در عوض|درعوض)(?!\S)")


def _window(
    units: Sequence[_Unit],
    group: list[int],
    scores: Sequence[float],
    size: Callable[[int], int],
    budget: int,
) -> list[int]:
    """The run of neighbouring clauses that fits and weighs most, opening where a clause
    may open (the sentence's start, or a turn «ولی/اما/و …»), never after a list's comma."""
    best: list[int] = []
    for start, first in enumerate(group):
        opens = start == 0 or (
            _OPENING.match(units[first].text) and not _LEANING.match(units[first].text)
        )
        if not opens:
            continue
        run: list[int] = []
        for index in group[start:]:
            if sum(size(i) for i in run) + size(index) > budget:
                break
            run.append(index)
        if run and (not best or _weight(units, run, scores) > _weight(units, best, scores)):
            best = run
    return best


def _weight(units: Sequence[_Unit], run: list[int], scores: Sequence[float]) -> float:
    """Problems first: a clause with a problem cue weighs its score and three more."""
    problems = sum(1 for i in run if _troubled(units[i].text))
    return sum(scores[i] for i in run) + 3 * problems
