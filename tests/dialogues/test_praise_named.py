"""Praise said back whole is thanked by what it named, not quoted a second time (issue 8)."""

from __future__ import annotations

import pytest

from dialogues.praise_named import named_praise
from dialogues.turn import Language
from tests.dialogues.script import Script

_YES = {"fa": "آره", "ar": "نعم", "en": "yes"}


@pytest.mark.parametrize(
    ("language", "praise", "named", "quoted"),
    [
        ("fa", "غذا خیلی خوشمزه بود و پیک هم خیلی مودب و خوش برخورد بود", "غذا و پیک", "مودب"),
        (
            "ar",
            "الأكل كان لذيذ جدا والخدمة سريعة والموظفين محترمين",
            "الأكل والخدمة والموظفين",
            "محترمين",
        ),
        ("en", "the crew on my flight home tonight were so kind to my kids", "the crew", "kids"),
    ],
)
def test_praise_said_back_whole_is_thanked_by_name(
    language: Language, praise: str, named: str, quoted: str
) -> None:
    chat = Script(language)
    chat.start()
    said = chat.says(praise, intent="praise", sentiment="positive")
    assert quoted in said, said  # the reflection said it back
    reply = chat.says(_YES[language], intent="affirm")
    assert named in reply and quoted not in reply, reply
    chat.assert_well_spoken()


def test_a_let_down_beside_the_praise_keeps_the_thanks_as_it_was() -> None:
    # «غذا خوب بود ولی پیک دیر رسید»: the courier is no thing to thank as liked.
    heard = "گفتید غذا خوب بود ولی پیک خیلی دیر رسید و سرد شد"
    assert named_praise("praise", "غذا خوب بود ولی پیک خیلی دیر رسید و سرد شد", heard, "fa") == ""
    # A short clause said back is still quoted (readers preferred it to a plain thanks).
    assert named_praise("praise", "the crew was wonderful", "the crew was wonderful", "en") == ""
    # Not said back: the quote is new to them.
    assert named_praise("praise", "the crew was kind to my two kids", "you liked it", "en") == ""
    assert (
        named_praise("idea", "add more food to the flights", "add more food to the flights", "en")
        == ""
    )


@pytest.mark.parametrize(
    "quote",
    [
        "همه چیز خوبه به جز پیتزاها که واقعا خوب نبود",
        "گوشت و پنیر این پیتزا نسبت به قبل بی کیفیت‌تر شده بود",
        "قیمتش زیاد بود ولی کیفیتش خوب بود ممنون",
        "نان تلخ بود ولی پیک خیلی مودب و سریع بود",
        "مرغ‌ها سیاه بودن و بوی خوبی نمیداد باقی سالاد خوب بود",
    ],
)
def test_a_persian_letdown_beside_the_praise_is_never_thanked_as_liked(quote: str) -> None:
    """Gate readers (stop 34): «ممنون از لطفتان درباره‌ی پیتزا» for «… به جز پیتزاها»."""
    assert named_praise("praise", quote, quote, "fa") == ""


def test_an_egg_is_not_the_chicken() -> None:
    """«تخم مرغ» names an egg: the thanks never says «مرغ» for it."""
    quote = "تخم مرغ و نان عالی بود و خیلی تازه رسید"
    assert named_praise("praise", quote, quote, "fa") == "نان"


def test_arabic_service_told_dry_is_not_thanked_as_kind_words() -> None:
    """«اسلوب جاف … يجب مراجعة الفاتورة»: a complaint beside the service, never «كلامك الطيب»."""
    quote = "الخدمة اسلوبها جاف في المعاملة ويجب مراجعة الفاتورة تجنبا لأي اضافات"
    assert named_praise("praise", quote, quote, "ar") == ""


@pytest.mark.parametrize(
    "quote",
    [
        "المطعم من افضل المطاعم لجودة الطعام ولذته ولكنه يعيبه الزحام الدائم",
        "ميزة السعر والطعم اللذيذ وسلبية الزحام الابدي في المطعم",
    ],
)
def test_an_arabic_minus_beside_the_praise_keeps_the_thanks_unnamed(quote: str) -> None:
    """«ولكنه»، «يعيبه»، «سلبية الزحام»: a mixed review is never «أسعدنا ما قلته عن المطعم»."""
    assert named_praise("praise", quote, quote, "ar") == ""


@pytest.mark.parametrize(
    "quote",
    [
        "so I was just told I was coded as an upgrade and must give up this seat #ripoff",
        "must be nice to take your customer service phone off the hook",
        "I was denied use of a rear facing car seat on my flight this morning",
    ],
)
def test_english_with_no_word_of_praise_is_not_thanked_as_kind_words(quote: str) -> None:
    """Gate readers (stop 34): "Thank you for the kind words about the seat" for a #ripoff."""
    assert named_praise("praise", quote, quote, "en") == ""


def test_airport_attendants_are_not_made_flight_attendants() -> None:
    quote = "your attendants at the airport are awesome and so helpful this morning"
    assert named_praise("praise", quote, quote, "en") == "the attendants"


@pytest.mark.parametrize(
    "quote",
    [
        "بجای نوشابه پپسی، کوکا کولا ارسال شده بود که گرم هم بود",
        "در نان تست باز بود توی این شرایط واقعا",
        "بسیار خوش مزه بود البته قیمت کمی بالاست",
        "نسبت به قیمت هیچ کیفیتی نداره واقعا حیف",
        "یکم زمان رسیدنش زیاد طول کشید وگرنه ساندویچش عالی بود",
    ],
)
def test_persian_praise_nlu_misnamed_is_not_thanked_by_name(quote: str) -> None:
    """fa57's gate: «ممنون از لطفتان درباره‌ی قیمت» for «… البته قیمت کمی بالاست»."""
    assert named_praise("praise", quote, quote, "fa") == ""


@pytest.mark.parametrize(
    ("quote", "named"),
    [
        ("با توجه به قیمت، غذا خوب بود و پیک هم مودب بود", ""),
        ("کیفیت عالی بود و رولت و نان خامه‌ای تازه و خوشمزه بودند", "کیفیت"),
    ],
)
def test_persian_good_for_its_price_and_a_cream_pastry(quote: str, named: str) -> None:
    """The integration gate (stop 34): «درباره‌ی قیمت» for "good for its price"; «نان» for
    «نان خامه‌ای» (a pastry)."""
    assert named_praise("praise", quote, quote, "fa") == named
