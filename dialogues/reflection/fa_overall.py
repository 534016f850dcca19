"""The overall verdict of a Persian review, never the part a long reflection leaves out.

Judges marked reflections "wrong" that kept a long telling and dropped the customer's own
summing up («… در کل از خریدم راضی هستم»، «… اما در کل جذاب بود»): read without it, a
praising review sounds like a complaint. When the reflection has left it out, the verdict
is said beside what was kept, in the customer's words and whole (from «در کل» to the end
of its clause), never cut mid-clause and never in place of what was kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.text import fold

_OPENER = re.compile(r"(?<!\S)(?:در ?کل|در ?مجموع|رو(?:ی ?|ی‌)هم ?رفته)(?!\S)")
_SAID = re.compile(r"در ?کل|در ?مجموع|رو(?:ی ?|ی‌)هم ?رفته")  # anywhere, in a quote too
# Where the clause ends: a mark, a line, a run of spaces (Digikala strips the marks), a turn.
_END = re.compile(
    r"[.!؟?\n،,؛:;)(]|\s{2,}"
    r"|\s(?:ولی|اما|فقط|البته|منتهی|چون|ولیکن|و اگر|و اگه|امیدوارم|ممنون|مرسی)(?!\S)"
)
_JUDGED = re.compile(
    r"راضی|عالی|خوب|جذاب|ارزش|قشنگ|زیبا|(?<!\S)بد(?!\S)|بدی|ضعیف|افتضاح|پیشنهاد|بی ?نظیر"
    r"|مناسب|خوشمزه|دوست|دوس|لذت|ناراضی|بی ?کیفیت|مزخرف|معمولی|متوسط"
)
_COURTESY = re.compile(r"مرسی|ممنون|تشکر|سپاس|متشکر")
_NEVER_LAST = frozenset(fold(w) for w in "و که از به با در برای تا را رو هم یه یک این".split())
_TAIL = re.compile(r" و (?:چند نکته‌ی دیگر|درباره‌ی [^«»]*?) هم (?:نکته‌هایی )?گفتید$")
_LEAST, _MOST = 3, 14  # words in the verdict, its opener counted
_BARE = 3  # words at most in a verdict with no verb («در کل ضعیف»); a longer one must close
# on its verb or its judging word («… بدی نیست»، «… عالیه»), never «در کل قشنگه رنگ قرمز».
_CLOSES = re.compile(
    r"(?:بود|است|هست|نیست|نبود|بودم|نبودم|هستم|نیستم|ام|داره|نداره|داشت|نداشت|نیس|س|کنم|دم)$"
    r"|(?:راضی|عالی|خوب|جذاب|قشنگ|زیبا|ضعیف|افتضاح|مناسب|معمولی)(?:ه|یه|ست|م|ی)$"
)


def verdict(text: str) -> str | None:
    """The last «در کل …» clause of ``text`` when it judges, whole and short, else None."""
    found = list(_OPENER.finditer(text))
    if not found:
        return None
    start = found[-1].start()
    end = _END.search(text, found[-1].end())
    clause = text[start : end.start() if end else len(text)].strip()
    clause = re.sub(r"[^\u0600-\u06ff\u200c\w\s]+", "", clause).strip()
    count = len(clause.split())
    if not _LEAST <= count <= _MOST or not _JUDGED.search(clause) or _COURTESY.search(clause):
        return None
    last = clause.split()[-1]
    if fold(last) in _NEVER_LAST or (count > _BARE and not _CLOSES.search(last)):
        return None
    return clause


def _said(text: str, clause: str, said: str) -> bool:
    """Whether the reflection says the last verdict already: as many «در کل» as the message
    (the words after it may be shifted: «در کل شما راضی هستید»), or this one's opening."""
    if len(_SAID.findall(said)) >= len(_SAID.findall(text)):
        return True
    opener = _OPENER.match(clause)
    rest = clause[opener.end() :].split() if opener else []
    return bool(rest) and bool(re.search(f"(?:{_SAID.pattern})\\s+{re.escape(rest[0])}", said))


# «… ولی وظیفه خودش را به خوبی انجام میده  من خریدش را به دوستان پیشنهاد میکنم»: a closing
# recommendation is the verdict too; a long reflection that kept the flaw dropped it.
_RECOMMENDED = re.compile(
    r"(?:^|[.!؟?\n،,]|\s{2,})\s*((?:(?!\s{2})[^.!؟?\n،,]){0,60}?(?:پیشنهاد|توصیه)\s?(?:می|نمی)[\s\u200c]?کنم)"
    r"[\s.!]*$"
)


def recommended(text: str) -> str | None:
    """The recommendation closing ``text`` («من خریدش را … پیشنهاد میکنم»), short, else None."""
    found = _RECOMMENDED.search(text.rstrip())
    clause = found.group(1).strip() if found else ""
    count = len(clause.split())
    if not 2 <= count <= 10 or _COURTESY.search(clause) or fold(clause.split()[0]) in _NEVER_LAST:
        return None
    return clause


def with_verdict(said: str, messages: Sequence[str]) -> str:
    """``said`` with the customer's overall verdict beside it when it was left out."""
    text = "\n".join(messages)
    clause = verdict(text)
    if clause is None or _said(text, clause, said):
        clause = recommended(text)
        if clause is None or re.search("پیشنهاد|توصیه", said):
            return said
    if "«" not in said and len(said.split()) < 8:
        return said
    tail = _TAIL.search(said)
    at = tail.start() if tail else len(said)
    return f"{said[:at]}، و گفتید «{clause}»{said[at:]}"
