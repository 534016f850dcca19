"""Persian: «لطفا پیگیری کنید» after a let-down is apologised for, never thanked as an idea."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from tests.dialogues.script import Script

_IDEA_THANKS = [line.split("«")[0] for line in variants("fa", "thanks_idea")]


def _after_yes(text: str, seed: int) -> str:
    chat = Script("fa")
    chat.state.seed = seed
    chat.start()
    chat.says(text, intent="suggestion", sentiment="negative", score=-0.2)
    return chat.says("بله", intent="affirm")


@pytest.mark.parametrize(
    "text",
    ["هر بار سفارش میدم کلی طول میکشه تا برسه، لطفا پیگیری کنید",
     "این دفعه هم غذا سرد میرسه، پیشنهاد میکنم رسیدگی کنید",
     "لطفا بیشتر دقت کنید، به جای نوشابه مشکی، دوغ فرستادید",
     "متاسفانه کباب بو میداد و دیگه نتونستیم بخوریم"],
)  # fmt: skip
def test_a_letdown_asked_to_be_fixed_is_apologised_for(text: str) -> None:
    for seed in range(3):
        reply = _after_yes(text, seed)
        assert not any(reply.startswith(opening) for opening in _IDEA_THANKS), reply
        assert "متأسف" in reply or "عذر" in reply, reply


@pytest.mark.parametrize(
    "text", ["کاش امکان انتخاب ساعت تحویل رو داشتید", "لطفا کمی در ریختن نمک دقت کنید"]
)
def test_an_idea_without_a_letdown_keeps_its_thanks(text: str) -> None:
    reply = _after_yes(text, 0)
    assert "متأسف" not in reply and "عذر" not in reply, reply
