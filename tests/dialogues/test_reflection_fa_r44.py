"""Persian reflections, round 44: a «خیلی» left dangling after the verb, said where it goes."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.fa_dangling import placed


def test_a_dangling_very_said_once_moves_before_the_word_it_describes() -> None:
    assert (
        placed("همه چی خوب بود ولی قیمت بالا بود خیلی") == "همه چی خوب بود ولی قیمت خیلی بالا بود"
    )
    assert placed("وقتی رسید سرد شده بود خیلی") == "وقتی رسید خیلی سرد شده بود"
    reflected = reflect(["دورچین نداشت و کیفیت پایین بود خیلی"], "fa")
    assert "کیفیت خیلی پایین بود" in reflected, reflected
    assert "بود خیلی" not in reflected, reflected


def test_a_very_said_twice_or_alone_after_a_comma_is_dropped() -> None:
    assert placed("خیلی خوشمزه بود خیلی") == "خیلی خوشمزه بود"
    assert placed("خیلی چرب بود، خیلی") == "خیلی چرب بود"
    assert placed("برخورد پیک مناسب بود، خیلی") == "برخورد پیک مناسب بود"
    reflected = reflect(["خیلی سرد بود خیلی. انگار از یخچال دراومده بود"], "fa")
    assert "خیلی سرد بود، انگار" in reflected, reflected


def test_a_very_after_another_verb_or_inside_a_clause_stays() -> None:
    assert placed("سبزی نداشت خیلی") == "سبزی نداشت خیلی"  # "not much": never dropped
    assert placed("غذا خیلی خوشمزه بود") == "غذا خیلی خوشمزه بود"
    assert placed("خوب بود خیلی هم سریع رسید") == "خوب بود خیلی هم سریع رسید"
    assert placed("پیک میومد خیلی") == "پیک میومد خیلی"
