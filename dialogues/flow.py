"""The conversation's stages and moves, as data: the source of the diagram in ``flow.md``.

``python -m dialogues.flow`` prints the Mermaid diagram; ``tests/dialogues/test_flow.py``
checks that ``flow.md`` holds exactly that diagram and that every stage of
:data:`dialogues.state.Stage` appears in it, so the picture cannot drift from the code.
"""

from __future__ import annotations

from typing import get_args

from dialogues.state import Stage

# (from, to, what moves it) — in the order a conversation usually meets them.
TRANSITIONS: tuple[tuple[str, str, str], ...] = (
    ("[*]", "new", "first contact"),
    ("new", "listening", "greet + what keeps you up at night?"),
    ("listening", "listening", "prompt for what the telling lacks (at most 2)"),
    ("listening", "confirming", "heard enough: reflect + did I get that right?"),
    ("listening", "closed", "nothing to tell"),
    ("confirming", "correcting", "bare no: what did I miss?"),
    ("confirming", "confirming", "no, X / more detail: reflect again (at most 2)"),
    ("correcting", "confirming", "reflect what they added"),
    ("confirming", "permission", "complaint: apology on its topic + may I ask?"),
    ("confirming", "anything_else", "praise or idea: specific thanks, logged"),
    ("confirming", "handed_off", "yes, that's all: apology + owner named, no questions"),
    ("permission", "jtbd", "yes"),
    ("permission", "anything_else", "no: of course"),
    ("permission", "handed_off", "no, that's all: of course + owner named"),
    ("jtbd", "jtbd", "goal, then solved (at most the two we asked leave for)"),
    ("jtbd", "anything_else", "job statement logged, or a bare no: no more questions"),
    ("jtbd", "handed_off", "that's all: act now"),
    ("anything_else", "listening", "more to say"),
    ("anything_else", "handed_off", "nothing more on a complaint or question: owner named"),
    ("anything_else", "closed", "nothing more on praise or an idea: closing thanks"),
    ("handed_off", "handed_off", "words relayed: said once per owner, then a receipt"),
    ("handed_off", "follow_up", "owner resolved: did we meet your need?"),
    ("follow_up", "rating", "yes: thanks + rate 1 to 5"),
    ("follow_up", "handed_off", "not yet: reopened with the same owner"),
    ("rating", "closed", "rating thanked"),
    ("closed", "listening", "a new message: welcome back"),
    ("closed", "closed", "thanks or praise minutes after: taken kindly, nothing asked"),
)
NOTE = (
    "An explicit request for a person, at any stage but follow-up,\n"
    "hands off in that same turn: the reply names the owner"
)
# Said of every stage: a customer's message is never met with silence.
RECEIPT_NOTE = (
    "A message or attachment that gets no words gets a receipt\n"
    "(a reaction on Telegram); a button press never does"
)


def stages() -> tuple[str, ...]:
    """Every stage the policy knows."""
    return tuple(get_args(Stage))


def mermaid() -> str:
    """The flow as a Mermaid state diagram."""
    lines = ["stateDiagram-v2"]
    lines += [f"    {a} --> {b}: {label}" for a, b, label in TRANSITIONS]
    lines.append("    note right of listening")
    lines += [f"        {line}" for line in NOTE.splitlines()]
    lines.append("    end note")
    lines.append("    note right of handed_off")
    lines += [f"        {line}" for line in RECEIPT_NOTE.splitlines()]
    lines.append("    end note")
    return "\n".join(lines)


if __name__ == "__main__":
    print(mermaid())
