"""A mixed message's thanks names what was praised, not "thank you for what you liked".

Readers (issue 8, conversation 60) marked the thanks half of a mixed reply: after «پیتزا
خوشمزه بود ولی پیک نیم ساعت دیر رسید» the apology was followed by «از آنچه پسندیدید هم
ممنونم», after "the food arrived hot, but the fries were missing" by "thank you for what you
liked", after «الطعام رائع لكن الخدمة بطيئة» by «شكراً أيضاً على ما أعجبك»: general thanks for
a praise they had just named. They wanted it named, briefly: «خوشحالم که از پیتزا راضی بودید»,
"and I'm glad you liked the food", «ويسعدني رضاك عن الطعام».

``praise_named`` and ``ar_praise_named`` find the praised things of a whole message, and
refuse beside a let-down, which a mixed message always holds. This looks only at the praised
clause: the sentence just before the first "but" («ولی/اما/فقط», «لكن/بس», "but"), or in
Persian the one after it when it ends in the praise («… ولی سرویس خوب بود»). Narrow on purpose
(a wrong thing thanked reads worse than the general line):
- the clause is short (a verdict, not a story), holds a word of praise, and no let-down,
  hedge, denial or past («همیشه», «قبلا», "used to");
- a thing is named only from the shared lists (Arabic: with its praise word attached);
- at most two things; otherwise the general line stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dialogues import telling
from dialogues.ar_praise_named import _letdown, _praised_things, _thing, norm
from dialogues.praise_named import _ASPECTS, _PRAISED_EN, _PRAISED_FA, _TURN, _listed, _named
from dialogues.praise_with_idea import _PAST_OR_HEDGED

MAX_THINGS = 2
# The praised clause is a verdict («پیتزا خوشمزه بود»), not a story: no longer than this.
CLAUSE_WORDS = {"fa": 7, "ar": 8, "en": 10}

# The first "but" of the message, and the clause it closes or opens.
_BUT = {
    "fa": re.compile(r"(?:^|(?<=[\s.،,!]))(?:ولی|اما|ولیکن|منتها|فقط)(?=[\s.،,!]|$)"),
    "ar": re.compile(r"(?<!\w)(?:و?\s?لكن|و?لاكن|بس)(?!\w)"),
    "en": re.compile(r"\bbut\b", re.I),
}
# A "but" glued to the verb before it: «بودولی».
_GLUED_BUT = re.compile(r"(بود|بودن|بودند)(ولی|اما)(?=\s)")
_AR_WORD = re.compile(r"\w+")
_LISTED = re.compile(r"(?:\.\.|…)")
_SENTENCE = re.compile(r"[.!?؟\n;؛]+")
# Persian praise closing the clause after the "but": «… ولی سرویس خوب بود».
_FA_PRAISE_END = re.compile(
    r"(?:خوب|عالی|خوشمزه|خوش\s*مزه|بی‌نظیر|محشر|تازه|داغ|لذیذ|تمیز)\s*(?:بود|بودند|است|هست)?\s*$"
)
# English things and praise a delivery or an order names, beside praise_named's airline list
# ("the driver was lovely and the food arrived hot").
_EN_TOO = {"driver": "the driver", "courier": "the courier", "pizza": "the pizza",
           "flight": "the flight", "flights": "the flights"}  # fmt: skip
_EN_TOO_WORD = re.compile(r"\b(" + "|".join(_EN_TOO) + r")\b", re.I)
_PRAISED_EN_TOO = re.compile(r"\b(?:lovely|delicious|tasty|fresh|hot|on time|quick|fast)\b", re.I)
_EN_EFFORT = re.compile(r"\b(?:did|doing|tried|trying)\b", re.I)
# English: a "but" inside the clause, a handle or a link is no verdict of the thing.
_EN_NOISE = re.compile(r"@\w+|https?://\S+|#\w+")
_NOT_NAMED_FA = {"قیمت"}
# A let-down word inside the praised clause («کیفیت غذا فوق العاده پایین بود»): no praise.
_FA_LETDOWN = re.compile(
    r"پایین|ضعیف|افتضاح|متاس\S*|متأس\S*|کثیف|سوخته|بدمزه|بد\s*مزه|مونده|مانده|بیات|سرد|ولرم"
)
# A part of the thing praised, not the thing («حجم پیتزا خوب بود», «تزیین کیک خوب بود»).
_FA_PART = re.compile(r"حجم|ابعاد|سایز|اندازه|مواد|تزیین|تزئین|ظاهر|نون|خمیر|رنگ|قسمت|نسبت")
# The let-down's subject is in its first words («ولی پیک …», «فقط سس …»).
LETDOWN_HEAD = 5
# A let-down that is only a fault of the liked thing («فقط یکم شور بود», «ولی سرد رسید»).
_FA_SAME = re.compile(
    r"\s*(?:(?:یه|یک)\s*کم|یکم|کمی|یه\s*خورده|یه\s*مقدار|اندکی|خیلی|بسیار|زیادی|به\s*شدت|"
    r"متاسفانه|متأسفانه|حیف\s*که|\s)*(?:شور|چرب|سرد|خشک|سوخته|تند|شیرین|ترش|خام|سفت|ولرم|"
    r"مونده|بیات|له|کم|نرم|بی\s*مزه|بد\s*مزه)"
)
# A let-down with a subject of its own: the courier, the wait, the price, a side or a tool.
_FA_OTHER = re.compile(
    r"پیک|ارسال|تاخیر|تأخیر|دیر|طول|ساعت|دقیقه|قیمت|گرون|گران|هزینه|مالیات|سس|سیب|نوشابه|"
    r"ظرف|شمع|بسته|کارد|چنگال|قاشق|دستمال|پیاز|لیمو|پشتیبانی|تنوع|اکلر|بال|ماهی|کوبیده|"
    r"سالاد|ناگت|موهیتو|خیارشور|زیتون|پاستا|برنج|سوپ|جوجه|نان|نون|شیرینی|تحویل|رفتار"
)  # «قیمت خوب بود ولی …»: a price thanked as liked reads odd


def _last_sentence(text: str) -> str:
    parts = [p for p in _SENTENCE.split(text) if p.strip()]
    return parts[-1].strip() if parts else ""


def _first_sentence(text: str) -> str:
    parts = [p for p in _SENTENCE.split(text) if p.strip()]
    return parts[0].strip() if parts else ""


def _clauses(text: str, language: str) -> tuple[str, str]:
    """The sentence just before the first "but", and the one just after it."""
    found = _BUT[language].search(text)
    if found is None:
        return "", ""
    before = text[: found.start()]
    if _LISTED.search(before.rstrip(" .،,")):
        # «طعام رائع،... جو رائع.....، وخدمة رائعة..... ولكن», «… برنجش خوب بود.. فقط»: a list
        # of praise cut by dots; its last item alone would thank one of several.
        return "", ""
    return _last_sentence(before), _first_sentence(text[found.end() :])


def _short(clause: str, language: str) -> bool:
    return 0 < len(clause.split()) <= CLAUSE_WORDS[language]


def _hedged(clause: str, language: str) -> bool:
    """A past, usual or hedged praise («همیشه», «نسبتا», "used to"): not this order's."""
    seq = telling.tokens(clause)
    return bool(telling.find(seq, _PAST_OR_HEDGED.get(language, ()), language))


def _fa_things(clause: str) -> list[str]:
    if not _short(clause, "fa") or _TURN["fa"].search(clause) or _hedged(clause, "fa"):
        return []
    if not _PRAISED_FA.search(clause) or _FA_LETDOWN.search(clause) or _FA_PART.search(clause):
        return []
    return [t for t in _named(clause, "fa") if t not in _ASPECTS and t not in _NOT_NAMED_FA]


def _fa(text: str) -> list[str]:
    text = _GLUED_BUT.sub(r"\1 \2", text)
    before, after = _clauses(text, "fa")
    things, letdown = _fa_things(before), after
    if not things and _FA_PRAISE_END.search(after):
        things, letdown = _fa_things(after), before  # «پیک دیر رسید ولی پیتزا خوشمزه بود»
    # «غذا خوب بود ولی سرد رسید»: the let-down is the liked thing's own; "glad you liked the
    # food" beside "sorry the food was not right" contradicts. Only a let-down with a subject
    # of its own (the courier, the wait, the sauce, another dish) leaves the praise whole.
    named = _named(letdown, "fa")
    if any(t in named for t in things):
        return []  # «پیتزا خوب بود. ولی پیتزا کج گذاشته بود»: the liked thing let down too
    if _FA_SAME.match(letdown):
        return []  # «مرغ خوب بود فقط یه کم زیادی خشک شده بود»: the liked thing's own fault
    head = " ".join(letdown.split()[:LETDOWN_HEAD])
    named = [t for t in _named(head, "fa") if t not in _ASPECTS]  # «حجمشون کمه»: theirs
    if not (named or _FA_OTHER.search(head)):
        return []
    return things


def _ar(text: str) -> list[str]:
    text = norm(text)
    before, _ = _clauses(text, "ar")
    if not _short(before, "ar") or _letdown(before):
        return []
    things = _praised_things(before) or []
    # «السلعة ممتازة ولكن … وصف السلعة»: the liked thing is let down too; no name.
    rest = text.replace(before, " ", 1)
    if any(_thing(w) in things for w in _AR_WORD.findall(rest)):
        return []
    return things


def _en(text: str) -> list[str]:
    # "your service agents are great": the agents, not "the service and the agents" (gate)
    text = re.sub(r"\bservice (?=(?:agents?|reps?|staff|people|team)\b)", "", text, flags=re.I)
    before, _ = _clauses(_EN_NOISE.sub(" ", text), "en")
    if not _short(before, "en") or _TURN["en"].search(before) or _hedged(before, "en"):
        return []
    if not (_PRAISED_EN.search(before) or _PRAISED_EN_TOO.search(before)):
        return []
    if _EN_EFFORT.search(before):
        return []  # "the crew did the best they could but …": an effort, not a liking
    found = [(m.start(), _EN_TOO[m.group(1).lower()]) for m in _EN_TOO_WORD.finditer(before)]
    listed = [(before.lower().find(t.removeprefix("the ")), t) for t in _named(before, "en")]
    things: list[str] = []
    for _, thing in sorted(found + listed):
        if thing not in things:
            things.append(thing)
    return things


def praised_part(messages: Sequence[str], language: str) -> str:
    """What the praised clause of a mixed message liked, by name, or "" for the general line."""
    text = "\n".join(messages)
    if language not in _BUT or telling.ironic(list(messages), language):
        return ""
    things = {"fa": _fa, "ar": _ar, "en": _en}[language](text)
    if not things or len(things) > MAX_THINGS:
        return ""
    if language == "ar":
        return " و".join(things)
    return _listed(things, language)


# Apologies that say the food or the product fell short: "glad you liked the food" beside
# one argues with it (conversation 60's gate: «غذایی که … در حد انتظارتان نبود. خوشحالم که از
# غذا راضی بودید»); the general thanks stays.
_SAYS_IT_FELL_SHORT = {"apology", "apology_meal", "apology_product", "apology_order"}
_THE_FOOD = re.compile(r"غذا|کیفیت|محصول|\bfood\b|\bquality\b|الطعام|الأكل|الجودة|المنتج")


def liked_line(
    messages: Sequence[str], language: str, can_say: Callable[[str], bool], apology: str = ""
) -> tuple[str, dict[str, str]]:
    """The line thanking what they liked beside a let-down: named when certain, once."""
    things = praised_part(messages, language)
    if apology in _SAYS_IT_FELL_SHORT and _THE_FOOD.search(things):
        things = ""
    if things and can_say("praise_named_too"):
        return "praise_named_too", {"things": things}
    return "praise_heard_too", {}  # «ممتاز …، بس …»: the praise is heard, not dropped
