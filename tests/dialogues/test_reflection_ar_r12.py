"""Arabic reflections, round 12: a second judged sample of restaurant and travel reviews.

Constructed reviews for the general rules behind the judged faults: a reviewer's advice to
other readers, a second-person "you" meant for anyone and a clause in English are quoted,
never said in the bot's voice; «فلي» ("so I have") is shifted with its verbs, never left
half in the first person; a phone number costs only itself; «لكن» is heard with the short
clause it turns against, or said without its «لكن» when that clause is not heard; what the
review says of the place itself outweighs a lead-in about places in general; «لا تفوتكم»،
«لا يوصف»، «نصيحتي» are verdicts, and a worded verdict outweighs a scorecard line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dialogues.reflection import reflect
from dialogues.reflection.ar import shift
from dialogues.reflection.ar_choice import polarity
from dialogues.reflection.ar_readers import addressed, tidy
from dialogues.reflection.ar_sides import hangs
from dialogues.reflection.ar_verdicts import VERDICT, rating_only
from dialogues.text import fold


def test_advice_to_other_readers_is_quoted() -> None:
    for advice in (
        "إذا تحب المشويات لا تفوته",
        "بس المهم كلوه وهو ساخن",
        "انت تدخل وتشوف الديكور وتتوقع شي فخم",
        "اذا زرت المدينة ولم تمر عليه فاتك الكثير",
        "لن تجد مثل فطائرهم في الحي",
        "و لا تنس السلطة",
    ):
        assert addressed(advice), advice
        assert shift(advice) is None, advice
    said = reflect(["شاورما ممتازة جدا\nإذا تحب الشاورما لا تفوته"], "ar")
    assert "«إذا تحب الشاورما لا تفوته»" in said


def test_own_telling_is_not_taken_for_advice() -> None:
    for told in ("المطعم لا يستحقه هذا السعر", "اكلهم حلوه والقهوه طيبة", "اتمنى ان تتحسن الخدمة"):
        assert not addressed(told), told
    assert shift("اتمنى ان تتحسن الخدمة") == "تتمنى ان تتحسن الخدمة"


def test_english_is_quoted_in_an_arabic_reply() -> None:
    assert shift("I ordered the lamb with rice") is None
    said = reflect(["I ordered the lamb with rice and it was cold"], "ar")
    assert "«I ordered the lamb with rice and it was cold»" in said


def test_so_i_have_is_shifted_with_its_verbs() -> None:
    assert shift("فلي ذكريات حلوة هناك لن انساها") == "فلك ذكريات حلوة هناك لن تنساها"
    assert shift("ولي العهد افتتح المكان") is None  # the crown prince: quoted, never «ولك»


def test_a_phone_number_costs_only_itself() -> None:
    assert "\n" in tidy("الاكل لذيذ 0551234567 اتصلوا")
    said = reflect(["الاكل جدا لذيذ واسعاره رخيصه 0551234567 اطلبوا من الرقم"], "ar")
    assert "لذيذ" in said and "0551234567" not in said


def test_symbols_for_a_colon_or_an_arrow_are_not_echoed() -> None:
    assert tidy("الخدمة=سريعة") == "الخدمة: سريعة"
    assert tidy("الكل يطلب المانجو >>>انا ما حبيته") == "الكل يطلب المانجو، انا ما حبيته"


def test_but_comes_with_the_short_clause_it_turns_against() -> None:
    said = reflect(
        [
            "لذيذ ونظيف\nالخبز طازج والصلصات كثيرة\nالعمال من الفلبين والمدير سوداني\n"
            "الاسعار غالية شوي.. ولكن يستحق التجربة\nانصح فيه لمحبي الاكل البحري"
        ],
        "ar",
    )
    assert "الاسعار غالية شوي" in said and "يستحق التجربة" in said


def test_but_without_what_it_turns_against_loses_its_but() -> None:
    said = reflect(
        [
            "للأسف فرع الشرقية اسوأ بكثير من فرع الرياض\n"
            "والموظف قال لي الطعم واحد في الفرعين والفرق في الجلسات بس\n"
            "لكن تفاجأت ان الطعم سيء جدا والرز بارد والخبز ناشف\n"
            "كنت ابغى اطلب حلا ومالقيت شي في المنيو"
        ],
        "ar",
    )
    assert "، لكن تفاجأت" not in said and "تفاجأت" in said


def test_the_place_itself_outweighs_places_in_general() -> None:
    assert polarity("ومن السهل تمييز الجيد منها او الرديء") == (0, 0)
    said = reflect(
        [
            "المطاعم الهندية صارت كثيرة في المدينة ومن السهل تمييز الجيد منها او الرديء\n"
            "ببساطة هذا المطعم يرفع المستوى لدرجة ثانية من اول ما تدخل"
        ],
        "ar",
    )
    assert "هذا المطعم يرفع المستوى" in said


def test_travel_verdicts() -> None:
    for verdict in (
        "لا تدعوا الفرصة تفوتكم",
        "فلا تتردد في زيارته",
        "احساس لا يوصف",
        "رحلة غير قابلة للنسيان",
        "ونصيحة لاتروح فرع المطار",
        "أنا أقيم المكان تقييم عالي",
    ):
        assert VERDICT.search(verdict), verdict
    assert rating_only("9/10 الخدمة") and not rating_only("أقيمه 9/10 لانه متقن في كل شي")


def test_the_rest_of_a_time_never_opens_a_clause() -> None:
    assert hangs("ونصف من وسط المدينة")
    said = reflect(
        [
            "معبد قديم في الجبل يزوره الناس من كل مكان ويقولون انه عمره الف سنة\n"
            "وهو يبعد ساعة ونصف من المدينة ونصف ساعة من المطار على قمة جبل عالي وبارد جدا"
        ],
        "ar",
    )
    assert not said.startswith("ونصف") and "ساعة ونصف" in said


def test_unforgettable_and_dont_miss_are_heard() -> None:
    said = reflect(
        [
            "رحلة غير قابلة للنسيان\n"
            "من سنين وانا اركب القارب من الضفة للضفة وكان سعره ريال والحين صار بخمسة ريال"
            " وكنت اطعم الطيور كل مرة ومرة طار طير فوق راكب جنبي وزعل مني كثير"
            " والمهم لا تدعوا فرصة ركوب القارب تفوتكم"
        ],
        "ar",
    )
    assert "غير قابلة للنسيان" in said and "تفوتكم" in said


def test_a_short_complaint_comes_with_its_reason() -> None:
    said = reflect(
        [
            "مطعم الحي الشعبي\n\n"
            "كل اسبوع اطلب منهم فول وتميس وشاهي حليب للعائلة\n"
            "عموما الفول ممتاز والتميس ممتاز جدا\n"
            "لكن اكره اروح له وهو قريب مني لعدم توفر المواقف والزحمة في رمضان"
        ],
        "ar",
    )
    assert "اكره" not in said and "لعدم توفر المواقف" in said


def test_but_before_a_described_fault_keeps_its_but() -> None:
    said = reflect(
        [
            "ممتاز ولكن\nماكولات طيبه جدا\n"
            "العمال من الفلبين والمدير من لبنان والمكان في وسط البلد قريب من السوق القديم\n"
            "ولكن رائحه الزبده الساخنه تملا المكان ..فتضايق الزائرين خاصه ان المطعم في مكان مغلق"
        ],
        "ar",
    )
    assert "ولكن رائحه الزبده" in said  # «الساخنه» describes the butter: no praise to turn


def test_a_held_vowel_is_said_as_the_word() -> None:
    said = reflect(["الاكل لذييذ والجلسات حلوو والموظفين محترمين"], "ar")
    assert "لذيذ" in said and "حلو " in said and "لذييذ" not in said
    assert "مما" in reflect(["الخدمة بطيئة مما يضايق الزبائن كثيرا"], "ar")  # its own «مم»


def test_a_loved_place_in_the_heading_is_heard() -> None:
    said = reflect(
        [
            "احب هذا المكان !!\nتعجبني فكرة العرض وترتيب الالعاب ... واتمتع بالنظر الى كل شي"
            " فيه\nحقا انه مكان يجذب النظر بشكل كبير"
        ],
        "ar",
    )
    assert "تحب هذا المكان" in said


def test_a_spelling_said_back_does_not_depend_on_the_hash_seed() -> None:
    # «هادي» and «هادئ» fold alike: which one is said back was once left to a set's order,
    # which PYTHONHASHSEED picks anew for every process.
    child = (
        "import json; from dialogues.reflection import ar_aspects as a;"
        " print(json.dumps(a._BY_FOLD))"
    )
    root = Path(__file__).resolve().parents[2]
    said = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", child],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PYTHONHASHSEED": seed},
                cwd=root,
            ).stdout
        )
        for seed in ("1", "2", "3", "4")
    ]
    assert all(s == said[0] for s in said)
    assert said[0][fold("هادي")] == "هادئ"
