"""Arabic reflections, round 25: "other things", «اا» for «ال», «و» and «ولكن» openings, «قمت».

Constructed reviews: a heading left out whose every content word the kept body says again
is heard already, so the reply does not add «وذكرت أموراً أخرى أيضاً» for it.
"""

from __future__ import annotations

from typing import NamedTuple

from dialogues.reflection import ar_edges, ar_twice, noise, reflect

_MORE = "وذكرت أموراً أخرى أيضاً"


class _U(NamedTuple):
    text: str
    glue: str


def test_a_heading_the_body_says_again_is_no_other_thing() -> None:
    review = (
        "اتساع العمارة في العصر العباسي القديم\n"
        "انها احدى دلائل اتساع العمارة في العصر العباسي القديم مثل فن الزخرفة والحرف اليدوية"
        " وفن النقش مابين روعة الاداء ودقة التنفيذ وجمال الرؤية"
    )
    said = reflect([review], "ar")
    assert "دلائل اتساع العمارة" in said and "وجمال الرؤية" in said and _MORE not in said


def test_a_heading_with_a_word_of_its_own_is_still_another_thing() -> None:
    kept = [_U("الطعام لذيذ جدا والخدمة سريعة", "")]
    own = _U("الطعام لذيذ والأسعار غالية", "")  # «الأسعار غالية»: said nowhere else
    assert ar_twice.unsaid([own], kept) == [own]
    covered = _U("طعام لذيذ وخدمة سريعة", "")
    assert ar_twice.unsaid([covered], kept) == []
    one_word = _U("زي بيتزا هت", "")  # a single content word: left as before
    assert ar_twice.unsaid([one_word], [_U("أطيب بيتزا أكلتها", "")]) == [one_word]


def test_an_alef_typed_for_the_articles_lam_is_mended() -> None:
    said = noise.clean("اامطعم نظيف جدا و ااخدمة سريعة", "ar")
    assert "المطعم نظيف" in said and "الخدمة سريعة" in said
    assert "امطعم" not in said.replace("المطعم", "")
    assert "اكثر شي" in noise.clean("ااكثر شي عجبني", "ar")  # a held alef: «اكثر» as before


def test_an_and_opening_the_reflection_is_dropped_in_our_voice_too() -> None:
    assert ar_edges.without_opening_waw("ومايميزه هو موقعه") == "مايميزه هو موقعه"
    assert ar_edges.without_opening_waw("وماتحس بالوقت") == "ماتحس بالوقت"
    assert ar_edges.without_opening_waw("وماء البحر صاف") == "وماء البحر صاف"  # «ماء»: water
    review = (
        "أفضل مطعم ذو إطلالة\nالمطعم بكل اختصار نسخة من مطعم مشهور\n"
        "ولكن مع تغيير أسماء الأطباق\nومايميزه هو موقعه الرائع وتتوفر لديهم إطلالة رائعة"
        " وجلسات مميزة وربما يجب عليك الانتظار بسبب"
        " الزحمة وسأكرر زيارتي لهذا المطعم الجميل عندما أزور المدينة."
    )
    said = reflect([review], "ar")
    assert said.startswith("مايميزه هو موقعه الرائع")


def test_at_the_height_typed_with_a_ta_is_mended() -> None:
    assert "في قمة الروعه" in noise.clean("في قمت الروعه من حيث التصميم", "ar")
    assert "قمة النظافه" in noise.clean("المكان في قمت النظافه", "ar")
    assert "قمت الصبح" in noise.clean("قمت الصبح ورحت له", "ar")  # "I got up": untouched
