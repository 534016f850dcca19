"""Persian reflections, round 42: idioms, intensified thanks, split clauses, run-ons."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.fa_intense import without_intensifier
from dialogues.reflection.fa_runon import head


def test_the_intensifier_of_a_cut_thanks_goes_with_it() -> None:
    reflected = reflect(["سلام خیلی ممنون خیلی خوب بود"], "fa")
    assert "خیلی خوب بود" in reflected, reflected
    assert "خیلی،" not in reflected, reflected
    reflected = reflect(["خیلی مرسی غذا عالی بود"], "fa")
    assert "خیلی،" not in reflected and "غذا عالی بود" in reflected, reflected


def test_an_intensifier_after_a_verb_or_a_thanks_with_its_object_stays() -> None:
    text = "عالی بود واقعا ممنونم همه چی خوب و تازه و خوشمزه"
    assert without_intensifier(text) == text  # "it really was great"
    text = "با سلام خیلی ممنون ازاسنپ فود عزیز"
    assert without_intensifier(text) == text  # the thanks is kept with its object
    assert without_intensifier("سلام خیلی ممنون میشم پیگیری کنید").endswith(
        "خیلی ممنون میشم پیگیری کنید"
    )


def test_bhm_of_the_idiom_be_ham_zadan_never_shifts() -> None:
    reflected = reflect(["غذا خیلی چرب بود حال آدم رو بهم میزنه"], "fa")
    assert "به شما میزنه" not in reflected and "به‌هم میزنه" in reflected, reflected
    reflected = reflect(["بسته بندی ضعیف بود و همه چیز بهم میریخت"], "fa")
    assert "به شما" not in reflected, reflected
    reflected = reflect(["پیک بهم زنگ نزد"], "fa")  # "called me": shifted
    assert "به شما زنگ" in reflected, reflected


def test_a_complaint_heading_a_long_run_on_clause_is_said_to_its_verb() -> None:
    text = (
        "نان سیر ک نسبت ب سری‌های قبل خیلی کوچیک شده بود ولی طعمش بد نبود. سیب زمینی‌ها"
        " کاملا مونده بود و بو و طعم بدی داشت سس قارچ ک زردچوبه خالی شده بود توش، در ظرفو"
        " بازکردم بوی زردچوبه توی ذوقم زد و واقعا بی کیفیت و افتضاح بود. اصلا راضی نبودم."
    )
    reflected = reflect([text], "fa")
    assert "سیب زمینی‌ها کاملا مونده بود،" in reflected, reflected


def test_a_run_on_head_needs_a_complaint_and_a_join_after_its_verb() -> None:
    assert head("سیب زمینی‌ها کاملا مونده بود و بو و طعم بدی داشت سس قارچ خالی بود") == (
        "سیب زمینی‌ها کاملا مونده بود"
    )
    assert head("غذا گرم رسید و پیک هم خیلی مودب بود و همه چیز مرتب و تمیز بود") is None
