"""Arabic reflections, round 35 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

import pytest

from dialogues import happenings
from dialogues.prompting import reflection_frame
from dialogues.reflection import ar, ar_edges, ar_hanging, ar_lines, reflect
from dialogues.reflection.units import Unit


# ---- 1. a clause hanging on a preposition whose object was cleaned away ----------------------
@pytest.mark.parametrize(
    ("text", "hanging"),
    [
        ("ساعة جميلة ... شكر خاص للمندوب ... وشكر خاص لــ ((( متجر النور )))", "لـ"),
        ("الغسالة ممتازة وصلت بسرعة شكرا لـ البائع وشكراً لـ", "وشكراً"),
        ("المكان هادئ والخدمة بطيئة ارجو ان تتحسن مع خالص تحياتي", "خالص"),
    ],
)
def test_a_hanging_preposition_is_not_said_back(text: str, hanging: str) -> None:
    reply = reflect([text], "ar")
    assert reply, text
    assert hanging not in reply, reply


def test_a_clause_ending_on_a_word_that_needs_no_object_is_kept() -> None:
    assert "ما في" in reflect(["حاولت اتصل بالدعم بس ما في"], "ar")


def test_a_clause_cut_before_what_its_preposition_governs_ends_before_it() -> None:
    units = [
        Unit("يعرض الوزن بالجرام او الاونصة، مع", 3, False, 1),
        Unit("وشكر خاص لـ", 4, False, 2),
    ]
    assert [u.text for u in ar_hanging.unhung(units)] == ["يعرض الوزن بالجرام او الاونصة"]


# ---- 2. a thanks for a word or two is a thanks, never its object alone -----------------------
@pytest.mark.parametrize("text", ["شكرا على تعاونكم", "شكراً على اهتمامكم"])
def test_a_short_thanks_is_not_said_back_as_its_object(text: str) -> None:
    assert not reflect([text], "ar").startswith(("على", "قلت: «على")), text
    assert "«على" not in reflect([text], "ar")


# ---- 3. praise told as a story is not asked «هل هذا ما حدث؟» ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "امس وصلتني السماعة واضحة الصوت ورائعة والشركة معروفة",
        "زرنا المطعم مع العائلة وكان الاكل لذيذ جدا والخدمة ممتازة",
    ],
)
def test_praise_told_as_a_story_is_asked_if_it_was_understood(text: str) -> None:
    assert happenings.glowing([text], "ar")
    assert reflection_frame("reflect", [text], "ar", "complaint") == "reflect_view"


@pytest.mark.parametrize(
    "text",
    [
        "وصلتني السماعة واضحة الصوت لكن الشحن تأخر",  # a "but": the event frame stays
        "وصلتني السماعة مكسورة وهي جميلة",  # a complaint word
        "زرنا المطعم وكان الاكل لذيذ بس ما في مواقف",
    ],
)
def test_a_story_with_any_complaint_keeps_the_event_frame(text: str) -> None:
    assert not happenings.glowing([text], "ar")


# ---- 4. «أفعل» right after a definite feminine noun is quoted, never «السلعة تشعر» ------------
@pytest.mark.parametrize(
    "clause",
    [
        "ولكن الشنطة اشعر ان خامتها ضعيفة",  # «الشنطة تشعر»: "the bag feels"
        "والخدمة السريعه أحب هذا المكان",
    ],
)
def test_a_first_person_verb_after_a_definite_feminine_noun_is_quoted(clause: str) -> None:
    assert ar.shift(clause) is None


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        ("سلعة ممتازة انصح بها", "سلعة ممتازة تنصح بها"),  # indefinite: a predicate
        ("الشنطة ممتازة، انصح بها", "الشنطة ممتازة، تنصح بها"),  # a pause between
    ],
)
def test_a_first_person_verb_after_a_predicate_or_a_pause_is_shifted(
    clause: str, said: str
) -> None:
    assert ar.shift(clause) == said


# ---- 5. «على اكمل وجه» is an elative, never «على تكمل وجه» -----------------------------------
def test_most_complete_before_way_is_never_turned_into_you_complete() -> None:
    reply = reflect(["الاستقبال على اكمل وجه لكن الانتظار طويل"], "ar")
    assert "تكمل" not in reply, reply
    assert ar.shift("لم اكمل الوجبة") == "لم تكمل الوجبة"  # "I didn't finish" still shifts


# ---- 6. a double space before «باي …» or a thanks' «على …» is no heading's end -------------------
@pytest.mark.parametrize(
    "message",
    [
        "لا تمت للوسادة الطبية المعروضة في المحلات  باي صلة لا في الشكل ولا في الخامة ابدا",
        "الشنطة جيدة والتغليف ممتاز اشكركم  على حسن تعاملكم معنا طوال الطلب",
    ],
)
def test_a_sentence_going_on_over_a_double_space_is_one_sentence(message: str) -> None:
    assert "\n" not in ar_lines.headed(message)


def test_a_heading_over_its_body_is_still_a_heading() -> None:
    assert "\n" in ar_lines.headed("مطعم رائع  المطعم نظيف والاكل لذيذ والخدمة سريعة")


# ---- 7. «وكذلك …» kept after a clause left out links to nothing -----------------------------
def test_also_opening_a_clause_after_one_left_out_goes() -> None:
    units = [
        Unit("الاكل لذيذ", 0, False, 1),
        Unit("وكذلك الحلويات طازجة جدا", 3, False, 1, "، "),
        Unit("وكذلك الخدمة سريعة", 4, False, 1, "، "),
    ]
    texts = [u.text for u in ar_edges.also_after_gap(units)]
    assert texts == [
        "الاكل لذيذ",
        "الحلويات طازجة جدا",
        "وكذلك الخدمة سريعة",
    ]  # a neighbour keeps it
