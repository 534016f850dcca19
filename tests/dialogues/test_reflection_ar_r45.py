"""Arabic reflections, round 45 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.ar_gaps import joined

GAP = "      "  # a line break, as the stored reviews keep it


# ---- 1. a run of spaces after a word that needs its complement is no sentence end ----------
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (f"اتمنى انه يكون{GAP}فيه مقاومه للماء", "اتمنى انه يكون فيه مقاومه للماء"),
        (f"القماش رجالي وليس{GAP}نسائي", "القماش رجالي وليس نسائي"),
        (f"الشاحن مش{GAP}اصلي", "الشاحن مش اصلي"),
        (f"الخامه ضعيفه{GAP}جدا وتتقطع بسرعه", "الخامه ضعيفه جدا وتتقطع بسرعه"),
    ],
)
def test_a_gap_inside_a_clause_is_one_space(typed: str, meant: str) -> None:
    assert joined(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        f"المنتج ممتاز{GAP}انصح به",
        f"الريحه حلوه{GAP}جدا ً جدا ً",
        "اتمنى انه يكون فيه مقاومه للماء",
    ],
)
def test_a_gap_at_a_clause_end_is_kept(typed: str) -> None:
    assert joined(typed) == typed


def test_a_wish_is_never_cut_after_its_copula() -> None:
    said = reflect([f"الساعه جميله بس اتمنى انه يكون{GAP}فيها مقاومه للماء"], "ar")
    assert "يكون،" not in said and "يكون»" not in said
    assert "يكون فيها مقاومه للماء" in said
