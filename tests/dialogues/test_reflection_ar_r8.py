"""Arabic reflections, round 8: poisoning told is heard, fragments and cut brackets are not.

Constructed cases for the general rules behind the judged faults of the seed-20261131
sample: harm to the body outranks side complaints, a clause pointing back at one left out
is never heard on its own, a bracket cut open is closed off, a complaint ending in «؟» is
no question, and a verdict leaning on «خصوصا ان» gives way to a firm one.
"""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.ar import shift
from dialogues.reflection.ar_asked import told_not_asked
from dialogues.reflection.ar_choice import polarity
from dialogues.reflection.ar_cues import harms
from dialogues.reflection.ar_edges import edges

POISONED = (
    "طلبنا وجبتين دجاج من الفرع الجديد قرب الجامعة مساء الخميس الماضي واصابتنا بتسمم ، "
    "لا انصح احد بالاكل منه ، خصوصا ان الاسعار عالية وفي الواقع لا يستحق كل هذي "
    "الدعايات والاعلانات والتسويق الكبير"
)


def test_poisoning_told_is_heard_with_the_firm_verdict() -> None:
    said = reflect([POISONED], "ar")
    assert "بتسمم" in said
    assert "انصح" in said  # «لا انصح …», not the «خصوصا ان …» that leans on it
    assert "خصوصا" not in said


def test_a_harm_that_could_befall_anyone_is_not_told_harm() -> None:
    assert harms("وقبل أمس تسبب لي أكلهم في تسمم")
    assert harms("وجدت في البرجر دوده")
    assert not harms("لا يتحرك لحد ما يجيك مغص و اسهال")
    assert not harms("استفد من السقف بدل الحشره")  # «الحشرة»: the crowd, no insect


def test_a_clause_pointing_back_is_left_for_a_whole_one() -> None:
    said = reflect(
        [
            "الثقة في المطعم كبيرة بين الناس ويكفي أن تطرح فكرة العشاء لتجد اسمه من أول "
            "الخيارات .. تتعدد الأذواق في أفضل وجبة تحصل عليها هنا .. شخصياً أفضل "
            "التورتيلا أو الدجاج المشوي .. والأخيرة عيبها أنها صغيرة"
        ],
        "ar",
    )
    assert "والأخيرة" not in said and "الأخيرة" not in said


def test_a_verb_going_on_from_a_clause_never_opens_the_reflection() -> None:
    said = reflect(
        [
            "المطعم ممتاز يتقنون البيتزا والبطاطس المشوي وساندوتش الفاهيتا جميل مره .. "
            "اعجبني كثير التوصيل عندهم سريع اطلب يجلس ٤٠ دقيقه ويجي حار معدل الوقت جيد "
            "بالنسبه لي .. انصح الجميع بتجربته"
        ],
        "ar",
    )
    assert not said.split(": ", 1)[-1].startswith("ويجي")
    assert "التوصيل عندهم سريع" in said  # the clause «ويجي حار» goes on from comes with it


def test_a_bracket_cut_open_is_closed_off() -> None:
    assert edges("الأسعار غير منضبطة مقارنة بمجاوريه ( فيروز", False) == (
        "الأسعار غير منضبطة مقارنة بمجاوريه"
    )
    assert edges("وجدت في البرجر دوده) اقسم بالله", False) == "وجدت في البرجر دوده اقسم بالله"
    assert edges("الطبق عادي ( يتاكل) بس غالي", False) == "الطبق عادي ( يتاكل) بس غالي"


def test_a_complaint_ending_in_a_question_mark_is_told_not_asked() -> None:
    assert told_not_asked("اللحم قاسي كنه بلاستك وجابوا صحن صغير بخمسين خير ان شاالله؟")
    assert not told_not_asked("ليش الطلب متأخر وسيء؟")  # «ليش …»: a real question
    said = reflect(
        [
            "لا طعم ولا خدمة واللحم قاسي كنه بلاستك جابوا لي صحن عادي صغير فيه خمس قطع "
            "لحم صغيرة بخمسين خير ان شاالله؟ اول واخر مره اروح له ولا انصح بالزيارة"
        ],
        "ar",
    )
    assert "سؤالك" not in said


def test_slow_service_and_tricked_bills_are_complaints() -> None:
    slow = reflect(
        [
            "بصفه عامه الدجاج المبهر والسندويتشات لذيذه    مافي مجال للمقارنه بينه وبين "
            "المطاعم الثانية الي ريحتها تسد النفس   الأسعار يعني معقوله      بس يطولون حتى "
            "يخلصون لك الطلب"
        ],
        "ar",
    )
    assert "يطولون" in slow
    assert polarity("الأمر الذي يزعجني هو تحايل الموظف في الفواتير")[0] >= 4


def test_a_closing_thanks_to_the_seller_is_never_said_by_the_bot() -> None:
    said = reflect(["جميل جداً وسعره يفوق الخيال و سهل الإستخدام وكيوت شكراً للبائع."], "ar")
    assert "شكر" not in said and "كيوت" in said
    plain = reflect(["سلعة ممتازه والتسليم سريع ولا توجد بها أي سلبيات وشكرا لكم"], "ar")
    assert "شكر" not in plain and "سلبيات" in plain


def test_a_closing_summing_up_is_the_verdict_over_a_dish_score() -> None:
    said = reflect(
        [
            "الأكل كان مش ولابد. شوربه توم يوم : ما ذقت لا طعم الروبيان ولا المشروم بسبب "
            "السبايسي. دجاج فيليه مع الباستا: الطبق عادي بس بصراحة غالي وما يستاهل. سوشي "
            "السلمون : سيء. برياني الروبيان : 5 من 10. المطعم بشكل عام ما عجبني وموقعه غلط "
            "وأسعاره غالية"
        ],
        "ar",
    )
    assert "بشكل عام ما عجبك" in said


def test_as_if_i_is_first_person_and_quoted() -> None:
    assert shift("الجمبري رخو موب مقرمش كني آكل علك") is None
    said = reflect(["لحم البرجر فيه ريحه شينه. الجمبري رخو موب مقرمش كني آكل علك."], "ar")
    assert "«الجمبري رخو موب مقرمش كني آكل علك»" in said
