"""fa61: «یا …» ("or so on") inside a clause goes like «و …», never said back «یا، …».

«… چنتا سیب زمینی یا.. استفاده شود» was said back «… سیب زمینی یا، استفاده شود»: the
ellipsis cut the sentence and the bot's voice rejoined it on a dangling «یا،».
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    ("told", "said"),
    [
        (
            "پیشنهاد میدم کنار ساندویچ خیارشور یا.. بذارید",
            "کنار ساندویچ خیارشور بذارید",
        ),
        (
            "بستنی طبق عکس نبود و شکلات یا … نداشت اما خیلی تازه بود",
            "شکلات نداشت اما خیلی تازه بود",
        ),
    ],
)
def test_or_so_on_goes(told: str, said: str) -> None:
    reflection = reflect([told], "fa")
    assert said in reflection
    assert "یا،" not in reflection
