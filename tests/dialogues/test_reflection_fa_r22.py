"""Persian reflections, round 22: what a long comment's quote keeps is a whole clause, cut
only after a real finite verb."""

from __future__ import annotations

from dialogues.reflection import fa_cap, fa_select, fa_tail, reflect
from dialogues.reflection.clauses import _fa_marks
from dialogues.reflection.units import Unit


def test_a_noun_that_looks_like_a_first_person_verb_ends_no_clause() -> None:
    text = (
        "این نویسنده با داستانهای تکراری و شعارهای توخالی خودش مغز مردم دنیا رو شستشو میده "
        "و هیچ حرف تازه ای برای خواننده ها نداره و من اصلا از خوندنش لذت نبردم"
    )
    clauses = [c for c, _, _ in fa_cap._clauses(text)]
    assert not any(c.split()[-1] == "مردم" for c in clauses)  # «مردم» = people
    assert not any(c.startswith("دنیا رو") for c in clauses)
    assert fa_cap._verbish("شوم", True, "")  # «… شوم»: a light verb stays one


def test_a_turn_in_return_never_opens_what_is_kept() -> None:
    texts = [
        "این جاروبرقی خوبیه ولی فقط برای فرش های نازک و موکت های کوتاه و سبک کاربرد داره",
        "اگر فرش ها ضخیم و پرزدار باشن اصلا خوب جمع نمیکنه و خیلی اذیت شدم پیشنهاد میکنم "
        "مدل بزرگترش رو بخرید درسته مدل های بزرگتر شاید سنگین تر و گرون تر باشن",
        "اما در عوض قوی تر هستند و سیمشون موقع کار کوتاه و مشکل ساز و دستوپا گیر نمیشه",
    ]
    units = [Unit(t, i, False, 1, "" if i == 0 else " ") for i, t in enumerate(texts)]
    marks = _fa_marks(units)
    kept = fa_select.choose(units, marks, 38, 5)
    assert kept == [1]  # the advice, never «در عوض …» alone: in return for what?


_RUN_ON = (
    "ارسال دیجی کالا دو روز دیر شد و خیلی ناراحت شدم ولی دستگاه خوب کار میکنه "
    "موتورش قوی و بی صداست و تیغه هاش هم تیز و محکمه و برای کار چوب با ضخامت کم عالیه "
    "فقط باید کمی آروم باهاش کار کرد و زیاد فشار نیاورد گرد و غبار رو هم با دمنده "
    "تقریبا خوب خارج میکنه و من ازش راضیم"
)


def test_a_closing_verdict_run_on_after_a_verb_is_its_own_sentence() -> None:
    assert fa_tail.verdict_apart(_RUN_ON).endswith("خارج میکنه. من ازش راضیم")
    said = reflect([_RUN_ON], "fa")
    assert "راضی هستید" in said  # the overall verdict, never dropped with the last clause


def test_a_verdict_that_is_one_clause_with_what_comes_before_stays_whole() -> None:
    whole = _RUN_ON.replace("و من ازش راضیم", "و از خریدی که کردم راضیم")
    assert fa_tail.verdict_apart(whole) == whole  # «از خریدی که کردم راضیم»: one clause
    short = "دستگاه خوب کار میکنه و من ازش راضیم"
    assert fa_tail.verdict_apart(short) == short  # short: said whole anyway


_OVERALL_RUN_ON = (
    "صداش خیلی خوبه و بیسش هم قویه وقتی استفاده میکنین تازه تفاوت کیفیت آهنگارو متوجه میشید "
    "من خودم با گوشی و لپتاپ استفاده میکنم برای گوشی های بزرگ یکمی استفادش سخته چون کش "
    "نگهدارندش میوفته وسط صفحه و یکمی عذاب میده در کل فوق العادس و واقعا به همه دوستان "
    "که دنبال صدای خوب هستن پیشنهادش میکنم"
)


def test_an_overall_judgement_after_a_verb_opens_a_sentence_of_its_own() -> None:
    apart = fa_tail.overall_apart(_OVERALL_RUN_ON)
    assert "عذاب میده. در کل فوق العادس" in apart
    said = reflect([_OVERALL_RUN_ON], "fa")
    assert "«…" not in said  # the run-on parted at its verdict: no quote opening mid-run


def test_an_overall_telling_that_judges_nothing_is_left_as_written() -> None:
    told = _OVERALL_RUN_ON.replace("در کل فوق العادس", "در کل من برای کارای روزمره گرفتمش")
    assert fa_tail.overall_apart(told) == told  # «در کل من …»: no verdict, no new sentence


def test_closing_advice_run_on_after_a_verb_is_its_own_sentence() -> None:
    advised = _RUN_ON.replace("و من ازش راضیم", "و در کل پیشنهاد نمیکنم")
    assert fa_tail.verdict_apart(advised).endswith("خارج میکنه. در کل پیشنهاد نمیکنم")


def test_a_verdict_set_apart_once_is_not_set_apart_again() -> None:
    text = _RUN_ON.replace("و من ازش راضیم", "و در کل راضیم")
    once = fa_tail.overall_apart(fa_tail.verdict_apart(text))
    assert once.endswith("خارج میکنه. در کل راضیم")  # one full stop, never «میکنه.. در کل»
