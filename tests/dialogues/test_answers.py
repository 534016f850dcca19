"""Short answers read by whole words: the correction after "no, …", and "that's all"."""

from __future__ import annotations

import pytest

from dialogues import answers
from dialogues.turn import Language, Turn

CORRECTIONS = [
    ("en", "No, that's not what I meant — I was charged twice", "I was charged twice"),
    ("en", "no, I meant the refund never came", "the refund never came"),
    (
        "en",
        "Not quite — the driver left it at the wrong house",
        "the driver left it at the wrong house",
    ),
    ("en", "nope, what I meant was the app crashes on login", "the app crashes on login"),
    (
        "en",
        "No. You misunderstood me: the problem is that the refund is missing",
        "the refund is missing",
    ),
    ("fa", "نه، منظورم این نبود؛ دو بار از کارتم پول کم شد", "دو بار از کارتم پول کم شد"),
    ("fa", "نه، منظورم اینه که پولم برنگشته", "پولم برنگشته"),
    ("fa", "نه اینطور نیست، بسته رو دم در همسایه گذاشتن", "بسته رو دم در همسایه گذاشتن"),
    ("fa", "اشتباه متوجه شدید؛ سفارش اصلا ثبت نشده", "سفارش اصلا ثبت نشده"),
    ("fa", "نه، مشکل اینه که پول دو بار کم شده", "پول دو بار کم شده"),
    ("ar", "لا، مش هيك، الخصم صار مرتين", "الخصم صار مرتين"),
    ("ar", "لا، قصدي ان المبلغ ما رجع", "المبلغ ما رجع"),
    ("ar", "مو هذا قصدي، الطلب وصل ناقص", "الطلب وصل ناقص"),
    ("ar", "لا مش هيك القصة، المندوب ما اتصل", "المندوب ما اتصل"),
    ("ar", "لا يا أخي، المشكلة إنه الخصم صار مرتين", "الخصم صار مرتين"),
]


@pytest.mark.parametrize(("language", "text", "correction"), CORRECTIONS)
def test_the_correction_is_what_follows_the_no(
    language: Language, text: str, correction: str
) -> None:
    turn = Turn(messages=(text,), language=language)
    assert answers.is_no(turn)
    assert answers.after_yes_or_no(turn) == correction


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("لا، هذا كل شيء", True),
        ("لا شكرا هذا كل شي", True),
        ("نه دیگه همین بود", True),
        ("nope that's it", True),
        ("no thanks, that's everything", True),
        ("that would be it", True),  # to "what difference will it make?": nothing more to say
        ("that's pretty much it", True),
        ("that would be it if you fix the seat", False),
        ("the wrong house", False),
        ("no the box was wet", False),
        ("همین که جمعه تولدش رو با هدیه جشن بگیریم", False),
        ("بس الطلب انلغى", False),
    ],
)
def test_closing_words_only(text: str, closes: bool) -> None:
    assert answers.closes(text) is closes


def test_a_bare_no_is_not_a_closing_phrase_when_asked_if_we_understood() -> None:
    assert answers.closes("no") and not answers.closes("no", bare_no=False)
    assert answers.closes("no that's all", bare_no=False)


def test_words_are_never_matched_inside_other_words() -> None:
    # «نهار» starts with «نه», "nothing" is not "no"; neither is a "no".
    for text, language in (("نهار سرد بود", "fa"), ("nothing arrived", "en"), ("لازم", "ar")):
        assert not answers.is_no(Turn(messages=(text,), language=language))  # type: ignore[arg-type]
