"""ar56: Arabic praise NLU named a complaint is thanked after "yes", never apologised for."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from tests.dialogues.script import Script


def _after_yes(told: str, score: float) -> str:
    chat = Script("ar")
    chat.start()
    chat.says(told, intent="complaint", sentiment="positive", score=score, confidence=0.7)
    if chat.state.stage == "listening":  # a prompt first: they say that is all
        chat.says("هذا كل شيء", intent="done")
    reply = chat.says("نعم", intent="affirm")
    chat.assert_well_spoken()
    return reply


@pytest.mark.parametrize(
    "told",
    [
        # «سيصبح», «السيد», «سيارة»: «سئ» («سيء» misspelt) is no prefix of them
        "مطعم رائع والاكل لذيذ وسيصبح مكاني المفضل في المدينة",
        "الخدمة ممتازة والاروع من ذلك السيد خالد مدير الصالة",
        "منتج رائع ومناسب جدا للسيارة",
    ],
)
def test_praise_with_a_word_in_si_is_thanked(told: str) -> None:
    reply = _after_yes(told, 0.6)
    apologies = [
        v for key in ("apology", "apology_meal", "apology_product") for v in variants("ar", key)
    ]
    assert not any(v in reply for v in apologies), reply
    thanks = variants("ar", "thanks_praise") + variants("ar", "thanks_praise_heard")
    # convo56 (merged with it in int34): praise said back whole is thanked by what it named
    named = [v.split("{")[0] for v in variants("ar", "thanks_praise_named")]
    assert any(v.split("«")[0] in reply for v in thanks) or any(v in reply for v in named), reply


def test_a_bad_word_misspelt_still_holds_the_thanks_back() -> None:
    reply = _after_yes("شكله جميل لكن المنتج سئ جدا", 0.1)
    assert not any(v.split("«")[0] in reply for v in variants("ar", "thanks_praise")), reply
