"""Round ar50: «اتمنا» heard as a wish; a long list of short verdicts cut between them."""

from __future__ import annotations

import pytest

from dialogues.reflection import ar_choice


@pytest.mark.parametrize(
    "clause",
    ["اتمنا العودة لة قريبا في موسم الربيع", "ممتاز جدا واتمنا توفير مزيد من النكهات"],
)
def test_the_misspelt_wish_is_a_wish(clause: str) -> None:
    assert ar_choice._WISH.search(clause)


def test_a_word_holding_the_letters_is_no_wish() -> None:
    assert not ar_choice._WISH.search("المتمنات كثيرة")
