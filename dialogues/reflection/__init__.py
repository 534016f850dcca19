"""Reflecting back: the core of what the customer said, from the listener's side.

``reflect`` picks the clauses that carry the telling (``clauses``: problem, impact,
feeling, verdict; no greetings, handles, links or personal data), then shifts each one's
person by word analysis (``en``, ``fa``, ``ar``). A clause that cannot be shifted cleanly, and
every question, is quoted verbatim inside a second-person frame ("you said “…”", «گفتید «…»»,
«قلت: «…»»): a quote is always faithful, a half shift never is (``shared/docs/reflection.md``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from dialogues.reflection import (
    ar,
    ar_agree,
    ar_asked,
    ar_aspects,
    ar_edges,
    ar_glue,
    ar_hanging,
    ar_lines,
    ar_marks,
    ar_parts,
    ar_quote_head,
    ar_scores,
    ar_thanks,
    ar_title,
    ar_waw,
    asked_idea,
    civility,
    en,
    en_asked,
    en_capitals,
    en_chain,
    en_guard,
    en_irony,
    en_joined,
    en_meaning,
    en_outcry,
    en_seams,
    en_sense,
    en_short,
    en_spelled,
    en_stray,
    en_tidy,
    en_tweet,
    en_units,
    en_voice,
    en_which,
    en_whole,
    fa,
    fa_cap,
    fa_lead_link,
    fa_overall,
    fa_praise_first,
    fa_short,
    fa_sides,
    fa_slips,
    fa_verbatim,
    fa_why,
    help_asked,
    topics,
)
from dialogues.reflection.clauses import MORE, select
from dialogues.reflection.remembered import remembered
from dialogues.reflection.stopwords import STOPWORDS
from dialogues.reflection.units import Unit, said_once
from dialogues.text import fold, words

_END = " .,!?؟،;؛:…-"
_QUOTE = {"en": "you said “{}”", "fa": "گفتید «{}»", "ar": "قلت: «{}»"}
_ASK = {"en": "you're asking “{}”", "fa": "می‌پرسید «{}»", "ar": "سؤالك: «{}»"}
_LINKS = {
    "en": ("but", "and", "so", "because", "though", "although", "yet"),
    "fa": ("ولی", "اما", "و", "که", "چون", "البته", "ولیکن"),
    "ar": ("لكن", "ولكن", "بس", "و", "لاكن"),
}


@remembered
def reflect(messages: Sequence[str], language: str) -> str:
    """What the customer said, shifted to the listener's side; no trailing question."""
    if language == "en":  # "respectfully Lilian Surubaru": the signed name is never said back
        messages = [_en_message(m) for m in messages]
    # "I have a suggestion: …", «عندي اقتراح: …»: the idea said back, not its announcement
    messages = [asked_idea.without_lead(m, language) for m in messages]
    written = list(messages)
    if language == "ar":  # «مطعم رائع  المطعم نظيف …»: the heading is a line of its own (r31)
        messages = [ar_lines.headed(m) for m in messages]
    if language == "ar":  # a long review: its aspects and verdict, when they read certainly
        summary = ar_aspects.summary(" ".join(messages))
        if summary is not None:
            return ar_agree.agreeing(summary)  # r28: «والأكل ممتازة» → «والأكل ممتاز»
    units = said_once(select(messages, language))  # a sentence pasted twice: said once
    if language == "en":  # told not asked, edges, cuts, links, slurs (``en_units``)
        units = en_units.ready(units, messages, written)
    if language == "ar":  # «ممتاز جدا … ممتاز»: the closing word said once
        units = ar_edges.said_again(ar_hanging.unhung(units))  # r35: «وشكر خاص لـ» goes
    units = _group(units, language)
    cuts: dict[int, fa_short.Part] = {}
    if language == "fa":  # a long telling said back short: the part with the problem
        units, cuts = fa_short.shorten(units)
        units, cuts = fa_cap.cap(units, cuts)  # a long quote: its strongest clauses
        units, cuts = fa_praise_first.cap(units, cuts)  # fa62: «خوب بود … اما …»
    units, uncivil = civility.clean(units, language)  # "you idiots": never said back
    if not units:
        return ""
    feminine = language == "ar" and ar.is_feminine(" ".join(messages))
    theirs = language == "en" and (  # a company's promo: quoted
        en_tidy.announcement(messages) or en_stray.promo(messages)
    )
    pieces = [
        fa_short.render(cuts[u.position], messages)
        if u.position in cuts and cuts[u.position].unit is u
        else _render(u, language, feminine, messages, theirs)
        for u in units
    ]
    units, pieces = civility.pieces(  # a quote left out; quoted as written, quoted still
        units, pieces, uncivil, language, lambda u: _render(u, language, feminine, messages, theirs)
    )
    units, pieces = help_asked.unasked(units, pieces, language)  # “Can you help?” goes
    if language == "ar":  # «٨ من ١٠ وأسعاره …»: a bare score said as their rating
        pieces = ar_scores.labelled_all(pieces)
        pieces = ar_title.quoted_heading(units, pieces, written, messages)  # r37
        pieces = ar_thanks.quoted_thanks(  # r37: «شكر خاص للبائع» is theirs, never ours
            units, pieces, lambda u: _render(u, language, feminine, messages, True)
        )
    pieces = topics.named(pieces, units, messages, language)  # "…, and you also mentioned …"
    names = en_capitals.names(messages) if language == "en" else frozenset()
    pieces = _one_frame(pieces, language)
    if language == "fa":  # «گفتید «که …»», «گله دارید که «اما …»»: the link outside (fa61)
        pieces = [fa_lead_link.outside(piece) for piece in pieces]
    said = _join(units, pieces, language, names)
    if language == "fa":  # «… در کل راضی هستم» left out: said beside what was kept (r27)
        said = fa_overall.with_verdict(said, messages)
    if language == "en":  # "… my order now ?”": the question mark sits on its word (r27)
        said = _SPACED_COMMA.sub(", ", _SPACED_ASK.sub("?", said))  # "scan , missing" (r28)
    if language == "ar":  # «بجد .الديكور» → «بجد، الديكور»: the reply only, no clause re-read
        return ar_glue.not_glued(ar_marks.tidied(ar_scores.joined(said)))  # r34: «لاتصلح»
    return fa_slips.tidied(said) if language == "fa" else said  # «مفید ، …»، «پیتزا ش» mended


_LATIN_ONLY = re.compile(r"[^\u0600-\u06ff]*[A-Za-z][^\u0600-\u06ff]*")  # quoted in Arabic
_SPACED_ASK = re.compile(r"(?<=\w)[ \t]+\?(?=[?!]*[”’\s]|$)")
_SPACED_COMMA = re.compile(r"(?<=\w)[ \t]+,[ \t]*(?=\w)")


@lru_cache(maxsize=256)  # a telling is reflected again with each message it gains
def _en_message(message: str) -> str:
    """One English message with its tweet furniture, call, signature and asides mended."""
    message = en_spelled.spelled(message)  # "@ layover airport", "you're staff is rude"
    message = en_voice.message(en_tweet.message(en_irony.message(message)))  # "Dearest @1 …"
    message = en_whole.message(en_guard.unsigned(en_stray.uncalled(en_stray.message(message))))
    return en_sense.message(en_meaning.message(message))


_LONG_TELLING = 25  # words in a telling past which long quotes are cut
_BARE = {"en": "“{}”", "fa": "«{}»", "ar": "«{}»"}


def _one_frame(pieces: list[str], language: str) -> list[str]:
    """Two quotes in a row share one frame: «گفتید «…» و «…»», not «گفتید … گفتید …»."""
    frame_start = _QUOTE[language].split("{}")[0]
    ask_start = _ASK[language].split("{}")[0]
    out: list[str] = []
    asking = False  # the piece before was a question in "you're asking “…”"
    for piece in pieces:
        asked = piece.startswith((ask_start, fa_why.START, *asked_idea.STARTS))  # asked
        question = asked and piece.endswith(_BARE[language][-1])
        told = language == "en" or not piece[:-1].rstrip(" !").endswith(("؟", "?"))  # fa r21
        said_after_asked = told and asking  # "asking “…?”, and you said “…”"
        if out and piece.startswith(frame_start) and _is_quote(out[-1]) and not said_after_asked:
            inner = piece[len(frame_start) : -1]  # the frame opens the quote; drop its close
            piece = _BARE[language].format(inner)
        elif language == "en" and question and asking:
            piece = _BARE[language].format(piece[len(ask_start) : -1])  # "asking “…?”, and “…?”"
        asking = question or (asking and piece.startswith("“"))
        out.append(piece)
    return out


def _group(units: list[Unit], language: str) -> list[Unit]:
    """Neighbouring clauses of one sentence rejoined as written, so a quote never splits one."""
    out: list[Unit] = []
    for unit in units:
        last = out[-1] if out else None
        together = (
            last is not None
            and unit.text != MORE
            # ar: two clauses of one sentence with one left out between are not neighbours
            and (language != "ar" or unit.position == last.position + 1)
            and unit.sentence == last.sentence
            and unit.glue
            and (not unit.question or (language == "en" and en_guard.asks_on(last, unit)))
            and not last.question
            # fa: a clause skipped between them would make one quote of two places
            and (language != "fa" or unit.position == last.position + 1)
        )
        # ar: «طلبنا ملوخية» then «كانت باردة …»: a lead of a word or three and what it
        # opens are one telling, never a bare «رائع،» nor two quotes of one sentence
        lead = language == "ar" and last is not None and MORE not in (last.text, unit.text)
        lead = lead and last is not None and ar_edges.short_lead(last, unit)
        if (together or lead) and last is not None:
            text = last.text + (unit.glue if together else "، ") + unit.text
            out[-1] = Unit(text, unit.position, unit.question, unit.sentence, last.glue)
        else:
            out.append(unit)
    return out


_INNER_QUOTES = str.maketrans({"“": "‘", "”": "’", '"': "'", "«": "‹", "»": "›"})


_MORE = {
    "en": "a few other things besides",
    "fa": "چند نکته‌ی دیگر هم گفتید",
    "ar": "وذكرت أموراً أخرى أيضاً",
}


def _render(
    unit: Unit, language: str, feminine: bool, messages: Sequence[str] = (), theirs: bool = False
) -> str:
    if unit.text == MORE:
        return _MORE[language]
    text = unit.text.strip(_END) if not unit.text.endswith("…") else unit.text.strip(" ,،")
    if language == "fa" and unit.question:  # a quote: the words cleaning took out put back
        pleaded = fa_verbatim.plea(unit.text, messages)  # «لطفا پیک … تحویل دهد چرا …؟»
        asked = f"{pleaded} {unit.text}" if pleaded else unit.text
        unit = replace(unit, text=fa_verbatim.restore(asked, messages))
    if language == "ar" and unit.question and ar_asked.told_not_asked(unit.text):
        unit = replace(unit, question=False)  # a complaint told, never «سؤالك: «…»»
    asks = not (language == "en" and en_outcry.outcry(unit.text))  # r29: "on hold for hours?"
    asks = asks and not (language == "en" and en_outcry.setup(unit.text))  # r30: "When X …"
    if unit.question and asks and not (language == "fa" and fa_slips.rhetorical(unit.text)):
        unit = replace(unit, text=en_asked.marked(unit.text)) if language == "en" else unit
        return asked_idea.framed(unit.text, language, _ASK[language], _INNER_QUOTES)  # r17
    pleaded = fa_verbatim.plea(text, messages) if language == "fa" else ""
    text = f"{pleaded} {text}" if pleaded else text  # a request keeps its «لطفا», quoted
    foreign = language == "ar" and _LATIN_ONLY.fullmatch(text) is not None  # r34: «good item»
    shifted = None if pleaded or theirs or foreign else _shift(text, language, feminine)
    if unit.question:  # fa: «… ۴۳ هزار تومن؟» said, not asked: quoted with its «؟»
        text, shifted = unit.text.strip(" ,،"), None
    if language == "en" and shifted and _long(messages) and en_short.run_on(text):
        shifted = None  # a long run-on in the bot's voice keeps their grammar: quoted in part
    if shifted is None and language == "ar" and not (pleaded or theirs or foreign or unit.question):
        parted = ar_parts.parted(  # ar64: a long sentence by its parts, never one whole quote
            text,
            sum(len(m.split()) for m in messages),
            lambda t: _shift(t, language, feminine),
            lambda b: _QUOTE[language].format(b.translate(_INNER_QUOTES)),
        )
        if parted is not None:
            return ar_agree.agreeing(ar_waw.joined(parted))
    if shifted is None:
        text = fa_verbatim.restore(text, messages) if language == "fa" else text
        text = ar_edges.without_opening_waw(text) if language == "ar" else text  # «وتم …»
        link = _OPENING_LINK[language].match(text)
        lead = link.group(0) if link else ""
        if language == "en" and _long(messages) and not _slip_only(text):
            text = lead + en_short.part(text[len(lead) :])  # a long quote: its problem span
        body = text[len(lead) :]
        lead = "و" if language == "ar" and lead.strip() == "و" else lead  # «وقلت»: one word
        body = ar_quote_head.with_head(body, messages) if language == "ar" else body  # r55
        return lead + _QUOTE[language].format(body.translate(_INNER_QUOTES))
    if language == "ar":  # r28: «و الخدمه» in our voice is «والخدمه»
        return ar_agree.agreeing(ar_waw.joined(shifted))  # «المطعم جيده» → «المطعم جيد»
    return fa_sides.paced(shifted) if language == "fa" else shifted  # a run-on's clauses part


# "but …" stays outside the quote: «ولی گفتید «…»», not «گفتید «ولی …»».
_OPENING_LINK = {
    "en": re.compile(
        r"^(?:but|and|so(?!\s+(?:far|much|many)\b)|because(?!\s+of\b))\s+", re.IGNORECASE
    ),
    "fa": re.compile(r"^(?:ولی|اما|و|البته)\s+"),  # «چون گفتید» would be "because you said"
    "ar": re.compile(r"^(?:لكن|ولكن|بس|و)\s+"),
}


def _slip_only(text: str) -> bool:
    """Whether an English clause is quoted only for a slip ("wether"): quoted whole, uncut."""
    slipped = en_seams.misspelt(text) or en_meaning.slip(text)  # "nothing didn't work out"
    if en_short.run_on(text) or en_tidy.others_or_run_on(text) or not slipped:
        return False
    return en.shift(text, slips=False) is not None


def _long(messages: Sequence[str]) -> bool:
    return sum(len(m.split()) for m in messages) > _LONG_TELLING


@lru_cache(maxsize=256)  # a clause is shifted again with each message its telling gains
def _shift(text: str, language: str, feminine: bool) -> str | None:
    if language == "en":
        told = en_meaning.reported(text)  # "it says “your account is suspended”"
        if told is not None and not en_tidy.others_or_run_on(text):
            head = en.shift(told[0])
            return None if head is None else f"{en_tidy.tidy(head)} “{told[1]}”"
        quoted = en_tidy.others_or_run_on(text) or en_seams.reported_order(text)
        quoted = quoted or en_meaning.slip(text)  # "the charges has not appear": theirs
        quoted = quoted or en_sense.everyone(text)  # "what happens to us that matters"
        shifted = None if quoted else en.shift(text)
        tidied = None if shifted is None else en_tidy.tidy(shifted)  # "you dont" → "you don't"
        return None if tidied is None else en_sense.subjected(en_meaning.unspliced(tidied))
    if language == "fa":
        return fa.shift(text)
    return ar.shift(text, feminine)


def _join(units: list[Unit], pieces: list[str], language: str, names: frozenset[str]) -> str:
    out = en_capitals.lower_first(pieces[0], names) if language == "en" else pieces[0]
    out = ar_edges.without_opening_waw(out) if language == "ar" else out  # r25: «ومايميزه …»
    for before, unit, piece in zip(units, units[1:], pieces[1:], strict=False):
        if language == "en":
            piece = en_capitals.lower_first(piece, names)
        quoted = _is_quote(piece) or _is_quote(out)
        neighbours = unit.sentence == before.sentence and unit.position == before.position + 1
        if neighbours and unit.glue and not quoted:
            out += unit.glue + piece  # written together: rejoined as written
            continue
        first = piece.split(" ", 1)[0].lower()
        if language == "en":
            piece = en_joined.lowered(piece, names)  # r67: "…, and Meantime …" → "meantime"
        if unit.text == MORE:
            out += {"en": en_chain.KEPT, "fa": " و ", "ar": "، "}[language] + piece
        elif piece.startswith(("«", "“")):  # a second quote in the same frame
            if language == "en" and en_sense.one_quote(out, piece, before, unit):
                out = out[:-1] + en_sense.seam(before, unit) + piece[1:]  # “Too many. Still …”
            elif language == "ar":  # r55: «وفوقها …» → و«فوقها …»، «كما …» → كما «…»
                out += ar_quote_head.joined(piece)
            else:
                out += {"en": en_chain.KEPT, "fa": " و ", "ar": "، و"}[language] + piece
        elif first in _LINKS[language] and not (language == "en" and _SO_MANY.match(piece)):
            out += ("، " if language != "en" else ", ") + piece  # not "fix this, so many people"
        elif language == "ar" and piece.startswith("و"):
            out += "، " + piece
        elif language == "en":
            out += en_chain.CLAUSE + piece
        else:
            out += "، " + piece  # a comma never glues two clauses into a wrong one
    if language != "en":
        return out
    return en_chain.serial(en_which.which(out))  # "A, B, and C", "A, which is unacceptable"


_SO_MANY = re.compile(r"^so\s+(?:many|much|few|little)\b", re.IGNORECASE)


def _is_quote(piece: str) -> bool:
    return piece.endswith(("”", "»"))


def content_words(text: str, language: str) -> list[str]:
    """The content words of a text (not pronouns, particles or fillers), as spelled."""
    return list(_content_words(text, language))  # the caller's own list


@lru_cache(maxsize=256)  # r47: a clause's content words, asked by several passes of a reading
def _content_words(text: str, language: str) -> tuple[str, ...]:
    stop = STOPWORDS.get(language, frozenset())
    return tuple(w for w in words(text) if len(w) > 1 and fold(w) not in stop)


__all__ = ["content_words", "reflect"]
