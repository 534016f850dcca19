"""Round ar46: an Arabic telling that is only a hedged verdict is never apologised for."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.hedged_verdict import hedged_only
from tests.dialogues.script import Script


def _said(key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants("ar", key) if v.split("{")[0])


@pytest.mark.parametrize(
    "told",
    ["جيدة نوعا ما", "جيده الى حد ما", "لاباس بها", "جيد نوعاً ما", "لا بأس به",
     "المنتج جيد الى حد ما", "ممتازه نوعا ما"],
)  # fmt: skip
def test_a_hedged_verdict_alone_is_hedged_only(told: str) -> None:
    assert hedged_only([told], "ar")


@pytest.mark.parametrize(
    "told",
    [
        "جيدة نوعا ما بس توقعتها اعلى جودة !",  # a let-down told beside it: its apology stays
        "الحقيبة لا بأس بها لكن صغيرة بعض الشيء",
        "الخامة جيدة  نوعا والمقاس محدود",
        "سيئة نوعا ما",
        "غير جيدة نوعا ما",
        "ما عجبني نوعا ما",
        "السعر مرتفع نوعا ما",
        "جيدة",
        "جيدة نوعا ما؟",
    ],
)
def test_a_fault_a_denial_or_no_hedge_is_not(told: str) -> None:
    assert not hedged_only([told], "ar")


def test_other_languages_are_untouched() -> None:
    assert not hedged_only(["kind of good"], "en")


def test_a_hedged_verdict_gets_no_apology_in_a_whole_conversation() -> None:
    # «جيدة نوعا ما» got «أعتذر لك بصدق؛ ما كان يجب أن يحدث هذا …» after the customer's yes.
    chat = Script("ar")
    chat.start()
    chat.says("جيدة نوعا ما", intent="complain", topic="product", sentiment="negative",
              score=-0.2)  # fmt: skip
    chat.says("هذا كل شيء", intent="deny")
    reply = chat.says("نعم", intent="affirm")
    assert not any(_said(k, reply) for k in ("apology", "apology_product")), reply
    assert _said("permission_question", reply), reply


def test_a_hedged_verdict_with_a_fault_keeps_its_apology() -> None:
    chat = Script("ar")
    chat.start()
    chat.says("جيدة نوعا ما بس توقعتها اعلى جودة", intent="complain", topic="product",
              sentiment="negative", score=-0.4)  # fmt: skip
    reply = chat.says("نعم", intent="affirm")
    assert _said("apology_product", reply), reply
