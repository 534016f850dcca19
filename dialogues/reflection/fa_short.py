"""A long Persian clause said back short: the complaint, without the praise around it.

Judges marked long reflections "parroted": a 25–40-word clause echoed whole, praise and
all («پیتزاش مثله همیشه عالی بود ولی متاسفانه …»). Here such a clause is cut at its turns
(«ولی/اما/منتهی»), never inside a word, and the run from its first part with a problem (or
a request) to its last is kept: in the bot's voice when it shifts cleanly (often it does
once the praise that would not shift is gone), else quoted verbatim with "…" where words
went. Only praise goes, and only when it holds no problem, request or
overall verdict («در کل عالی بود»), so a cut never drops the point; a turn that has no
subject of its own («… خوب بود اما نسبتا کم بود») keeps the praise it hangs on. What went
is "a few other things" when it carried content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from dialogues.reflection import fa, fa_select, fa_verbatim
from dialogues.reflection.clauses import MORE
from dialogues.reflection.units import Unit, content_count
from dialogues.text import fold, words

LONG = 25  # words in the whole reflection past which long clauses are cut
_CLAUSE = 20  # a clause longer than this is cut when the reflection is long

# A long clause turns from praise to complaint (or back) at these.
_TURNS = frozenset("ولی ولى اما منتهی ولیکن".split())
_LINK = re.compile(r"^(?:و|ولی|ولى|اما|البته)\s+")
# «… خوب بود اما نسبتا کم بود»: a turn that goes on about the same thing has no subject
# of its own, so the praise before it is what it is said of; it is never cut off.
_PREDICATE = frozenset("نسبتا نسبتاً خیلی یکم یکمی کمی کم زیاد بسیار نا بی یه اصلا کاملا".split())
_OVERALL = re.compile(r"(?<!\S)(?:در ?کل|کلا|در مجموع|درمجموع|روی هم رفته)(?!\S)")
_ASIDE = frozenset("متاسفانه متأسفانه فقط کلا واقعا".split())


@dataclass(frozen=True)
class Part:
    """A unit cut short: the kept words, and whether words went before or after them."""

    unit: Unit
    cut_start: bool
    cut_end: bool
    quoted: bool = False  # fa_cap: whole clauses with "…" between, always a quote


def _parts(text: str) -> list[str]:
    """``text`` cut before its turns («ولی/اما/منتهی …»), never inside a word."""
    out: list[str] = []
    current: list[str] = []
    for token in text.split():
        if token in _TURNS and len(current) >= 3:
            out.append(" ".join(current))
            current = []
        current.append(token)
    if current:
        out.append(" ".join(current))
    return out


def _problems(part: str) -> int:
    """How many problem cues a part holds («سرد»، «نیومد»، «نمیدونم»)."""
    tokens = [fold(w) for w in words(part)]
    found = sum(1 for t in tokens if fa_select._cue(t, fa_select._PROBLEM))
    return found + (1 if fa_select.BUT_ONLY.search(part) else 0)


def _span(parts: list[str]) -> tuple[int, int] | None:
    """From the first part with a problem to the last one: the complaint between the turns."""
    heavy = [i for i, p in enumerate(parts) if _problems(p) or fa_select._REQUEST.search(p)]
    return (heavy[0], heavy[-1] + 1) if heavy else None


_KEPT = 8  # words at least in what is kept of a cut clause


def _worth(kept: str, left: list[str], start: int) -> bool:
    """Only praise goes: a cut never drops a problem, a request or a verdict."""
    if len(kept.split()) < _KEPT or len(" ".join(left).split()) < 4:
        return False
    head = [w for w in _LINK.sub("", kept).split() if w not in _ASIDE]
    if start and (not head or head[0] in _PREDICATE or head[0].startswith(("می", "نمی"))):
        return False
    if not any(_praised(part) for part in left) or not all(_quiet(part) for part in left):
        return False
    # What follows the complaint is how it ended: it goes only if it is praise itself
    # («پیتزا خوب بود … ولی کل جعبه پیتزا خیس شده بود» lost the impact when the praise
    # before the complaint vouched for the turn after it).
    return all(_praised(part) for part in left[start:])


_BOTH = 6  # words at most in an opening praise kept with the complaint it turns to
_BOTH_AFTER = 10  # words at most in a closing praise («ولی … مثل همیشه عالی بود») kept
# r23: «کوبیده هاتون تا هفته پیش خوب بود اما الان …»: the praise is the "before" of a
# then-and-now complaint, what the change is measured against: kept a little longer.
_BOTH_THEN = 12
_THEN_NOW = re.compile(r"(?<!\S)(?:ولی|اما)\s+(?:الان|این ?دفعه|این ?بار|ایندفعه|اینبار|این سری)\s")


_WHOLE = 31  # words at most in a clause kept whole (fa_cap.CAP_FROM: past it "parroted")


def _both_sides(before: list[str], after: list[str], text: str) -> bool:
    """«سرعت ارسال عالی بود اما مرغ‌ها …»، «… ولی از لحاظ مزه عالی بود»: a mixed message
    said back with both its sides when the praise is short (judges marked it a lost point)."""
    most = _BOTH_THEN if _THEN_NOW.search(text) else _BOTH  # «تا هفته پیش خوب بود اما الان …»
    short = bool(before) and len(" ".join(before).split()) <= most
    closing = bool(after) and len(" ".join(after).split()) <= _BOTH_AFTER
    closing = closing and not re.match(r"^\S+\s+و\s", after[0])  # «ولی و مثه …»: broken
    return (short or closing) and len(text.split()) <= _WHOLE


def _praised(part: str) -> bool:
    """A part with praise in it («پیتزا خوب بود»)."""
    return any(fa_select._cue(fold(w), fa_select._PRAISE) for w in words(part))


def _quiet(part: str) -> bool:
    """A part that may go: no problem, request or overall verdict in it."""
    said_elsewhere = (
        fa_select._REQUEST.search(part)
        or fa_select.VERDICT.search(part)
        or _OVERALL.search(part)  # «ولی در کل عالی بود»: the verdict of the whole
    )
    return _problems(part) == 0 and not said_elsewhere


def shorten(units: Sequence[Unit]) -> tuple[list[Unit], dict[int, Part]]:
    """Long clauses of a long reflection cut to their complaint; the cuts, by position."""
    said = [u for u in units if u.text != MORE]
    if sum(len(u.text.split()) for u in said) <= LONG:
        return list(units), {}
    out: list[Unit] = []
    cuts: dict[int, Part] = {}
    dropped = False
    for unit in units:
        long = len(unit.text.split()) > _CLAUSE
        if unit.question or unit.text == MORE or not long:
            out.append(unit)
            continue
        parts = _parts(unit.text)
        span = _span(parts)
        if span is None or span == (0, len(parts)):
            out.append(unit)  # no part holds a cue, or every part does: kept whole
            continue
        start, end = span
        kept = " ".join(parts[start:end]).rstrip("،, ")
        left = parts[:start] + parts[end:]
        if not _worth(kept, left, start) or _both_sides(parts[:start], parts[end:], unit.text):
            out.append(unit)
            continue
        if start:
            kept = _LINK.sub("", kept)
        dropped = dropped or content_count(" ".join(left), "fa") >= 3
        short = replace(unit, text=kept)
        out.append(short)
        cuts[unit.position] = Part(short, start > 0, end < len(parts))
    if dropped and not any(u.text == MORE for u in out):
        out.append(Unit(MORE, len(out) + 1000, False, -1, ""))
    return out, cuts


def render(part: Part, messages: Sequence[str]) -> str:
    """In the bot's voice if it shifts cleanly, else quoted with "…" where words were cut."""
    text = part.unit.text.strip(" ,،.!")
    if part.quoted:  # each piece with the words cleaning took out of it put back
        pieces = (fa_verbatim.restore(p, messages) if p else p for p in text.split("…"))
        text = "…".join(f" {p.strip()} " if p.strip() else p for p in pieces).strip()
        return f"گفتید «{text.translate(_INNER)}»"
    shifted = fa.shift(text)
    if shifted is not None:
        return shifted  # in the bot's voice: a summary, no cut to mark
    quoted = fa_verbatim.restore(text, messages)
    quoted = ("… " if part.cut_start else "") + quoted + (" …" if part.cut_end else "")
    return f"گفتید «{quoted.translate(_INNER)}»"


_INNER = str.maketrans({"«": "‹", "»": "›"})


def quote_runs(
    units: Sequence[Unit], cuts: dict[int, Part], run_of: Callable[[Unit], str | None]
) -> tuple[list[Unit], dict[int, Part]]:
    """Each unit cut to the run ``run_of`` picks (said quoted), "a few other things" after."""
    out: list[Unit] = []
    cuts = dict(cuts)
    for unit in units:
        run = run_of(unit)
        if run is None:
            out.append(unit)
            continue
        short = replace(unit, text=run)
        out.append(short)
        cuts[unit.position] = Part(short, False, False, quoted=True)
    if out != list(units) and not any(u.text == MORE for u in out):
        out.append(Unit(MORE, len(out) + 1000, False, -1, ""))
    return out, cuts
