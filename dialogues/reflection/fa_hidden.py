"""A Persian complaint never hidden behind «چند نکته‌ی دیگر» while the praise is said.

Judges marked wrong a long review whose kept clauses were all praise («سیب زمینی و سس سیر …
خوشمزه بود و زمان ارسال عالی») while its complaint («داخل مرغ نپخته بود و بو میداد …»)
went behind «و چند نکته‌ی دیگر هم گفتید»: the one thing the customer wrote to say, unheard.
The selector ranks whole sentences and a complaint sentence too long for the budget was left
out whole. So when nothing kept complains, the opening of the strongest complaint sentence
left out (its clauses up to the one that names the problem, a thought of its own) is said
too, past the budget: a long reply is better than a lost complaint. Lesser praise may still
go behind «چند نکته‌ی دیگر».
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dialogues.reflection import fa_select
from dialogues.reflection.units import Unit
from dialogues.text import fold, words

_MOST = 24  # words at most in the complaint said past the budget
# A problem cue that names the complaint itself: not a bare negation («نیست»، «نمیشه نظر همه
# رو جلب کرد»), «اصلا/هیچ» (intensifiers), nor «خمیر» («خمیر پیتزا ایتالیایی بود»: the dough), nor
# «یه انتقادی داشتم» (announcing the complaint, not naming it).
_WEAK = frozenset(
    fold(w)
    for w in "نه نیست نبود نبودن نبودند اصلا اصلاً هیچ خمیر منتظر متفاوت انتقاد ایراد".split()
)
_STRONG = frozenset((fa_select._PROBLEM - _WEAK) | {fold(w) for w in "نامناسب نامرغوب".split()})
# A finite verb closing a thought: a long clause is cut after it where «و» opens the next.
_FINITE = frozenset("بود بودند داشت نداشت شد نشد است میداد می‌داد نمیداد رسید نرسید".split())
# A clause opening on these is said of the one before it, or concedes: never said alone.
_LEANS = frozenset(
    fold(w)
    for w in """که ک تا چون چرا و ولی ولى اما یا یعنی انگار مثل بود شد است هست نیست همین
    همون همان اونم اینم هم بعد بعدش بجاش روش توش اگه اگر وقتی با نمی‌تونم نمیتونم""".split()
)


def _complains(text: str) -> bool:
    """A clause naming a problem in a word of its own («نپخته»، «پایین»، «بو میداد»)."""
    tokens = [fold(w) for w in words(text)]
    return any(
        t in _STRONG or (fa_select._cue(t, _STRONG) and not fa_select._negated(t)) for t in tokens
    )


def _cut(unit: Unit) -> Unit | None:
    """A long clause up to the finite verb after its complaint, where «و» goes on to
    another thought («داخل مرغ نپخته بود و بو میداد و سس پنیر …»): the rest is left out."""
    tokens = unit.text.split()
    named = next((i for i, t in enumerate(tokens) if _complains(t)), None)
    if named is None:
        return None
    ends = [
        i
        for i in range(named, min(len(tokens) - 1, _MOST))
        if tokens[i] in _FINITE and tokens[i + 1] == "و" and i >= 3
    ]
    if not ends:
        return None
    end = ends[0]
    for later in ends[1:]:  # «نپخته بود و بو میداد و …»: a short second verb said with it
        if later - end > 3:
            break
        end = later
    return replace(unit, text=" ".join(tokens[: end + 1]))


def with_hidden(units: Sequence[Unit], keep: list[int]) -> tuple[list[int], dict[int, Unit]]:
    """``keep`` and, when nothing kept complains, the strongest complaint left out (a long
    clause of it cut after its verb, given by its index)."""
    if not keep or any(fa_select._troubled(units[i].text) for i in keep):
        return keep, {}
    said = {units[i].sentence for i in keep}
    sentences: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        sentences.setdefault(unit.sentence, []).append(index)
    found: list[tuple[list[int], Unit]] = []
    for number, group in sentences.items():
        if any(units[i].question for i in group):
            continue
        if number in said:  # «بسته بندی … نامناسب داشت، …، ولی … خوشمزه بود»: its opening
            group = [i for i in group if i < min(i for i in group if i in keep)]
        head: list[int] = []
        for index in group:
            head.append(index)
            if _complains(units[index].text):
                break
        if not head or not _complains(units[head[-1]].text):
            continue
        last = units[head[-1]]
        if len(" ".join(units[i].text for i in head).split()) > _MOST:
            last = _cut(last) or last
        text = " ".join([*(units[i].text for i in head[:-1]), last.text])
        opening = fold(text.split()[0]) if text.split() else ""
        conceding = fa_select._CONCEDING.search(text)
        if len(text.split()) <= _MOST and opening not in _LEANS and not conceding:
            found.append((head, last))
    if not found:
        return keep, {}
    head, last = max(found, key=lambda f: fa_select.score(_said(units, *f), 6, False))
    cut = {head[-1]: last} if last is not units[head[-1]] else {}
    return sorted([*keep, *head]), cut


def _said(units: Sequence[Unit], head: list[int], last: Unit) -> str:
    """The words a found complaint would say."""
    return " ".join([*(units[i].text for i in head[:-1]), last.text])
