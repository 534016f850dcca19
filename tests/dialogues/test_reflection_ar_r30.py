"""Arabic reflections, round 30: the judged main points and fragments.

Constructed reviews only (never a pool or judged message).
"""

from __future__ import annotations

from dialogues.reflection import ar_cues, reflect


def test_the_biggest_flaw_named_first_is_the_point() -> None:
    assert ar_cues.important("أكبر عيب فيه إنه دسم ودهن")
    assert ar_cues.important("واكبر مشكلة عندهم الانتظار")
    assert not ar_cues.important("أكبر مطعم في المدينة")
    assert not ar_cues.important("عيب صغير في الصحن")


def test_a_review_opening_on_its_biggest_flaw_keeps_it_among_the_pros() -> None:
    said = reflect(
        [
            "أكبر عيب فيه إنه دســـــم ودهن\n"
            "غالبا أطلب منهم للبيت وطلبي برجر لحم مع جبنة وماشي حاله من ناحية الزيت، لكن مرة"
            " جلست في المطعم وطلبت ستيك مشوي وكان كله زيت ما قدرت أكمله\n\n"
            "مميزاته:\nالبطاطس المقلية لذيذة إذا كانت حارة 8 من 10\n"
            "والكنافة رائعة وخفيفة 9 من 10\nالتوصيل سريع"
        ],
        "ar",
    )
    assert "أكبر عيب فيه إنه دسم ودهن" in said
