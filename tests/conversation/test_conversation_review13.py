"""Round 13 (convo31): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

from dialogues.amend import negated_swap
from tests.dialogues.script import Script


# ---- 1. "Y, not X" puts one detail right, like "not X, Y" ---------------------------------
def test_y_not_x_keeps_the_rest_of_the_telling() -> None:
    # "no, it was delayed 6 hours, not cancelled" was said back alone: the desk was lost.
    chat = Script("en")
    chat.start()
    told = "my flight was cancelled and nobody at the desk would help"
    chat.says(told, intent="complaint", sentiment="negative", score=-0.7)
    reply = chat.says("no, it was delayed 6 hours, not cancelled", intent="deny")
    assert chat.stage == "confirming", reply
    assert "delayed 6 hours" in reply and "nobody at the desk" in reply, reply
    assert "cancelled" not in reply, reply


def test_y_not_x_swaps_like_not_x_y() -> None:
    assert negated_swap("no, it was delayed 6 hours, not cancelled", "en") == (
        "cancelled",
        "delayed 6 hours",
    )
    assert negated_swap("سه بار، نه دوبار", "fa") == ("دوبار", "سه بار")
    # a want or a clause before "not" is no detail in place of a detail
    assert negated_swap("no, I wanted a refund, not a voucher", "en") is None
    assert negated_swap("لا، وصل الطلب مو كامل", "ar") is None
