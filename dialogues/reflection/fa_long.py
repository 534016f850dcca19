"""A long Persian telling said back by what it tells: its setting and sign-off go.

Judges read a reflection of a message past ~30 words as "a near-verbatim echo" two times
in three, and said what made it one: the scene-setting (ordered on Thursday, a regular
customer, what I usually order), the sign-off and the wishes closing the review, all read
back beside the complaint. A self-judged round that cut long tellings to two points by
role lost a second complaint, the other side of a mixed review or a closing request as
often as it helped, so only what is plainly not the telling goes here (``_aside``): a
short run told in the first person with nothing to hear in it and no reason given (no
problem, praise, criticism, verdict, request or harm) and a closing courtesy or wish that
names no problem (``_SIGN_OFF``). Every complaint, verdict, request, feeling and praise
stays; what went is said to have been heard («چند نکته‌ی دیگر هم گفتید»). Two more
rules keep the point: a closing verdict of a few words («… در مجموع غیر قابل قبول») is
never left behind (``_with_verdict``), and when all that was kept is a wish or a setting,
the first clause that tells something is said with it (``_with_telling``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import fa_select, fa_sides
from dialogues.reflection.units import Unit

FROM = 30  # words in the telling past which its setting and sign-off go
ROOM = 30  # words the chosen clauses may hold before anything goes

# A setting is told in the first person: «من روز پنجشنبه سفارش دادم»، «مشتری دائم هستم».
_FIRST_PERSON = re.compile(
    r"^(?:من|ما)\s|(?<!\S)(?:دادم|دادیم|گرفتم|گرفتیم|داشتم|داشتیم|بودم|بودیم|کردم|کردیم|میدم"
    r"|میدیم|میگیرم|میگیریم|هستم|هستیم)(?!\S)"
)
_TOLD = 5  # words at least in a clause said for the telling beside a wish
_CLOSING = 10  # words at most in a closing verdict said with the rest
_SETTING = 8  # words at most in a setting: a longer first-person run tells what happened
# «من به خاطر تند بودنش سفارش داده بودم»: a reason is what made the problem matter.
_REASON = re.compile(r"(?<!\S)(?:به ?خاطر|چون|برای اینکه|برای این که)(?!\S)")
# A closing courtesy or wish («سالم و سلامت باشید»، «امیدوارم همیشه کیفیت … بمونه»).
_SIGN_OFF = re.compile(
    r"^(?:و\s+)?(?:امیدوارم|ممنون|ممنونم|مرسی|سپاس|با تشکر|تشکر|خسته نباشید|درود|موفق باشید"
    r"|سالم و سلامت|در پناه|تن درست|دمتون گرم|بازم ممنون|خدا قوت)(?!\S)"
)
# «بی مزه‌ترین»، «بد طعم»: a complaint the problem words miss when written apart.
_POOR = re.compile(r"(?<!\S)(?:بی|بد) ?[‌]?(?:مزه|طعم|کیفیت|بو)|سیاه شده|(?<!\S)عیب|فاسد|گندیده")
# The verdict of the whole, past fa_select.VERDICT: «کلا سه ستاره بهش میدم»، «در کل …».
_WHOLE = re.compile(r"ستاره|امتیاز|از این به بعد|(?<!\S)(?:در ?کل|در ?مجموع|درمجموع|کلا)(?!\S)")
_CUES = (
    fa_select._CRITIQUE,
    fa_select.VERDICT,
    fa_select._REQUEST,
    fa_select._HARM,
    fa_sides._IMPACT,
    _POOR,
    _WHOLE,
)


def applies(units: Sequence[Unit]) -> bool:
    """Whether the telling is long enough for its setting and sign-off to go."""
    return sum(len(u.text.split()) for u in units) > FROM


def choose(units: Sequence[Unit], keep: list[int]) -> list[int]:
    """``keep`` without the runs that set the scene or sign off, when more is left; with the
    telling itself when only a wish was kept, and a closing verdict of a few words."""
    keep = _with_verdict(units, _with_telling(units, keep))
    if sum(len(units[i].text.split()) for i in keep) <= ROOM:
        return keep
    runs = _runs(units, keep)
    told = [run for run in runs if not _aside(" ".join(units[i].text for i in run))]
    if not told or len(told) == len(runs):
        return keep
    return [i for run in told for i in run]


def _with_telling(units: Sequence[Unit], keep: list[int]) -> list[int]:
    """«همه چیز عالی … داغ و خوشمزه بود … و امیدوارم …»: when all that was kept is a wish
    or a setting, the first clause that tells something is said with it."""
    if not keep or not all(_aside(units[i].text) for i in keep):
        return keep
    for index, unit in enumerate(units):
        told = len(unit.text.split()) >= _TOLD and _cued(unit.text) and not _aside(unit.text)
        if told and not unit.question and index not in keep:
            return sorted([*keep, index])
    return keep


def _with_verdict(units: Sequence[Unit], keep: list[int]) -> list[int]:
    """«… در مجموع غیر قابل قبول»: the closing clause, when a verdict of a few words, is
    never left behind «چند نکته‌ی دیگر» (judges: the verdict of a review is its point)."""
    last = len(units) - 1
    if not keep or last in keep or units[last].question:
        return keep
    text = units[last].text
    short = len(text.split()) <= _CLOSING
    if short and (_WHOLE.search(text) or fa_select.VERDICT.search(text)) and _cued(text):
        return [*keep, last]
    return keep


def _aside(text: str) -> bool:
    """A setting told in the first person, or a courtesy or wish naming no problem."""
    if _cued(text):
        return False
    joined = text.replace("\u200c", "")  # «می‌گیرم» written with or without its ZWNJ
    told = _FIRST_PERSON.search(joined) is not None and _REASON.search(text) is None
    setting = len(text.split()) <= _SETTING and told
    return bool(setting or _SIGN_OFF.match(text))


def _cued(text: str) -> bool:
    """A problem, criticism, verdict, request, harm or praise: something to hear."""
    heard = fa_select._troubled(text) or any(cue.search(text) for cue in _CUES)
    return heard or (fa_sides._praised(text) and not _SIGN_OFF.match(text))


def _runs(units: Sequence[Unit], keep: list[int]) -> list[list[int]]:
    """``keep`` as runs of neighbouring clauses of one sentence."""
    runs: list[list[int]] = []
    for index in sorted(keep):
        last = runs[-1][-1] if runs else None
        if last is not None and index == last + 1 and units[index].sentence == units[last].sentence:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs
