"""Persian reflections, round 23: the review's verdict and its complaint are never the parts
left out, and a kept piece reads as a whole clause."""

from __future__ import annotations

from dialogues.reflection import fa_tail, reflect

_UNHAPPY = (
    "دو هفته پیش این سشوار رو از فروشگاه خریده ام و با توجه به قیمتش انتظار داشتم سالها "
    "کار کنه ولی از روز سوم موقع کار بوی سوختگی میده و باد گرمش هم خیلی ضعیفه و موقع "
    "تحویل هم کارتنش پاره بود و دفترچه راهنما داخلش نبود و سیمش هم خیلی کوتاه هست و "
    "وسط کار مدام خاموش میشه من از این خریدم کاملا ناراضی میباشم"
)


def test_a_closing_verdict_with_a_formal_copula_is_kept() -> None:
    assert fa_tail.verdict_apart(_UNHAPPY).endswith("خاموش میشه. من از این خریدم کاملا ناراضی میباشم")
    said = reflect([_UNHAPPY], "fa")
    assert "ناراضی می‌باشید" in said  # the verdict, never dropped with the last clause
    assert "از این خریدتان" in said  # "this purchase of yours", never «از این خریدید»
