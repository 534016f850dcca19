"""Persian reflections and first replies, round 33 (tuning rows read as a judge would)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("حجم غذا نسبت به مبلغ بسیار کم بود:", "حجم غذا نسبت به مبلغ بسیار کم بود"),
        ("نمیدونم چرا ایندفعه مقدارش نصف شده بود: ", "چرا ایندفعه مقدارش نصف شده بود"),
        ("در عکس نان با آرد سفید هست:", "در عکس نان با آرد سفید هست"),
        ("الویه از کنارش رد شده بود:::))))", "الویه از کنارش رد شده بود"),
    ],
)
def test_a_told_clause_ending_on_a_colon_is_heard(text: str, said: str) -> None:
    # Read as a list's title, the only clause was left out and the reflection was empty.
    reflected = reflect([text], "fa")
    assert said in reflected, reflected
    assert ":" not in reflected, reflected


@pytest.mark.parametrize("text", ["نقاط قوت:", "نظر من:"])
def test_a_heading_ending_on_a_colon_is_still_no_telling(text: str) -> None:
    assert reflect([text], "fa") == ""


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("چرا قاشق نمیزارین؟", "گله دارید که «چرا قاشق نمیزارین؟»"),
        ("چرا شیرینی کهنه فروخته میشود؟", "گله دارید که «چرا شیرینی کهنه فروخته میشود؟»"),
        ("خوشمزه اس ولی چرا اینقدر گرونه؟", "گله دارید که «خوشمزه اس ولی چرا اینقدر گرونه؟»"),
    ],
)
def test_a_why_question_that_protests_is_heard_as_a_complaint(text: str, complaint: str) -> None:
    # «می‌پرسید «چرا قاشق نمیزارین؟»» heard an inquiry where the customer protested.
    assert complaint in reflect([text], "fa"), reflect([text], "fa")


@pytest.mark.parametrize(
    "text",
    [
        "چرا انقد خوبید تو این سرما گرم رسید",
        "مثل همیشه عالی فقط چرا توی جلال هستن ولی اسمش مرزدارانه؟",
        "سوالم اینه که چرا فاکتور ندارید؟",
        "کی تولید شده؟",
    ],
)
def test_a_why_of_wonder_or_a_plain_question_is_still_asked(text: str) -> None:
    reflected = reflect([text], "fa")
    assert "گله" not in reflected, reflected


def test_a_told_quote_after_a_complaint_keeps_its_own_frame() -> None:
    text = "چرا قاشق نمیزارین؟ کنار خیابون با چی بخورم اینو. حیف پولم که دادم"
    reflected = reflect([text], "fa")
    assert reflected.startswith("گله دارید که «چرا قاشق نمیزارین؟»"), reflected
    assert "» و «" not in reflected, reflected


@pytest.mark.parametrize(
    ("text", "never"),
    [
        ("عالیه خیلی خوشمزه و گرم سریعم رسید", "سریعتان"),
        ("مزه انبش خیلی کم بود. احساس کردم تازه‌ام نیست.", "تازه‌تان"),
    ],
)
def test_too_after_how_it_came_is_no_possessive(text: str, never: str) -> None:
    # «سریعم» is «سریع هم» ("quickly too"): «سریعتان رسید» was "your quick arrived".
    reflected = reflect([text], "fa")
    assert never not in reflected, reflected
    assert reflect(["سفارشم سرد رسید"], "fa") == "سفارشتان سرد رسید"


def test_a_why_beside_praise_or_curiosity_is_not_a_complaint() -> None:
    from dialogues.reflection.fa_why import complains

    # stop 25's blind gate: wonder at how good it is, or curiosity, is no grievance
    assert not complains("چرا اینقدر پیتزای این رستوران خوبه؟؟:)")
    assert not complains("برام جالب بود چرا نون‌ها رو نصف کرده بودن")
    assert complains("چرا هر بار میگم سس نزنید باز سس میزنید؟")
