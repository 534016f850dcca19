"""Convo58: the thanks after "yes" quotes a whole clause or none, never words cut mid-phrase."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.turn import Language
from dialogues.whole_clause import thanks_quote, whole_quote
from tests.dialogues.script import Script

_YES = {"fa": "بله", "ar": "نعم", "en": "yes"}


def _after_yes(language: Language, told: str) -> str:
    chat = Script(language)
    chat.start()
    chat.says(told, intent="praise", sentiment="positive", score=0.95, confidence=0.9)
    if chat.state.stage == "listening":  # a prompt first: they say that is all
        chat.says({"fa": "همین", "ar": "هذا كل شيء", "en": "that's all"}[language], intent="done")
    reply = chat.says(_YES[language], intent="affirm")
    chat.assert_well_spoken()
    return reply


@pytest.mark.parametrize(
    ("language", "told", "quote"),
    [
        ("fa", "غذا خیلی خوشمزه و داغ بود، پیک هم خیلی مودب بود و با اینکه هوا بارانی بود "
               "سر وقت رسید دستتون درد نکنه",
         "غذا خیلی خوشمزه و داغ بود، پیک هم خیلی مودب بود"),
        ("ar", "الاكل كان لذيذ جدا والتوصيل سريع، لكن الاهم ان المندوب كان محترم وصبور معي "
               "رغم اني تأخرت عليه في النزول",
         "الاكل كان لذيذ جدا والتوصيل سريع، لكن الاهم ان المندوب كان محترم وصبور معي"),
        ("en", "the pasta was fresh and the staff were lovely, and even though it was packed "
               "on a friday night nobody rushed us at all",
         "the pasta was fresh and the staff were lovely"),
    ],
)  # fmt: skip
def test_a_long_praise_is_quoted_to_its_first_whole_clause(
    language: Language, told: str, quote: str
) -> None:
    assert whole_quote(told, language) == quote
    reply = _after_yes(language, told)
    assert "…" not in reply, reply


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("fa", "از همه‌ی بچه‌های شعبه‌ی ونک مخصوصا آقای رضایی که با حوصله همه‌ی سوال‌های "
               "من رو جواب دادن و کمکم کردن تشکر می‌کنم"),
        ("ar", "اشكر الموظفة الرائعة في فرع العليا التي ساعدتني بكل صبر واحترام في اختيار "
               "الهدية المناسبة لوالدتي الغالية يوم الخميس الماضي"),
        ("en", "I want to thank the wonderful people at your downtown store especially the "
               "customer service rep Nadia who helped me choose a gift"),
    ],
)  # fmt: skip
def test_no_whole_clause_fits_so_the_thanks_needs_no_quote(language: Language, told: str) -> None:
    reply = _after_yes(language, told)
    assert "…" not in reply, reply
    heard = variants(language, "thanks_praise_heard") + variants(language, "thanks_praise_named")
    assert any(line.split("{")[0] in reply for line in heard), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "کیفیت غذا عالی بود و از نظر قیمت هم واقعا مناسب بود برای همه‌ی کسانی که "
               "دنبال یه ناهار خوب هستن"),
        ("en", "great prices and the selection of the store is amazing for everyone who is "
               "looking for a good deal on shoes"),
    ],
)  # fmt: skip
def test_a_clause_never_ends_on_a_word_asking_for_the_next(language: Language, text: str) -> None:
    quote = whole_quote(text, language)
    last = quote.removesuffix("…").split()[-1]
    assert last not in {"و", "که", "از", "با", "and", "the", "of", "for"}, quote


def test_finglish_praise_cut_is_still_thanked_unquoted() -> None:
    # «…_unquoted» already has no quote: never «thanks_praise_unquoted_heard» (no such line).
    reply = _after_yes(
        "fa",
        "khyli khoob bood ghaza garm resid va peyk ham kheyli mo'adab bood merci az hameye "
        "bacheha ke inghadr zahmat keshidan",
    )
    assert "…" not in reply, reply


def test_a_persian_cut_that_reaches_the_turn_keeps_its_quote() -> None:
    """Stop 34's gate: «… خوب بود فقط …» cut to «خیلی خوب بود» dropped the wish or let-down."""
    quote = "خیلی خوب بود فقط اینکه لطفا قشنگتر پیچیده شود داخل فویل و کاهو و…"
    assert thanks_quote("thanks_praise", quote, "fa") == ("thanks_praise", quote)
    plain = "پیتزا خیلی خوشمزه بود و پیک هم خیلی مودب بود و زود رسید و داغ بود و…"
    assert thanks_quote("thanks_praise", plain, "fa")[1] != plain
