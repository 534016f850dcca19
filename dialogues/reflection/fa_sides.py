"""Both sides of a mixed Persian review: the praise said with the complaints it stands by.

Judges marked a reflection that kept only the complaints of «… مرغش سوخته بود. ولی بقیه
غذاها خوب بود» as losing a point: the customer weighed the two, and «چند نکته‌ی دیگر» hid
the praise. So when what is kept holds a complaint and no praise, a short sentence of
praise left out («ولی بقیه غذاها خوب و خوشمزه بود») is said too, past the word budget.
Likewise the overall verdict («در مجموع … خوب بود») beside a complaint, and a short
sentence of its own complaining of something else («پرتغال‌ها هم … تازه نبود»): judges
marked a separate complaint hidden behind «چند نکته‌ی دیگر» wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dialogues.reflection import fa_guard, fa_select
from dialogues.reflection.units import Unit
from dialogues.text import fold, words

_SHORT = 12  # words at most in the praise said past the budget


def _praised(text: str) -> bool:
    return any(fa_select._cue(fold(w), fa_select._PRAISE) for w in words(text))


def _only_praise(text: str) -> bool:
    """Praise with no problem, request or verdict in it («آیلی برگرها هم عالی بود»)."""
    asked = fa_select._REQUEST.search(text) or fa_select.VERDICT.search(text)
    return _praised(text) and not fa_select._troubled(text) and not asked


def with_praise(units: Sequence[Unit], keep: list[int]) -> list[int]:
    """``keep`` and, when it holds complaints only, the short praise sentence left out."""
    kept = [units[i].text for i in keep]
    if not any(fa_select._troubled(t) for t in kept) or any(_praised(t) for t in kept):
        return keep
    sentences: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        sentences.setdefault(unit.sentence, []).append(index)
    for group in sentences.values():
        text = " ".join(units[i].text for i in group)
        left = not any(i in keep for i in group)
        if left and len(text.split()) <= _SHORT and _only_praise(text):
            return sorted([*keep, *group])
    for index, unit in enumerate(units):  # «در مجموع میشه گفت خوب بود، فقط …»: the verdict
        short = len(unit.text.split()) <= _VERDICT_WORDS and index not in keep
        if short and _OVERALL.match(unit.text) and _only_praise(unit.text):
            return sorted([*keep, index])
    return keep


_VERDICT_WORDS = 8
_OVERALL = re.compile(r"^(?:در ?کل|در ?مجموع|کلا|روی هم رفته)\s")


_BETTER_IF = re.compile(r"(?<!\S)(?:بهتر|بهتره|عالی) (?:میشه|میشود|می‌شود|می‌شه)(?!\S)")
_ASKED = 10  # words at most in a closing request said past the budget


# What it cost the customer: money, a meal, hours («هم خرج کردیم … آخرش هم گشنه موندیم»).
_IMPACT = re.compile(
    r"بیهوده|هدر رفت|گشنه موند|گرسنه موند|گشنه خوابید|گرسنه خوابید|پولم(?:ون)? حروم"
    r"|(?:پول|هزینه)\S* (?:\S+ )?دور ریخت|حیف پول"
)


def with_request(units: Sequence[Unit], keep: list[int]) -> list[int]:
    """``keep`` and a short closing request left out («… بیشتر شود بهتر میشود»، «لطفا …»)
    or what it cost them («… آخرش هم گشنه موندیم»): heard, never «چند نکته‌ی دیگر»."""
    last = [i for i, u in enumerate(units) if u.sentence == units[-1].sentence]
    text = " ".join(units[i].text for i in last)
    asks = fa_select._REQUEST.search(text) or _BETTER_IF.search(text) or _IMPACT.search(text)
    if not keep or any(i in keep for i in last) or len(text.split()) > _ASKED or not asks:
        return keep
    return sorted([*keep, *last])


_TURN = re.compile(r"^(?:ولی|ولى|اما)\s+")


def unturned(units: Sequence[Unit], kept: list[Unit]) -> list[Unit]:
    """A kept «اما …» whose clause before it (in its sentence) was left out loses its «اما»
    when what is said before it is of its own kind (a complaint before a complaint):
    «بدترین تجربه …، اما بیشتر از یک ساعت طول کشید» turned on nothing said back."""
    said = {u.position for u in kept}
    out: list[Unit] = []
    for unit in kept:
        before = [u for u in units if u.position == unit.position - 1]
        cut = bool(before) and before[0].sentence == unit.sentence
        cut = cut and before[0].position not in said
        same = [u.text for u in out if u.sentence == unit.sentence] or [u.text for u in out[-1:]]
        alike = bool(same) and fa_select._troubled(" ".join(same)) == fa_select._troubled(unit.text)
        if cut and _TURN.match(unit.text) and alike:
            unit = replace(unit, text=_TURN.sub("", unit.text), glue="")
        out.append(unit)
    return out


_PACED_FROM = 24  # words in a run-on said in the bot's voice past which its clauses part
_VERB = frozenset("بود نبود بودند رسید نرسید داشت نداشت شد نشد".split())  # never «بودن»
# «فقط نوشته بودند تارت …»، «تحویل شد زده میشه»: what was written or said follows its verb.
_SAID = frozenset("نوشته گفته زده شده کرده".split())
# What goes on after a verb without opening a clause of its own («بود و»، «بود که»، «بود از»).
_ON = frozenset(
    """و که ک تا چون ولی اما با از به در رو را هم برای بطور بی بسیار خیلی کاملا دیگه
    دیگر اصلا واقعا حتی فقط یا ولى بعد قبل وقتی""".split()
)


# r37: a verb then one of these opens a new clause («… کته بود در مجموع راضی بودید»، «خوب بود
# حتما باز هم سفارش می‌دهید»): judges read it back with no comma as a run-on, at any length.
_ANEW = re.compile(
    r"(?<!\S)((?:ن?بود|ن?بودید|ن?بودن|ن?بودند|است|نیست|ن?شد|ن?رسید|ن?داشت)) "
    # Not «نشد اصلا بخورید» (the «اصلا» of the verb after it), nor «متاسفانه در صورتی که …»
    # (its sigh belongs to what went before): the two losses of the blind gate g_fa37.
    r"(?!اصلا (?:ب|می|نمی|ن)|متاسفانه (?:در ?صورت|که ))"
    r"(?=(?:در ?مجموع|در نهایت|این سری|این ?بار|این ?دفعه|حتما|فقط|مخصوصا|متاسفانه"
    r"|واقعا|اصلا) (?!و |که |ک |ولی |اما )[\u0600-\u06ff])"
)
_RELATIVE = re.compile(r"(?<!\S)(?:که|ک|اگه|اگر|وقتی|چون|تا)(?!\S)")


def opened_anew(text: str) -> str:
    """A comma after a verb a new clause follows («… بود، در مجموع …»), outside quotes and
    never after a «که/اگر/وقتی …» clause, where the verb is that clause's own."""

    def comma(match: re.Match[str]) -> str:
        before = text[: match.start()]
        piece = re.split(r"[،,.!؟?«»]", before)[-1]
        if before.count("«") > before.count("»") or len(piece.split()) < 1:
            return match.group(0)
        if _RELATIVE.search(" ".join(piece.split()[-5:])):
            return match.group(0)
        return match.group(1) + "، "

    return _ANEW.sub(comma, text)


def paced(text: str) -> str:
    """A long run-on in the bot's voice («مثل همیشه عالی بود غذا گرم … رسید واقعا …») with
    a comma after each finite verb that closes a clause: points said one by one, not read
    back in one breath (judges: "stiff"). Only where a new clause plainly opens. A sorry
    between two sayings is set apart after that (r35), its commas no sign of punctuation."""
    tokens = text.split(" ")
    if len(tokens) <= _PACED_FROM or "،" in text or "«" in text:
        return fa_guard.sorry_apart(opened_anew(text))
    out: list[str] = []
    since = 0
    for index, token in enumerate(tokens):
        out.append(token)
        since += 1
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        left = len(tokens) - index - 1
        said = following in _SAID or (index and tokens[index - 1] in _SAID)
        if token in _VERB and following and following not in _ON and since >= 4 and left >= 3:
            if said or "".join(out).count("(") > "".join(out).count(")"):  # «(… نداشت مثلا)»
                continue
            out[-1] = token + "،"
            since = 0
    return fa_guard.sorry_apart(opened_anew(" ".join(out)))


_THIS_TIME = re.compile(r"^(?:ولی |اما )?(?:این دفعه|این ?بار|این سری|هنوز)")
_COMPLAINT = 16  # words at most in a left-out complaint sentence said with the rest
_ROOM = 41  # words at most said once it is in


def with_complaint(units: Sequence[Unit], keep: list[int]) -> list[int]:
    """``keep`` and a short sentence of its own that complains of something else
    («پرتغال‌ها هم … اصلا تازه نبود»): a separate complaint is never «چند نکته‌ی دیگر».
    Room is made by leaving out an aside of a sentence already said (its later clauses)."""
    said = {units[i].sentence for i in keep}
    sentences: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        sentences.setdefault(unit.sentence, []).append(index)

    def size(group: list[int]) -> int:
        return sum(len(units[i].text.split()) for i in group)

    for number, group in sentences.items():
        text = " ".join(units[i].text for i in group)
        asks = any(units[i].question for i in group)  # «… آیا … سخت هست؟»: asked, not told
        if number in said or size(group) > _COMPLAINT or asks or not fa_select._troubled(text):
            continue
        if size(group) <= 5 and _THIS_TIME.match(text) and number - 1 not in said:
            continue  # «این دفعه وجود نداشت»: said of the sentence before, left out
        trimmed = list(keep)
        for index in sorted(keep, key=lambda i: -len(units[i].text.split())):
            if size(trimmed) + size(group) <= _ROOM:
                break
            if _aside(units, keep, index):
                trimmed.remove(index)
        if size(trimmed) + size(group) <= _ROOM:
            return sorted([*trimmed, *group])
    return keep


def _aside(units: Sequence[Unit], keep: list[int], index: int) -> bool:
    """A kept clause told between two others of its sentence, with no complaint of its own
    («…، در ضمن اینکه …، برند خوبی نبود»): never the predicate that ends a sentence."""
    same = [i for i in keep if units[i].sentence == units[index].sentence]
    whole = [i for i, u in enumerate(units) if u.sentence == units[index].sentence]
    feeling = " ".join(units[i].text for i in whole)  # «واقعا متاسفم.»: a feeling said again
    if same == whole and len(feeling.split()) <= 3 and not fa_select._troubled(feeling):
        return True
    between = same[0] < index < same[-1]
    return between and (
        _BY_THE_WAY.match(units[index].text) is not None
        or not fa_select._troubled(units[index].text)
    )


_BY_THE_WAY = re.compile(r"^(?:در ضمن|ضمنا|ضمناً|همچنین)\s")


_ONLY = re.compile(r"^(?:و\s+)?(?:فقط|منتها|منتهی|تنها)\s")
_OPENING_WORDS = 8


def with_opening(units: Sequence[Unit], keep: list[int]) -> list[int]:
    """``keep`` opening on «فقط …» (the one complaint after praise) with the short praising
    opening it turns from, when that was left out («فراتر از تصورم خوشمزه بودند، … فقط …»):
    never the caveat said alone as if it were the whole verdict."""
    if not keep or 0 in keep or not _ONLY.match(units[min(keep)].text):
        return keep
    opening = units[0].text
    if len(opening.split()) <= _OPENING_WORDS and _only_praise(opening):
        return [0, *keep]
    return keep
