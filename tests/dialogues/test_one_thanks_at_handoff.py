"""An idea added at "anything else?" is thanked once: the handoff's thanks does not follow it."""

from __future__ import annotations

from dialogues.outcome import OpenHandoff
from tests.dialogues.script import Script


def test_an_idea_added_before_the_handoff_is_the_only_thanks() -> None:
    chat = Script("en")
    chat.start()
    chat.says(
        "The flight from Boston was delayed four hours and they lost my stroller",
        intent="complaint",
        topic="luggage",
        sentiment="negative",
    )
    chat.says("yes", intent="affirm")
    chat.says("sure", intent="affirm")
    chat.says("get my stroller back before Monday", intent="inform")
    while chat.stage == "jtbd":
        chat.says("no", intent="deny")
    assert chat.stage == "anything_else"
    chat.says("a voucher would help", intent="suggestion", sentiment="neutral")
    final = chat.says("no that's all", intent="done")
    assert any(isinstance(e, OpenHandoff) for e in chat.effects())
    assert final.lower().count("thank") + final.count("appreciate") == 1, final
    assert final.count('"') <= 2, final  # one quote, not the idea's and the want's
