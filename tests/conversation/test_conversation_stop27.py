"""What the lead found playing the README chat at stop 27 (fa/ar/en)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.reflection import reflect
from dialogues.reflection.noise import has_personal_data
from dialogues.remedy import names_remedy
from tests.conversation.test_conversation_stop26 import _up_to_permission

# Wants that name the remedy in words the stop-26 list lacked (heard in the chat).
MORE_REMEDIES = [
    ("fa", "می‌خوام پول اضافه برگرده"),
    ("fa", "لطفا پولی که دوبار کم شد رو برگردونید"),
    ("fa", "می‌خوام پولمو پس بگیرم"),
    ("ar", "ابغى تعوضوني عن الفرق"),
    ("ar", "ابي ترجعون المبلغ"),
    ("en", "please reverse the charge"),
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
    [("fa", "می‌خوام زودتر برسه"), ("ar", "ابغى يوصل الطلب بسرعة"), ("en", "I need it by Friday")],
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
