"""Arabic first replies and reflections, round 32 (constructed lines only, never a pool or
judged message)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.policy import new_state
from tests.dialogues.script import Script


def _one_of(key: str, reply: str) -> bool:
    return any(line in reply for line in variants("ar", key))


# ---- 1. a heading that only announces what follows ----------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "sentiment"),
    [
        ("- إيجابيات و سلبيات مكنسة كهربائية لاسلكية:", "complaint", "negative"),
        ("- إيجابيات و سلبيات خلاط المطبخ الرائع من الشركة (أبيض، 500 واط)", "praise", "positive"),
        (
            "- ايجابيات وسلبيات سماعة رأس بلوتوث ماركة معروفة موديل جديد لون أسود",
            "complaint",
            "negative",
        ),
    ],
)
def test_a_pros_and_cons_heading_is_asked_for_them(text: str, intent: str, sentiment: str) -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says(text, intent=intent, sentiment=sentiment)
    assert _one_of("listen_pros_cons", reply), reply  # no apology, no "what happened?", no thanks
    assert chat.stage == "listening"
    chat.assert_well_spoken()


def test_a_short_line_ending_on_its_colon_is_asked_to_go_on() -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says("هذه ملاحظاتي على الجهاز :", intent="complaint", sentiment="negative")
    assert _one_of("listen_go_on", reply), reply


@pytest.mark.parametrize(
    "text",
    [
        "- إيجابيات و سلبيات مكنسة كهربائية: الشفط ضعيف جدا والبطارية تفرغ بسرعة",
        "الجراب شفاف ومرن وشكله حلو :)",  # a smiley, no colon that announces
        "قماشته رقيقة جدا وتتقطع بسرعة :(",
    ],
)
def test_a_heading_followed_by_a_telling_is_no_announcement(text: str) -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says(text, intent="complaint", sentiment="negative")
    assert not _one_of("listen_pros_cons", reply) and not _one_of("listen_go_on", reply), reply


# ---- 2. «الخصوصية» of a place is no question about our data -------------------------------
def test_a_places_privacy_in_a_review_is_heard_not_pointed_to_mydata() -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says(
        "مطعم هادئ  المطعم يوفر جلسات للعوائل تراعي الخصوصية والاكل لذيذ والخدمة سريعة",
        intent="praise",
        sentiment="positive",
    )
    assert "/mydata" not in reply, reply


@pytest.mark.parametrize("text", ["وش عن الخصوصية؟", "ابي احافظ على خصوصيتي", "امسحوا بياناتي"])
def test_a_short_question_about_privacy_still_points_to_the_commands(text: str) -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says(text, intent="question", sentiment="neutral")
    assert "/mydata" in reply, reply


# ---- 3. «هل هذا ما حدث؟» only where something happened -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "صناعة الكرسي سيئة جدا وخامته ضعيفة",
        "المقاس صغير جدا وليس كما في الصورة",
        "لم يعجبني هذا العطر ابدا",
    ],
)
def test_a_verdict_is_never_asked_is_that_what_happened(text: str) -> None:
    for seed in range(12):  # every variant of the frame comes up
        chat = Script("ar")
        chat.state = new_state("ar", seed=seed)
        chat.start()
        reply = chat.says(text, intent="complaint", sentiment="negative")
        assert chat.stage == "confirming", reply
        assert "هل هذا ما حدث؟" not in reply, reply


def test_a_happening_keeps_its_frame_among_the_variants() -> None:
    from dialogues import happenings

    assert happenings.happened(["الطلب وصل متأخر والاكل بارد"], "ar")
    assert happenings.happened(["الساعة انكسرت بعد يومين"], "ar")
    assert not happenings.happened(["الساعة صغيرة الحجم وليست عملية"], "ar")


# ---- 4. a verdict in a word or two is never asked what happened ------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "sentiment"),
    [
        # («كرسي جيد»: «جيد» is praise since round 13, thanked naming it)
        ("الخامة غير عملية", "complaint", "negative"),
        ("سرعة الشحن", "suggestion", "positive"),  # NLU's idea, no word of one
        ("الطعم نااااار", "nlu_fallback", "neutral"),  # a stretched word is read as the word
        ("اعجبت به", "nlu_fallback", "positive"),
    ],
)
def test_a_short_verdict_is_asked_what_to_add(text: str, intent: str, sentiment: str) -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says(text, intent=intent, sentiment=sentiment, confidence=0.3)
    assert _one_of("listen_more", reply), reply
    assert not _one_of("listen_event", reply) and not _one_of("listen_idea", reply), reply
    # they say why: nothing they told is asked again as "what happened?"
    reply = chat.says("لأنه يتحرك كثيرا", intent="complaint", sentiment="negative")
    assert not _one_of("listen_event", reply), reply


def test_something_gone_wrong_in_two_words_keeps_its_prompts() -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says("ضعيف جدا", intent="complaint", sentiment="negative", confidence=0.3)
    assert not _one_of("listen_more", reply), reply  # a weak product: how did it affect them


# ---- 5. a verdict NLU read as "no" or "that's all" ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("لا بأس بها", "deny"),
        ("لا تصلح للاستخدام", "deny"),
        ("لا أنصح به", "deny"),
        ("حلوة جدا", "done"),
    ],
)
def test_a_first_verdict_is_heard_whatever_nlu_read(text: str, intent: str) -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says(text, intent=intent, sentiment="neutral")
    assert not _one_of("unclear", reply) and not _one_of("goodbye_nothing", reply), reply
    assert not _one_of("listen_event", reply), reply
    assert chat.stage != "closed"


@pytest.mark.parametrize("text", ["لا يوجد", "لا شكرا"])
def test_nothing_to_say_still_closes(text: str) -> None:
    chat = Script("ar")
    chat.start()
    chat.says(text, intent="done", sentiment="neutral")
    assert chat.stage == "closed"


# ---- 6. a reply never opens on the «و» that joined its piece to a clause left out ------------
@pytest.mark.parametrize(
    ("piece", "opened"),
    [
        ("وسوف ارجع له مرة ثانية", "سوف ارجع له مرة ثانية"),
        ("وهناك اصناف اخرى لذيذة", "هناك اصناف اخرى لذيذة"),
        ("ونظيف واسعاره ممتازة", "نظيف واسعاره ممتازة"),
        ("وصلت الطلبية متاخرة", "وصلت الطلبية متاخرة"),  # «وصل» owns its «و»
        ("وجبة الغداء كانت باردة", "وجبة الغداء كانت باردة"),
    ],
)
def test_an_opening_waw_of_a_joined_word_goes(piece: str, opened: str) -> None:
    from dialogues.reflection import ar_edges

    assert ar_edges.without_opening_waw(piece) == opened


# ---- 7. «أنا» before a verb the shift cannot turn: quoted, never half shifted ------------
@pytest.mark.parametrize(
    "message",
    [
        "المطعم جميل جدا وانا بحب الاكل الشامي كتير",  # the dialect's «ب» present, 2 letters
        "انا عن نفسي بستعمله من شهرين والشاشه كبيره",  # an aside between «أنا» and the verb
        "انا عن نفسي افضل البلاستيك لانه سهل في النظافة",  # «أفضّل» "I prefer"
    ],
)
def test_i_before_a_verb_we_cannot_turn_is_quoted(message: str) -> None:
    from dialogues.reflection import reflect

    said = reflect([message], "ar")
    assert "أنت" not in said and "«" in said, said


def test_i_before_an_adverb_is_still_shifted() -> None:
    from dialogues.reflection import reflect

    assert reflect(["انا بصراحه مبسوط من الجهاز وسعره حلو"], "ar").startswith("أنت بصراحه مبسوط")


# ---- 8. a noun they want is the object of «أريد» ----------------------------------------------
@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("ابي تعويض", "تعويضاً"),
        ("أريد تعويض عن التأخير", "تعويضاً عن التأخير"),
        ("بدي رسالة", "رسالةً"),
        ("ابي استرداد المبلغ", "استرداد المبلغ"),  # a construct: no case mark
        ("ابي فلوسي", "فلوسي"),
        ("ابغى تعويض مناسب", "تعويض مناسب"),  # an adjective would need one too: left
    ],
)
def test_a_wanted_noun_takes_the_objects_case(answer: str, said: str) -> None:
    from dialogues import statements

    assert statements.motivation(answer, "ar").text == said


# ---- 9. a problem denied is no complaint -------------------------------------------------------
def test_no_problem_is_never_scored_a_complaint() -> None:
    from dialogues.reflection.ar_choice import polarity

    assert polarity("تعاملت مع بائعين من قبل ولم اواجه اي مشاكل")[1] >= 1
    assert polarity("لا يوجد به اي عيوب") == (0, 1)
    assert polarity("الجهاز فيه مشاكل كثيرة")[0] >= 2  # a problem told is still one
    assert polarity("لا يوجد صرف للفاتورة")[0] >= 2  # something missing still counts
