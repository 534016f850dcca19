"""A correction of one detail: "no, not logged out, it freezes", «نه، دوبار نه، سه بار».

"No, not X, Y" negates one thing the customer told and puts another in its place. Added to
the telling it would say both («دوبار …، نه، دوبار نه، سه بار»); the telling is amended
instead: X (or the words of the telling X names: "logged out" for "logs me out") becomes Y.
When X cannot be found in the telling, nothing is amended and the turn is heard as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from dialogues.fa_was_not import was_not_swap
from dialogues.text import WORD, fold

MAX_NEGATED = 5  # words in X: "not X" names a detail, not a second telling
MAX_PUT = 10  # words in Y
BARE_WORDS = 2  # words of X and of Y in "Y not X" without a comma, when they are no counts
MAX_PUT_FIRST = 4  # words in Y said before "not X": a detail in place of a detail
_SUBJECT = re.compile(r"^(?:i|we|they|he|she|you|من|ما|انا|أنا|نحن|احنا)\b", re.IGNORECASE)
_SEP = r"\s*(?:[,،;؛]|\s[-–—]\s?)\s*"
_LEADS = {
    "en": r"(?:(?:no|nope|nah)\b[\s,.!]*)?(?:(?:it's|it is|it was|that's|it wasn't|it isn't)\s+)?",
    "ar": r"(?:(?:لا|لأ|لاء)[\s,،]+)?",
    "fa": r"(?:(?:نه|نخیر)[\s,،]+)?",
}
# "not X, Y": en «not», ar «مو/مش/ليس …»; fa says the "no" after X: «دوبار نه، سه بار».
_PATTERNS = {
    "en": re.compile(
        rf"^\s*{_LEADS['en']}not\s+(?P<x>[^,،;؛—–]+?){_SEP}(?P<y>.+?)[\s.!]*$", re.IGNORECASE
    ),
    "ar": re.compile(
        rf"^\s*{_LEADS['ar']}(?:مو|مش|مب|موب|ليس|ليست|مهو|مهي|ما هو|ما هي)\s+"
        rf"(?P<x>[^,،;؛—–]+?){_SEP}(?P<y>.+?)[\s.!]*$"
    ),
    "fa": re.compile(
        rf"^\s*{_LEADS['fa']}(?:(?P<x>[^,،;؛—–]+?)\s+نه|نه\s+(?P<x2>[^,،;؛—–]+?))"
        rf"{_SEP}(?P<y>.+?)[\s.!]*$"
    ),
}
# "Y, not X": the new detail first ("no, it was delayed 6 hours, not cancelled", «سه بار، نه
# دوبار», «مرتين مو مرة»). X must still be found in the telling, as for "not X, Y".
_TRAILING = {
    "en": re.compile(
        rf"^\s*{_LEADS['en']}(?P<y>[^,،;؛—–]+?),\s*not\s+(?P<x>[^,،;؛—–.!]+?)[\s.!]*$",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        rf"^\s*{_LEADS['ar']}(?P<y>[^,،;؛—–]+?)[,،]\s*(?:و?(?:مو|مش|ليس|ليست))\s+"
        r"(?P<x>[^,،;؛—–.!]+?)[\s.!]*$"
    ),
    "fa": re.compile(
        rf"^\s*{_LEADS['fa']}(?P<y>[^,،;؛—–]+?)[,،]\s*نه\s+(?P<x>[^,،;؛—–.!]+?)[\s.!]*$"
    ),
}
# "no, it was 5 hours not 4": the count put right with no comma before "not" (only two counts:
# "they did not call me" is no detail put right).
_COUNT_NOT_COUNT = {
    "en": re.compile(
        rf"^\s*{_LEADS['en']}(?P<y>[^,،;؛—–]+?)\s+not\s+(?P<x>[^,،;؛—–.!]+?)[\s.!]*$",
        re.IGNORECASE,
    ),
}
# What opens Y and is no part of the detail: "but", "rather", «بس», «بل», «بلکه».
_Y_LEAD = re.compile(
    r"^(?:but|rather|actually|instead|it's|it is|it was|بس|بل|لكن|انما|إنما|بلکه|بلكه)\s+",
    re.IGNORECASE,
)
_VERB_PART = re.compile(
    r"\b(?:i|it|is|was|are|were|am|be|do|does|did|has|have|had|can|could|will|would|should"
    r"|that|this|there|they|he|she|we|you)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(?:it|they|he|she)\s+", re.IGNORECASE)  # "it freezes" mid-sentence
_AR_CLITICS = ("وال", "بال", "ال", "و", "ب")


def negated_swap(text: str, language: str) -> tuple[str, str] | None:
    """ "No, not X, Y" → (X, Y) as the customer wrote them; None for anything else."""
    pattern, trailing = _PATTERNS.get(language), _TRAILING.get(language)
    found = (pattern.match(text) if pattern else None) or (
        trailing.match(text) if trailing else None
    )
    if not found and (bare := _COUNT_NOT_COUNT.get(language)):
        found = bare.match(text)
        if found and not (
            all(_counts(found.group(g)) for g in ("x", "y"))
            # "no, it was Chicago not Boston": a word or two for a word or two (a place, a
            # thing); "they did not call me" has a subject and a verb, no detail put right.
            or (
                all(len(WORD.findall(found.group(g))) <= BARE_WORDS for g in ("x", "y"))
                and not _VERB_PART.search(found.group("y"))  # "no it is not working"
            )
        ):
            found = None
    if not found:
        return None
    negated = (found.groupdict().get("x") or found.groupdict().get("x2") or "").strip()
    put = found.group("y").strip()
    while (lead := _Y_LEAD.match(put)) is not None:
        put = put[lead.end() :]
    x_words, y_words = WORD.findall(negated), WORD.findall(put)
    if not x_words or not y_words or len(x_words) > MAX_NEGATED or len(y_words) > MAX_PUT:
        return None
    if found.re is not pattern and (len(y_words) > MAX_PUT_FIRST or _SUBJECT.match(put)):
        return None  # "I wanted a refund, not a voucher" says a want, not a detail put right
    return negated, put


def amend(telling: Sequence[str], text: str, language: str) -> list[str] | None:
    """The telling with X put right as Y, or None when this is no "not X, Y" or X is not there."""
    swap = negated_swap(text, language) or was_not_swap(text, language)  # «X نبود، Y بود»
    if swap is None:
        return (
            _one_word_put_right(telling, text, language)
            or _number_put_right(telling, text, language)
            or _ar_dual_put_right(telling, text, language)
        )
    negated, put = swap
    for index, message in enumerate(telling):
        span = _span(message, negated, language)
        if span is None:
            continue
        start, end = span
        start = _head_said_again(message, start, put, language)
        if start > 0:
            put = _PRONOUN.sub("", put)  # "the app freezes", not "the app it freezes"
        if language == "ar":
            put = _ar_preposition(message[start:end], negated, put)
        end += _unit_said_twice(message[end:], negated, put, language)
        end += _said_twice_after(message[end:], put) or _count_of_x(message[end:], put)
        amended = f"{message[:start]}{put}{message[end:]}"
        return [*telling[:index], amended, *telling[index + 1 :]]
    return None


MAX_HEAD_GAP = 2  # words between the head Y says again and X: "the screen has a scratch"


def _head_said_again(message: str, start: int, put: str, language: str) -> int:
    """Where X's clause opens when Y names its head again: «الشاشة فيها خدش» → «الشاشة مكسورة».

    "No, not a scratch, the screen is cracked" says the whole clause anew; put in place of X
    alone it would read «والشاشة فيها الشاشة مكسورة». Y replaces the clause from the word it
    repeats; a «و» glued to that word stays («…والشاشة مكسورة»).
    """
    put_words = WORD.findall(put)
    before = [m for m in WORD.finditer(message[:start])][-(MAX_HEAD_GAP + 1) :]
    if not put_words:
        return start
    for match in before:
        word = match.group()
        head = fold(put_words[0])
        if len(head) < 3 or not alike(put_words[0], word, language):
            continue
        if language == "ar" and fold(word).startswith("و") and not head.startswith("و"):
            return match.start() + 1  # the «و» that joined the clause stays
        return match.start()
    return start


_COUNT_AFTER = re.compile(
    r"^\s+(?:by\s+|for\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"\s+(?:min|mins|minutes?|hrs?|hours?|days?|weeks?)\b",
    re.IGNORECASE,
)


def _said_twice_after(after: str, put: str) -> int:
    """«… یخ کرده بود» in place of «سرد» before «بود»: the word Y ends on is not said twice."""
    put_words, next_word = WORD.findall(put), re.match(r"\s+(\S+)", after)
    if not put_words or next_word is None or fold(put_words[-1]) != fold(next_word.group(1)):
        return 0
    return next_word.end()


def _count_of_x(after: str, put: str) -> int:
    """ "delayed 4 hours" → "no, not delayed, cancelled": the 4 hours were the delay's."""
    count = _COUNT_AFTER.match(after)
    if count is None or any(_NUMBER.match(w) for w in WORD.findall(put)):
        return 0
    return count.end()


def _counts(said: str) -> bool:
    """Whether a detail opens with a count ("4", "5 hours")."""
    words = WORD.findall(said)
    return bool(words) and _NUMBER.match(words[0]) is not None


def _unit_said_twice(after: str, negated: str, put: str, language: str) -> int:
    """ "delayed 4 hours", then "5 hours, not 4": the unit after the count is Y's own now.

    How many characters after X to drop, so the telling says "5 hours", never "5 hours hours".
    """
    unit = re.match(r"\s+(\w+)", after)
    x_words, y_words = WORD.findall(negated), WORD.findall(put)
    if unit is None or len(x_words) != 1 or len(y_words) < 2 or not _NUMBER.match(x_words[0]):
        return 0
    return unit.end() if alike(y_words[-1], unit.group(1), language) else 0


def _ar_preposition(told: str, negated: str, put: str) -> str:
    """«أكثر من المعتاد بكثير» → «بالضعف»: a «بـ» the detail was said with stays with Y.

    The «بـ» is the telling's own beyond what they negated («بالضعف» for «الضعف»), or the
    negated word's when Y is a noun with «ال» («بكثير» → «بالضعف»), never a letter of a word.
    """
    if put.startswith("ب"):
        return put
    glued = told.startswith("ب") and not negated.startswith("ب")
    own = negated.startswith("ب") and put.startswith("ال") and told.startswith("ب")
    return f"ب{put}" if glued or own else put


def forms(word: str, language: str) -> list[str]:
    word = fold(word)
    forms = [word]
    if language == "ar":
        forms += [word[len(c) :] for c in _AR_CLITICS if word.startswith(fold(c))]
    return [f for f in forms if f]


def alike(a: str, b: str, language: str) -> bool:
    """The same word, or two forms of one ("logged" and "logs"; «الضعف» and «ضعف»)."""
    for x in forms(a, language):
        for y in forms(b, language):
            if x == y:
                return True
            common = len(_common_prefix(x, y))
            if common >= 3 and common >= min(len(x), len(y)) - 2:
                return True
    return False


def _common_prefix(a: str, b: str) -> str:
    at = 0
    while at < min(len(a), len(b)) and a[at] == b[at]:
        at += 1
    return a[:at]


def _span(message: str, negated: str, language: str) -> tuple[int, int] | None:
    """Where the telling says X: its words in order, a word or two between them at most."""
    wanted = WORD.findall(negated)
    found = list(WORD.finditer(message))
    for first, match in enumerate(found):
        if not alike(wanted[0], match.group(), language):
            continue
        at, last = first, first
        for word in wanted[1:]:
            nxt = next(
                (
                    i
                    for i in range(last + 1, min(len(found), last + 3))
                    if alike(word, found[i].group(), language)
                ),
                None,
            )
            if nxt is None:
                break
            last = nxt
        else:
            return found[at].start(), found[last].end()
    return None


# «نه، بعد از دومین شستشو بود» for «… بعد از اولین شستشو آب رفت»; "no, two hours late":
# the telling's own words again with one put right. The phrase alone said back loses the rest.
_COPULA = re.compile(r"\s+(?:بود|است|هست|بودش|کان|كان|كانت)$|^(?:it\s+was|it's|was)\s+", re.I)
MIN_PHRASE, MAX_PHRASE = 3, 6  # words: fewer match by chance; more is a telling of its own


def _one_word_put_right(telling: Sequence[str], text: str, language: str) -> list[str] | None:
    lead = re.match(rf"^\s*{_LEADS.get(language, '')}", text, flags=re.IGNORECASE)
    core = _COPULA.sub("", text[lead.end() if lead else 0 :].strip(" .!،,"))
    words = WORD.findall(core)
    if not MIN_PHRASE <= len(words) <= MAX_PHRASE:
        return None
    for index, message in enumerate(telling):
        if fold(message.strip()) == fold(text.strip()):
            continue  # the correction itself, heard already
        found = list(WORD.finditer(message))
        for start in range(len(found) - len(words) + 1):
            window = found[start : start + len(words)]
            unlike = [
                w for w, m in zip(words, window, strict=True) if not alike(w, m.group(), language)
            ]
            if len(unlike) == 1:
                amended = f"{message[: window[0].start()]}{core}{message[window[-1].end() :]}"
                return [*telling[:index], amended, *telling[index + 1 :]]
    return None


# «نه، دو ساعت» for «سفارشم یک ساعت دیر رسید», "no, 2 hours": a count put right, its unit
# the telling's own. Said back alone («پس دو ساعت») the rest of the telling was lost.
_NUMBER = re.compile(
    r"^(?:\d+|[۰-۹]+|[٠-٩]+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty"
    r"|thirty|forty|fifty|half|یک|یه|دو|سه|چهار|پنج|شش|هفت|هشت|ده|بیست|سی|چهل|پنجاه|نیم"
    r"|واحد|ثلاث|ثلاثة|اربع|أربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرين|نص|نصف)$",
    re.IGNORECASE,
)


def _number_put_right(telling: Sequence[str], text: str, language: str) -> list[str] | None:
    """ "No, 2 hours": the telling's count of that unit ("5 hours") put right."""
    lead = re.match(rf"^\s*{_LEADS.get(language, '')}", text, flags=re.IGNORECASE)
    core = _COPULA.sub("", text[lead.end() if lead else 0 :].strip(" .!،,"))
    words = WORD.findall(core)
    if len(words) != 2 or not _NUMBER.match(words[0]) or _NUMBER.match(words[1]):
        return None
    for index, message in enumerate(telling):
        found = list(WORD.finditer(message))
        for count, unit in pairwise(found):
            if not _NUMBER.match(count.group()) or not alike(words[1], unit.group(), language):
                continue
            if fold(count.group()) == fold(words[0]):
                return None  # the same count: nothing put right
            amended = f"{message[: count.start()]}{core}{message[unit.end() :]}"
            return [*telling[:index], amended, *telling[index + 1 :]]
    return None


# «لا، أسبوعين» for «الشحنة وصلت متأخرة أسبوع», «لا، مرتين» for «خصموا المبلغ مرة»: Arabic says
# "two weeks" in one word, the dual of the telling's own unit («أسبوع», «مرة» → «مرتين»).
_AR_DUAL = re.compile(r"^(?P<stem>\w{2,}?)(?P<t>ت)?(?:ين|ان)$")
# Units a count is told in (time, times, pieces): «ممتازين» is no dual of «ممتاز» put right.
_AR_UNITS = {
    fold(u)
    for u in ("ساعة", "دقيقة", "يوم", "ليلة", "أسبوع", "اسبوع", "شهر", "سنة", "مرة", "قطعة",
              "حبة", "علبة", "كرتون", "كيلو", "طلب", "دفعة")
}  # fmt: skip
_AR_ONE = re.compile(r"^\s+(?:واحدة|واحده|واحد)\b")  # «ساعة واحدة» → «ساعتين»


def _ar_dual_put_right(telling: Sequence[str], text: str, language: str) -> list[str] | None:
    """ "No, two of them" in one Arabic word: the telling's single unit made its dual."""
    if language != "ar":
        return None
    lead = re.match(rf"^\s*{_LEADS['ar']}", text)
    core = _COPULA.sub("", text[lead.end() if lead else 0 :].strip(" .!،,"))
    dual = _AR_DUAL.match(core)
    if dual is None or not lead or not lead.group().strip():
        return None  # a "no" puts it right; a dual word alone may be anything
    stem = dual.group("stem")
    singulars = {fold(stem + "ة"), fold(stem + "ه")} if dual.group("t") else {fold(stem)}
    singulars &= _AR_UNITS
    for index, message in enumerate(telling):
        found = [w for w in WORD.finditer(message) if fold(w.group()) in singulars]
        if len(found) == 1:  # the unit told once: no doubt which count is put right
            unit, end = found[0], found[0].end()
            if (one := _AR_ONE.match(message[end:])) is not None:
                end += one.end()
            elif re.match(r"^\s+كامل", message[end:]):
                return None  # «ساعة كاملة»: its adjective would have to agree with the dual
            amended = f"{message[: unit.start()]}{core}{message[end:]}"
            return [*telling[:index], amended, *telling[index + 1 :]]
    return None
