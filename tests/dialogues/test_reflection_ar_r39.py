"""Arabic reflections, round 39 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.ar_choice import polarity


# ---- 1. «سلبي»، «يؤخذ عليه»، «مزدحم» are complaints: the flaw is said, not folded away ---------
def test_negative_and_crowded_are_complaint_cues() -> None:
    assert polarity("هذا يجعله سلبي الى حد كبير")[0] >= 2
    assert polarity("يؤخذ عليه موقعه في شارع مزدحم")[0] >= 2
    assert polarity("لم يكن مزحوما")[0] < 2  # "not crowded": no complaint word


def test_a_flaw_after_the_praise_is_heard() -> None:
    message = (
        "الخدمة ممتازة وسريعة, الطعام كان جيدا, المكونات طازجة, كما طلبنا تماما. "
        "كان الاستقبال لطيفا...ولكن يؤخذ عليه مكانه حيث يقع في شارع مزحم"
    )
    reply = reflect([message], "ar")
    assert "شارع مزحم" in reply, reply
