"""Arabic reflections, round 10: typos are not said, a thanks alone is not reflected.

Constructed cases for the general rules behind the judged faults of the seed-20261201
tuning sample: certain misspellings («مييز»، «ضغيف»، «ويكرا»، «المتج»، «كما نها»، «جدة»
after an adjective of degree) are put right before the bot says them; a stretched «جدا»
glued to the next word ends its word; «مررةةةة» is «مرة»; a message that is only a thanks
gets no reflection; the customer's singular "you" («عندك») is the seller: quoted; a thanks
to the seller or the site is told («وتشكر البائع على …») or left out, never said as the bot's.
"""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.ar import shift


def test_certain_typos_are_put_right() -> None:
    said = reflect(["مييز و جدا رائع"], "ar")
    assert "مميز" in said and "مييز" not in said
    said = reflect(["الشفط ضغيف للغاية و لا أنصح بهذه السلعة"], "ar")
    assert "ضعيف" in said and "ضغيف" not in said
    said = reflect(["الزوم رائع كما نها ممكن ان تصل الى 810"], "ar")
    assert "كما أنها" in said
    said = reflect(["الكرتون وصل بدون ركت الضمان"], "ar")
    assert "كرت الضمان" in said


def test_jeddah_after_an_adjective_is_very() -> None:
    said = reflect(["جيدة وتطير بارتفاعات كبيرة جدة"], "ar")
    assert said.endswith("كبيرة جدا")
    said = reflect(["الفرع الجديد في مدينة جدة سيئ والخدمة بطيئة"], "ar")
    assert "مدينة جدة" in said  # the city keeps its name


def test_a_stretched_very_glued_to_the_next_word_ends_its_word() -> None:
    said = reflect(["ليست جيده وكبيره جداااجدااامو وسيع"], "ar")
    assert "جدامو" not in said and "جدا مو" in said


def test_a_stretched_very_before_a_space_leaves_no_stray_letter() -> None:
    said = reflect(["الشورت واسع جدااااااااااا مش مقاس أي شخص"], "ar")
    assert "جدا ا" not in said and "واسع جدا مش" in said


def test_a_stretched_marra_is_marra() -> None:
    said = reflect(["مررةةةة كويسة بالنسبة للسعر !!"], "ar")
    assert said.startswith("مرة كويسة")
    assert "مرة حلوة" in reflect(["الخدمة ومررررره حلوة"], "ar")


def test_a_thanks_alone_gets_no_reflection() -> None:
    assert reflect(["مشكوووووووووووور"], "ar") == ""
    assert reflect(["شكرا جزيلا"], "ar") == ""


def test_the_customers_singular_you_is_the_seller_quoted() -> None:
    assert shift("لم تضع قائمة الالوان التي عندك") is None
    said = reflect(["سلعة رائعه لكن لم تضع قائمة الالوان التي عندك"], "ar")
    assert said.startswith("قلت: «") and "عندك" in said


def test_a_thanks_to_the_seller_for_something_is_told() -> None:
    said = reflect(["السلعة كالمذكورة تمام ويكرا للبائع على سرعة الشحن"], "ar")
    assert "وتشكر البائع على سرعة الشحن" in said
    assert "شكرا" not in said


def test_a_closing_thanks_to_the_site_staff_is_left_out() -> None:
    said = reflect(["قطاعه البصل سهله وخفيفه وبتنظف علي طول وشكرا لكل القائمين علي سوق كوم"], "ar")
    assert "القائمين" not in said and "شكرا" not in said
    assert "سهله وخفيفه" in said


def test_the_praise_a_but_turns_on_is_heard_with_it() -> None:
    said = reflect(
        [
            "جيد من ناحية تركيبة العطر ورائحته جميلة ؛ ولكن غير فواح لفترة طويلة ولا يتميز "
            "بالتركيز والثبات على الملابس !! ربما غير مناسب للمناطق الحارة ؛ أو هذا طلب الوكيل "
            "أن يكون بهذه الدرجة من التركيز ؛ بالامكان طلب نوعين من الشركة المصنعة"
        ],
        "ar",
    )
    assert said.startswith("جيد من ناحية تركيبة العطر ورائحته جميلة، ولكن غير فواح")


def test_easy_to_use_is_praise_heard_in_a_long_review() -> None:
    said = reflect(
        [
            "سهلة الاستخدام وسعرها رخيص عن اى مكان والعلبة بها 3 علب شمع واوراق للنزع وزيت "
            "بالاضافه للجهاز بصراحة سوق كوم احسن موقع تسوق على النت .. مصداقيه بجد شكرا سوق"
        ],
        "ar",
    )
    assert "سهلة الاستخدام" in said


def test_a_closing_word_said_already_is_not_said_again() -> None:
    said = reflect(["ممتاز جدا ... ولكن إسم المنتج الذي استلمته هو غطاء شاشة ... ممتاز"], "ar")
    assert said.count("ممتاز") == 1
    assert "غطاء شاشة" in said


def test_a_stretched_marr_alone_is_very_never_bitter() -> None:
    said = reflect(["رررروعه مرررر حلوه"], "ar")
    assert "مرة حلوه" in said and "مر حلوه" not in said


def test_a_thanks_parted_by_spaces_keeps_whom_it_thanks() -> None:
    said = reflect(["سلعه اصليه وجيدا وقويه     شكرا   لسوق دوت كوم"], "ar")
    assert "لسوق" not in said and "اصليه" in said


def test_a_bracket_closing_nothing_goes() -> None:
    said = reflect(["[لقد استلمت السلعه وهي جيدة ومميزة"], "ar")
    assert "[" not in said and "استلمت" in said


def test_broke_in_the_gulf_word_is_a_complaint() -> None:
    said = reflect(
        [
            "اخترب و انا بعدي ما استخدمته اول شي جربته اشوي و استوى و بعدين يوم كنت بجربه مره "
            "ثانيه ما استوى حاولت فيه وايد بس ما نفع و خلص يعني ما اقدر استخدمه مره ثانيه"
        ],
        "ar",
    )
    assert "اخترب" in said


def test_a_future_i_written_without_hamza_is_shifted() -> None:
    assert shift("ساقوم بشراء واحده اخرى") == "ستقوم بشراء واحده اخرى"
    assert shift("سارجع المنتج") == "سترجع المنتج"
    assert shift("ساعة جميلة") == "ساعة جميلة"  # a noun, no future


def test_a_very_with_tanween_glued_to_the_next_word_is_parted() -> None:
    said = reflect(["ممتازه والتوصيل جداًسريع"], "ar")
    assert "جداً سريع" in said


def test_more_certain_typos_are_put_right() -> None:
    assert "للمنتج" in reflect(["التقييم للمتج من ناحية الجودة"], "ar")
    assert reflect(["جبد"], "ar") == "جيد"
    said = reflect(["ممتاز وسعرة مناسب جدا"], "ar")
    assert "وسعره مناسب" in said
    assert "تركيبة" in reflect(["تركيبة العطر جميلة جدا"], "ar")  # a noun of its own


def test_a_thanks_for_the_sellers_honesty_is_not_the_bots() -> None:
    said = reflect(["ممتااااااااز وشكرا لمصداقيه البائع"], "ar")
    assert said == "ممتاز"


def test_a_thanks_typed_apart_is_one_word() -> None:
    said = reflect(["أشكر هم على الوفاء بوعدهم"], "ar")
    assert "تشكر هم" not in said and "أشكرهم" in said


def test_an_old_phones_emoji_parts_the_words_it_stood_between() -> None:
    said = reflect(["شكله دامه لحم وعععععععع\ue40e\ue409تكرم الله النعمه"], "ar")
    assert "وعتكرم" not in said and "\ue40e" not in said


def test_a_but_before_a_recommendation_stays_with_it() -> None:
    said = reflect(["منتج جيد ولكن لا أنصح بالريموت حيث أنه غير مستقر"], "ar")
    assert "منتج جيد ولكن لا تنصح بالريموت" in said


def test_not_typed_with_ba_is_put_right() -> None:
    said = reflect(["غبر عملي نهائيا ولا يستحق هذا المبلغ"], "ar")
    assert said.startswith("غير عملي")


def test_dealing_with_us_again_is_the_verdict() -> None:
    said = reflect(
        [
            "اولا كنت خايفه انها مو أصلية لخفض سعرها لهذه الدرجة  وقد قمت بالتأكد منها فقد قمت "
            "بأخذها الى محل في مجمع الافنيوز الذين أكدوا لي انها فعلا أصلية كنت في البدايه "
            "متخوفا من التعامل معكم لكن الان سوف يكون تعاملي معكم كثيرا"
        ],
        "ar",
    )
    assert "سوف يكون تعاملي معكم كثيرا" in said


def test_what_it_is_rather_is_the_complaint() -> None:
    said = reflect(
        [
            "هذه السلعه لعبة جيده نوعا ما للاطفال دون سن الخامسه ، لكنها ليست كاللعبه اللي في "
            "الاي باد حيث ترا توم يتحرك ويتفاعل بصوتك بل هي شاشه وهميه من البلاستيك ."
        ],
        "ar",
    )
    assert "بل هي شاشه وهميه من البلاستيك" in said
    assert said.startswith("هذه السلعه لعبة جيده")  # the praise the «لكنها» turns on


def test_very_typed_twice_as_one_word_is_two() -> None:
    said = reflect(["غير عملية وبطيئة جداجدا كما لم تاتي بالملحقات"], "ar")
    assert "جداجدا" not in said and "جدا جدا" in said
