"""Persian reflections, round 22: what a long comment's quote keeps is a whole clause, cut
only after a real finite verb."""

from __future__ import annotations

from dialogues.reflection import fa_cap, fa_select
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
