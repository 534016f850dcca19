"""Persian first replies and reflections, round 32 (tuning rows read as a judge would)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.reflection import reflect
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("خوبو سریع دمتون گرم", "خوب و سریع"),
        ("همه چیز خوب بود مرسى", "همه چیز خوب بود"),
        ("خیلی خوب و به موقع بود سپاسگزارم", "خیلی خوب و به موقع بود"),
        ("کیفیت نان خوب و ارسال هم بموقع و سریع … جدا ممنونم", "بموقع و سریع"),
        ("با سلام و احترام. کیفیت مطلوب بود", "کیفیت مطلوب بود"),
    ],
)
def test_a_thanks_formula_at_a_clause_edge_is_left_out(text: str, said: str) -> None:
    # «خوب و سریع دمتون گرم» was quoted whole for its «دمتون», «… جدا ممنونم» left «، جدا»
    # and «با سلام و احترام» left «احترام،»: each a formula, never part of what they told.
    reflected = reflect([text], "fa")
    assert reflected.endswith(said) or said in reflected, reflected
    for formula in ("دمتون", "مرسى", "سپاسگزارم", "جدا", "احترام", "«"):
        assert formula not in reflected, reflected


@pytest.mark.parametrize(
    "text",
    [
        "همه چی عالی بود. از مدیریت مردمدار سوپرمارکت سپاسگزارم",
        "واقعا اجناس سریع بدستم رسیدن. اسنپ فود دمتون گرم",
        "خیلی عالی بود. برخورد پیک هم بسیار خوب. اسنپ بود متشکریم.",
        "مثل همیشه خسته نباشید و مثل همیشه بسیار سپاسگزارم",
    ],
)
def test_a_thanks_verb_with_its_object_is_never_cut_from_it(text: str) -> None:
    # «از مدیریت … سپاسگزارم» without its verb is «از مدیریت …»: half a sentence.
    reflected = reflect([text], "fa")
    for half in ("سوپرمارکت.", "، اسنپ فود", "اسنپ بود", "و مثل همیشه»"):
        assert not reflected.endswith(half) and half + "»" not in reflected, reflected


def test_a_thanks_to_someone_named_goes_whole() -> None:
    # «دمتون گرم نخلکی‌ها» lost its formula and quoted the name alone: «نخلکی‌ها».
    reflected = reflect(["عالی بود. پر از مغز گردو بود. دمتون گرم نخلکی‌ها"], "fa")
    assert "نخلکی" not in reflected, reflected


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("واقعا تازه بود ممنون", "واقعا تازه بود"),
        ("خوشمزه بود ممنون از اسنپ فود", "خوشمزه بود"),
        ("خیلی خوب و عالی:) ممنون:)", "خیلی خوب و عالی"),
    ],
)
def test_praise_thanked_is_quoted_without_their_thanks(text: str, quoted: str) -> None:
    # «ممنونم که گفتید «واقعا تازه بود ممنون»»: a praise opening on «واقعا» was taken for
    # what a cut thanks leaves («مرسی واقعا …») and quoted whole, the thanks in our thanks.
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.8)
    assert f"«{quoted}»" in reply, reply


ASKED = ("listen_event", "listen_impact", "listen_need", "listen_more", "listen_praise")


def _asks(reply: str) -> bool:
    return any(line in reply for key in ASKED for line in variants("fa", key))


@pytest.mark.parametrize(
    "text", ["خوب بود فقط سرد بود", "خیلی خوشمزه بود. فقط کمی سرد شده بود.", "خوب بود فقط گرون بود"]
)
def test_praise_then_only_what_went_wrong_is_a_complaint_said_back(text: str) -> None:
    # «خوب بود فقط سرد بود» was asked «بیشتر از همه چه چیزی به دلتان نشست؟» (and «… فقط
    # گرون بود» thanked): «فقط» after praise turns to the point, as «ولی» does.
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.7)
    assert not _asks(reply) and "ممنون" not in reply, reply
    assert chat.stage == "confirming", reply


@pytest.mark.parametrize(
    "text", ["اندازه آن کوچک است.", "اما اندازش خیلی کوچیکه", "سلام سیب زمینی را فراموش کردید"]
)
def test_a_size_a_price_or_a_thing_forgotten_is_never_asked_where_it_began(text: str) -> None:
    # «اندازه آن کوچک است» was asked «ماجرا از کجا شروع شد؟»: what went wrong was told.
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="complaint", sentiment="negative", score=0.7)
    assert not any(line in reply for line in variants("fa", "listen_event")), reply
    assert chat.stage == "confirming", reply


def test_a_price_in_one_word_is_asked_how_it_weighed() -> None:
    chat = Script("fa")
    chat.start()
    reply = chat.says("خیلی خیلی گران است!!!", intent="complaint", sentiment="negative", score=0.7)
    assert not any(line in reply for line in variants("fa", "listen_event")), reply


def test_a_thanks_that_carries_the_harm_is_kept() -> None:
    """«مرسى که باعث شدین دیگه دونر نخورم»: a sarcastic thanks says the impact (stop 24's gate)."""
    said = reflect(["بدترین دونر بود فقط توش پیاز بود. مرسى که باعث شدین دیگه دونر نخورم"], "fa")
    assert "دیگه دونر نخورم" in said


def test_a_thanks_to_a_name_alone_is_not_left_as_the_name() -> None:
    """«دمت گرم اسنپ فود» was said back as «اسنپ فود» alone (stop 24's gate)."""
    assert reflect(["دمت گرم اسنپ فود"], "fa") != "اسنپ فود"
