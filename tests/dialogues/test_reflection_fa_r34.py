"""Persian reflections and first replies, round 34 (tuning rows read as a judge would)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    "text",
    [
        "این چه وضع بسته بندیه؟",
        "دو ساعت برای یه ساندویچ یعنی چی؟",
        "آخه کی روی پیتزا کشمش میریزه؟",
        "مگه سوپرمارکت چه کاری داره که دو ساعت طول بکشه؟",
        "نون بیات فرستادن چه معنی میده؟",
    ],
)
def test_a_question_put_as_a_protest_is_heard_as_a_complaint(text: str) -> None:
    # «می‌پرسید «این چه وضعشه؟»» heard an inquiry where the customer protested.
    reflected = reflect([text], "fa")
    assert "گله دارید که «" in reflected, reflected
    assert "می‌پرسید" not in reflected, reflected


@pytest.mark.parametrize("text", ["آیا این غذا تند است؟", "سوالم اینه که مگه ارسال رایگان نبود؟"])
def test_a_question_said_to_be_one_is_still_asked(text: str) -> None:
    assert "گله" not in reflect([text], "fa"), reflect([text], "fa")


_LONG = (
    "سفارش رو ساعت هشت ثبت کردم و ساعت ده رسید و کل غذا سرد شده بود و برنج هم کاملا خمیر بود "
    "و مرغ هم بوی بدی میداد و نوشابه هم که سفارش داده بودم اصلا ارسال نشد و سالادش هم کهنه "
    "بود و خلاصه خیلی بد بود و دیگه سفارش نمیدم لطفا رسیدگی کنید با تشکر"
)


def test_a_request_in_a_clause_left_out_is_heard_in_their_words() -> None:
    # The request went behind «چند نکته‌ی دیگر»: a request the customer makes must be heard.
    reflected = reflect([_LONG], "fa")
    # fa62: the verdict before it («دیگه سفارش نمیدم») is heard too, in the same quote.
    assert "لطفا رسیدگی کنید»" in reflected, reflected
    assert "تشکر" not in reflected, reflected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("امتیاز پایین دادم لطفا رسیدگی شود", "رسیدگی شود"),
        ("لطفا تذکر لازم داده شود پیشاپیش ممنون", "تذکر لازم داده شود"),
        ("توی توضیحات نوشتم که لطفا بیشتر ران باشد", ""),
        ("دوستان لطفا نکردن سس بذارن", ""),
    ],
)
def test_a_request_is_its_words_after_the_plea_and_never_one_told_of(text: str, span: str) -> None:
    from dialogues.reflection.fa_pleas import _span

    assert _span(text) == span


@pytest.mark.parametrize(
    ("text", "said", "never"),
    [
        ("خیلی تازه و گرم رسید از همه زحماتشون ممنونم", "خیلی تازه و گرم رسید", "زحمات"),
        ("شیرینی‌ها عالی و به موقع رسید ازتون واقعا ممنونم", "به موقع رسید", "ازتون"),
    ],
)
def test_whom_a_closing_thanks_thanked_goes_with_it(text: str, said: str, never: str) -> None:
    # «گفتید «… تازه بود از تمام زحماتشون»»: the thanks went, whom it thanked was left hanging.
    reflected = reflect([text], "fa")
    assert said in reflected and never not in reflected, reflected


def test_a_tail_that_is_not_whom_was_thanked_stays() -> None:
    from dialogues.reflection.fa_formulas import trim

    assert trim("خوراکی‌ها رو جدا میذارن از بقیه مواد مرسی") == "خوراکی‌ها رو جدا میذارن از بقیه مواد"
