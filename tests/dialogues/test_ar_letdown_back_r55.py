"""ar r55: a let-down the customer confirmed we heard is apologised for, never only thanked."""

from __future__ import annotations

import pytest

from dialogues.ar_letdown_back import apology_for, letdown_in, letdown_said_back
from dialogues.catalog import variants
from tests.dialogues.liked_heard import liked_heard
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    "reflection",
    [
        "إذن قلت: «المطبخ ممتاز والموقع في قلب البلد»، لحومه غير حلال. هل فهمتك صح؟",
        "دعني أتأكد أنني فهمت: الشاشة واضحة وخفيفة لكن الشاحن غير متوفر. صحيح؟",
        "يعني الطعام لذيذ جداً ولكن يعيبه الزحام الدائم. هل هذا ما تقصده؟",
        "ما فهمته: الجلسات مريحة بس الخدمة بطيئة جدا. هل أصبت؟",
        "إذن السماعة جيدة الا ان صوتها ضعيف في المكالمات. هل فهمتك صح؟",
    ],
)
def test_a_let_down_said_back(reflection: str) -> None:
    assert letdown_said_back(reflection, "ar")


@pytest.mark.parametrize(
    "reflection",
    [
        # a hedge or a let-down taken back in the same breath
        "إذن قلت: «جميلة لكن حجمها صغير نسبيا وهذا لا يعيبها». هل فهمتك صح؟",
        "يعني ينقصه لمسات بسيطة ليكون رائعا، والطعام جيد جدا. هل هذا ما تقصده؟",
        "ما فهمته: رائعة لكن وجدتها صغيرة بس تستاهل. هل أصبت؟",
        # advice or a wish to the readers or the seller
        "قلت: «ممتازة ولكن يجب كتابة بلد الصنع على العلبة». هل فهمتك صحيحاً؟",
        "إذن المطعم جميل لكن اذا ذهبت فاحجز مبكرا. هل فهمتك صح؟",
        "يعني ممتاز بس لو فيه ألوان أكثر أحلى. هل هذا ما تقصده؟",
        # a verdict only hedged, and no let-down at all
        "ما فهمته: المشاوي جيدة بس غير مميزة. هل أصبت؟",
        "دعني أتأكد أنني فهمت: شوربة السى فود تحفة. صحيح؟",
        "إذن لم تواجه أي مشكلة والجهاز لا ينقصه شيء. هل فهمتك صح؟",
    ],
)
def test_no_let_down_to_own(reflection: str) -> None:
    assert not letdown_said_back(reflection, "ar")


def test_confirmed_let_down_after_praise_is_apologised_for_and_the_praise_thanked() -> None:
    # RES2:1608's kind: NLU reads praise, the reflection says «لحومه غير حلال» back, and the
    # customer's "yes" was answered «شكراً لأنك قلت «مطعم ممتاز …»» as if nothing went wrong.
    chat = Script("ar")
    chat.start()
    told = "مطعم ممتاز والموقع في قلب البلد القديمة. لحومه غير حلال. الموظفين محترمين."
    chat.says(told, intent="praise", sentiment="positive")
    reply = chat.says("نعم", intent="affirm")
    assert not any(v.split("«")[0] in reply for v in variants("ar", "thanks_praise")), reply
    assert liked_heard("ar", reply), reply
    # the part that let them down, not «لم يكن الأكل بالمستوى» for the food they praised
    assert any(v in reply for v in variants("ar", "apology_part")), reply
    chat.assert_well_spoken()


@pytest.mark.parametrize(
    ("reflection", "owned"),
    [
        ("ما فهمته: الماكينة علقت من ثاني يوم وللاسف سلعة سيئة. هل أصبت؟", True),
        ("إذن قلت: «اسوء مطعم دخلته بسبب الادارة». هل فهمتك صح؟", True),
        ("يعني أنت لا تنصح به في العيد، وتحدثت أيضاً عن السعر. هل هذا ما تقصده؟", True),
        ("ما فهمته: السلعة ليست سيئة ابدا بالنسبة لسعرها. هل أصبت؟", False),
        ("إذن قلت: «الزحمة تعطيك انطباع انه سيكون سيئ والعكس صحيح». هل فهمتك صح؟", False),
        ("يعني هو صحي ومفيد، اما العشاء فلا تنصح به لانه خفيف. هل هذا ما تقصده؟", False),
        ("ما فهمته: سريعة جدا فلا تنصح بها للأماكن الضيقة. هل أصبت؟", False),
    ],
)
def test_a_verdict_said_back(reflection: str, owned: bool) -> None:
    assert letdown_said_back(reflection, "ar") is owned


def test_nothing_liked_said_back_is_not_thanked() -> None:
    # A broken machine's «سلعة سيئة» said back: no "thanks for what you liked" after the apology.
    chat = Script("ar")
    chat.start()
    told = "وصلت الماكينة واشتغلت اول يوم وثاني يوم علقت والمقصات لا تعمل وللاسف سلعة سيئة"
    chat.says(told, intent="praise", sentiment="positive")
    reply = chat.says("نعم", intent="affirm")
    assert not liked_heard("ar", reply), reply
    assert not any(v.split("«")[0] in reply for v in variants("ar", "thanks_praise")), reply


@pytest.mark.parametrize(
    ("reflection", "liked", "key"),
    [
        (
            "يعني أكلات لذيذة جدا وخدماته جيدة ويعيبه السعر المبالغ فيه. صحيح؟",
            True,
            "apology_price",
        ),
        ("إذن الجلسة جميلة لكن الشوربة كانت باردة جدا. صحيح؟", True, "apology_meal"),
        ("إذن الأكل ممتاز لكن المكان صغير. هل فهمتك صح؟", True, "apology_part"),
        ("ما فهمته: المكينة علقت وللاسف سلعة سيئة. هل أصبت؟", False, "apology"),
    ],
)
def test_the_apology_names_the_let_down_not_the_praised_food(
    reflection: str, liked: bool, key: str
) -> None:
    letdown = letdown_in(reflection, "ar")
    assert letdown is not None
    assert apology_for(letdown, liked) == key
