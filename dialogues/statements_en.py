"""English words the job statement's clauses are fitted by: verbs, and nouns said alone."""

from __future__ import annotations

import re

EN_VERBS = frozenset(
    """get have receive submit know see cancel return pay find use keep stop fix be make talk
    speak change buy order track log reach finish send give take bring book fly travel eat
    sleep work go come leave move check open close start play watch read write call hear
    meet enjoy save spend scan upload download sign login access pick collect claim
    surprise celebrate feel stay arrive rebook refund replace exchange sort resolve
    understand avoid trust rely plan shop prepare cook deliver transfer withdraw apply
    finish complete continue""".split()
)
# Said alone, these are the thing wanted, not the doing: "refund" is "a refund".
EN_NOUN_ALONE = {
    "refund": "a refund", "exchange": "an exchange", "return": "a return", "repair": "a repair",
    "replacement": "a replacement", "reply": "a reply", "answer": "an answer",
    "update": "an update", "callback": "a callback", "call": "a call", "discount": "a discount",
    "voucher": "a voucher", "compensation": "compensation", "credit": "a credit",
}  # fmt: skip


_LEADING_HANDLES = re.compile(r"^(?:\.?@\w+[\s,:]*)+")


def without_handles(text: str) -> str:
    """A tweet's opening "@united", ".@JetBlue" left out; the text itself if nothing else."""
    return _LEADING_HANDLES.sub("", text.strip()) or text
