"""Persian reflections and first replies, round 45."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.fa_open_that import open_that

_LONG = (
    "باقالی پلو با مرغ، به شدت خشک و بی‌طعم بود. قیمه خوش‌طعم بود و مزه‌ی خوبی داشت ولی"
    " حتی یک عدد سیب‌زمینی نداشت و اولین بار بود که در تمام زندگی، قیمه‌ای دیدم که فقط"
    " تشکیل‌شده از لپه و گوشت بود. هم‌چنین قیمه به شدت چرب بود و حجم بسیار بالایی از آن را"
    " روغنش تشکیل می‌داد."
)


def test_a_that_clause_cut_before_its_verb_is_said_with_the_clause_that_ends_it() -> None:
    reflected = reflect([_LONG], "fa")
    assert "که در تمام زندگی، قیمه‌ای دیدید که" in reflected, reflected
    assert "در تمام زندگی و " not in reflected, reflected


def test_only_a_that_clause_with_no_verb_after_it_is_open() -> None:
    assert open_that("اولین بار بود که در تمام زندگی")
    assert not open_that("به قدری داغ بود که دستم را سوزاند")
    assert not open_that("غذا سرد بود")
    assert not open_that("گفتم که")  # nothing after «که»: a clause the writer left
