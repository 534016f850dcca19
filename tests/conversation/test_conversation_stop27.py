"""What the lead found playing the README chat at stop 27 (fa/ar/en)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.outcome import OpenHandoff
from dialogues.reflection import reflect
from dialogues.reflection.noise import has_personal_data
from dialogues.remedy import names_remedy
from dialogues.state import ConversationState
from tests.conversation.test_conversation_stop26 import YES, _up_to_permission
from tests.dialogues.script import Script

# Wants that name the remedy in words the stop-26 list lacked (heard in the chat).
MORE_REMEDIES = [
    ("fa", "می‌خوام پول اضافه برگرده"),
    ("fa", "لطفا پولی که دوبار کم شد رو برگردونید"),
    ("fa", "می‌خوام پولمو پس بگیرم"),
    ("ar", "ابغى تعوضوني عن الفرق"),
    ("ar", "ابي ترجعون المبلغ"),
    ("en", "please reverse the charge"),
    ("en", "I want the $30 back"),
    ("en", "just give me my 200 dollars back"),
    ("en", "I'd like my miles back"),
]


@pytest.mark.parametrize(("language", "want"), MORE_REMEDIES)
def test_more_wants_name_the_remedy(language: str, want: str) -> None:
    assert names_remedy(want, language)


@pytest.mark.parametrize(("language", "want"), MORE_REMEDIES)
def test_after_such_a_want_the_second_question_goes_past_it(language: str, want: str) -> None:
    # «ابغى تعوضوني عن الفرق» was met with «ما الذي يجعل الأمر يستقيم بالنسبة لك؟».
    chat = _up_to_permission(language)  # type: ignore[arg-type]
    reply = chat.says(want, intent="request", topic="billing")
    assert reply in set(variants(language, "jtbd_solved_after_remedy")), reply  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "want"),
    [
        ("fa", "می‌خوام زودتر برسه"),
        ("ar", "ابغى يوصل الطلب بسرعة"),
        ("en", "I need it by Friday"),
        ("en", "I just want to get back home"),
    ],
)
def test_a_want_that_names_no_remedy_is_none(language: str, want: str) -> None:
    assert not names_remedy(want, language)


def test_a_booking_in_my_name_is_no_personal_data() -> None:
    # «حجز باسمي» ("a booking in my name") matched «اسمي» inside the word: the clause that
    # held the complaint was dropped as personal data, and the reflection lost the problem.
    said = "حجزت غرفة في الفندق ولما وصلت قالوا ما في حجز باسمي"
    assert not has_personal_data(said)
    assert "حجز باسمي" in reflect([said], "ar")


NAMES = ["اسمي محمد علي", "انا اسمي سارة", "اسمم رضا است", "My name is Jo"]


@pytest.mark.parametrize("said", NAMES)
def test_a_name_given_is_still_personal_data(said: str) -> None:
    assert has_personal_data(said)


ADDED_WARM = {
    "fa": ("سفارشم بعد از دو ساعت رسید و پیتزا کاملا سرد بود", "نه نمیخوام سوال جواب بدم",
           "ممنون ولی دفعه بعد حواستون باشه", "آره مرسی", "نه"),
    "en": ("my order came two hours late and the pizza was cold", "no thanks, no questions",
           "thanks, but please be more careful next time", "yes", "no"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["fa", "en"])
def test_what_they_add_after_anything_else_keeps_the_first_telling_on_the_card(
    language: str,
) -> None:
    # «ممنون ولی دفعه بعد حواستون باشه» to "anything else?" after a cold pizza: the card said
    # only «گفتید «دفعه بعد حواستون باشه»», tone positive, reason "question": the owner lost
    # the complaint. Now the card keeps what they told before, and the reason stays a complaint.
    told, decline, added, yes, no = ADDED_WARM[language]
    chat = Script(language)  # type: ignore[arg-type]
    chat.start()
    chat.says(told, intent="complaint", topic="delivery", sentiment="negative", score=-0.8)
    chat.says(YES[language], intent="affirm")
    chat.says(decline, intent="deny")
    chat.says(added, intent="thanks", sentiment="positive", score=0.7)
    chat.says(yes, intent="affirm", sentiment="positive", score=0.6)
    chat.says(no, intent="deny")
    handoffs = [e for e in chat.effects() if isinstance(e, OpenHandoff)]
    assert len(handoffs) == 1, chat.replies()
    card = handoffs[0]
    first = "پیتزا کاملا سرد بود" if language == "fa" else "the pizza was cold"
    assert first in card.reflection and "\n" in card.reflection, card.reflection
    assert card.reason == "complaint" and card.sentiment == "negative", card


def test_a_new_case_after_closing_forgets_the_earlier_telling() -> None:
    state = ConversationState(earlier_reflection="x", earlier_kind="complaint", stage="closed")
    assert ConversationState.from_dict(state.to_dict()).earlier_kind == "complaint"
    chat = Script("en")
    chat.state = state
    chat.says("the app logs me out every day", intent="complaint", topic="app")
    assert chat.state.earlier_reflection is None and chat.state.earlier_kind is None


AR_PRAISE = ["جودة عالية", "تستاهل", "تستحق الاقتناء", "خفيفه وانيقه", "سهلة الاستخدام",
             "سعر مناسب"]  # fmt: skip


@pytest.mark.parametrize("said", AR_PRAISE)
def test_a_few_arabic_words_of_praise_are_thanked(said: str) -> None:
    # «جودة عالية», «تستاهل» were asked «ما الذي تحب أن أعرفه أيضاً عن ذلك؟»: our praise cues
    # lack the product reviews' words; a listener thanks for praise.
    chat = Script("ar")
    chat.start()
    reply = chat.says(said, intent="praise", sentiment="positive", score=0.6)
    assert f"«{said}»" in reply and chat.state.kind == "praise", reply


@pytest.mark.parametrize("said", ["مش سهلة الاستخدام", "غير عملية", "جودة عالية بس السعر غالي"])
def test_praise_words_denied_or_beside_a_but_are_no_praise_alone(said: str) -> None:
    from dialogues.verdict_words import praises

    assert not praises(said)


@pytest.mark.parametrize("small_talk", ["I see what you did there ;)", "deal!"])
def test_small_talk_before_the_story_is_not_reflected_with_it(small_talk: str) -> None:
    # "I see what you did there ;)" then a seat moved: "you see what we did there, and we moved
    # your seat …". A few warm words or a thread's reply start no story.
    chat = Script("en")
    chat.start()
    chat.says(small_talk, intent="greet")
    reply = chat.says(
        "my seat was moved with no notice and now I'm stuck in the middle",
        intent="complaint",
        topic="service",
        sentiment="negative",
    )
    assert "seat" in reply and "what you did" not in reply and "deal" not in reply, reply


def test_a_sent_message_stays_part_of_the_story() -> None:
    # "I just DMed you" says where the story is: it stays with what comes next.
    chat = Script("en")
    chat.start()
    chat.says("I just DMed you", intent="inform")
    chat.says("my bag never arrived in Boston", intent="complaint", topic="delivery")
    assert any("DM" in said for said in chat.state.heard[chat.state.telling_start :])
