"""ar62: after a thanks, Arabic asks "anything else?" without «يشغل بالك» ("worrying you")."""

from __future__ import annotations

import pytest

from dialogues.policy import new_state
from tests.dialogues.script import Script


def _after_yes(language: str, told: str, intent: str, seed: int) -> str:
    chat = Script(language)
    chat.state = new_state(language, seed=seed)
    chat.start()
    chat.says(told, intent=intent, sentiment="positive", score=0.95)
    if chat.state.stage == "listening":
        chat.says("هذا كل شيء" if language == "ar" else "that's all", intent="done")
    return chat.says("نعم" if language == "ar" else "yes", intent="affirm")


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(
    ("told", "intent"),
    [
        ("الأكل لذيذ جدا والخدمة ممتازة وتعامل الموظفين راقي", "praise"),
        ("اتمنى لو تضيفون خيار الدفع عند الاستلام في التطبيق", "suggestion"),
    ],
)
def test_after_a_thanks_anything_else_is_not_a_worry(told: str, intent: str, seed: int) -> None:
    reply = _after_yes("ar", told, intent, seed)
    assert "شكر" in reply or "فكرة" in reply or "أسعد" in reply, reply
    assert "يشغل بالك" not in reply, reply
