"""English reflections whose clauses are strung on one "and" after another, said as one list.

A careful reader of the tune pool's English reflections found the commonest slip of a long
tweet said back was the chain: "your flight has been cancelled, and no one has notified you,
and you're asking “What's going on?”" (about one reflection in six had two or more "and"s
the bot put in; in a read sample, ten of eighty). Each "and" is right alone; strung together
they read like a child's retelling. A native speaker lists the clauses and says "and" once,
before the last: "your flight has been cancelled, no one has notified you, and you're asking …".

Only the "and"s the bot itself puts between clauses are touched (never the customer's own
"and" inside a clause or a quote), and only when there are two or more of them. An "and"
before a bare second quote (“…”, and “…”) or before "you also mentioned" stays: without it
the quote or the mention would lose its frame.

``_join`` writes ``CLAUSE`` between clauses and ``KEPT`` for the joins that keep their "and";
``serial`` turns them into words.
"""

from __future__ import annotations

import re

CLAUSE = "\x1e"  # ", and " the bot put between two clauses: may become ", "
KEPT = "\x1d"  # ", and " that keeps its "and" (before a bare quote, "you also mentioned")

_AND = ", and "
# "…java, and now, Minecraft won't launch": a clause led by a word and its comma keeps its
# "and" ("java, now, Minecraft …" reads as a stumble)
_LED = re.compile(r"\w+,")


def serial(text: str) -> str:
    """Two or more joins: every clause join but the last said with a comma only."""
    joins = [i for i, ch in enumerate(text) if ch in (CLAUSE, KEPT)]
    if len(joins) < 2:
        return text.replace(CLAUSE, _AND).replace(KEPT, _AND)
    last = joins[-1]
    out = []
    for i, ch in enumerate(text):
        if ch == CLAUSE and i != last and not _LED.match(text, i + 1):
            out.append(", ")
        elif ch in (CLAUSE, KEPT):
            out.append(_AND)
        else:
            out.append(ch)
    return "".join(out)
