"""Persian reflections, round 24: the gate's narrowing and the judged items' general rules."""

from __future__ import annotations

from dataclasses import dataclass

from dialogues.reflection import fa_guard, fa_points, fa_slips, fa_tail, topics


def test_a_stop_before_its_space_never_sets_apart_a_saying_a_sign_off_or_a_contrast() -> None:
    # The sentence end itself still holds («کتاب خوبیه .لذت بردم»: r23).
    assert fa_slips.mend("کتاب خوبیه .لذت بردم") == "کتاب خوبیه. لذت بردم"
    saying = "داستانش عالی بود . هر چی بگم کم گفتم .حتما بخونید"
    assert "کم گفتم .حتما" in fa_slips.mend(saying)  # never «… بگویید کم گفتید»
    farewell = "کتاب خوبی بود ممنون .یا علی و با علی"
    mended = fa_slips.mend(farewell)  # never a dangling «و با علی»: kept whole or left out (r25)
    assert ".یا علی و با علی" in mended or "علی" not in mended
    contrast = "چند رمان کلاسیک دیگه هم خوندم .ولی این یکی خیلی بی معنیه"
    assert "خوندم .ولی" in fa_slips.mend(contrast)  # never a lone «… خوندم» quoted
    thanks = "ممنون از برنامه .دست همتون درد نکنه،صوتی ها عالی"
    assert ".دست همتون" in fa_slips.mend(thanks)  # «صوتی ها عالی» never dropped
    short = "یک رمان خیلی عجیب .باید این سبک رو دوست داشته باشید .من که دوستش نداشتم"
    assert fa_slips.mend(short) == short  # a short message typed so throughout: whole


@dataclass(frozen=True)
class _Clause:
    text: str
    sentence: int


def test_a_closing_verdict_is_kept_beside_whole_clauses_only() -> None:
    units = [
        _Clause("هر بار رمان جنگی میخونم بعدش حسابی دلم میگیره", 1),
        _Clause("که چه قدر به مردم بی دفاع ظلم شده و هیچ کس کاری نکرده و بعد", 1),
        _Clause("که چه قدر من به عنوان یک مادر غصه میخورم", 1),
        _Clause("در کل کتاب خوبی بود واقعا لازمه که همه این کتابو بخونن", 2),
    ]
    kept = fa_points.with_closing_plea(units, [0, 1], [6.0, 12.0, 6.0, 7.0], 30)
    # never «که چه قدر … و بعد، در کل …»: the clause it leans on is kept instead
    assert kept == [0, 3]


def test_a_closing_warning_to_other_buyers_is_a_verdict_set_apart() -> None:
    told = " ".join(["رنگش با عکس فرق داره و خیلی زود پاک میشه"] * 5)
    said = fa_tail.verdict_apart(told + " اگه به خاطر رنگش میخرین اشتباه میکنین")
    assert said.endswith("میشه. اگه به خاطر رنگش میخرین اشتباه میکنین")
    assert fa_points._VERDICT.search("اگه به خاطر رنگش میخرین اشتباه میکنین")
    assert fa_tail.verdict_apart(told) == told  # no warning: untouched


def test_design_work_is_no_design_topic() -> None:
    assert topics._topics("برای کارهای طراحی روزانه عالیه", "fa") == []
    assert topics._topics("طراحی بدنه زیباست", "fa")[0][0] == "طراحی"


def test_not_left_typed_as_done_is_mended() -> None:
    said = fa_slips.mend("شیرها دو روز بیشتر به تاریخ انقضاشون نموده بود")
    assert said == "شیرها دو روز بیشتر به تاریخ انقضاشون نمونده بود"
    formal = "همکارتان به من کمک نموده بود"
    assert fa_slips.mend(formal) == formal


def test_a_long_vowel_held_twice_inside_a_word_is_said_once() -> None:
    assert fa_slips.mend("غذا عالی پیک عاالی") == "غذا عالی پیک عالی"
    assert fa_slips.mend("قیمتش عاالیه") == "قیمتش عالیه"
    assert fa_slips.mend("خیلی ناامید شدم") == "خیلی ناامید شدم"  # its own «اا»
    assert fa_slips.mend("غذا آمااه نشد") == "غذا آمااه نشد"  # «آماه»: no frequent word


def test_the_generic_informal_you_is_said_in_their_words() -> None:
    assert fa_guard.slipped("پوست رو خنک میکنه و حس خوبی بهت میده")
    assert not fa_guard.slipped("پوست رو خنک میکنه و حس خوبی میده")


def test_a_short_closing_judgement_of_its_own_is_added_never_in_place_of_a_clause() -> None:
    units = [
        _Clause("زیاد اهل رمان نیستم", 1),
        _Clause("ولی خودمو تو شخصیت پدر دیدم و حس کردم بچه هام چطوری درباره م فکر میکنن", 1),
        _Clause("برای من فوق العاده خوندنی بود این داستان", 2),
    ]
    assert fa_points.with_closing_plea(units, [0, 1], [6.0, 9.0, 5.0], 20) == [0, 1, 2]
    run_on = [units[0], _Clause("برای من فوق العاده خوندنی بود این داستان", 1)]
    assert fa_points.with_closing_plea(run_on, [0], [6.0, 5.0], 20) == [0]  # not its own
