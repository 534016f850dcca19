"""A second plain Persian complaint never hidden behind «درباره‌ی … هم نکته‌هایی گفتید».

Judges marked wrong reflections that kept one complaint while a second one, short and plain
(«پیک حاضر نشد خرید رو تا آسانسور بیاره»، «نوشابه رو اشتباه فرستادن»), went behind a topic
formula: the customer wrote two things that went wrong and heard back one. So, as fa_impact
does for a harm or a verdict, one left-out clause naming a problem in a word of its own
(fa_hidden's strong cues, not a bare «نه/نیست») is said too, past the budget, when it stands
on its own and is short. One at most: a reply that says every clause is no reflection.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues.reflection import fa_hidden, fa_impact, fa_runon, fa_select
from dialogues.reflection.units import Unit
from dialogues.text import fold

_MOST = 12  # words at most in the complaint said past the budget
_FEWEST = 4  # g_fa41x: «هر دو نپخته» said without the two foods it meant: a fragment
_ROOM = 48  # words at most kept in all with it: the reflection stays under 60 words
# A cue read as no complaint when a negated verb follows it («چرب هم نبود»، «اشتباه نمیکنم»),
# a request follows it («حجم سس رو کم کنند»), or it is a verb of another sense («برکت بده»).
_NOT_AFTER = frozenset(
    fold(w) for w in "نبود نبودن نبودند نیست نیستن نمیکنم نمی‌کنم نمیکنه نمی‌کنه".split()
)
_ASKED = frozenset(fold(w) for w in "کنند کنن کنید کنین کنه بکنند بکنن بکنید".split())
_OTHER_SENSE = frozenset(fold(w) for w in "بده بدم متاسفانه متأسفانه".split())
_POINTING = frozenset("این اون آن همین همون".split())
_TURNS = frozenset(fold(w) for w in "ولی ولى اما ولیکن".split())


def _plain(units: Sequence[Unit], index: int, keep: Sequence[int]) -> bool:
    """A short complaint of its own: no concession, no praise, nothing leaning on a clause
    left out (fa_impact's test), naming its problem in a strong word."""
    text = units[index].text
    tokens = text.split()
    if not _FEWEST <= len(tokens) <= _MOST or fa_select._CONCEDING.search(text):
        return False
    if "(" in text or ")" in text or _goes_on(units, index) or _open_before(units, index, keep):
        return False
    if tokens[0] in _POINTING and len(tokens) <= 4:  # «این دفعه وجود نداشت»: of what?
        return False
    return fa_impact._stands_alone(units, index, keep) and _named(text)


def _named(text: str) -> bool:
    """A strong problem cue in the clause that is not negated, asked for or of another sense."""
    tokens = [fold(w) for w in text.split()]
    for at, token in enumerate(tokens):
        if token in _OTHER_SENSE or not fa_hidden._complains(token):
            continue
        after = [t for t in tokens[at + 1 : at + 3] if t != "هم"][:1]
        if not after or (after[0] not in _NOT_AFTER and after[0] not in _ASKED):
            return True
    return False


def _open_before(units: Sequence[Unit], index: int, keep: Sequence[int]) -> bool:
    """The clause ends a «که …» left open by a clause left out before it («به توضیحی که … |
    مرغ فرستاده بودم توجهی نمیشه»): a tail, never said alone. So is the last clause of a
    sentence of three or more all else kept: said so, the sentence is quoted whole."""
    before = index - 1
    if before < 0 or units[before].sentence != units[index].sentence:
        return False
    group = [i for i, u in enumerate(units) if u.sentence == units[index].sentence]
    if len(group) >= 3 and all(i in keep for i in group if i != index):
        return True
    if before in keep:
        return False
    tokens = units[before].text.split()
    last = max((i for i, t in enumerate(tokens) if t in ("که", "ک")), default=None)
    return last is not None and not any(t in fa_hidden._FINITE for t in tokens[last + 1 :])


def _goes_on(units: Sequence[Unit], index: int) -> bool:
    """The clause runs on into the next without a stop («حاضر نشد خرید رو … بذاره»), or the
    next turns against it («از چربی گوشت بدم میاد اما این کباب …»): not said alone."""
    if index + 1 >= len(units) or units[index + 1].sentence != units[index].sentence:
        return False
    after = units[index + 1]
    opening = fold(after.text.split()[0]) if after.text.split() else ""
    return opening in _TURNS or (not after.glue.strip() and opening != "و")


def with_second(units: Sequence[Unit], keep: list[int]) -> tuple[list[int], dict[int, Unit]]:
    """``keep`` and, when a kept clause complains, the weightiest short plain complaint left
    out (said without its opening «ولی/اما» when what it turned against is left out)."""
    if not keep or not any(fa_select._troubled(units[i].text) for i in keep):
        return keep, {}
    said = sum(len(units[i].text.split()) for i in keep)
    found = [
        i
        for i in range(len(units))
        if i not in keep and said + len(units[i].text.split()) <= _ROOM and _plain(units, i, keep)
    ]
    if not found:
        return keep, {}
    best = max(found, key=lambda i: (fa_select.score(units[i].text, 6, False), -i))
    bare = fa_impact._unturned(units, best, keep)
    return sorted([*keep, best]), ({best: bare} if bare else {})


def with_hidden(units: Sequence[Unit], keep: list[int]) -> tuple[list[int], dict[int, Unit]]:
    """``fa_impact.with_hidden`` (a hidden complaint, a harm, a verdict), then ``with_second``."""
    keep, cut = fa_impact.with_hidden(units, keep)
    before = len(keep)
    keep, second = with_second(units, keep)
    if len(keep) == before:  # none short: the complaint heading a long run-on clause
        keep, second = fa_runon.with_head(units, keep)
    return keep, {**cut, **second}
