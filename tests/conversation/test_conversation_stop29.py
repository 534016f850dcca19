"""What the lead found playing the README chat at stop 29 (fa/ar/en)."""

from __future__ import annotations

import pytest

from dialogues.answers import after_yes_or_no, is_no
from dialogues.person_ask import asks_for_person
from dialogues.turn import Language, Turn
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("language", "text", "rest"),
    [
        ("fa", "نه، خطا نمیده، کلا صفحه سفید میشه", "خطا نمیده، کلا صفحه سفید میشه"),
        ("en", "no, wrong airport", "wrong airport"),
        ("ar", "لا، غلط الفاتورة مو هذا", "غلط الفاتورة مو هذا"),
    ],
)
def test_a_wrong_word_its_clause_goes_on_after_is_no_second_no(
    language: Language, text: str, rest: str
) -> None:
    # «نه، خطا نمیده، …» ("no, it gives no error, …") was read as "no, wrong, …": the
    # correction said back was «پس نمیده، کلا صفحه سفید میشه», its subject lost.
    assert after_yes_or_no(Turn(messages=(text,), language=language)) == rest


@pytest.mark.parametrize(
    ("language", "text", "rest"),
    [
        ("fa", "نه خطا، سه بار بود", "سه بار بود"),
        ("en", "wrong, it was Chicago", "it was Chicago"),
        ("ar", "لا غلط، وصل بعد يومين", "وصل بعد يومين"),
        ("fa", "اشتباهه", ""),
    ],
)
def test_a_wrong_word_standing_alone_is_still_a_no(
    language: Language, text: str, rest: str
) -> None:
    turn = Turn(messages=(text,), language=language)
    assert is_no(turn)
    assert after_yes_or_no(turn) == rest


def test_an_error_named_first_is_no_no() -> None:
    assert not is_no(Turn(messages=("خطا میده",), language="fa"))
    assert is_no(Turn(messages=("غلط",), language="ar"))


def _complained(language: Language, text: str, topic: str) -> Script:
    """A chat in which the customer has told one complaint."""
    chat = Script(language)
    chat.start()
    chat.says(text, intent="complaint", topic=topic, sentiment="negative")
    return chat


def test_the_persian_correction_keeps_the_error_it_names() -> None:
    chat = _complained("fa", "اپلیکیشن‌تون خیلی خوبه ولی هر بار میخوام پرداخت کنم خطا میده", "app")
    reply = chat.says("نه، خطا نمیده، کلا صفحه سفید میشه", intent="deny")
    assert "خطا نمیده" in reply, reply
    assert "پس نمیده" not in reply, reply


@pytest.mark.parametrize(
    "text", ["ابي احد يكلمني", "ممكن حد يتصل بي", "أبي أحد يرد علي بسرعة", "بدي حدا يكلمني"]
)
def test_arabic_someone_to_talk_to_me_asks_for_a_person(text: str) -> None:
    # «ابي احد يكلمني» after "anything else?" was reflected («يعني قلت: «ابي احد يكلمني»»)
    # and handed off as a complaint: Arabic's "someone" was no person word.
    assert asks_for_person(text, "ar")


@pytest.mark.parametrize(
    "text", ["ابي احد يركبها لي", "وعدوني احد يتصل بي وما اتصل احد", "ما احد يرد علي"]
)
def test_arabic_someone_without_a_want_or_a_to_me_verb_is_no_ask(text: str) -> None:
    # «ابي احد يركبها لي» wants it fitted; a promise or a complaint reports, it does not ask.
    assert not asks_for_person(text, "ar")


def test_the_arabic_ask_for_someone_hands_off_at_once() -> None:
    chat = _complained("ar", "التوصيل تأخر ساعتين والاكل وصل بارد", "delivery")
    chat.says("نعم", intent="affirm")
    chat.says("لا ما ابي اسئلة", intent="deny")
    reply = chat.says("ابي احد يكلمني", intent="complaint")
    assert chat.stage == "handed_off", reply
    assert "ابي احد يكلمني" not in reply, reply
