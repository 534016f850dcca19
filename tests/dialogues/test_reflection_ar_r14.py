"""Arabic reflections, round 14: a long review said back by its point, never echoed.

Constructed reviews for the rules of ``ar_long``: in a message of more than 30 words a clause
past 14 words is cut to its judging part (never a part leaning on what is left out), at most
two clauses are said (the verdict, both sides of a mixed review, the weightiest), and the
closing «وذكرت أموراً أخرى أيضاً» owns the rest; short messages are untouched.
"""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.ar_long import _cut, _unturned, _verdict, shorten, weight
from dialogues.reflection.clauses import MORE
from dialogues.reflection.units import Unit

_MORE = "وذكرت أموراً أخرى أيضاً"
_FILLER = ["كلمة"] * 31  # a message past 30 words


def _units(*texts: str) -> list[Unit]:
    return [Unit(text, i, False, i, "") for i, text in enumerate(texts)]


def test_a_long_clause_loses_its_setting_and_keeps_its_judgment() -> None:
    review = (
        "رحنا المطعم يوم الجمعة مع العائلة بعد صلاة العصر وكان المكان شبه فاضي والجو حلو. "
        "طلبنا مشويات ومقبلات وسلطة. الطاولات قريبة من بعض. "
        "والموسيقى الموجودة هادئة وجميلة وتعطي جو حلو للعشاء"
    )
    said = reflect([review], "ar")
    assert "والجو حلو" in said and "صلاة العصر" not in said
    assert said.endswith(_MORE)  # what was cut away is owned, not pretended away


def test_the_verdict_inside_a_long_clause_is_never_cut_away() -> None:
    review = (
        "المطعم في شارع التحلية قريب من الإشارة وله مواقف كثيرة للسيارات وقت الظهر ويفتح من "
        "الصبح بدري والمكان مرتب من الداخل والموظفين ودودين وكان الاكل لذيذ جدا ويستحق "
        "التجربة ومنافس قوي للمطاعم الهندية الموجودة في المدينة"
    )
    said = reflect([review], "ar")
    assert "يستحق التجربة" in said and "شارع التحلية" not in said
    assert len(said.split()) <= 20


def test_a_part_leaning_on_what_is_left_out_is_never_said_alone() -> None:
    clause = (
        "طلبنا من المنيو اكثر من طبق ولقينا كل شي تمام بس الأحلى المشوي وخصوصا السمك المشوي الذ سمك"
    )
    short, _ = _cut(Unit(clause, 0, False, 0, ""))
    assert not short.text.startswith(("بس", "وخصوصا"))
    listed = "المطعم من اقدم مطاعم المدينة ويقدم اكل صيني وإيراني وهندية لذيذة ومريح ومتنوع"
    short, _ = _cut(Unit(listed + " ويناسب الكل", 0, False, 0, ""))
    assert not short.text.startswith("و")


def test_at_most_two_clauses_the_verdict_first() -> None:
    units = _units(
        "الديكور جميل والجلسات مريحة",
        "الأسعار مرتفعة جدا",
        "النظافة ممتازة",
        "لا أنصح به أبدا",
        MORE,
    )
    kept = [u.text for u in shorten(units, [" ".join(_FILLER)])]
    assert "لا أنصح به أبدا" in kept and len(kept) == 3 and kept[-1] == MORE


def test_the_praise_a_kept_turn_answers_stays_with_it() -> None:
    units = _units(
        "قلت انه احتمال تحكم عليه بالسوء",
        "تجربة المطعم رائعة جداً",
        "ولكن الفرع يعيبه الزحمة وطول الانتظار",
    )
    kept = [u.text for u in shorten(units, [" ".join(_FILLER)])]
    assert kept[:2] == ["تجربة المطعم رائعة جداً", "ولكن الفرع يعيبه الزحمة وطول الانتظار"]


def test_an_example_goes_before_the_clause_it_illustrates() -> None:
    units = _units(
        "كانت الأطباق شهية زمان",
        "خصوصاً الحمص والفلافل المشكلة",
        "الفول اليوم سيء جدا ولا يشبه الفول",
    )
    kept = [u.text for u in shorten(units, [" ".join(_FILLER)])]
    assert "خصوصاً الحمص والفلافل المشكلة" not in kept
    assert "الفول اليوم سيء جدا ولا يشبه الفول" in kept


def test_a_mixed_review_keeps_its_only_praise() -> None:
    units = _units(
        "الخدمة حلوة والموظفين متعاونين",
        "الناتشوز عادية وطعمها سيء",
        "المكان مزعج ومزدحم دايم",
    )
    kept = [u.text for u in shorten(units, [" ".join(_FILLER)])]
    assert "الخدمة حلوة والموظفين متعاونين" in kept


def test_a_short_message_is_untouched() -> None:
    units = _units("الأكل لذيذ", "الخدمة بطيئة", "الأسعار غالية")
    assert shorten(units, ["الأكل لذيذ، الخدمة بطيئة، الأسعار غالية"]) == units


def test_the_last_visit_is_no_verdict_and_a_lone_score_is_one() -> None:
    assert not _verdict("رحت له مرتين واخر مره رحت له قبل 4 سنوات")
    assert _verdict("وهذي آخر مرة أزوره")
    assert _verdict("الدرجة 7 من 10", scorecard=False)
    assert not _verdict("الأسعار 8/10", scorecard=True)
    assert weight("الأسعار مرتفعة جدا") > weight("الديكور جميل")  # a complaint weighs more


def test_the_opening_judgment_of_the_place_is_kept() -> None:
    units = _units(
        "المطعم سيء من جميع النواحي",
        "الفلافل فقط فيها نكهة جميلة",
        "القذارة علامة ظاهرة عند الثلاجة والعمال سيئين",
    )
    kept = [u.text for u in shorten(units, [" ".join(_FILLER)])]
    assert kept[0] == "المطعم سيء من جميع النواحي"
    # the stronger complaint is never left out for a milder one: all three are said
    assert "القذارة علامة ظاهرة عند الثلاجة والعمال سيئين" in kept


def test_a_flaw_named_and_a_scorecard_are_never_cut_to_a_fragment() -> None:
    named = (
        "ما يميز المكان إنه راقي وهادئ ومنظر البحر خلاب جدا من الشرفة "
        "ويعيب المكان أنه بعيد عن وسط المدينة"
    )
    short, _ = _cut(Unit(named, 0, False, 0, ""))
    assert "يعيب" in short.text  # «… ويعيب المكان …» is the point, never cut away
    card = (
        "سلبيته عدم النظافة في دورات المياه والجلسات تقييمي له الأكل ٨/١٠ "
        "النظافة ٠/١٠ تعامل الموظفين ٧/١٠"
    )
    short, _ = _cut(Unit(card, 0, False, 0, ""))
    assert not short.text[:1].isdigit()  # never «٨/١٠ النظافة …» without its label


def test_a_wish_and_a_clause_with_its_lead_are_kept() -> None:
    units = _units(
        "مطعم راقي جدا",
        "واتمنى ان ارى له فروع جديدة في المدينة",
        "الخدمة ممتازة والعاملين متميزون جدا",
    )
    kept = [u.text for u in shorten(units, [" ".join(_FILLER)])]
    assert "واتمنى ان ارى له فروع جديدة في المدينة" in kept
    # «طلبت عصير» then «وكان العصير سيء جداً»: one point told over two clauses
    units = _units("الأكل جيد لكن غير مميز", "طلبت عصير", "وكان العصير سيء جداً")
    kept = [u.text for u in shorten(units, [" ".join(_FILLER)])]
    assert kept == [u.text for u in units]


def test_a_visit_past_forgetting_is_a_verdict() -> None:
    assert _verdict("كانت خاتمة رحلة لا تنسى")


def test_a_turn_said_first_loses_its_but_and_a_part_never_dangles() -> None:
    units = _units("المكان حلو", "بس المطبق ما تحصله الا بالمساء", "لا انصح بالمعصوب ابدا")
    # what «بس» turned against left out, it opens the reflection: said without it
    assert _unturned(units, [1, 2], 1).text == "المطبق ما تحصله الا بالمساء"
    assert _unturned(units, [0, 1], 1).text == units[1].text  # kept with what it answers
    clause = (
        "مذهل خاصه تلك الشماسي الألكترونيه التي تم وضعها في الساحه الخارجيه للفندق والخدمه الرائعه"
    )
    short, _ = _cut(Unit(clause, 0, False, 0, ""))
    assert not short.text.endswith("التي تم")


def test_again_is_a_verdict_only_when_denied() -> None:
    assert _verdict("قررت اني ما افكر اروح له مرة ثانية")
    assert not _verdict("وقمت مرة ثانية اشتريت واحد رمادي")


def test_a_short_praise_of_the_place_does_not_stand_for_the_verdict_cut_away() -> None:
    clause = (
        "يشتهر المطعم بالاسماك الطازجة واللحوم الطازجة ويقدم ايضا البيتزا ذات الطعم المتميز "
        "انصح كل سائح بزيارة هذا المطعم"
    )
    short, _ = _cut(Unit(clause, 0, False, 0, ""))
    assert "انصح" in short.text
