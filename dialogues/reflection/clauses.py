"""Choosing what to reflect: the core clauses of a telling, not the whole of it.

A message is cut into units (sentences, long ones at commas and "but"); courtesy and personal data
are set aside; a long telling keeps the units with the problem, its impact, the feeling or the
verdict, in order, within a small word budget, cut only between clauses."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import (
    ar_because,
    ar_choice,
    ar_dot_heading,
    ar_edges,
    ar_heading_again,
    ar_readers,
    ar_sides,
    ar_trailing_praise,
    clause_cuts,
    en_clause,
    en_meaning,
    en_seams,
    en_sense,
    en_tidy,
    en_whole,
    fa_left,
    fa_never_again,
    fa_pleas,
    fa_points,
    fa_select,
    fa_sides,
    fa_slashes,
    fa_slips,
    fa_text,
    fa_unnamed,
)
from dialogues.reflection.courtesy import COURTESY, drop_courtesy
from dialogues.reflection.cues import ASKING, CUE, VERDICT
from dialogues.reflection.noise import clean, has_personal_data, trim_edges
from dialogues.reflection.units import Unit, by_message, content_count, per_telling
from dialogues.text import fold, words

SHORT = {"en": 42, "fa": 40, "ar": 32}  # fa: Persian reviews lost their point at 36
BUDGET = {"en": 40, "fa": 38, "ar": 30}  # words: one or two clauses, never a review read back
MAX_UNITS = 3

_STRONG = re.compile(
    r"(?<=[.!?؟…])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\bMrs\.)\s+"
    r"|\s*[\n;؛]\s*|\s+[-–—]+\s+|^\s*[-–—]+\s*"
)
_LEAD_AND = re.compile(r"^(?:and|also|و|ضمنا|ضمناً|همچنین|وکلا|كمان)\s+", re.IGNORECASE)
_LEAD_BUT = re.compile(r"^(?:but|however,?|ولی|اما|ولیکن|لكن|ولكن|بس|لاكن)\s+", re.IGNORECASE)


def select(messages: Sequence[str], language: str) -> list[Unit]:
    """The units worth reflecting, in the customer's order."""
    units = _units(messages, language)
    if language == "ar" and units:  # a review's heading over its body («زيارتي»)
        units = ar_sides.without_title(units, messages[0], ar_choice.polarity)
    if not units:
        return []
    extra = 1 if sum(1 for m in messages if m.strip()) > 1 else 0  # a burst: one more clause
    total = sum(len(u.text.split()) for u in units)
    whole = total <= SHORT[language] + 8 * extra
    if language == "ar":  # Arabic reviews: the complaint and the verdict, the heading said once
        units, chosen = ar_heading_again.chosen(units, extra, messages[0])
    else:
        chosen = units if whole else _choose(units, language, extra)
        chosen = en_sense.with_harm(units, chosen, total) if language == "en" else chosen
        chosen = fa_never_again.with_verdict(units, chosen) if language == "fa" else chosen
    kept = [_without_lead(u, first=i == 0, language=language) for i, u in enumerate(chosen)]
    kept, units = fa_pleas.said_back(units, kept) if language == "fa" else (kept, units)
    if language == "ar":  # «… ولكن …» alone: no «لكن» (r35); «و شهي المطعم مزدحم» (r61)
        kept = ar_trailing_praise.tidied(kept, units)
    left_out = [u for u in units if u not in chosen and content_count(u.text, language) >= 3]
    left_out = ar_choice.unsaid(left_out, chosen) if language == "ar" else left_out
    kept, left_out = fa_left.heard(kept, left_out) if language == "fa" else (kept, left_out)
    kept += [Unit(MORE, len(units), False, -1, "")] if left_out else []  # "and more" heard
    return ar_because.trimmed(kept, MORE, len(units)) if language == "ar" else kept  # r48


MORE = "\x01"  # stands for "and more that you said", worded per language when rendered


_LEAD_WAW = re.compile(r"^و(?=ال\S{2}|لا\S|لم\s|لن\s|كان|قد\s|لكن|ايضا|أيضا)")


def _without_lead(unit: Unit, *, first: bool, language: str = "") -> Unit:
    """No "and …" or "but …" to open the reflection."""
    text = unit.text
    if first:
        text = _LEAD_BUT.sub("", _LEAD_AND.sub("", text))
        if text == unit.text and _LEAD_WAW.match(text):
            text = text[1:]  # «والسعر…» opening the reflection: the و joined it to before
        elif text == unit.text and language == "ar":
            text = ar_edges.without_opening_waw(text)
    if language == "ar":  # a piece cut at a bare «و» is said on with the one before it
        text = ar_edges.edges(text, first)
        text = ar_edges.without_list_link(text, first) if first or unit.glue != " " else text
    if language == "fa":  # «…، یا بستنی له و آب شده»: no «یا» left dangling
        text = fa_slips.without_or(text, unit.question, unit.glue)
    if not text.strip():
        return unit
    return Unit(text, unit.position, unit.question, unit.sentence, unit.glue)


def _kept(piece: str, question: bool, language: str) -> str:
    """The piece without its closing marks; fa: a bare «ولی حالا …» keeps its dots."""
    kept = piece.rstrip(" .!…،,") if question else piece.rstrip(" .!?؟…،,")
    return fa_slips.trailing_off(piece, kept) if language == "fa" and not question else kept


@per_telling  # ``select`` and the "and more" tail (``topics.named``) read the same units
def _units(messages: tuple[str, ...], language: str) -> list[Unit]:
    found = drop_courtesy(_cut(messages, language), language)
    return en_meaning.without_asides(found) if language == "en" else found


@by_message  # a telling is read again with each message it gains: each message is cut once
def _cut(messages: tuple[str, ...], language: str) -> tuple[tuple[Unit, ...], int]:
    found: list[Unit] = []
    sentence_number = 0
    for message in messages:
        message = fa_slips.mend(fa_text.before_clean(message)) if language == "fa" else message
        message = en_seams.unthreaded(message) if language == "en" else message  # "(1/2)"
        text = _unglue(clean(message, language))
        if language == "en":  # "… is red please help": the plea is a sentence of its own
            text = en_meaning.prepared(en_seams.prepared(text))  # "Dawg,", "FIX. THE. APP."
            text = en_whole.outside_quotes(_PLEA, ". ", _BARE_HELP.sub(". please help", text))
            text = en_seams.parted(en_clause.mark_sentences(text, _HELD_DOT))  # "cracked I've"
        if language == "fa":
            text = fa_slashes.parted(fa_text.prepare(text))  # «… رسید / کباب …» (fa61)
        if language == "ar":  # «قرمشه. الدجاج»: a one-word "sentence" joins its neighbour
            text = ar_dot_heading.without_title(text, ar_choice.polarity)  # «زفت. …»: title
            text = ar_edges.join_dotted_words(ar_edges.without_vocatives(ar_readers.tidy(text)))
        listed = _LIST_ITEM_EN if language == "en" else _LIST_ITEM  # en: "2-Step" is a word
        if len(listed.findall(text)) >= 2:  # "1- … 2- …": each point is a sentence
            text = listed.sub("\n", text)
        for sentence in _STRONG.split(_protect_quotes(text)):
            sentence = sentence.replace(_HELD_DOT, ".").replace(en_whole.HELD_HYPHEN, "-")
            sentence_number += 1
            if language == "en" and has_personal_data(sentence):  # "busy (5030799148) about my
                sentence = _PII_ASIDE.sub(_unless_data, sentence)  # laptop…": the aside goes
            pieces = clause_cuts.split_long(sentence, language, BUDGET[language])
            if has_personal_data(sentence):  # keep what was said around the data, not the data
                pieces = [q for piece, g in pieces for q in clause_cuts.resplit(piece, g, language)]
            glue: str | None = ""  # None once a piece between was left out
            for piece, joint in pieces:
                glue = joint if glue is not None else ""
                if piece.rstrip().endswith(":") or (language == "ar" and ar_edges.is_title(piece)):
                    glue = None  # a title ("Pros and cons of …:"), not a telling
                    continue
                if language == "fa":  # «… رسید، مرسی»: the thanks goes, not the clause
                    piece = fa_text.without_thanks(piece)
                if language == "ar":
                    piece = ar_edges.thanks_with_content(ar_edges.without_closing_thanks(piece))
                thanks = en_sense.courteous(piece, language, COURTESY[language])  # not "…, but Y"
                if thanks and not en_clause.sarcastic_thanks(piece, language):
                    piece = "\x00" + piece  # marked: a thanks, dropped if anything else was said
                else:
                    said = piece
                    piece = trim_edges(piece.strip(" ,،:-–—"), language).strip(" ,،:-–—")
                    piece = ar_edges.thanked_for(said, piece) if language == "ar" else piece
                    piece = en_tidy.keep_so(said, piece, glue) if language == "en" else piece
                asks = en_clause.asks_what_to_do(piece, language)  # "What do I do?": kept
                if (content_count(piece, language) == 0 and not asks) or has_personal_data(piece):
                    glue = None  # the next kept piece no longer follows its neighbour
                    continue
                end = piece.rstrip(" !" if language == "fa" else " ")  # «…ببریم؟!» asks
                question = end.endswith(("?", "؟")) or bool(ASKING[language].match(piece))
                kept = _kept(piece, question, language)
                found.append(Unit(kept, len(found), question, sentence_number, glue or ""))
                glue = ""
    return tuple(found), sentence_number


_HELD_DOT = "\u2024"  # a full stop inside quotation marks, held so it cuts no sentence
_QUOTED_SPAN = re.compile(r"“[^”]{1,300}”|«[^»]{1,300}»|\"[^\"]{1,300}\"")


def _protect_quotes(text: str) -> str:
    return _QUOTED_SPAN.sub(lambda m: re.sub(r"[.!?؟](?=\s)", _HELD_DOT, m.group(0)), text)


_BARE_HELP = re.compile(  # "why won't you help?", "some actual help?": the question's own help
    r"(?i)(?<!\bto)(?<!\bcan)(?<!\bthe)(?<!\bno)(?<!\bneed)(?<!\bsome)(?<!\bany)(?<!\bplease)"
    r"(?<!\byour)(?<!\bfor)(?<!\bmy)(?<!\bour)(?<!\bof)(?<!n't)(?<!n’t)(?<!\bnot)(?<!\bdid)"
    r"(?<!\bthat)(?<!\bthis)(?<!\bit)(?<!\bwill)(?<!\bwould)(?<!\bcould)(?<!\bmight)(?<!n't you)"
    r"(?<!n’t you)(?<!n't u)(?<!\bactual)(?<!\breal)(?<!\bmore)(?<!\blittle)\s+help[!.?]*\s*$"
)
_PLEA = re.compile(  # "balance to please passengers", "asked them to please call": no plea
    r"(?<!\bto)(?<!\byou)(?<!\bu)(?<!\bsomeone)(?<!\banyone)[,;]?\s+(?=(?:please|pls|plz)\s+[a-z]+)",
    re.I,
)
_LIST_ITEM = re.compile(r"(?:^|(?<=\s))[1-9۱-۹١-٩]\s?[-–)]\s*(?=\D)")
_LIST_ITEM_EN = re.compile(r"(?:^|(?<=\s))[1-9]\s?(?:[-–]\s+|\)\s*)(?=\D)")
_GLUED_SENTENCES = re.compile(
    r"(?<=[a-z]{3})\.(?=(?!(?:com|net|org|edu|gov|info|co|io|me|app|uk|ca|de)\b)[A-Za-z]{3})"
)


def _unglue(text: str) -> str:
    """ "my account.please help" → two sentences (a space lost after a full stop)."""
    return _GLUED_SENTENCES.sub(lambda m: _space_after(m, text), text)


def _space_after(match: re.Match[str], text: str) -> str:
    """No space inside "a.b@x.se" or "index.outofbounds.exception": one token, not two sentences."""
    start = text.rfind(" ", 0, match.start()) + 1
    end = text.find(" ", match.end())
    token = text[start : end if end >= 0 else len(text)].rstrip(".!?,")
    return "." if "@" in token or token.count(".") >= 2 else ". "


_PII_ASIDE = re.compile(r"\s*\([^()]*\)")


def _unless_data(match: re.Match[str]) -> str:
    """A bracketed aside holding personal data goes whole; any other stays as written."""
    return "" if has_personal_data(match.group(0)) else match.group(0)


def _score(unit: Unit, index: int, count: int, language: str) -> float:
    tokens = [fold(w) for w in words(unit.text)]
    cues = sum(1 for t in tokens if t in CUE[language])
    size = content_count(unit.text, language)
    score = float(min(size, 10) + 2 * min(cues, 2))
    if VERDICT[language].search(unit.text):
        score += 3
    if size <= 2:
        score -= 3  # "Help?", "very annoying": a reaction, rarely the telling itself
    if language == "en":  # the problem and the request outrank background of equal length
        score += en_tidy.role_weight(unit)
    return score


def _fa_marks(units: list[Unit]) -> list[float]:
    """Each Persian clause's weight (``fa_select.score``)."""
    return [
        fa_select.score(u.text, content_count(u.text, "fa"), bool(VERDICT["fa"].search(u.text)))
        for u in units
    ]


def _choose(units: list[Unit], language: str, extra: int = 0) -> list[Unit]:
    """The opening (customers lead with what matters), the richest clause, the verdict."""
    if language == "fa":  # whole sentences, the complaint first: see fa_select
        marks = _fa_marks(units)
        keep = fa_select.choose(units, marks, BUDGET["fa"] + 8 * extra, MAX_UNITS + 2 + extra)
        keep = fa_sides.with_request(units, fa_sides.with_praise(units, keep))  # sides, a plea
        keep = fa_sides.with_complaint(units, keep)  # «پرتغال‌ها هم … تازه نبود»
        keep, cut = fa_unnamed.with_hidden(units, keep)  # the complaint, its harm, the verdict
        keep = fa_points.with_closing_plea(units, keep, marks, BUDGET["fa"] + 8 * extra)
        return [cut.get(i, units[i]) for i in fa_sides.with_opening(units, keep)]  # «… فقط …»
    scores = [_score(u, i, len(units), language) for i, u in enumerate(units)]
    best = max(range(len(units)), key=lambda i: (scores[i], -i))
    priority = [best]
    if content_count(units[0].text, language) >= 2:
        priority.insert(0, 0)
    elif language == "en":  # "help. Someone has been using my account…": the telling opens
        opening = next((i for i, u in enumerate(units) if content_count(u.text, "en") >= 3), 0)
        priority.insert(0, opening)
    last = len(units) - 1
    priority += [last - 1, last] if en_clause.asks_last(units, language) else []  # "…. Help?"
    if VERDICT[language].search(units[last].text) or scores[last] >= scores[best] - 2:
        priority.append(last)
    priority += sorted(range(len(units)), key=lambda i: (-scores[i], i))
    budget = BUDGET[language] + 8 * extra
    if language == "en" and len(units) > 1:  # the closing question, with its problem
        others = [i for i in range(len(units) - 1) if i != priority[0]]
        core = max(others, key=lambda i: (scores[i], -i), default=priority[0])
        lead, budget = en_clause.counted_next(units, priority[0], budget)
        if not lead:
            lead, budget = en_clause.request_first(units, priority[0], core, budget)
        priority = lead + priority
    chosen: list[int] = []
    for index in dict.fromkeys(priority):
        size = len(units[index].text.split())
        if language == "en" and en_tidy.idle(units, index, chosen):
            continue  # background past the opening: left out, however much room is left
        if not chosen or size <= budget:
            chosen.append(index)
            budget -= size
        if len(chosen) == MAX_UNITS + 1 + extra or budget < 3:
            break
    if language == "en":  # never a background clause kept over a left-out problem or request
        chosen = en_tidy.keep_problems(units, chosen)
    return [units[i] for i in sorted(chosen)]
