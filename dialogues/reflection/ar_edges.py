"""Arabic edges of a clause: review titles, thanks alone, a dangling or opening «و».

Small rules the shared selector (``clauses``) applies to Arabic only, kept here so that
Persian and English take exactly the path they took before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import Protocol

from dialogues.reflection import ar_lean_open, ar_opening
from dialogues.reflection.ar import shift
from dialogues.reflection.ar_choice import VERDICT
from dialogues.reflection.ar_words import NEGATIVE, POSITIVE, WEAK_NEGATIVE
from dialogues.reflection.units import Unit
from dialogues.text import fold

# A review's heading, not a telling: «إيجابيات وسلبيات …», «عنوان التقييم: *», «نوع …: X1».
_TITLE = re.compile(
    r"^[\s\-–—*]*(?:(?:ال)?[اإ]يجابيات\s*و\s*(?:ال)?سلبيات|عنوان التقييم|تقييم(?:ي)? ل)"
    r"|^[^:\s]+(?:\s[^:\s]+)?\s*:\s*(?![0-9.]+\s*(?:من|/)\s*[0-9])[A-Za-z0-9][\w\s.+-]*$"
)
# «ويستاهل …»، «وهذا …» opening the reflection are «يستاهل …»، «هذا …».
_LEAD_WAW = re.compile(r"^و(?=ي\S{3}|ت\S{3}|تم\s|هذ|هو\s|هي\s|ما\s|مافي|ما[يت]\S{2})")
_LEAD_BUT_I = re.compile(r"^و?(?:لكنني|لكني|لاكني)\s+(?=\S)")  # "but I …" with nothing before
# «… جيد و لكن ..» cut off at a line break: no dangling «و لكن».
_TRAILING_LINK = re.compile(r"[\s،,]+(?:و|لكن|ولكن|بس|لاكن|اما|أما|او|أو)$")
# A bare «هي/هو» left at the end («… من شويه هي | بس عيبها …») is the next clause's subject
# (but «كما هي»، «زي ما هو» end a clause).
_TRAILING_PRONOUN = re.compile(r"(?<!كما)(?<!مثل)(?<!زي)(?<!ما)(?<!هو)(?<!هي)\s+(?:هي|هو)$")
_THANKED = re.compile(r"^(?:شكرا|شكراً|وشكرا|وشكراً)\s+لل(?=\S{2})")
_THANKS_LEFT = re.compile(r"^(?:لكم|لك|ليكم|ليك|للجميع|جزيلا|جزيلاً)(?!\S)")
_THANKS_FOR = re.compile(r"^(?:على|علي|ع)(?!\S)")
# «… وكيوت شكراً للبائع»: a closing thanks said back would be the bot thanking the seller.
_CLOSING_THANKS = re.compile(
    r"[\s،,.!]+و?(?:شكرا|شكراً|مشكورين)(?:\s+(?:لل\S{2,}|لكم|لك|جزيلا|جزيلاً))?[\s.!]*$"
)


def is_title(piece: str) -> bool:
    """Whether the piece is a review's heading rather than something said."""
    # «تقييمي للمنتج لا يستحق المبلغ» is the review's verdict, not a heading
    return bool(_TITLE.match(piece)) and not _SCORE.search(piece) and not VERDICT.search(piece)


# «تقييمي له: 3 من 10» is the review's verdict, not a heading.
_SCORE = re.compile(r"[0-9٠-٩]\s*(?:من|/)\s*(?:10|١٠|5|٥)(?![0-9٠-٩])")


_LEAD_THEN = re.compile(r"^و?ثم\s+(?=\S)")
# «ثم ارفع سعرك»: «ثم» before advice to the restaurant keeps it (r27 gate: cut, «ارفع سعرك …»
# read as the customer asking for higher prices); the step before it said the condition.
_BIDDING = re.compile(
    r"^و?ثم\s+(?:[اأ](?:رفع|فتح|عمل|هتم|نتبه|ضبط|نزل)"
    r"|زود|زيد|غير|حسن|طور|نظف|رتب|قلل|خفف|خفض|ركز|بدل|وسع|وظف|درب|خل|خلي|جيب|شوف|راجع)"
    r"(?:وا|و)?(?:\s|$)"
)


def without_opening_waw(text: str) -> str:
    """«ويستاهل قيمته» opening the reflection → «يستاهل قيمته»."""
    then = _LEAD_THEN.match(text)
    if then and not _BIDDING.match(text):  # r27: «ثم انتظرت …» cut from the step before it
        return text[then.end() :]
    if _LEAD_WAW.match(text):
        return text[1:]
    if _LEAD_FA.match(text):
        return text[1:]  # «فالمكان رائع»، «فهناك …»: the «ف» ("so") joined it to a clause before
    first = text.split(" ", 1)[0]
    if _LEAD_WA_ALIF.match(first) and fold(first.rstrip(".,!?؟،")) not in _OWN_WAW:
        return text[1:]  # «واسعاره حلوه» → «اسعاره حلوه»; never «واضح» → «اضح»
    rest = fold(first[1:].rstrip(".,!?؟،")) if first.startswith("و") else ""
    if rest in _JOINED_WORDS or rest in _JUDGING:
        return text[1:]  # r32: «وسوف تعود …»، «وهناك …»، «ونظيف واسعاره …» cut from a clause
    return ar_opening.without_waw(text) or text  # r47: «وسيكون …»، «وتجد …»، «وانا …»


# r32: a word «و» joins to the clause before, never a word of «و» itself («وصل»، «وجبة»):
# «وسوف تعود له …»، «وهناك بعض الاصناف …»، «وفى المساء …»، «وده طبعا …» opening the reply.
_JOINED_WORDS = frozenset(
    fold(w)
    for w in """سوف هناك هنا هى هي هو هم ده دي دا فى في من مع على عن كان كانت بعد قبل كل كمان
    معاه معاها عنده عندهم عندها لذلك بالنسبه بالنسبة بالامانه بالامانة بصراحه بصراحة طبعا
    اخيرا أخيرا كذلك""".split()
)
# A word that judges («ونظيف واسعاره ممتازة»، «وحلو المنظر …»): «و» joined it to a list.
_JUDGING = (POSITIVE | NEGATIVE) - WEAK_NEGATIVE


# «ف» ("so") glued to an article's word or a pronoun, never a word of its own («فندق»، «فيه»)
_LEAD_FA = re.compile(
    r"^ف(?=ال(?![اأآ]خ)[^\W\d_]{2}|(?:ربما|لن|هناك|هي|هو|هم|[اأ]نت|[اأ]نا|لقد|[اأ]نصح\S*|ننصح\S*)\s)"
)
# «وانصحكم»، «واسعاره»: «و» glued to a word of «ا»; the words below own their «و».
_LEAD_WA_ALIF = re.compile(r"^و[اأإآ][^\W\d_]{3,}")
_OWN_WAW = frozenset(
    fold(w)
    for w in """واضح واضحه واضحة واسع واسعه واسعة واحد واحده واحدة واقعي واقع وافي واجب
    واثق وارد واصل واقف والد والده والدة والدي وادي وازن واجهة واجهه واتساب وايد وايت
    واجد وافر والله وانيت واير وارف
    واجهت واجهنا واجهني واجهتني واجهتنا واجهوا""".split()  # r40: «واجهت صعوبة», never «اجهت»
)


# A point's number or «أولاً:» opening a clause is the list's, not the customer's words.
_ORDINAL = re.compile(
    r"^(?:[0-9٠-٩]{1,2}\s*[-–)]\s*(?![0-9٠-٩])|(?:[اأ]ول[اآ]ً?|ثاني[اآ]ً?)\s*[:،,-]?\s+)(?=\S)"
)


# «حتى المكونات …»، «رغم أن بعض الوجبات …»، «ولا في الأكل …»، «ان الطلب …»: the clause they
# lean on is left out, so the link opening the clause goes too (never a dangling fragment).
_LEAD_LEANING = re.compile(
    r"^(?:(?:و?حتى|و?لا\s+في|[اأ]ن)\s+(?=و?ال\S{2})"
    r"|(?:و?ب?ال)?رغم\s+(?:من\s+)?[اأ]ن\s+(?=\S{3})|و?مع\s+[اأ]ن\s+(?=\S{3})"
    r"|و?حيث\s+(?:[اأ]ن\s+)?(?=\S{3})"  # «حيث بمجرد لبسها تتقطع»: its lead left out
    r"|و?كما\s+[اأ]ن\s+(?=\S{3}))"  # «كما ان هناك مطعم …» (r23): "also", after nothing
)


# «… غير عملية لجامعة أو م»: a message cut off inside its last word ends at the word before.
_CUT_WORD = re.compile(r"\s+[\u0621-\u064a][.…]*$")


_UNCLOSED = re.compile(r"\s*\(\s*(?:\S+\s*){0,3}$")  # «… ومجاوريه ( فيروز»: cut in a bracket


def _balanced(text: str) -> str:
    """No bracket left open or closing none: a short cut-off aside goes, a stray mark goes."""
    if text.count("(") > text.count(")"):
        text = _UNCLOSED.sub("", text)
    if text.count("(") != text.count(")"):  # «في البرجر دوده) اقسم …»: the mark alone goes
        text = re.sub(r"\s*[()]\s*", " ", text).strip()
    return text


_ETC = re.compile(r"^(?:ال[خح]|إلخ|[اإ]لى آخره)[.\s،,]+(?=\S)")


# «والشي الاخير …»، «ثالثا …»: a link from one point of a list to the next, said back after
# another clause (or none) it joins nothing: the point is said without it; «وايضا»، «وكمان»،
# «واخيرا» and «وغير كذا» only opening the reflection, where there is nothing they add to: said
# after a kept clause «غير كذا» joins two points the reflection holds (round 21)
_LIST_LINK = re.compile(
    r"^(?:و?(?:ال)?شي[ءئ]?\s+(?:ال)?(?:[اأ]خير|ثاني|ثالث|رابع)\s*[:،,-]?\s+"
    r"|(?:ثالث|رابع|خامس)[اآ]ً?\s*[:،,-]?\s+)(?=\S{2})"
)
# «اخيرا وليش اخرا» ("last but not least") is an idiom, never a link cut off its second half
_ALSO = re.compile(
    r"^(?:و?[اأإ]يضا?[ًا]?\s*[:،,]?\s+|وكمان\s+|و?[اأ]خير[اآ]?ً?\s*[:،,]?\s+|و?كذا?لك\s+"
    r"|و?غير\s+(?:كذا|كذه|ذلك|ذالك|هذا)\s*[:،,]?\s+)(?=\S{2})(?!و?لي[سش]\s+[اأآ]خر)"
)


def without_list_link(text: str, first: bool) -> str:
    """«والشي الاخير السعر مبالغ فيه» → «السعر مبالغ فيه»: no link to a point left out."""
    text = _LIST_LINK.sub("", text) or text
    return (_ALSO.sub("", text) or text) if first else text


# «وغير كذا» after a kept clause still joins two points said (r21's gate): only "also" goes.
_ALSO_ALONE = re.compile(r"^(?:و?[اأإ]يضا?[ًا]?\s*[:،,]?\s+|و?كذا?لك\s+)(?=\S{2})")


def also_after_gap(kept: list[Unit]) -> list[Unit]:
    """«وكذلك المشروبات …» kept after a clause left out adds to nothing said: no «وكذلك»."""
    out = kept[:1]
    if out and out[0].text != "\x01":  # r52: «حيث …»، «كما يوجد …» opening: no link
        out = [replace(out[0], text=ar_lean_open.without_lean(out[0].text))]
    for before, unit in pairwise(kept):
        text = unit.text
        if unit.position != before.position + 1 and unit.text != "\x01":
            text = _ALSO_ALONE.sub("", text) or text
            # r52: a quote opening «حيث …» after a gap; said in our voice it reads on
            text = ar_lean_open.without_lean(text) if shift(text) is None else text
        out.append(unit if text == unit.text else replace(unit, text=text))
    return out


def edges(text: str, first: bool) -> str:
    """No dangling link at either end; no «لكنني» ("but I") nor «١-» opening the reflection."""
    text = _ORDINAL.sub("", without_trailing_link(_CUT_WORD.sub("", text) or text))
    text = _ETC.sub("", text) or text  # «..الخ به عدة دورات مياه»: the «etc.» ends the list before
    text = _balanced(text)
    if first:
        text = _LEAD_LEANING.sub("", text) or text
    stripped = _LEAD_BUT_I.sub("", text) if first else text
    return stripped if stripped.strip() else text


def without_trailing_link(text: str) -> str:
    """«السلعة وصلت سريعاً و هذا شيء جيد و لكن» → «… و هذا شيء جيد»."""
    text = _TRAILING_PRONOUN.sub("", text)
    while _TRAILING_LINK.search(text) and not _ONLY_AFTER.search(text):
        text = _TRAILING_LINK.sub("", text)
    return text


# r27: «… لازم تقعد ساعتين بس»، «مرة وحدة بس»: «بس» after a measure is "only", not "but".
_ONLY_AFTER = re.compile(
    r"(?:[0-9٠-٩]|(?<!\S)(?:ساع[ةه]|ساعتين|ساعات|دقيق[ةه]|دقيقتين|دقايق|دقائق|مر[ةه]|مرتين"
    r"|ريال|ريالين|ريالات|وحد[ةه]|واحد[ةه]?|شوي[ةه]?|قليل|يوم|يومين|ايام|أيام))\s+بس$"
)


_ONLY_THANKS = re.compile(
    r"^\W*و?(?:مشكور(?:ين|ه|ة)?|شكرا|شكراً|شكرًا|تسلم(?:ون|وا|و)?|الف شكر|ألف شكر)"
    r"(?:\s+(?:جزيلا|جزيلاً|جزيلًا|كثير|كثيرا|جدا|لك|لكم|يا\s+\S+))*\W*$"
)


def thanks_alone(said: str, trimmed: str, has_content: bool) -> str | None:
    """What a message of thanks alone reflects: «تشكر البائع …», or None for nothing."""
    if _ONLY_THANKS.match(trimmed):
        return None  # «مشكوووور» alone: a thanks, nothing to say back
    if _THANKED.match(said):  # «شكراً للبائع …» → «تشكر البائع …»
        return _THANKED.sub("تشكر ال", said)
    if _THANKS_LEFT.match(trimmed):
        return None  # «شكرا لكم على خدمتك»: the bot thanks back, never «لكم …»
    if _THANKS_FOR.match(trimmed) and has_content:
        return "تشكر " + trimmed  # «شكرا على المصداقية» → «تشكر على المصداقية»
    if _THANKS_FOR.match(trimmed) and _THANKS_OPENING.match(said.strip()):
        return None  # r35: «شكرا على تعاونكم» is a thanks, never «على تعاونكم» alone
    return trimmed


_THANKS_OPENING = re.compile(r"^و?(?:[اأ]شكر(?:كم|ك)?|نشكر(?:كم|ك)?|شكرا|شكراً)(?!\S)")


def thanked_for(said: str, trimmed: str) -> str:
    """«اشكركم على سرعة التوصيل» trimmed to «على سرعة …» reads «تشكر على سرعة …», never cut."""
    if _THANKS_OPENING.match(said.strip()) and _THANKS_FOR.match(trimmed):
        return "تشكر " + trimmed
    return trimmed


_THANKS_FOR_MUCH = re.compile(r"^و?(?:شكرا|شكراً|شكرًا)\s+(?=(?:على|ع)\s+(?:\S+\s+){3,}\S)")


def thanks_with_content(piece: str) -> str:
    """«شكراً على المصداقية في التعامل لأنها أهم شيء …» says something: «تشكر على …»."""
    return _THANKS_FOR_MUCH.sub("تشكر ", piece)


# «تمام وشكرا للبائع على سرعة الشحن»: a thanks for something the customer tells; «وشكرا لكل
# القائمين علي سوق كوم»: a thanks to someone closing the clause. Said back unchanged either would
# be the bot thanking the seller (or itself): the first is told («وتشكر البائع على …»), the
# second goes.
_THANKS_TO_FOR = re.compile(
    r"(?<=\S)\s+و(?:شكرا|شكراً|شكرًا)\s+ل(ل)?([^\W\d_]{2,})(?=\s+(?:على|علي|ع)\s+\S)"
)
_THANKS_TO = re.compile(
    r"[\s،,.!]+و(?:شكرا|شكراً|شكرًا)\s+ل(?:كل\s+|جميع\s+|\S+\s+)?(?:ال|لل)?(?:قائمين|عاملين|موظفين|فريق"
    r"|[اإ]دار[ةه]|بائع|تاجر|سوق|موقع)\S*(?:\s+\S+){0,5}[\s.!]*$"
)


def _thanked_one(match: re.Match[str]) -> str:
    return " وتشكر " + ("ال" if match.group(1) else "") + match.group(2)


def without_closing_thanks(piece: str) -> str:
    """«اتمنى بس يجيبوا سمارت واتش وشكرا» → without the thanks, when something is left."""
    stripped = _CLOSING_THANKS.sub("", piece)
    told = _THANKS_TO_FOR.sub(_thanked_one, stripped)
    if told != stripped:
        return told
    thanked = _THANKS_TO.sub("", stripped)
    if thanked != stripped and thanked.strip():  # «ممتاز وشكرا لمصداقيه البائع» → «ممتاز»
        return thanked
    return stripped if len(stripped.split()) >= 3 else piece


# «بس احب قرمشه. الدجاج»، «ماحب الا. برغر. دجاج»: a full stop typed between the words of one
# phrase. A "sentence" of one word is read with its neighbour, never as a clause of its own
# (a thanks or a greeting alone stays apart: it is courtesy, dropped).
_LONE_AFTER = re.compile(r"(?<=[^\W\d_]|[\u064b-\u0652])\.+[ \t]+(?=([^\W\d_]+)[ \t]*(?:\.|\n|$))")
_LONE_BEFORE = re.compile(r"(?:^|(?<=[.\n]))([ \t]*[^\W\d_]+)\.+[ \t]+(?=[^\W\d_])")
_COURTESY_WORD = re.compile(r"^و?(?:شكر|مشكور|تحيات|السلام|مرحب|اهلا|أهلا)")


_THANKS_THEN_FOR = re.compile(r"((?:^|\s)و?(?:شكرا|شكراً|شكرًا))[\s.…]+(?=(?:على|ع)\s)")


# A word that cannot end a sentence («كل»، «في»، «من»، «لو») before a full stop: a slip.
_DOT_AFTER_OPEN = re.compile(
    r"(?<!\S)((?:و|ف)?(?:كل|في|فى|من|على|عن|الى|إلى|مع|لو))\.(?=[ \t]+[^\W\d_])"
)


# (never inside a site's name: «سوق.كوم»)
_GLUED_DOT = re.compile(r"(?<=[\u0621-\u064a]{3})\.(?!كوم)(?=[\u0621-\u064a]{3})")


def join_dotted_words(text: str) -> str:
    """A full stop that leaves a single word alone joins that word to its neighbour."""
    text = _THANKS_THEN_FOR.sub(r"\1 ", text)  # «شكراً....... على المصداقية»: one thanks
    text = _DOT_AFTER_OPEN.sub(r"\1", text)  # «ولو اكله كل. يوم …»: no sentence ends on «كل»
    text = _GLUED_DOT.sub(". ", text)  # «وحلال.انصح به»: two sentences typed without a space

    def after(match: re.Match[str]) -> str:
        return match.group(0) if _COURTESY_WORD.match(match.group(1)) else " "

    def before(match: re.Match[str]) -> str:
        word = match.group(1)
        return match.group(0) if _COURTESY_WORD.match(word.strip()) else word + " "

    return _LONE_BEFORE.sub(before, _LONE_AFTER.sub(after, text))


# «بس يا أخوان ..»، «قسم بالله ياجماعه»، «يا ناس …»: a call to the other readers, not the telling.
_VOCATIVE = re.compile(
    r"(?:^|(?<=\s))يا ?(?:[اأإ]خوان|[اأإ]خواني|اخوي|جماع[ةه]|شباب|ناس|عيال|بنات|اخوات|اخواتي"
    r"|جماع[ةه] الخير|حبايب|حبايبي)(?![^\W\d_])[ \t]*[،,]?[ \t]*"
    # «… نظافة المنطقه يا اخت منال»: a named reader called at the end of a sentence (r23)
    r"|[ \t]+يا ?(?:[اأ][خ]ت?|[اأ]ستاذ[ةه]?)[ \t]+(?!ال)[^\W\d_]{3,}(?=[ \t]*(?:[.!،,]|$))"
)


def without_vocatives(text: str) -> str:
    """The text without its calls to the other readers («يا جماعة»)."""
    return _VOCATIVE.sub("", text)


class _Said(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def position(self) -> int: ...

    @property
    def question(self) -> bool: ...


def short_lead(last: _Said, unit: _Said) -> bool:
    """«طلبنا ملوخية» | «كانت باردة جدا …»: a lead of three words at most that would be
    quoted (or a bare «رائع»), told right before."""
    quoted = shift(last.text) is None or len(last.text.split()) == 1  # «رائع،» alone
    return (
        quoted
        and unit.position == last.position + 1
        and len(last.text.split()) <= 3
        and not (last.question or unit.question)
        and len(last.text.split()) + len(unit.text.split()) <= 24
    )


def said_again(units: list[Unit]) -> list[Unit]:
    """«ممتاز جدا … ولكن … ممتاز»: a closing word or two said already is not said twice."""
    if len(units) < 2 or len(units[-1].text.split()) > 2:
        return units
    earlier = {w.lstrip("و") for u in units[:-1] for w in fold(u.text).split()}
    last = [w.lstrip("و") for w in fold(units[-1].text.strip(" .!،,")).split()]
    return units[:-1] if last and all(w in earlier for w in last) else units
