"""Persian reflections and first replies, round 38 (tuning rows read as a judge would)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    "text",
    [
        "سلام رگا:)) مثل همیشه کیفیت پیتزا عالی بود. حجم خوب و مواد با کیفیت. مرسی:))",
        "خیلی خوشمزه بودددد:)))) قرمه سبزی حسابی جا افتاده بود پر روغن هم نبود",
        "کیفیت و قیمت مناسب:) البته هنوز خیلی جای پیشرفت داره",
    ],
)
def test_a_smile_glued_to_a_word_leaves_no_colon(text: str) -> None:
    # noise.py took the smile's brackets and left its colon: «رگا: مثل همیشه …».
    reflected = reflect([text], "fa")
    assert not any(f"{w}:" in reflected for w in ("رگا", "بود", "مناسب")), reflected


def test_a_smile_ends_the_clause_before_it() -> None:
    reflected = reflect(["کیفیت و قیمت مناسب:) البته هنوز خیلی جای پیشرفت داره"], "fa")
    assert "کیفیت و قیمت مناسب، البته" in reflected, reflected


def test_a_smile_closing_the_message_goes() -> None:
    text = "لطفا یا شماره تماس فروشگاه رو به من بدید یا بگید تماس بگیرن:))"
    assert "بگیرن:" not in reflect([text], "fa")
