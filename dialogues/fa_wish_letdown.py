"""Persian: a wish beside something that already went wrong is a complaint, not an idea.

Readers of the reply after "yes" (issue 8, fa60) marked «کاش محتویات ساندویچ رو بهتر بریزید،
همش ریخته بود», «بهتر بود مینوشتند سینه مرغ» (sold as fillet) and «قبلا خیلی بهتر بود»
thanked «ممنون از این پیشنهاد», «ایده‌ی سنجیده‌ای است». The wish («کاش …», «بهتر بود …») sits
beside a let-down that happened: the customer is telling what went wrong, and the apology fits.
``fa_mixed.letdown_clause`` leaves any telling with a wish word to the idea's thanks, because a
standing condition with a proposal («… بوی بدی دارد. در صورت امکان عوض کنید») is an idea.

Narrow on purpose:
- a clause of its own, with no wish word, tells a let-down in the past («سرد رسید», «کم بود»,
  «همش ریخته بود»), not mild («یه مقدار شور بود»), spared, earlier or others'; or
- the customer says it was better before («قبلا خیلی بهتر بود», «نسبت به قبل افت داشت»); or
- "it would have been better to write …» («بهتر بود مینوشتند …»): what was sold was misnamed.
Present-tense wishes («کاش سسش رقیق‌تر بود» alone, «زیاد روغنی نباشه بهتره») keep their thanks,
and so does a telling whose own verdict is good («… در کل خوب بود») or that says it did not
matter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import telling
from dialogues.fa_fix_asked import _MORE
from dialogues.fa_mixed import (
    _CLAUSE,
    _GLUED_BUT,
    _LETDOWN,
    _MILD,
    _NO_MATTER,
    _NOT_NOW,
    _OVERALL_GOOD,
    _SPARED,
    _WISH,
)

# Spilled on the way: «همش ریخته بود», «سس ریخته بود تو کیسه». Bare «ریخته بود» is as often
# "poured" («سسی که ریخته بودند عالی»), so only with "all of it", "out" or "into the bag".
_SPILLED: tuple[str, ...] = (
    "همش ریخته*", "همه اش ریخته*", "همه‌اش ریخته*", "همه ش ریخته*", "بیرون ریخته*",
    "ریخته بود بیرون", "ریخته بود تو کیسه", "ریخته بود توی کیسه", "ریخته بود داخل کیسه",
    "ریخته بودن تو کیسه", "نشت کرده*", "نشتی داشت*",
)  # fmt: skip
# Doubted or only an opinion: «سسش کم بود یا من زیاد ریختم!», «کوبیده‌ش به نظرم جالب نبود».
_UNSURE: tuple[str, ...] = ("یا من", "یا ما", "به نظرم", "بنظرم", "به نظر من")
# The let-down told as past: its words hold a past verb («بود», «رسید», «فرستادن», «شده»).
_PAST = re.compile(r"بود|رسید|اومد|آمد|امد|فرستاد|آورد|اورد|کرد|داشت|رفت|ریخته|شده|نشد")
# Better before: «قبلا خیلی بهتر بود», «سری پیش بهتر بود», «نسبت به قبل افت محسوسی داشت».
# Not «بهتر از دفعه قبل» (praise): the "before" comes first, the "better" after it.
_DECLINE = re.compile(
    r"(?:^|\s)(?:قبلا|قبلاً|سری\s+(?:قبل|پیش)|دفعه\s+(?:قبل|پیش)|دفعه‌ی\s+قبل|بار\s+قبل"
    r"|(?:نسبت\s+به|به\s+نسبت)\s+قبل)(?:ی|ش)?\s+(?P<span>[^.!؟?،,\n]{0,40}?)"
    r"(?:بهتر\s+بود|افت|کمتر\s+شده|بدتر\s+شده)"
)
_DECLINE_WISHED = re.compile(r"اگر|اگه|کاش|مثل")  # «قبلا اگه … بهتر بود», «مثل قبل»
# «بهتر بود مینوشتند سینه مرغ»: what was sold was named otherwise.
_MISNAMED = re.compile(r"بهتر\s+بود\s+(?:می\s*|می‌)?نوشت")


def letdown_beside_wish(messages: Sequence[str], language: str, kind: str = "idea") -> bool:
    """A let-down that happened beside the wish (``kind`` praise: only "better before")."""
    if language != "fa":
        return False
    text = " " + _GLUED_BUT.sub(r"\1 \2", " ".join(messages)) + " "
    if telling.has(text, _NO_MATTER, "fa") or _OVERALL_GOOD.search(text):
        return False
    declined = _DECLINE.search(text)
    unsure = any(f" {u} " in text for u in _UNSURE)  # «به نظرم قبلا پیک رایگان بود …» (gate)
    if declined and not _DECLINE_WISHED.search(declined.group("span")) and not unsure:
        return True
    if kind != "idea":
        return False
    return bool(_MISNAMED.search(text)) or any(_past_letdown(c) for c in _CLAUSE.split(text))


def _past_letdown(clause: str) -> bool:
    """This clause tells a let-down in the past, on its own: no wish, not mild nor earlier."""
    seq = telling.tokens(clause)
    if telling.find(seq, _WISH["fa"], "fa") or telling.find(seq, _NOT_NOW["fa"], "fa"):
        return False
    if telling.find(seq, _MILD["fa"], "fa") or telling.find(seq, _UNSURE, "fa"):
        return False  # «شور بود یه مقدار»: readers preferred the thanks beside a small slip
    entries = _LETDOWN["fa"] + _MORE["fa"] + _SPILLED
    return any(
        _PAST.search(" ".join(seq[a:b])) and not (a > 0 and seq[a - 1] in _SPARED)
        for a, b in telling.find(seq, entries, "fa")
    )
