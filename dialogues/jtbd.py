"""The job to be done: a structured record in the customer's words.

The statement follows "When <situation>, I want <motivation>, so I can <outcome>", built
from verbatim answers with only their leading "I want to…" trimmed, so the record reads
as the customer speaking.
"""

from __future__ import annotations

import re

from dialogues.outcome import JobRecord
from dialogues.quotes import key_sentence, short_quote
from dialogues.state import ConversationState
from dialogues.voice import Voice

# Leading words that the statement's own "I want … / so …" already says.
_WANT_PREFIX = {
    "en": (
        r"^(i\s+(would\s+like|'d\s+like|want|need|hope|wish)\s+(to\s+)?"
        r"|i'm\s+hoping\s+(to\s+)?|to\s+)"
    ),
    "fa": r"^(من\s+)?(می‌?خواهم|میخوام|می‌خوام|میخواهم|می‌خواستم|میخواستم|امیدوارم|اینکه|این‌که|که)\s+",
    "ar": (
        r"^(أنا\s+|انا\s+)?(أريد|اريد|ابي|أبي|ابغى|أبغى|بدي|عايز|عاوز|أتمنى|اتمنى)\s+"
        r"(أن\s+|ان\s+)?"
    ),
}
_SO_PREFIX = {
    "en": r"^(so\s+(that\s+)?)?(i\s+can\s+|i\s+could\s+|we\s+can\s+)?",
    "fa": r"^(تا\s+|که\s+)?",
    "ar": r"^(حتى\s+|عشان\s+|لكي\s+|كي\s+)?",
}
# Where a goal answer already carries its purpose: "submit my expenses so I get reimbursed".
_SO_SPLIT = {
    "en": r"\s+so\s+(?:that\s+)?",
    "fa": r"\s+تا\s+",
    "ar": r"\s+(?:حتى|عشان|علشان|لكي)\s+",
}
_TRAILING = ".!?؟،,;؛ "


def _trim(text: str, pattern: str) -> str:
    text = " ".join(text.split()).strip(_TRAILING)
    return re.sub(pattern, "", text, count=1, flags=re.IGNORECASE).strip(_TRAILING)


def _situation(state: ConversationState) -> str:
    heard = state.heard[state.cycle_start :] or state.heard
    text = short_quote(key_sentence(heard, state.language), 20).rstrip("…")
    if state.language == "en" and text[:1].isupper() and not text.startswith("I "):
        text = text[:1].lower() + text[1:]
    return text.strip(_TRAILING)


def build_job(state: ConversationState, voice: Voice) -> JobRecord:
    """A JTBD record from what the customer said and answered."""
    language = state.language
    answers = state.jtbd_answers
    goal = _trim(answers.get("goal", ""), _WANT_PREFIX[language])
    solved = _trim(answers.get("solved", ""), _SO_PREFIX[language])
    expectation = _trim(answers.get("expectation", ""), _WANT_PREFIX[language])
    # "submit my expenses so I get reimbursed": the purpose is the "so I can" clause.
    purpose = ""
    parts = re.split(_SO_SPLIT[language], goal, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) == 2:
        goal, purpose = parts[0].strip(_TRAILING), _trim(parts[1], _SO_PREFIX[language])
    motivation = goal or expectation or solved
    situation = _situation(state)
    if motivation and purpose:
        statement = voice.term(
            "statement_full", situation=situation, motivation=motivation, outcome=purpose
        )
    elif motivation:
        statement = voice.term("statement_short", situation=situation, motivation=motivation)
    else:
        statement = ""
    outcome = solved or purpose or goal
    heard = state.heard[state.cycle_start :] or state.heard
    quotes = tuple(heard) + tuple(a for a in answers.values() if a)
    return JobRecord(
        situation=situation,
        motivation=motivation,
        desired_outcome=outcome,
        struggle="\n".join(heard),
        topic=state.topic,
        intent=state.intent or "complaint",
        sentiment=state.sentiment,
        language=state.language,  # type: ignore[arg-type]
        quotes=quotes,
        statement=statement,
    )
