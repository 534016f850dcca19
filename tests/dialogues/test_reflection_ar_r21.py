"""Arabic reflections, round 21: a line break inside a sentence is no sentence end.

Constructed reviews: a line ending on a word that never ends a clause (a preposition, the
head of a pair) goes on in the next line, so a quote never closes on «على»; a negated verb
ending a line keeps the problem it negates on the next line («لا نواجه | مشكلة»); a «و» typed
apart after a preposition («الي و جود») is glued to its word; a held «م» opening a word is
«مم»; «… او لا» asks; an aspect summary says the review's summing up («التقييم العام ممتاز
جدا»); a link to a point left out («والشي الاخير»، «ثالثا») is not said, nor «وغير كذا»
opening the reflection.
"""

from __future__ import annotations

from dialogues.reflection import ar, ar_aspects, ar_edges, noise, reflect


def test_a_line_ending_on_a_preposition_goes_on_in_the_next_line() -> None:
    review = "الاكل كان بارد جدا ووجدت شعرة طويلة ملتصقة على  \n الخبز الذي قدموه لنا مع الطبق"
    assert "ملتصقة على الخبز" in noise.clean(review, "ar")
    said = reflect([review], "ar")
    assert "على الخبز" in said and "على»" not in said


def test_a_paragraph_break_or_a_list_item_stays_a_break() -> None:
    assert "على الخدمة" not in noise.clean("الجلسات مريحة وتطل على\n\nالخدمة سيئة جدا", "ar")
    assert "في 2" not in noise.clean("الفروع موجودة في\n2- الرياض", "ar")
    assert "مرت علي غالي" not in noise.clean("من اسوأ المطاعم اللي مرت علي\nغالي جدا", "ar")


def test_each_other_ending_a_line_stays_a_break() -> None:
    # «على بعض» ("onto each other") ends its clause: the next line is a point of its own
    two = "الاسعار في ازدياد والصالة مفتوحة على بعض\nلازم المطاعم تراعي العوائل"
    assert "على بعض لازم" not in noise.clean(two, "ar")
    assert "«لازم المطاعم تراعي العوائل»" in reflect([two], "ar")
    # a title ending on «من بعض» is not glued onto the body under it
    titled = "اكلات متنوعة اطعم من بعض\nالزيارة كانت في العيد والزحام شديد ولكن الاكل ممتاز"
    assert "بعض الزيارة" not in noise.clean(titled, "ar")
    # further down the same ending goes on: «اللي في | طريق سلطان» is one place
    place = "أفضل ستيك\nخاصة المحل اللي في\nطريق سلطان"
    assert "اللي في طريق سلطان" in noise.clean(place, "ar")


def test_a_negated_verb_keeps_the_problem_on_the_next_line() -> None:
    review = "المول صغير وهادئ وغير مزدحم ودائما لا نواجه\nمشكلة في مواقف السيارات ابدا"
    assert "لا نواجه مشكلة في مواقف" in noise.clean(review, "ar")
    said = reflect([review], "ar")
    assert "لا نواجه مشكلة" in said
    # a judgment word after the negation is no verb: «حلو بس مو مره | العيب …» stays apart
    assert "مره العيب" not in noise.clean("حلو بس مو مره\nالعيب الوحيد السكر الكثير", "ar")


def test_an_and_typed_apart_after_a_preposition_is_its_word_s_first_letter() -> None:
    review = (
        "المتحف رائع ومنظم، بالاضافه الي و جود كرسي صغير لكبار السن ليتمكنوا من التجوال "
        "في المتحف بدون الخوف من التعب لعدم و جود الكراسي في بعض الغرف"
    )
    cleaned = noise.clean(review, "ar")
    assert "الي وجود كرسي" in cleaned and "لعدم وجود الكراسي" in cleaned
    assert "«جود" not in reflect([review], "ar")
    # after a word that can end a clause the «و» is "and", left as it was
    assert "بدون و بحمص" in noise.clean("تاخذها ببيض او بدون و بحمص", "ar")


def test_a_held_mim_opening_a_word_is_the_double_mim_of_its_word() -> None:
    cleaned = noise.clean("الفيلم مممل جدا والقصة ممميزة بس الجلسة ومممتع المكان", "ar")
    assert "ممل جدا" in cleaned and "مميزة" in cleaned and "وممتع" in cleaned
    assert " مل " not in f" {cleaned} "


def test_or_not_asks_unless_a_conditional_or_not_knowing_comes_before() -> None:
    assert "سؤالك" in reflect(["عندكم جلسات عائلية في الفرع الجديد او لا"], "ar")
    assert "سؤالك" in reflect(["ممكن تقولون لي السعر غالي ولا لا"], "ar")
    for statement in (
        "بغض النظر اذا كانت الاشاعات عن المطعم صحيحه او لا الاكل عندهم لذيذ",
        "لااعرف هل يستعملون الفرن في الطبخ او لا لكن الاكل مقلي كله",
    ):
        assert "سؤالك" not in reflect([statement], "ar")


def test_an_aspect_summary_says_the_review_s_summing_up() -> None:
    review = (
        "الزيارة كانت وقت الغداء قبل عشر أيام، طلبنا تشكيلة كبيرة من المقبلات وكلها ممتاز "
        "وطلبنا شيش طاووق جدا رائع\nالأسعار غالية\nالنظافة عالية\nالتقييم العام ممتاز جدا"
    )
    said = ar_aspects.summary(review)
    assert said is not None and "التقييم العام ممتاز جدا" in said
    assert "التقييم العام ممتاز جدا" in reflect([review], "ar")


def test_we_will_after_raah_is_quoted_never_beside_a_shifted_word() -> None:
    assert ar.shift("هذي اخر مره راح نجي لهالمطعم صار عندي في القائمة السوداء") is None
    assert ar.shift("اكيد رح نرجع له مع العيال") is None
    assert ar.shift("رح جربها مره ثانيه") is None  # "I will": quoted as before


def test_a_link_to_a_point_left_out_is_not_said() -> None:
    review = (
        "تجربتي معاه\nاولا ما عنده جهاز دفع بالبطاقة ابدا\nالشي الثاني صحن الارز المشكل صغير جدا\n"
        "الشي الثالث ان الاكل وصل بارد\nوغير كذا السلطات الحاره لاتوجد مع الطلب ابدا\n"
        "والشي الاخير السعر مبالغ فيه كثير"
    )
    said = reflect([review], "ar")
    for link in ("الشي الاخير", "الشي الثاني", "الشي الثالث"):
        assert link not in said
    # «وغير كذا» after a kept clause joins two points the reflection holds: said
    assert "ابدا، وغير كذا السلطات" in said
    opening = "وغير كذا اسعارهم عاللية بالنسبة لاكلهم العادي\nبس الفتوشيني كانت جدا لذيذة"
    assert not reflect([opening], "ar").startswith("وغير")
    # «اخيرا وليش اخرا» ("last but not least") is an idiom, kept whole
    idiom = "اخيرا وليش اخرا الخدمة سريعة"
    assert ar_edges.without_list_link(idiom, True) == idiom
    assert ar_edges.without_list_link("وايضا يحتوي على عدة مطاعم", True) == "يحتوي على عدة مطاعم"
    # «وايضا» after a kept clause adds to it: left
    assert ar_edges.without_list_link("وايضا مشروب الليمون", False) == "وايضا مشروب الليمون"
    assert ar_edges.without_list_link("ثالثا: الاكل بارد", False) == "الاكل بارد"


def test_is_located_after_a_comma_is_heard_with_what_it_locates() -> None:
    review = (
        "مطعم البيت المغربي، يقع على طريق الملك فهد في نفس مبنى السوق الكبير، يمكن الوصول اليه "
        "من خلف السوق.\nلاتنسى تجربة الشاي المغربي المنعش بعد الانتهاء من الوجبة."
    )
    said = reflect([review], "ar")
    assert "مطعم البيت المغربي، يقع على طريق" in said


def test_a_crude_word_is_quoted_never_said_in_the_bot_s_voice() -> None:
    assert ar.shift("الاكل لذيذ بس العمال معاملتهم زفت،") is None
    said = reflect(["الاكل لذيذ بس العمال معاملتهم زفت"], "ar")
    assert "«" in said and "زفت" in said
    assert ar.shift("الاكل لذيذ بس العمال معاملتهم سيئة") is not None


def test_an_alef_held_after_the_article_is_one_alef() -> None:
    cleaned = noise.clean("والله الااكل جنان والسعر مناسب وللااسف بعيد", "ar")
    assert "الاكل جنان" in cleaned and "وللاسف" in cleaned and "الاا" not in cleaned
    # «الاان» is «الا ان» ("except that"), never turned into «الان» ("now")
    assert "الان" not in noise.clean("لن تستطيع الاان تترك المكان بسرعة", "ar")
