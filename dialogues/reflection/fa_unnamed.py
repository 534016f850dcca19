"""A Persian complaint told in words the cues lack, said up to its verb beside what is kept.

Some complaints name their problem in words no cue knows («بی دقتی انجام شده بود»، «آسیب
دیده بود»، «به سیاهی زده بود»، «ذوب شده بود»، «غیر قابل خوردن بود»، «نیمه باز شده بود»، «کج
شده بود»، «بوی نامطبوع داشت»), inside a long run-on clause, so it went behind «چند نکته‌ی
دیگر» or a topic formula: the thing the customer wrote to say, unheard. Adding the words to
fa_select's problem list made the complaint push other content out (fa45), and short clauses
with them were all said already (fa46). So the long clause is cut at the first finite verb
after the complaint word, and that piece is said beside what is kept, never instead of it;
the rest of the clause is left to the formula as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dialogues.reflection import fa_second, fa_select, fa_sides, fa_verb_ends
from dialogues.reflection.units import Unit
from dialogues.text import fold

_MOST = 12  # words at most in the piece said past the budget
_ROOM = 56  # words at most kept in all with it
_SEP = r"[\s\u200c]*"  # a space, a half-space or none («بی دقتی»، «بی‌دقتی»، «بیدقتی»)
_UNNAMED = re.compile(
    r"(?<!\S)(?:"
    r"بی" + _SEP + r"دقتی"
    r"|آسیب" + _SEP + r"دیده"
    r"|به سیاهی زده|پلاسیده"
    r"|ذوب" + _SEP + r"شده"
    r"|غیر" + _SEP + r"(?:قابل|قابله)" + _SEP + r"(?:خوردن|قبول|استفاده)"
    r"|نیمه" + _SEP + r"باز"
    r"|کج" + _SEP + r"شده"
    r"|بوی" + _SEP + r"نامطبوع"
    r")"
)
_ENDS = fa_verb_ends.CLAUSE_END | frozenset(fold(w) for w in "میدهد می‌داد".split())
_OPENS = frozenset(fold(w) for w in "و ولی ولى اما هم".split())  # never said first
_POINTING = frozenset("این اون آن همین همون همان".split())
# «این رفتار غیرقابل قبول … بود»: what the deed pointed to was told elsewhere, maybe left out.
_DEEDS = frozenset(fold(w) for w in "رفتار کار موضوع مسئله مساله مسأله اتفاق وضع وضعیت".split())
_NOT_VERBS = frozenset(fold(w) for w in "هرچند خداوند پیوند بلند".split())
_THAT = frozenset(fold(w) for w in "که ک طوریکه بطوریکه".split())
_CAPPED = 31  # words in a quote fa_cap cuts to its strongest clause


def piece(text: str) -> tuple[str, bool] | None:
    """The clause up to the first finite verb after the complaint word, and whether it was
    cut from inside the clause; or None.

    It starts at the clause's start; after the last «که/طوریکه/…)» before the word when a
    verb ends what comes before that «که» («نوشابه را هم آوردند که هم قوطی … آسیب دیده
    بود»: the soda came, said or not, is no part of the complaint) or the whole piece would
    be too long. Only a short piece, conceding nothing and no praise, nor one opening on
    «این رفتار/کار …» (the deed it points to may be left out), is said.
    """
    found = _UNNAMED.search(text)
    if not found:
        return None
    tokens = text.split()
    at = len(text[: found.start()].split())
    end = next((i for i in range(at, len(tokens)) if fold(tokens[i].strip(".,،!")) in _ENDS), None)
    if end is None:
        return None
    opens = [i + 1 for i in range(at) if _opens_after(tokens[i])]
    after_verb = bool(opens) and opens[-1] >= 2 and _verb(tokens[opens[-1] - 2])
    for start in [opens[-1]] if after_verb else [0, *opens[-1:]]:
        inner = start > 0
        while start < at and fold(tokens[start]) in _OPENS:
            start += 1
        said = tokens[start : end + 1]
        if not fa_second._FEWEST <= len(said) <= _MOST:
            continue
        bare = " ".join(said).rstrip(".,،!")
        if "(" in bare or ")" in bare or fa_select._CONCEDING.search(bare):
            return None
        if fa_sides._praised(bare) or (said[0] in _POINTING and fold(said[1]) in _DEEDS):
            return None
        return bare, inner
    return None


def _opens_after(token: str) -> bool:
    """A clause of its own opens after «که», «طوریکه» or a closing bracket."""
    return fold(token) in _THAT or token.endswith(")")


def _verb(token: str) -> bool:
    """A finite verb ending a clause: a clause end, or a past plural («آوردند»، «گذاشتن»)."""
    folded = fold(token.strip(".,،!"))
    plural = folded.endswith(("ند", "دن", "تن")) and folded not in _NOT_VERBS
    return folded in _ENDS or (plural and len(folded) > 4)


def _group(units: Sequence[Unit], index: int, keep: Sequence[int], said: str) -> str:
    """The clause at ``index`` (as ``said``) and the kept neighbours it is rejoined to, as
    ``reflect`` joins them (one sentence, glued)."""
    sentence = units[index].sentence
    first = last = index
    while first - 1 in keep and units[first].glue and units[first - 1].sentence == sentence:
        first -= 1
    while (
        last + 1 in keep
        and last + 1 < len(units)
        and units[last + 1].glue
        and units[last + 1].sentence == sentence
    ):
        last += 1
    texts = [said if i == index else units[i].text for i in range(first, last + 1)]
    glues = [units[i].glue for i in range(first + 1, last + 1)]
    return texts[0] + "".join(g + t for g, t in zip(glues, texts[1:], strict=True))


def _survives(group: str, said: str) -> bool:
    """The piece is still said once fa_short cuts the long clause it is rejoined into
    (psnapp «کیفیت … خوب ولی در ارسال سفارش بی دقتی … ولی سالاد …» kept its last turn only),
    and the clause stays short of fa_cap's quotes cut at their strongest clause."""
    from dialogues.reflection import fa_short  # fa_short reads clauses, which reads this

    tokens = group.split()
    if len(tokens) <= fa_short._CLAUSE:
        return True
    if len(tokens) >= _CAPPED:
        return False
    parts = fa_short._parts(group)
    span = fa_short._span(parts)
    if span is None or span == (0, len(parts)):
        return True
    start, end = span
    kept = " ".join(parts[start:end])
    left = parts[:start] + parts[end:]
    if not fa_short._worth(kept, left, start):
        return True
    return fa_short._both_sides(parts[:start], parts[end:], group) or said in kept


def with_unnamed(units: Sequence[Unit], keep: list[int]) -> tuple[list[int], dict[int, Unit]]:
    """``keep`` and the first left-out clause's complaint told in words the cues lack, cut
    at its verb, when it fits beside what is kept."""
    if not keep:
        return keep, {}
    said = sum(len(units[i].text.split()) for i in keep)
    for i, unit in enumerate(units):
        if i in keep or unit.question:
            continue
        found = piece(unit.text)
        if not found or said + len(found[0].split()) > _ROOM:
            continue
        bare, inner = found
        if _survives(_group(units, i, keep, bare), bare):
            glue = "، " if inner and unit.glue else unit.glue  # «… شده بود، این غذا …»
            return sorted([*keep, i]), {i: replace(unit, text=bare, glue=glue)}
    return keep, {}


def with_hidden(units: Sequence[Unit], keep: list[int]) -> tuple[list[int], dict[int, Unit]]:
    """``fa_second.with_hidden``, then ``with_unnamed`` beside what it kept."""
    keep, cut = fa_second.with_hidden(units, keep)
    keep, unnamed = with_unnamed(units, keep)
    return keep, {**cut, **unnamed}
