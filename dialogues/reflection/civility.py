"""Insults and swearing are never said back: "you idiots charged me twice" → "we charged you twice".

A listener hears the anger and the problem; it never repeats «يا حرامية», «خاک تو سرتون» or
"f***ing" to the customer. A vocative insult goes with its vocative ("you idiots,"), an oath used
as an intensifier goes alone ("the f***ing app" → "the app"), a clause that was nothing but an
insult goes whole. A quote is never edited: a quoted clause that held an insult is left out when
something else was heard, or quoted with "…" where the insult was when it is all there is. Only
words that insult in every reading are taken out: «زبالة» or "crap" judging a meal or a service
is the customer's verdict, and «كلاب» without «يا» is dog meat.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from dialogues.insults import INSULT
from dialogues.reflection import en
from dialogues.reflection.units import Unit, content_count

_Z = "[\u200c ]?"
_PEOPLE_EN = r"(?:idiots?|morons?|clowns|thieves|scammers|bastards?|assholes?|jerks|losers)"
# what goes with the insult: a vocative's "you"/«يا» and its commas, an oath's "the"
_EN = (
    rf"(?:^|,\s*|\s)you\s+(?:(?:bunch\s+of|f[u*]+c?k(?:ing|in)?|bloody|stupid)\s+)?{_PEOPLE_EN}"
    r"(?=\s*(?:[,.!?;:]|$))[,!.]*",  # "…, you idiots!" / "you morons, …": the vocative whole
    rf"(?<=\byou\s){_PEOPLE_EN}\b",  # "you idiots charged me": "you" stays, the company
    r"(?:(?<=\bwhat\s)|(?<=\bwhy\s)|(?<=\bhow\s)|(?<=\bwho\s)|(?<=\bwhere\s)|(?<=\bwhen\s))"
    r"the\s+f(?:[u*]+c?k\b|\*+(?!\w))\s*",  # "why the fuck/f*** am I paying": "why am I paying"
    r"\bf[u*]+c?k\s+(?:y'?all|you|u|off|this|that|it)\b[.!]*",  # "fuck y'all": an oath alone
    r"\bf(?:[u*]+c?k|\*+)(?:ing|in|en)\b\s*(?=\w)",  # "the fucking/f***ing app", "8 fucking %"
    r"\b(?:gah|god|gd)[\s-]*damn(?:ed|it|n)?\b[?!.,]*\s*",  # "gah damn": one oath, whole
    r"(?:(?<=\bso\s)|(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bthat\s)|(?<=\btoo\s))gd\b\s*(?=\w)",
    r"\b(?:wtf|(?<!\ba\s)damn(?:it)?|bloody)\b[?!.,]*\s*",  # "WTF?!"; "worth a damn": an idiom
    r"(?:(?<=\bthis\s)|(?<=\bthat\s))shit\b(?=\s*(?:$|[,.!?]|\s(?:and|but|so|for)\b))",
    r"^f[u*]+c?k[.!]*$",
    r"(?<=[a-z]{2})\s+(?-i:af|AF|asf|ASF)\b(?!\s*\d)",  # "they're hard af": the oath alone
    rf"(?:^|(?<=,)\s*)(?:you(?:\s+guys|\s+people)?\s+are|you'?re|ur|y'?all\s+are)\s+"
    rf"(?:(?:such|a|an|bunch\s+of|absolute|complete|total)\s+)*{_PEOPLE_EN}"
    r"(?=\s*(?:[,.!?;]|$))[,.!]*",  # "you guys are idiots, …": a clause of its own
)
_FA = (
    r"خاک\s+(?:تو|بر)\s+سر(?:تون|تان|ت|شون)[!.،]*",
    rf"(?:^|(?<=[،,]\s)|(?<=\s))(?:آهای\s+|ای\s+)?(?:مسخره|احمق|دزد|بی{_Z}شعور|عوضی|کثافت"
    rf"|بی{_Z}شرف|شیاد){_Z}ها(?=\s*(?:[،,.!؟?]|$))[!.،]*",  # «مسخره‌ها»: a plural vocative
    r"(?:^|\s)گمشید[!.]*",
    rf"^(?:مسخره|بی{_Z}شعور|عوضی|کثافت|بی{_Z}شرف){_Z}ها\s+",  # «بی‌شعورها سفارشمو …»: a call
    rf"(?:^|(?<=\s))(?:آهای|ای)\s+(?:مسخره|احمق|دزد|بی{_Z}شعور|عوضی|کثافت|بی{_Z}شرف|شیاد){_Z}ها\s*",
    r"(?<=\S\s)لعنتی(?=\s)",  # «این اپ لعنتی هی قطع میشه»: an oath after its noun
)
_AR = (
    r"(?:^|\s)يا\s+(?:حرامي(?:ة|ه|ين|يه)|كلاب|حمير|[اأ]غبياء|نصاب(?:ين)?|تافهين|سراقين|زبال[ةه])"
    r"[!.،]*",  # «يا حرامية»: the vocative with its «يا»
    r"(?:^|\s)(?:الله\s+)?يلعن(?:\s+\w+){0,2}?(?=\s*[،,.!]|$)",  # «يلعن أبوكم»: an oath whole
    r"(?:^|\s)(?:الله\s+)?يلعن(?:ك|كم|هم)(?=\s|$)[!.،]*",  # «الله يلعنكم التطبيق …»
)
_PATTERNS = {
    "en": re.compile("|".join(_EN), re.IGNORECASE),
    "fa": re.compile("|".join(_FA)),
    "ar": re.compile("|".join(_AR)),
}
# an insult said of the company with nothing else: «نصابين وحرامية», "idiot.", «بیشعورها»
_ONLY = {
    "en": re.compile(
        rf"^(?:\W*(?:you\s+|really\s+|(?:ur|you'?re|you\s+are)\s+(?:an?\s+)?)?"
        rf"(?:{_PEOPLE_EN}|shit|wtf|f[u*]+c?k\w*|f[u*]+c?k\s*boys?|niggas?"
        r"|learn\s+to\s+do\s+(?:your|ur)\s+(?:\w+\s+)?job|get\s+(?:your|ur)\s+shit\s+together)"
        r"\W*)+$",
        re.I,
    ),
    "fa": re.compile(rf"^(?:\W*(?:(?:شما\s+)?(?:{'|'.join(INSULT['fa'])})|و)\W*)+$"),
    "ar": re.compile(
        r"^(?:\W*(?:(?:يا|انتو|انتم|أنتم)\s+)?(?:حرامي(?:ة|ه|ين|يه)|نصاب(?:ين)?|[اأ]غبياء"
        r"|سراقين|تافهين|كلاب|حمير)(?:\s+و)?\W*)+$"
    ),
}
# in a quote every word of the insult lists is hidden, "shitty" too: it is never said back
_MASKED = {"en": (r"s\*+t?\w*",)}  # "s***ty": written masked, still never said back
_ANY = {
    k: re.compile(r"(?<!\w)(?:" + "|".join(v + _MASKED.get(k, ())) + r")(?!\w)", re.I)
    for k, v in INSULT.items()
}
_SLUR = re.compile(r"\bnigg(?:a|er)s?\b", re.IGNORECASE)
_DANGLING = re.compile(
    r"(?:^|\s)(?:is|are|was|were|the|a|an|of|your|my|so|absolute|such|to|and"
    r"|but|with|like)\W*$",
    re.IGNORECASE,
)
_QUOTE = {"en": "you said “{}”", "fa": "گفتید «{}»", "ar": "قلت: «{}»"}
_ASK = {"en": "you're asking “{}”", "fa": "می‌پرسید «{}»", "ar": "سؤالك: «{}»"}
_EDGES = " ,،;؛:-"
_STOPS = ",.!?;:،؛؟…"


Marked = dict[str, tuple[str, bool, str]]  # an edited clause: with "…", quoted anyway, as written


def clean(units: list[Unit], language: str) -> tuple[list[Unit], Marked]:
    """The clauses with insults taken out, and each edited clause's text with "…" for them."""
    kept: list[Unit] = []
    marked: Marked = {}
    for unit in units:
        edited = _without(unit.text, language)
        if edited == unit.text:
            kept.append(unit)
        elif not edited and _more_than_oath(unit.text, language):
            text = _mark(unit.text, language)  # "this is so f***ing": quoted, never left out
            kept.append(replace(unit, text=text))
            marked[text] = (text, True, unit.text)
        elif edited:
            kept.append(replace(unit, text=edited))
            if not _edge_only(unit.text, edited, language):  # a quote of it would edit their words
                # en: a clause the engine would have quoted stays quoted, never a run-on shifted
                quoted = language == "en" and not unit.question and _run_on(unit.text, edited)
                quoted = quoted or (language == "en" and _headless(unit.text, edited))
                marked[edited] = (_mark(unit.text, language), quoted, unit.text)
    if kept or not units:
        return kept, marked
    for unit in units:  # nothing left: a clause that said more than the insult, with "…"
        text = _mark(unit.text, language)
        if not _ONLY[language].match(unit.text.strip()) and content_count(text, language) >= 2:
            marked[text] = (text, True, unit.text)
            return [replace(unit, text=text)], marked
    return [], marked


def pieces(
    units: list[Unit],
    rendered: list[str],
    marked: Marked,
    language: str,
    render: Callable[[Unit], str] | None = None,
) -> tuple[list[Unit], list[str]]:
    """A quoted clause that held an insult: left out when the rest stands, else with "…"."""
    if not marked:
        return units, rendered
    quoted = [
        u.text in marked
        and (p.endswith(("”", "»")) or marked[u.text][1] or _was_quoted(u, marked, render))
        for u, p in zip(units, rendered, strict=True)
    ]
    rest = sum(content_count(u.text, language) for u, q in zip(units, quoted, strict=True) if not q)
    out_units: list[Unit] = []
    out: list[str] = []
    for unit, piece, quote in zip(units, rendered, quoted, strict=True):
        if quote and content_count(unit.text, language) <= rest and not _says_more(unit, marked):
            continue  # the telling stands without it
        if quote:
            frame = _ASK if unit.question else _QUOTE
            piece = frame[language].format(marked[unit.text][0])
        out_units.append(unit)
        out.append(piece)
    return out_units, out


_MORE = 3  # words besides the oath: a wait, an impact, a verdict, never left out


def _says_more(unit: Unit, marked: Marked) -> bool:
    """Whether a clause said more than its oath ("it's … cold and we wait 15 min"): it stays."""
    return sum(1 for w in marked[unit.text][0].split() if re.search(r"\w", w)) >= _MORE


def _more_than_oath(text: str, language: str) -> bool:
    """Whether a clause emptied of its oath still had three other words (never a slur's)."""
    if language != "en" or _ONLY[language].match(text.strip()) or _SLUR.search(text):
        return False
    return sum(1 for w in _mark(text, language).split() if re.search(r"\w", w)) >= _MORE


def _was_quoted(unit: Unit, marked: Marked, render: Callable[[Unit], str] | None) -> bool:
    """Whether the clause as written was quoted: taking an oath out never makes it our voice."""
    written = marked[unit.text][2]  # "the damn app crashed": "the app crashed" is no judgement
    kept_for = (_OATH_SUBJECT, _OATH_JUDGING, _OATH_ASKING)
    if render is None or not any(pattern.search(written) for pattern in kept_for):
        return False  # "you idiots charged me": the insult's "you" is ours to answer
    return render(replace(unit, text=marked[unit.text][2])).endswith(("”", "»"))


_OATHS = r"(?:wtf|(?:gah|god|gd)?[\s-]*damn\w*|bloody|gd|f(?:[u*]+c?k|\*+)(?:ing|in|en))"
# the oath was the subject ("<— wtf is going on") or graded the customer's verdict ("so gah damn
# dumb"): a clause quoted as written stays quoted, never said in the bot's voice
_OATH_SUBJECT = re.compile(
    rf"\b{_OATHS}\W*\s+(?:(?:just|really)\s+)?(?:is|are|was|were|happen\w*|going)\b",
    re.IGNORECASE,
)
# "… disconnected why wtf cant log on": an oath after a question word is part of the outcry
_OATH_ASKING = re.compile(
    rf"\b(?:why|what|how|where|who|when)\s+(?:the\s+|in\s+the\s+)?(?:{_OATHS}|f[u*]+c?k|f\*+|tf|hell)\b",
    re.IGNORECASE,
)
# "it's f***ing cold" is a fact said cleanly ("it's cold"); "it's f***ing ridiculous" a verdict
_VERDICT = r"(?:ridiculous|stupid|dumb|pathetic|useless|absurd|insane|unacceptable|terrible|awful)"
_OATH_JUDGING = re.compile(
    rf"\b(?:(?:so|too|really|very|that'?s|this\s+is)\s+{_OATHS}\s+[a-z]+"
    rf"|it'?s\s+{_OATHS}\s+{_VERDICT}\b)",
    re.IGNORECASE,
)
# the oath was the clause's subject ("wtf just happened"): what is left has none
_HEADLESS = re.compile(
    r"^(?:(?:just|really|even|now|actually)\s+)*(?:is|are|was|were|do|does|did|has|have|had"
    r"|happen(?:ed|s|ing)?|going|goes|went|'s)\b",
    re.IGNORECASE,
)


def _headless(text: str, edited: str) -> bool:
    """Whether the oath opened the clause and left a bare verb phrase ("just happened")."""
    at = text.find(edited)
    return (
        at > 0
        and _INTERJECTION.match(text[:at].strip()) is not None
        and bool(_HEADLESS.match(edited))
        and not edited.rstrip().endswith("?")
    )


_INTERJECTION = re.compile(r"^(?:wtf|f[u*]+c?k|damn(?:it)?)\W*$", re.IGNORECASE)
_ASKING = re.compile(r"^(?:is|are|was|were|do|does|did|has|have|happened|'s)\b", re.IGNORECASE)


_VOCATIVE = {
    "en": re.compile(rf"(?:you\s+)?(?:bunch\s+of\s+)?{_PEOPLE_EN}\W*", re.IGNORECASE),
    "fa": re.compile("|".join(_FA[:2] + _FA[3:5])),
    "ar": re.compile("|".join(_AR)),
}
_LONG = 14  # words: a long clause the engine could not shift stays quoted, with "…"


def _run_on(text: str, edited: str) -> bool:
    """Whether an English clause the engine quoted is long: shifted, it would read as a run-on."""
    return len(edited.split()) > _LONG and en.shift(text) is None


def _edge_only(text: str, edited: str, language: str) -> bool:
    """Whether only a whole clause at an edge went ("…, you idiots!"): the rest is as written."""
    at = text.find(edited)
    if at < 0:
        return False
    before, after = text[:at].rstrip(), text[at + len(edited) :].lstrip()
    if _INTERJECTION.match(before) and not (_ASKING.match(edited) or _HEADLESS.match(edited)):
        return not after  # "WTF this is the third time": the oath was a clause of its own
    vocative = _VOCATIVE[language]
    if vocative.fullmatch(before) or vocative.fullmatch(after):
        return not (before and after)  # «… کم کردید مسخره‌ها»: a call, a clause of its own
    return (not before or before[-1] in _STOPS) and (not after or after[0] in _STOPS)


# "My DVR is fucking up": the oath is the verb ("messing up"), never "your DVR is up" (r29).
_MESSING = re.compile(r"\bf(?:[u*]+c?k|\*+)(?:ing|in)\s+(?=up\b)", re.IGNORECASE)


@lru_cache(maxsize=1024)  # a clause is made civil again by each re-render of a turn
def _without(text: str, language: str) -> str:
    """A clause without its insults; "" when nothing but the insult, or a broken stub, is left."""
    if _ONLY[language].match(text.strip()) or _SLUR.search(text):  # a slur: its clause goes
        return ""
    pattern = _PATTERNS[language]
    if not pattern.search(text):
        return text
    left = pattern.sub(" ", _MESSING.sub("messing ", text) if language == "en" else text)
    left = " ".join(left.split()).strip(_EDGES)
    left = re.sub(r"\s+([,،.!?؟])", r"\1", left)
    least = 1 if language == "en" else 2  # "Fix this shit": "fix this" is still a request
    if content_count(left, language) < least or len(left.split()) < 2 or _DANGLING.search(left):
        return ""
    return left


def _mark(text: str, language: str) -> str:
    """The clause as written, with "…" where each insult was."""
    marked = _ANY[language].sub(" … ", _PATTERNS[language].sub(" … ", text))
    return re.sub(r"(?:\s*…\s*)+", " … ", marked).strip()
