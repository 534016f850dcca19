"""ar58: praise, then "but I expected it bigger/better": a mild let-down, apologised for.

«جيد ولكني كنت اعتقده أكبر في الحجم» was thanked as praise with the whole telling quoted.
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.expected_more_ar import expected_more
from tests.dialogues.script import Script


def _after_yes(told: str, intent: str) -> str:
    chat = Script("ar")
    chat.start()
    warm = intent != "complaint"
    sentiment, score = ("positive", 0.5) if warm else ("negative", -0.05)
    chat.says(told, intent=intent, sentiment=sentiment, score=score, confidence=0.4)
    if chat.state.stage == "listening":  # a prompt first: they say that is all
        chat.says("هذا كل شيء", intent="done")
    reply = chat.says("نعم", intent="affirm")
    chat.assert_well_spoken()
    return reply


@pytest.mark.parametrize("intent", ["praise", "nlu_fallback", "complaint"])  # or a warm tone
@pytest.mark.parametrize(
    "told",
    [
        "جيد ولكني كنت اعتقده أكبر في الحجم",
        "المنتج حلو بس كنت اتوقع افضل من كذا",
        "الكيكة طعمها حلو لكن توقعت انها اكبر شوي",
    ],
)
def test_an_expectation_missed_is_not_thanked(told: str, intent: str) -> None:
    assert expected_more([told], "ar")
    reply = _after_yes(told, intent)
    assert not any(v.split("«")[0] in reply for v in variants("ar", "thanks_praise")), reply
    assert any(word in reply for word in ("آسف", "أعتذر", "نعتذر")), reply


@pytest.mark.parametrize(
    "told",
    [
        "المطعم كان احسن مما توقعت",  # better than expected: praise
        "توقعت افضل",  # no praise and no "but": left as it was
        "جيد بس الشحن تأخر يومين",  # a let-down of another kind
        "حلو بس كنت اتوقع انه ازرق",  # an expectation, no "more"
    ],
)
def test_other_tellings_are_not_read_as_expecting_more(told: str) -> None:
    assert not expected_more([told], "ar")
