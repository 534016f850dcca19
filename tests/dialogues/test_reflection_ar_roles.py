"""Arabic reflections keep the problem, never a broken word, and a «لكن» with its clause.

Constructed cases for the broad defaults of round 5: a clause with a problem word is never
left out to keep scene-setting, a contrast («ولكن …») comes with the clause it answers, a
stretched first letter or a score after a colon is never cut, and a glued word is quoted.
"""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.ar import shift
from dialogues.reflection.ar_edges import is_title
from dialogues.reflection.noise import clean


def test_a_stretched_first_letter_leaves_the_word_whole() -> None:
    assert clean("الموظفين سسسسسيئين جدا", "ar") == "الموظفين سيئين جدا"


def test_a_score_after_a_colon_is_not_an_emoticon() -> None:
    assert "3.5 من 10" in clean("جودة الطعام :3.5 من 10", "ar")
    assert clean("حلو :)", "ar") == "حلو"


def test_a_score_line_is_a_verdict_not_a_heading() -> None:
    assert not is_title("تقييمي له: 3 من 10")
    assert is_title("تقييمي لمطعم البيك:")
    assert "3 من 10" in reflect(["الاكل بارد والخدمة بطيئة جدا. تقييمي له: 3 من 10"], "ar")


def test_a_basmala_alone_is_not_reflected() -> None:
    assert reflect(["بسم الله"], "ar") == ""


def test_thanks_for_something_is_not_cut_to_its_object() -> None:
    said = reflect(["اشكركم على سرعة التوصيل والسعر"], "ar")
    assert said == "تشكر على سرعة التوصيل والسعر"


def test_a_glued_word_sends_the_clause_to_a_quote() -> None:
    assert shift("صالةالطعام واسعة ونظيفة") is None
    assert shift("الطعم واضح والرز محروق") == "الطعم واضح والرز محروق"


def test_the_problem_is_kept_over_scene_setting() -> None:
    message = (
        "يوم الاثنين يوم العرض اشترى وحدة واحصل على الاخرى مجانا. "
        "طلبت انا وزميلي بيتزا وحصلنا على اخرى مثلها. "
        "في اليوم التالي اصبت بالم في البطن انا وزميلي. من بعدها كرهت المطعم"
    )
    said = reflect([message], "ar")
    assert "بالم في البطن" in said
    assert "العرض" not in said


def test_a_list_item_with_and_does_not_pull_in_the_mild_item_before_it() -> None:
    message = (
        "طلبت منه بحريات مشكلة .. طبعاً مقلي لأن المشوي رحت الساعة 12 وربع قال مافيه .. "
        "السمك الحمد لله سيء جداً .. والربيان مشي حالك .. والبطاطس غير لذيذ ! "
        "والثوم طعمه سيء للغاية !!"
    )
    said = reflect([message], "ar")
    assert "مشي حالك" not in said
    assert "سيء" in said


def test_a_contrast_comes_with_the_clause_it_answers() -> None:
    message = (
        "لا انصح بشرائها فهي سلعة شكلها يوحي بمواصفاتها ولكن كل مواصفاتها لا تنطبق عليها "
        "فهي ضعيفه من حيث القوة كذالك تتوقف عند الضغط عليها قليلا"
    )
    said = reflect([message], "ar")
    assert "لا تنطبق عليها" in said
    assert "ضعيفه من،" not in said and not said.rstrip("»").endswith(" من")


def test_the_thing_i_like_most_is_quoted_not_shifted() -> None:
    assert shift("أحب شيء لي لديهم هو المظبي") is None
    assert shift("احب الشاي عندهم") == "تحب الشاي عندهم"


def test_a_passive_not_recommended_is_a_verdict_kept() -> None:
    message = (
        "طلبت بيتزا أسوأ من كذا ما في ومن سخونتها حرقت فمي بالغلط وطعمها غبي بالمرة "
        "تقول عجينة وقطع فوقها خضار ورمالك هية      لا ينصح به إطلاقا!"
    )
    assert "لا ينصح به" in reflect([message], "ar")


def test_a_glued_and_does_not_open_the_reflection() -> None:
    assert reflect(["واسعاره حلوه"], "ar") == "اسعاره حلوه"
    assert reflect(["واضح انه مستعمل"], "ar").startswith("واضح")


def test_opening_hours_are_no_verdict() -> None:
    from dialogues.reflection.ar_choice import _VERDICT

    assert _VERDICT.search("مواعيد العمل") is None
    assert _VERDICT.search("ولا انصح به") is not None


def test_a_clause_opening_with_fi_is_no_continuation() -> None:
    from dialogues.reflection.ar_leads import _CONTINUES

    assert _CONTINUES.match("في الديكور المبالغ فيه") is None
    assert _CONTINUES.match("فيجيب الطلب بارد") is not None


def test_a_contrast_of_three_words_is_no_clause_to_add() -> None:
    message = (
        "هي مكانها مايريح نفسيا .. تخليك تحس انه وسخ وكأنة بوفية مو معروفة ..   "
        "بس طعم الفلافل - سندويشآت الفلافل مره حلوه ,,    لاكن ينقص المطعم المكان الحلو"
        " - مايكون جمب مجاري زي الفرع الي بحي الربوة .."
    )
    assert "بس طعم الفلافل،" not in reflect([message], "ar")


def test_thanks_for_something_said_at_length_is_kept_in_the_bots_voice() -> None:
    said = reflect(["جيدة...... شكراً....... على المصداقية في التعامل لأنها أهم شيء"], "ar")
    assert "تشكر على المصداقية" in said
    assert not said.startswith("على") and "، على" not in said


def test_a_leaning_haith_or_tamma_does_not_open_the_reflection() -> None:
    from dialogues.reflection.ar_edges import edges, without_opening_waw

    assert edges("حيث بمجرد لبسها تتقطع", first=True) == "بمجرد لبسها تتقطع"
    assert without_opening_waw("وتم تركيبها ممتاز جدا") == "تم تركيبها ممتاز جدا"


def test_a_we_verb_after_and_is_quoted_not_left_in_the_bots_voice() -> None:
    assert shift("وناكل ذاك الكباب اللي على كيف كيفك") is None
    assert shift("ونشرب الشاي هناك") is None
    assert shift("اشرب الشاي هناك") == "تشرب الشاي هناك"


def test_a_this_pointing_back_at_a_left_out_clause_is_heard_last() -> None:
    from dialogues.reflection.ar_choice import _DANGLING

    assert _DANGLING.match("طبعا هذا بدون بطاطس او حلقات بصل")
    assert not _DANGLING.match("هذا المطعم سيء جدا")
    assert not _DANGLING.match("هذا من افضل مطاعم عنيزة")


def test_the_outcome_of_an_if_is_never_said_without_its_if() -> None:
    message = (
        "الخدمه عندهم X خصوصا فرع النخيل بلازا بالفصيم لان العماله سعوديه لو العماله فلبينيه"
        " تلقون الوجوه بشوشه ويجيبون الطلب بخمس دقائق مو مثل السعوديون ونفخهم على غير سنع"
    )
    said = reflect([message], "ar")
    assert not said.startswith("يجيبون")
    if "يجيبون الطلب" in said:
        assert "لو العماله" in said


def test_an_aside_opening_with_maa_alilm_is_heard_last() -> None:
    message = (
        "شغلته واول مرة اشغله ضرب عليا ولا ينفع مع العلم كان عندي نفس شكل الشاحن لكن ممتاز"
        " لكن هذا الشاحن من اول مرة حطيته طلع صوت ثم شرارة وربي لطف وسلم"
    )
    said = reflect([message], "ar")
    assert not said.startswith("مع العلم")
