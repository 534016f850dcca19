"""An English verdict closing a reflection ("…, and it's unacceptable") said as "which is …".

Tweets often end on a bare verdict: "Waited 3 hours at the gate. Unacceptable." Said back as
its own clause, it is one more "and": "you waited 3 hours at the gate, and it's
unacceptable", which reads as if the bot were adding its own opinion to a list. A native
listener hangs the verdict on what it judges: "you waited 3 hours at the gate, which is
unacceptable" (about forty of the tune pool's 6,700 reflections end on such a verdict; after a
clause of ours, 22 were changed and read: 17 better, 4 the same, 1 worse, "useless", now left
out because it judges a thing, not what happened).

Narrow on purpose: only the last clause, only when it is nothing but "it's / this is / that's"
with a word of a short let-down verdict list (with "very", "so", "pretty" …), and only after a
clause in the bot's voice. After a quote or a question ("you said “…”, and it's awful") a
"which" would judge the customer's words, so it stays as it is.

Works on ``_join``'s text before ``en_chain.serial``: the verdict's join stops being a join,
so the "and" of a list moves to the clause before it ("A, B, and C, which is unacceptable").
"""

from __future__ import annotations

import re

from dialogues.reflection import en_chain

_VERDICT = re.compile(
    en_chain.CLAUSE + r"(?:it's|it is|this is|that's|that is) "
    r"((?:(?:very|so|really|just|absolutely|completely|totally|beyond|extremely|pretty|quite)"
    r" )*(?:unacceptable|ridiculous|frustrating|horrible|pathetic|terrible|disappointing|awful"
    r"|disgusting|insulting|outrageous|infuriating|annoying|absurd|shameful"
    r"|inexcusable|unprofessional|upsetting|a (?:complete |total |absolute )?"
    r"(?:disaster|joke|mess|shambles|nightmare|disgrace)))[.!]*$",
    re.IGNORECASE,
)


def which(text: str) -> str:
    """ "…<join>it's unacceptable" → "…, which is unacceptable" after a clause of our own."""
    match = _VERDICT.search(text)
    if match is None:
        return text
    before = text[: match.start()]
    if not before or before.endswith(("”", "?", "’", '"')):
        return text  # "you said “…”, which is awful" would judge their words
    return f"{before}, which is {match.group(1)}"
