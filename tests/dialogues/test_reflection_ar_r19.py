"""Arabic reflections, round 19: the complaint and the verdict of a mixed review are heard.

Constructed reviews: a review whose aspects are all praised but whose left-out words turn
(«لكن»، «الا ان») onto a complaint of their own is never summarised as all praise, while a
turn onto more praise, a remark judging nothing or a review opening on «لكن» keeps the
summary; a short judgment of the place closing a review is not its headline verdict; «ففضلت عدم
استمراري في زيارته» (a decision to stop going) is the review's verdict; a short clause that
announces the customer's remarks («كانت لدي ملاحظتين») names the clause after it as the point;
a clause opening on «عدا ذلك» ("other than that") never stands alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogues.reflection import ar_aspects, noise, reflect
from dialogues.reflection.ar_choice import polarity
from dialogues.reflection.ar_cues import remarks
from dialogues.reflection.ar_headline import headline
from dialogues.reflection.ar_left import turns_away
from dialogues.reflection.ar_verdicts import VERDICT

_PRAISE = (
    "زرنا المطعم عدة مرات مع الاصدقاء في الشهر الماضي. الاكل لذيذ والخدمة ممتازة والديكور جميل جدا"
)


def test_a_turn_left_out_of_an_all_praise_summary_is_heard() -> None:
    for turn in (
        "، لكن الكميات صارت ما تشبع احد مع تكرار زياراتنا",
        ". الا ان الطمع غلب عليهم والكميات صارت ما تشبع احد",
    ):
        review = _PRAISE + turn
        assert ar_aspects.summary(review) is None
        said = reflect([review], "ar")
        assert "الكميات صارت ما تشبع احد" in said and "الاكل لذيذ" in said


def test_a_summary_that_says_a_complaint_already_stays() -> None:
    review = (
        "جربنا المطعم مع العائلة يوم الخميس الماضي بعد الدوام. "
        "الاكل لذيذ والخدمة ممتازة لكن الاسعار غالية جدا، بس الموقع بعيد شوي عن البيت"
    )
    assert ar_aspects.summary(review) == "الأكل لذيذ والخدمة ممتازة لكن الأسعار غالية جداً"
    # and with no turn left out, an all-praise summary stays too
    assert ar_aspects.summary(_PRAISE + " والمكان واسع ونظيف") is not None


def test_a_turn_onto_a_complaint_refuses_the_all_praise_summary() -> None:
    for turn in (
        "، لكن العامل اللي استقبلنا كان وقح جدا معنا",  # a complaint word of the lexicon
        "، لكن مو نظيف الحمام الله يهديهم",  # a praise word denied
        "، بس ما يسوى المبلغ اللي دفعناه فيه",  # worth denied
        ". الا ان الطمع لعب بهم، قلت الكميات وصرنا ما نروح",  # the portions shrank
    ):
        assert ar_aspects.summary(_PRAISE + turn) is None, turn


def test_a_turn_onto_praise_or_a_mild_remark_keeps_the_summary() -> None:
    said = "الأكل لذيذ والخدمة ممتازة والديكور جميل جداً"
    for turn in (
        "، ولكنه رائع بالفعل ويستاهل كل ريال",  # «مطعم بسيط جدا، ولكنه رائع بالفعل»
        "، لكن الطابق الثاني له طابع خاص ومميز",  # more praise
        "، بس مو حراق زياده على الكبار",  # a remark judging nothing
    ):
        assert ar_aspects.summary(_PRAISE + turn) == said, turn
    # a review opening on «لكن» turns from nothing it said
    opening = "لكن المطاعم السعودية اشجع الذهاب لها. " + _PRAISE
    assert ar_aspects.summary(opening) == said
    assert not turns_away("لكن المطاعم هنا سيئة جدا بصراحة", opens=True)
    assert turns_away("زرناه لكن المطاعم هنا سيئة جدا بصراحة", opens=True)


def test_a_decision_to_stop_going_is_the_verdict() -> None:
    assert VERDICT.search("ففضلت عدم استمراري في زيارته")
    assert VERDICT.search("وقررنا عدم الذهاب اليه") and VERDICT.search("قررت بعدم العودة")
    assert not VERDICT.search("فضلت عدم الطلب من المنيو")  # a choice of dish, no verdict
    review = (
        "كانت لي عدة زيارات لهذا المطعم بعد افتتاحه. في البداية كانت الصحون كثيرة ولذيذة "
        "والاسعار معقولة. مع الوقت صغرت الصحون ففضلت عدم الاستمرار في زيارته. والحق "
        "يقال الاكل لذيذ والخدمة ممتازة والديكور جميل جدا"
    )
    assert ar_aspects.summary(review) is None  # never «الأكل لذيذ والخدمة ممتازة …» alone
    assert "عدم الاستمرار في زيارته" in reflect([review], "ar")


def test_the_remarks_a_clause_announces_are_heard() -> None:
    review = (
        "المطعم جيد والخدمه طيبه ولكن كانت لدي ملاحظتين، اولا الطلب ما وصل كامل وبعدين لازم "
        "كل شوي تنادي عليهم يجيبون لك صحن او كاس او خبز ..  بس غير كذا المطعم جيد ومديرهم "
        "يمر على كل طاوله ويسلم على الزبائن"
    )
    said = reflect([review], "ar")
    assert "الطلب ما وصل كامل" in said  # never «كانت لديك ملاحظتين» without the two
    assert remarks("ولكن كانت لدي ملاحظتين") and remarks("ملاحظاتي") and remarks("ملاحظات بسيطه")
    # a remark told in its own clause is no heading, nor is a clause going on past it
    assert not remarks("الملاحظة الوحيدة هو السعر")
    assert not remarks("فيه ملاحظات فنية على المطعم")


def test_other_than_that_never_opens_a_clause_heard_alone() -> None:
    review = (
        "انا احب البرجر واشجع المطاعم المحلية.. الخبز اكبر من اللازم بالمقارنة باللحمة.. "
        "المفروض يكون بنفس الحجم او مثل اللي في الصور..عدا ذلك غش. البهارات كثيرة.. طبعا "
        "مع البهارات الكثيرة تضيع رداءة اللحم. التوصيل مشكلة خصوصا نهاية الاسبوع.. ساعتين "
        "توصيل اذا ردوا."
    )
    said = reflect([review], "ar")
    assert "عدا ذلك" not in said and "التوصيل مشكلة" in said


def test_the_dialect_b_future_is_i_and_its_clause_is_quoted() -> None:
    said = reflect(["المطعم نظيف والاكل ممتاز واكيد برجع له"], "ar")
    assert "«" in said and "برجع له" in said  # never «… واكيد برجع له» as the bot's own
    said = reflect(["المكان صغير شوي بس كأكل ممتاز وبكرر الزيارة"], "ar")
    assert "«" in said and "وبكرر الزيارة" in said
    # «بعيد» (far) and «بروح» (with spirit) are no verbs: said as they are, unquoted
    said = reflect(["المطعم بعيد عن البيت"], "ar")
    assert "«" not in said and "بعيد" in said


def test_an_egyptian_negated_we_verb_keeps_its_clause_quoted() -> None:
    said = reflect(["انا مجربنش غير فرع المعادي بس رائع وخدمته ممتازه"], "ar")
    assert "أنت مجربنش" not in said and "«انا مجربنش" in said  # never a half shift
    said = reflect(["الاكل وصل بارد ومعندناش وقت نستنى"], "ar")
    assert "«" in said and "معندناش" in said


def test_a_prefix_letter_typed_apart_is_glued_to_its_word() -> None:
    assert noise.clean("ضعيف جدا بـ بالفروع اللي بالخارج", "ar") == "ضعيف جدا بالفروع اللي بالخارج"
    assert noise.clean("كـ تقييم رائع فـ طاولاتهم قصيرة", "ar") == "كتقييم رائع فطاولاتهم قصيرة"
    assert noise.clean("مشكلة بـ الكولا لـ الطلعات", "ar") == "مشكلة بالكولا للطلعات"
    # before a number the letter stays apart; the dialect's «فـ» before «ال» is «في»
    assert noise.clean("الكوب بـ 5 ريال", "ar") == "الكوب بـ 5 ريال"
    assert noise.clean("افضل ماك فـ الرياض", "ar") == "افضل ماك فـ الرياض"


def test_a_we_verb_with_its_object_is_quoted() -> None:
    for verb in ("طلبناه", "طلبناة", "جربناها", "زرناه"):
        said = reflect([f"المطعم جلساته مريحه والاكل اللي {verb} كان لذيذ"], "ar")
        assert f"«المطعم جلساته مريحه والاكل اللي {verb} كان لذيذ»" in said


def test_a_we_will_not_come_back_title_is_the_verdict() -> None:
    review = (
        "لن نرجع\nعزمت اصحابي على العشا وقلت لهم المكان جميل لكن ما لقينا الخدمة المطلوبة "
        "واصحابي فضحوني على هالمكان"
    )
    assert "لن نرجع" in reflect([review], "ar")  # never dropped as a mere heading
    assert VERDICT.search("لا ننصح به") and VERDICT.search("وما نعود له")


def test_ideal_is_praise_so_the_headline_saying_it_is_heard() -> None:
    review = (
        "مثالي\nمكان مثالي للعائلة\nمحلات رائعه للعائلة كلها من رجال ونساء واطفال ومطاعم "
        "رائعة\nتتوفر مواقف سيارات بالاعلى ويفضل زيارته الصباح من الساعة ١٠ الى ١ الظهر"
    )
    assert "مكان مثالي للعائلة" in reflect([review], "ar")


def test_a_hamza_on_the_article_and_a_letter_left_out_are_mended() -> None:
    assert noise.clean("حيث ألأكل جيد جدا", "ar") == "حيث الأكل جيد جدا"
    assert noise.clean("يتمز بالجودة والتنوع", "ar") == "يتميز بالجودة والتنوع"
    assert noise.clean("ألم في البطن ويتمزق الكيس", "ar") == "ألم في البطن ويتمزق الكيس"


def test_noisy_staff_and_poor_service_are_complaints() -> None:
    review = (
        "تنبعث في المكان رائحة البهار القوي والمميز للمطبخ الهندي\nمساحة الجلسات ضيقة مع وجود "
        "بارتيشن لتوفير الخصوصية\nالعمال مزعجين جدا في حمل الصحون والتنظيف ويغلب عليهم العبوس "
        "لذا كان تقييم الخدمة متدني\nالكراسي قديمة والصحون من البلاستيك\nالميزة الأساسية "
        "للمكان جودة أطباقه وأسعاره الاقتصادية"
    )
    said = reflect([review], "ar")
    assert "مزعجين" in said and "رائحة البهار" not in said  # never the setting alone
    assert polarity("العمال مزعجين والخدمة متدنية")[0] >= 4


def test_a_bare_negated_judgment_is_heard_with_what_it_judges() -> None:
    review = (
        "خذت سندوتش ترياكي كان حلو .. مو خيالي بس حلو .. والسلطة عندهم ممتازة والشوربة كذلك، "
        "والمكان صغير ومزدحم وقت الغداء، اختصار السالفة لو رحت له مرة ثانية فهو عشان السلطة "
        "والشوربة"
    )
    said = reflect([review], "ar")
    assert "سندوتش ترياكي" in said and "مو خيالي بس حلو" in said  # never «مو خيالي» of what?


def test_a_plus_between_two_words_is_and() -> None:
    assert noise.clean("حلو نظافه +اناقه+اكل لذيذ", "ar") == "حلو نظافه واناقه واكل لذيذ"
    assert noise.clean("شواية + رز أحمر + سلطة", "ar") == "شواية ورز أحمر وسلطة"
    assert noise.clean("بطاطس 5 + 3 ريال", "ar") == "بطاطس 5 + 3 ريال"  # a sum stays


def test_a_run_of_stars_is_markup() -> None:
    assert "*" not in noise.clean("عجيبة خالدة ***\n***كما يعلم الجميع ان اسرارها******", "ar")
    said = reflect(["الاكل حلو بس الطاولات *** ويتاخرون عليك كثير وقت العشا"], "ar")
    assert "*" not in said and "ويتاخرون" in said


@dataclass(frozen=True)
class _Clause:
    text: str
    glue: str = "، "


def test_a_short_closing_judgment_is_not_the_headline_verdict() -> None:
    # a judge read «مطعم رائع» closing a review heard as its verdict as worse: the reply
    # moved it to the end and lost «بمعنى الكلمة» said earlier; only an opening one counts
    details = ("الخدمة رائعة بمعنى الكلمة", "جربت عندهم المشاوي مع العائلة")
    closing = [_Clause(t) for t in (*details, "مطعم رائع")]
    assert headline(closing, [], polarity) == []
    opening = [_Clause(t) for t in ("مطعم رائع", *details)]
    assert headline(opening, [], polarity) == [0]
