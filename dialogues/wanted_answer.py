"""The job answer thanked at the handoff: what they want, or else the deadline they gave.

"Thanks for telling us you want a refund" thanks the want in their words; a reason ("because
…") or a purpose alone is no want, and "by Friday" is thanked as the deadline it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dialogues import statements
from dialogues.insults import civil


def wanted(answers: Mapping[str, str], order: Sequence[str], language: str) -> str:
    """The answer that says what they want; a reason ("because …") is not thanked as one."""
    for key in order:
        said = answers.get(key, "")
        why = statements.reason(said, language) or statements.purpose_only(said, language)
        if said and not why and not statements.deadline(said, language):
            return civil(said, language) or said
    return ""


def deadline_only(answers: Mapping[str, str], order: Sequence[str], language: str) -> str:
    """A deadline answered as the only answer ("by Friday"): thanked as the deadline."""
    for key in order:
        said = answers.get(key, "")
        if said and statements.deadline(said, language):
            return said
    return ""
