"""ar59: Arabic praise of a product that took a pain away is thanked, not apologised for.

«… كنت اعاني من تصلب … و لكن الحمدلله بعد استخدام هذة السلعة ساعدتني في التخلص من الالم»:
its «لكن» turns to the relief, no hedge; it was answered «أنا آسف حقاً لما مررت به».
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from tests.dialogues.script import Script


def _after_yes(told: str, score: float) -> str:
    chat = Script("ar")
    chat.start()
    sentiment = "positive" if score > 0 else "negative"
    chat.says(told, intent="complaint", sentiment=sentiment, score=score, confidence=0.7)
    if chat.state.stage == "listening":  # a prompt first: they say that is all
        chat.says("هذا كل شيء", intent="done")
    reply = chat.says("نعم", intent="affirm")
    chat.assert_well_spoken()
    return reply


@pytest.mark.parametrize(
    "told",
    [
        "مخدة ممتازة كنت اعاني من الم في الظهر ولكن الحمدلله بعد استخدامها تخلصت من الالم",
        "وسادة ممتازة كنت اعاني من الم الرقبة لكن بعد استعمالها ساعدتني في التخلص من الالم",
    ],
)
def test_a_pain_relieved_is_thanked(told: str) -> None:
    reply = _after_yes(told, 0.9)
    assert not any(word in reply for word in ("آسف", "أعتذر", "نعتذر")), reply


@pytest.mark.parametrize(
    "told",
    [
        "المخدة ممتازة وخففت الم الرقبة لكن الرائحة قوية جدا",
        "كنت اعاني من الم في الظهر ولكن بعد استخدامها زاد الالم",
    ],
)
def test_a_hedge_or_a_pain_not_relieved_is_not_thanked(told: str) -> None:
    reply = _after_yes(told, 0.3)
    assert not any(v.split("«")[0] in reply for v in variants("ar", "thanks_praise")), reply
