"""Arabic reflections, round 11: what to reflect is chosen by the role a clause plays.

Constructed restaurant and travel reviews for the general rules behind the judged faults of
the genre-matched tuning sample: the words these reviews judge in («طازج»، «التدخين») count
as praise and complaint; a closing «تستحق التكرار» or «الخدمة 8-10» is the verdict; both
sides of a mixed review are heard; a clause hanging on a cut subject («بسبب …»، «وهي …»)
comes with its lead or not at all; a heading is not said back when it names nothing or is
said again below, and never stands alone for a long review; advice to other readers, a curse
or an exclamation is quoted, never said in the bot's voice.
"""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.ar import shift
from dialogues.reflection.ar_choice import _WISH, VERDICT, polarity
from dialogues.reflection.ar_edges import edges
from dialogues.reflection.ar_sides import hangs


def test_restaurant_words_judge() -> None:
    assert polarity("الكباب طازج") == (0, 1)
    assert polarity("المكان مكتوم والتدخين في كل زاوية")[0] >= 2
    assert polarity("كان خياراً جيداً")[1] == 1  # the accusative «ـاً» is the word itself
    assert polarity("لا يوجد أخرى مثلها")[0] == 0  # «nothing like it» is praise, not a lack


def test_the_only_complaint_is_heard_beside_the_praise() -> None:
    said = reflect(
        [
            "صراحة المطعم اكله لذيذ والخدمه سريعة والجلسات مرتبة\n"
            "ولكن التدخين منتشر في كل زاوية ولا تلقى مكان ترتاح فيه من ريحة الدخان"
            " لا داخل ولا خارج وما فيه حواجز ابدا"
        ],
        "ar",
    )
    assert "التدخين" in said and "لذيذ" in said


def test_a_mostly_praised_place_keeps_its_praise_beside_its_fault() -> None:
    said = reflect(
        [
            "الكباب طازج ولذيذ وهو اللي يميز المطعم عن غيره في الحي\n"
            "المكان ضيق ونظافته مو عالية\nاغلب الناس ياخذون سفري\nفيه ثلاث طاولات بس"
        ],
        "ar",
    )
    assert "طازج" in said and "ضيق" in said


def test_restaurant_verdicts() -> None:
    for verdict in (
        "تجربة تستحق التكرار",
        "الخدمة 8-10",
        "لازم تزورونه اذا جيتوا المدينة",
        "من أجمل المطاعم اللي زرتها",
        "مطعمي المفضل",
        "البروستد عندهم لا يعلى عليه",
    ):
        assert VERDICT.search(verdict), verdict
    assert not VERDICT.search("كانوا من أفضل المطاعم قبل سنتين")  # the past: a decline told


def test_a_closing_verdict_is_heard() -> None:
    said = reflect(
        [
            "رحت له مع الاهل بعد العصر والجو كان حلو والمكان فيه كتب للقراءة"
            " والخدمة راقية والديكور العربي القديم جميل\n\nتجربة تستحق التكرار"
        ],
        "ar",
    )
    assert "تستحق التكرار" in said


def test_ratings_are_heard_over_the_address() -> None:
    said = reflect(
        [
            "الخدمة 8-10\nالنظافة 9-10\nالأطباق 7-10\n\n"
            "يقع المطعم في الدور الثاني من المجمع التجاري الجديد بجانب السينما ومحلات"
            " الملابس وقريب من المدخل الشمالي للمواقف"
        ],
        "ar",
    )
    assert "8 من 10" in said and "الدور الثاني" not in said  # r24: a score said out of ten


def test_a_clause_hanging_on_a_cut_cause_never_opens_the_reflection() -> None:
    said = reflect(
        [
            "يختلف هذا الفرع عن باقي فروعهم في المدينة. بسبب الزحمة الكبيرة وضيق المكان."
            " فالطلب يتأخر كثيرا ولا يعيدون تعبئة المشروب. اما ان تشتري منهم"
            " او تروح بالسيارة لمكان ثاني بعيد عن السوق."
        ],
        "ar",
    )
    opening = said.split(":", 1)[-1].strip()
    assert not opening.startswith(("بسبب", "قلت: «بسبب"))


def test_advice_curses_and_exclamations_are_quoted() -> None:
    assert shift("خذ معك جاكيت لان الجو بارد فوق") is None
    assert shift("لا تطلب السمك عندهم") is None
    assert shift("الله لا يسامحهم وصلني الاكل بارد") is None
    assert shift("يا للخسارة المكان صار مهمل") is None
    assert shift("لازم تجربون الكنافة عندهم") is None
    assert shift("لذلك لأنصح بزيارته") is None  # «لا أنصح» typed as one word: first person
    assert shift("والله المطعم ممتاز") == "والله المطعم ممتاز"  # an oath, not a curse
    assert shift("ياليت يكون فيه مواقف اكثر") is not None  # a wish, not «يا لل…»


def test_a_heading_that_names_nothing_is_not_said_back() -> None:
    said = reflect(["زيارتي\nالخدمة ممتازة والأكل لذيذ والمكان هادئ والأسعار معقولة"], "ar")
    assert "زيارتك" not in said and "زيارتي" not in said and "الأكل لذيذ" in said


def test_a_heading_said_again_below_is_said_once() -> None:
    said = reflect(["ليس طازج\nالسمك ليس طازج ابدا والرز بارد والسلطة ذبلانة"], "ar")
    assert said.count("طازج") == 1


def test_a_heading_that_judges_is_kept() -> None:
    said = reflect(["مطعم عادي جدا\nسمعنا عنه كثير ولما زرناه ما كان بالمستوى"], "ar")
    assert "عادي" in said


def test_a_short_heading_never_stands_for_a_long_review() -> None:
    said = reflect(
        [
            "ممتع وقت الغروب\nيقع في آخر الشارع الكبير وتدخل له من نفق تحت الارض وأفضل وقت"
            " للصعود الى قمته وقت الغروب للاستمتاع بإطلالة رائعة على أضواء المدينة كلها\n"
            "السلبية الوحيدة عدم وجود مصعد للأعلى"
        ],
        "ar",
    )
    assert "مصعد" in said


def test_an_object_told_after_its_verb_comes_with_it() -> None:
    assert hangs("وطبقًا فيه حجر حار")  # «جاءنا … بالمريلة، وطبقًا …»: whose dish?
    assert not hangs("والطبق كان حار")


def test_a_wish_after_fa_is_a_request() -> None:
    assert _WISH.search("الكيك غالي حرام عليكم فاتمنى منهم تخفيض الاسعار")


def test_a_clause_opening_on_about_what_hangs() -> None:
    assert hangs("على شي ما يستاهل")  # «ليه هذا المبلغ؟ | على شي ما يستاهل»
    assert not hangs("على العموم المطعم حلو")


def test_an_etc_ending_the_list_before_never_opens_a_clause() -> None:
    assert edges("الخ به عدة دورات مياه", first=False) == "به عدة دورات مياه"
    assert edges("الخدمة ممتازة", first=True) == "الخدمة ممتازة"
