"""Persian conversations, round 50: «نه، X نبود، Y بود» swaps one detail of the telling."""

from __future__ import annotations

import pytest

from dialogues.fa_was_not import was_not_swap
from tests.dialogues.script import Script


def _corrected(first: str, correction: str) -> str:
    chat = Script("fa")
    chat.start()
    chat.says(first, intent="complaint", topic="product", sentiment="negative", score=-0.5)
    return chat.says(correction, intent="deny", sentiment="negative", score=-0.2)


@pytest.mark.parametrize(
    ("first", "correction", "said", "gone"),
    [("پیتزا سرد رسید و پیک بی‌ادب بود", "نه، پیتزا نبود، برگر بود",
      "برگر سرد رسید و پیک بی‌ادب بود", "پیتزا"),
     ("پیتزا خیلی دیر رسید و سرد بود", "نه پیتزا نبود برگر بود",
      "برگر خیلی دیر رسید و سرد بود", "پیتزا"),
     ("ساندویچ مرغ سفارش دادم ولی ساندویچ گوشت فرستادن", "نه، مرغ نبود، ژامبون بود",
      "ساندویچ ژامبون سفارش دادید", "مرغ")],
)  # fmt: skip
def test_one_detail_put_right_keeps_the_rest_of_the_telling(
    first: str, correction: str, said: str, gone: str
) -> None:
    # «پیتزا سرد رسید و پیک بی‌ادب بود», «نه، پیتزا نبود، برگر بود» was said back as «پس
    # پیتزا نبود، برگر بود»: the cold meal and the rude courier lost.
    reply = _corrected(first, correction)
    assert said in reply and gone not in reply, reply


def test_a_detail_not_in_the_telling_is_heard_as_before() -> None:
    reply = _corrected("غذا سرد رسید", "نه، پیتزا نبود، برگر بود")
    assert "برگر" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "غذا نبود، سفارش بود",
        "پیتزا نبود",
        "پیتزا نبود، برگر و سیب بود",
        "اصلا گرم نبود، سرد بود",
        "یسریاش تازه نبود و سوخته بود.",
    ],
)
def test_no_swap_read_in_a_bare_denial_or_an_uneven_one(text: str) -> None:
    assert was_not_swap(text, "fa") is None


def test_only_persian_reads_it() -> None:
    assert was_not_swap("پیتزا نبود، برگر بود", "en") is None
    assert was_not_swap("پیتزا نبود، برگر بود", "fa") == ("پیتزا", "برگر")
