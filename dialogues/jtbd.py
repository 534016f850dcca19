"""The job to be done: a structured record in the customer's words.

The statement follows "When <situation>, I want <motivation>, so I can <outcome>" in the
customer's language. Each answer is fitted to its slot by ``statements`` (a recognised
opening such as "I need to" / «باید» / «أحتاج» normalised to the frame's grammar) or
quoted verbatim inside a frame that reads right, so the statement always agrees.
"""

from __future__ import annotations

import re

from dialogues import job_situation, statements, telling
from dialogues.adding import WHEN
from dialogues.insults import civil
from dialogues.outcome import JobRecord
from dialogues.quotes import key_sentence, short_quote
from dialogues.reflection import content_words
from dialogues.state import ConversationState
from dialogues.statements import Clause
from dialogues.text import sentences
from dialogues.voice import Voice

_TRAILING = ".!?؟،,;؛ "


def _telling(state: ConversationState) -> list[str]:
    """The telling as it stands (a correction replaces the first version)."""
    start = max(state.cycle_start, state.telling_start)
    return state.heard[start:] or state.heard[state.cycle_start :] or state.heard


_FRAMES = {
    "because": "statement_because",
    "reason": "statement_reason",
    "clause": "statement_so_clause",
}


def _render(voice: Voice, slot: str, clause: Clause) -> str:
    key = _FRAMES.get(clause.frame, f"statement_{slot}")
    return voice.term(f"{key}_quoted" if clause.quoted else key, text=clause.text)


# "so that they were for my daughter's school": a clause in the past tells why, not what for.
_EN_PAST = re.compile(r"^\S+\s+(?:was|were|had|did|went|came|got|bought|\w+ed)\b", re.IGNORECASE)
# "replace the books", "refund me": asked of us, so "I want you to …", never "I want to …".
_EN_OURS = re.compile(
    r"^(?:please\s+)?(?:replace|refund|fix|resend|re-send|repair|deliver|send|compensate"
    r"|reimburse|credit|reply|call|contact|investigate|find|bring|give|rebook)"
    r"\s+\S",  # "refund" alone: a noun
    re.IGNORECASE,
)


def _result(text: str, language: str) -> Clause:
    """The "so I can" slot: a reason ("because …") gets its own frame, never "so I can"."""
    found = (
        statements.reason(text, language)
        or statements.deadline(text, language)
        or statements.outcome(text, language)
    )
    if language == "en" and found.frame == "clause" and _EN_PAST.match(found.text):
        return Clause(text, True, "because")
    return found


def _want(text: str, language: str) -> Clause:
    """The "I want" slot; what they ask of us ("replace the books") reads "you to …"."""
    found = statements.motivation(text, language)
    if language == "en" and not found.quoted and _EN_OURS.match(text):
        asked = re.sub(r"^please\s+", "", text.strip(), flags=re.IGNORECASE)
        return Clause("you to " + asked[:1].lower() + asked[1:], False)
    return found


_TOLD_ENOUGH = 3  # content words a sentence needs to stand alone ("it never arrived" does not)


def _problem(heard: list[str], language: str) -> str:
    """The situation: the first sentence that tells what happened, else the richest one.

    "My order is three days late. I called and nobody answers the phone and the chat is
    closed": the problem is the late order; what they tried after it is the richer sentence.
    """
    for message in heard:
        for said in sentences(message):
            said = civil(said, language)  # "you idiots charged me twice": no insult said back
            # "no, it's not just the bag, …", "thanks for nothing, …": heads, not what happened
            # (a sentence of sarcasm alone stays, its thanks dropped below: the rest of a
            # tweet, "#UA1481" or a link, is no better a situation)
            said = job_situation.plain(said, language) or said
            told = telling.read([said], language).event
            if told and len(content_words(said, language)) >= _TOLD_ENOUGH:
                return said
    key = key_sentence(heard, language)
    key = civil(key, language) or key
    return job_situation.plain(key, language) or key


def _thing(problem: str, language: str) -> str:
    """Only sarcasm told ("thanks for the 2hr delay"): what they thanked for, quoted as such."""
    return job_situation.thanked_for(problem, language)


def _situation(cut: str, sentence: str, language: str, thing: bool = False) -> Clause:
    """The "when" slot: a sentence cut short is quoted as cut, never passed off as whole."""
    if cut.endswith("…"):
        return Clause(sentence + "…", True)
    if thing:  # "the rude customer service and 3 hour delay": a thing, never "When the …"
        return Clause(sentence, True)
    return statements.situation(sentence, language)


def _deadline_then(answer: str, language: str) -> tuple[str, str]:
    """ "before the end of the month, rent is due": the deadline, and the words after it.

    What follows a deadline and a comma says why it matters; it has no marker to fit a frame
    with, so it is quoted ("because, as I put it, “rent is due”"), never read as the outcome.
    """
    parts = re.split(r"\s*[,،]\s*", answer, maxsplit=1)
    if len(parts) == 2 and parts[1].strip(_TRAILING) and statements.deadline(parts[0], language):
        return parts[0], parts[1].strip(_TRAILING)
    return answer, ""


def _without_want(voice: Voice, when: str, because: str, by: str, language: str) -> str:
    """Only a reason or a deadline was answered: never passed off as the want."""
    if because:  # "I need this sorted, because …"
        reason = _render(voice, "so", _result(because, language))
        if by:  # "I need this sorted out by Friday, because it's a gift": both kept
            key = "statement_deadline_reason"
            return voice.term(key, situation=when, deadline=by, reason=reason)
        return voice.term("statement_reason_only", situation=when, reason=reason)
    if by:  # "I need this sorted out by Friday"
        return voice.term("statement_deadline_only", situation=when, deadline=by)
    return ""


# "honestly", «راستش», «بصراحة» open an answer; they are how it is said, not what is wanted.
_HEDGE = re.compile(
    r"^(?:honestly|to\s+be\s+honest|well|um+|tbh|راستش(?:ش)?|والا|والله|خب|خوب|ببینید"
    r"|بصراح[ةه]|والله|يعني|طيب|شوف)[\s,،:]+",
    re.IGNORECASE,
)


def _answer(answers: dict[str, str], key: str, language: str) -> str:
    """One answer, civil, without its trailing marks; a hedge before it goes when it lets
    the words fit a frame (a quoted answer keeps every word, «والله» too)."""
    text = civil(" ".join(answers.get(key, "").split()), language).strip(_TRAILING)
    bare = _HEDGE.sub("", text, count=1)
    fits = bare != text and not statements.motivation(bare, language).quoted
    return bare if fits else text


_BY = {"en": "by", "fa": "تا", "ar": "بحلول"}
# "I just want coffee", «فقط می‌خوام …», «بس ابي …» open the answer: a want ("I want to feel
# …" is what solved would let them do: "so I can feel …", and stays there).
_OPENS_WITH_WANT = re.compile(
    r"^\W*(?:(?:i|we)\s+(?:just\s+|only\s+|really\s+)*(?:want|need|would\s+like|'d\s+like)"
    r"(?!\s+to\b)|(?:فقط\s+)?می[\u200c ]?خوا(?:م|یم)(?=\s)"
    r"|(?:بس\s+)?(?:أبغى|ابغى|أبي|ابي|بدي|عايز|عاوز|أريد|اريد)(?=\s))",
    re.IGNORECASE,
)


# What they ask of us, said to "what would make this right?": «پولم رو برگردونید», "get the
# bag to my hotel tonight", «رجعوا لي فلوسي». A request is a want: never "for me it is solved
# when «…»" nor "so I can get the bag …" (the customer does not get it there; we do).
_ASKED_OF_US = {
    "en": re.compile(
        r"^\W*(?:please\s+)?(?:get|bring|give|send|resend|return|refund|replace|fix|deliver"
        r"|put|rebook|find|call|reimburse|compensate)\s+(?:me|us|my|our|the|it|them|a|an)\b",
        re.IGNORECASE,
    ),
    # A verb of the plural imperative ending the answer: «برگردونید», «بفرستین», «عوض کنید».
    "fa": re.compile(
        r"(?:^|\s)(?!بیاید|بباید|بشود)(?:ب\S+(?:ید|ین)|(?:کنید|کنین|بدید|بدین|بزنید|بزنین))"
        r"\W*$"
    ),
    "ar": re.compile(
        r"^\W*(?:رجعوا|ارجعوا|رجعولي|رجعوني|عوضوني|عوضوا|ارسلوا|أرسلوا|ابعثوا|اعطوني|أعطوني"
        r"|رجّعوا|بدلوا|بدلولي)(?=\s|$)"
    ),
}


# "today if possible", «امروز اگه بشه», «اليوم اذا ممكن»: a day softened is still a deadline.
_SOFTENED = re.compile(
    r"\W*(?:if\s+possible|if\s+you\s+can|please|ideally|hopefully|asap"
    r"|اگه\s+بشه|اگه\s+میشه|اگر\s+بشود|اگر\s+ممکن\s+است|اگه\s+ممکنه|لطفا|لطفاً"
    r"|[اإ]ذا\s+ممكن|[اإ]ذا\s+[اأ]مكن|[إا]ن\s+[اأ]مكن|لو\s+ممكن|لو\s+سمحت|من\s+فضلك)\W*$",
    re.IGNORECASE,
)


def _when_alone(text: str, language: str) -> str:
    """ "thursday", «پنجشنبه», «الخميس» alone: a deadline, said as one ("by thursday")."""
    day = _SOFTENED.sub("", text.strip())
    alone = re.fullmatch(rf"(?:\S+\s+)?(?:{WHEN.pattern})", day, flags=re.IGNORECASE)
    if alone and len(day.split()) <= 2 and not statements.deadline(text, language):
        return f"{_BY[language]} {text.strip()}"
    return text


def _read(answers: dict[str, str], language: str) -> tuple[str, str, str, str, str, str, str]:
    """The answers in their slots: goal, solved, expectation, because, by, purpose, said why."""
    goal, solved, expectation = (
        _when_alone(_answer(answers, k, language), language)
        for k in ("goal", "solved", "expectation")
    )
    # "submit my expenses so I get reimbursed": the purpose is the "so I can" clause.
    goal, because = statements.split_reason(goal, language)
    if statements.reason(goal, language) or statements.purpose_only(goal, language):
        # "because my kids are waiting", "so I can pay my rent" say why, not what they want.
        goal, because = "", goal
    by = ""
    if statements.deadline(goal, language):
        goal, by = "", goal  # «حتى نهاية الشهر», "by Friday": when, not what they want
    goal, purpose = statements.split_purpose(goal, language)
    # "before the weekend because it's a gift": a deadline and its reason, each in its frame.
    solved, solved_why = statements.split_reason(solved, language)
    because = because or solved_why
    said_why = ""
    if not because:  # "before the end of the month, rent is due": why, in their words
        goal, said_why = _deadline_then(goal, language)
        solved, said_why = _deadline_then(solved, language) if not said_why else (solved, said_why)
    if solved and not because and statements.reason(solved, language):
        solved, because = "", solved  # «چون هدیه‌ی تولد خواهرمه» to "what would solved be?"
    return goal, solved, expectation, because, by, purpose, said_why


def build_job(state: ConversationState, voice: Voice) -> JobRecord:
    """A JTBD record from what the customer said and answered."""
    language = state.language
    answers = state.jtbd_answers
    goal, solved, expectation, because, by, purpose, said_why = _read(answers, language)
    also = ""
    # "I just want coffee in the morning" to "what would solved be?" is a second want, said in
    # the want frame, never quoted after "for me it is solved when"; so is what solved means
    # said after they added a problem («وكمان الفاتورة غلط», then «أن ترجع الفاتورة صحيحة»):
    # it is about that problem, never the purpose of the first want («…، حتى ترجع الفاتورة»).
    second = bool(
        _OPENS_WITH_WANT.match(solved)
        or "solved" in state.asked_after_adding
        or _ASKED_OF_US[language].search(solved)
    )
    if goal and solved and second:
        also, solved = solved, ""
    wanted = goal or expectation or solved
    result = purpose or (solved if wanted != solved else "") or because or by
    heard = _telling(state)
    problem = _problem(heard, language)
    thing = _thing(problem, language)  # "Faced with “the 2hr delay …”", not "“thanks for …”"
    cut = short_quote(thing or problem, 20)
    sentence = cut.rstrip("…").strip(_TRAILING)
    statement = ""
    if wanted:
        when = _render(voice, "when", _situation(cut, sentence, language, bool(thing)))
        want = _render(voice, "want", _want(wanted, language))
        if also:
            want += voice.term("statement_also", text=_render(voice, "want", _want(also, language)))
        if result:
            so = _render(voice, "so", _result(result, language))
            if because and result != because:
                so += voice.term(
                    "statement_and", text=_render(voice, "so", _result(because, language))
                )
            elif said_why:
                why = _render(voice, "so", Clause(said_why, True, "because"))
                so += voice.term("statement_and", text=why)
            statement = voice.term("statement_full", situation=when, motivation=want, outcome=so)
        else:
            statement = voice.term("statement_short", situation=when, motivation=want)
    else:
        when = _render(voice, "when", _situation(cut, sentence, language, bool(thing)))
        statement = _without_want(voice, when, because, by, language)
    statement = statement[:1].upper() + statement[1:]
    return JobRecord(
        situation=sentence,
        motivation=wanted,
        desired_outcome=solved or purpose or goal or because or by,
        struggle="\n".join(heard),
        topic=state.topic,
        intent=state.intent or "complaint",
        sentiment=state.told_sentiment(),
        language=state.language,  # type: ignore[arg-type]
        quotes=tuple(state.heard[state.cycle_start :] or state.heard)
        + tuple(a for a in answers.values() if a),
        statement=statement,
    )
