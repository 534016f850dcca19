"""Arabic reflections, round 31: headings, frames and what a first reply may say.

Constructed reviews only (never a pool or judged message).
"""

from __future__ import annotations

from dialogues.reflection import ar_lines, reflect


def test_a_heading_set_apart_by_two_spaces_is_a_line_of_its_own() -> None:
    assert ar_lines.headed("مطعم رائع  المطعم نظيف والاكل لذيذ") == (
        "مطعم رائع\nالمطعم نظيف والاكل لذيذ"
    )
    assert ar_lines.headed('"ممتاز"  الاكل لذيذ والخدمة سريعة') == "ممتاز\nالاكل لذيذ والخدمة سريعة"


def test_a_gap_inside_a_sentence_is_no_heading() -> None:
    for message in (
        "الجهاز  رائع و متميز وسريع",  # a bare subject over its judgment
        "الطلب وصل بسعر 90 ريال  وهو بارد ومتأخر",  # the sentence goes on with «و»
        "كنت  اتوقع  انها  اكثر  وزنا",  # spaced throughout
        "جميل بالنسبة لسعره  وامكانياته",  # one word after the gap
        "المطعم قريب من  البحر والسوق والفندق",  # a preposition before the gap
        "سطر اول\nمطعم رائع  المطعم نظيف والاكل لذيذ",  # its own line breaks say it
    ):
        assert ar_lines.headed(message) == message


def test_a_heading_never_runs_on_into_the_body() -> None:
    said = reflect(["مطعم رائع  مطعم منظم وحفاوة الفريق من الاستقبال الى النادل والاكل سليم"], "ar")
    assert "مطعم رائع مطعم" not in said
    assert said.startswith("مطعم رائع، ")


def test_a_heading_that_names_the_visit_is_left_out() -> None:
    said = reflect(
        ["عشاء  كنت هناك مع أصدقائي لوجبة العشاء، المطعم رائع جدا وخدماته جيده جدا"], "ar"
    )
    assert not said.startswith("عشاء")
    assert "مع أصدقائك" in said


def test_a_short_verdict_heading_is_heard_before_the_details() -> None:
    said = reflect(
        [
            "سيئ مروع  التاخر بالخدمه وبروده الاكل وكثره الزيت بشكل ملاحظ جدا مع تجاهل"
            " العاملين بالمطعم لوجودنا وعدم اختيارهم نفس طلبنا رغم التاكيد عليه مرتين"
        ],
        "ar",
    )
    assert said.startswith("قلت: «سيئ مروع»، ")  # r37: quoted, as the body after it is


def test_a_mild_verdict_heading_is_no_name() -> None:
    said = reflect(
        ["لابأس به  مطعم جيد فيه خيارات للطعام جيدة جدا نظافته جيدة والاسعار فيها زيادة"], "ar"
    )
    assert said.startswith("لا بأس به، ")  # r34: «لابأس» said as two words


# ---- the frame: «هل هذا ما حدث؟» only after something that went wrong happened -------------
EVENT_FRAME = "هل هذا ما حدث؟"


def _frames(text: str, **understanding: object) -> list[str]:
    """The Arabic first reply to ``text`` under every seed: each frame variant comes up."""
    from tests.dialogues.script import Script

    replies = []
    for seed in range(12):
        chat = Script("ar")
        chat.state.seed = seed
        chat.start()
        replies.append(chat.says(text, **understanding))  # type: ignore[arg-type]
    return replies


def test_a_flaw_with_nothing_that_happened_is_never_asked_what_happened() -> None:
    told = "الغطاء غير محكم ولا يثبت على الجوال"
    replies = _frames(told, intent="complaint", sentiment="negative")
    assert not any(EVENT_FRAME in r for r in replies), replies
    assert any("هل فهمتك صح؟" in r for r in replies), replies


def test_praise_that_tells_a_visit_is_never_asked_what_happened() -> None:
    told = "زرته كثيراً مع الاصدقاء وبعد زواجي ولم يتغير فهو من أجمل المطاعم في المدينة"
    replies = _frames(told, intent="praise", sentiment="positive")
    assert not any(EVENT_FRAME in r for r in replies), replies


def test_a_complaint_that_happened_keeps_what_happened() -> None:
    replies = _frames(
        "الطلب وصل متأخر ساعتين والأكل بارد", intent="complaint", sentiment="negative"
    )
    assert any(EVENT_FRAME in r for r in replies), replies


# ---- «كم أحب …» exclaims -----------------------------------------------------------------


def test_how_i_love_is_an_exclamation_never_a_question() -> None:
    from dialogues.reflection.cues import ASKING

    assert not ASKING["ar"].match("كم اعشق هذا المكان")
    assert not ASKING["ar"].match("كم أحب هذا السوشي اللذيذ")
    assert ASKING["ar"].match("كم السعر للشخص")
    assert ASKING["ar"].match("كم اخذ وقت التوصيل")
    said = reflect(
        ["المكان بسيط لكن الديكور قديم وجميل وتشعر انك في فيلم قديم. كم اعشق هذا المكان"], "ar"
    )
    assert "سؤالك" not in said
