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


# ---- 2. a preposition whose object is the next kept clause stays: «إلا مع | ويندوز …» ------------
def test_preposition_before_its_object_in_the_next_clause_is_kept() -> None:
    message = "جيد لكن كونه لايتوافق إلا مع ويندوز نواة 64 بت هذا يجعله سلبي الى حد كبير"
    reply = reflect([message], "ar")
    assert "إلا مع ويندوز" in reply and "إلا ويندوز" not in reply, reply


def test_a_preposition_left_hanging_at_the_end_still_goes() -> None:
    reply = reflect(["المنتج ممتاز والتوصيل سريع وشكر خاص لـ"], "ar")
    assert not reply.rstrip("».؟ ").endswith("لـ"), reply
