"""Arabic reflections, round 41 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

from dialogues.reflection import ar_folded, reflect
from dialogues.reflection.ar_choice import polarity
from tests.dialogues.ar_units import PlainUnit as _Unit
from tests.dialogues.ar_units import plain_units as _units


# ---- 1. a plain complaint or a cost is never folded into «وذكرت أموراً أخرى» ----------------
def test_plain_complaint_left_out_is_said_back() -> None:
    units = _units(
        "المقهى هادئ ومريح والجلسات واسعة",
        "القهوة مميزة والكيك لذيذ جدا",
        "الاسعار مبالغ فيها جدا",
        "انصح به",
    )
    assert ar_folded.with_complaints(units, [1, 3], polarity) == [1, 2, 3]


def test_cost_going_on_from_a_kept_clause_is_said_back() -> None:
    units = _units("ذهبنا للعشاء مع العائلة", "الاكل جميل وهو غالي", "حيث كلفتني الوجبة ٥٠ ريال")
    units[2] = _Unit(units[2].text, " ")
    assert ar_folded.with_complaints(units, [1], polarity) == [1, 2]


def test_praise_is_not_taken_for_a_complaint() -> None:
    units = _units(
        "المطعم جميل والاكل لذيذ",
        "من الصعب ان تجد مثله في المدينة",  # praise, though «الصعب»
        "فيه اكل مصرى وعربى وسى فوود",  # «سى» is no «سيء»
        "الحارة القديمة جميلة والمكان هادئ",
    )
    assert ar_folded.with_complaints(units, [0], polarity) == [0]


def test_a_complaint_leaning_on_a_clause_left_out_stays_out() -> None:
    units = _units(
        "الاكل لذيذ والخدمة ممتازة",
        "الخدمه سيئه والطلب تأخر كثيرا جدا جدا",
        "تجلس تنتظرهم وبطيئين شوي",  # its subject is in the clause before, left out
        "بس المكان بارد",  # «بس …» leans on another
        "انصح به",
    )
    assert ar_folded.with_complaints(units, [0, 4], polarity) == [0, 1, 4]


def test_a_complaint_written_against_a_kept_clause_without_a_comma_stays_out() -> None:
    units = [_Unit("الاكل لذيذ جدا", ""), _Unit("المكان بارد", ""), _Unit("لا انصح به", " ")]
    assert ar_folded.with_complaints(units, [0, 2], polarity) == [0, 2]


def test_a_price_told_without_complaint_is_left_to_the_tail() -> None:
    # g_ar41x: «… وبنفس السعر 20 جنيه للطبق» said back in place of «وتحدثت أيضاً عن الأسعار»
    # read worse: a price with no complaint is named by the tail, not said.
    told = (
        "الخدمه مقبوله و المكان ظريف بديكورات لطيفه للاطفال. مكرونه السى فود هى أفضل الموجود"
        " لديه و هى بكميه كبيره و لذيذه جدا. أما شوربه السى فود كانت غير مركزه خفيفه وليست"
        " غنيه مثل المكرونه و بنفس السعر 20 جنيه للطبق"
    )
    assert "20 جنيه" not in reflect([told], "ar")


def test_a_heading_its_body_says_again_is_not_added() -> None:
    # g_ar41x: «عادي جدا ولا يوجد تكييف، الجو في المطعم حار ولا يوجد تكييف»: said twice.
    units = _units(
        "عادي جدا ولا يوجد تكييف",
        "الجو في المطعم حار ولا يوجد تكييف",
        "والموسيقى محدودة",
        "الموظفة لطفت الجو وقدمت الطعام بشكل مرضي",
    )
    assert ar_folded.with_complaints(units, [1, 3], polarity) == [1, 3]
