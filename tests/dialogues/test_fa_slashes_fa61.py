"""fa61: points parted by spaced slashes are said back as clauses, never with the slashes.

«خیلی دیر رسید / کباب ترکی خوبی داره … / در کل خوب بود» was said back with its slashes in
the bot's voice.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import fa_slashes, reflect


@pytest.mark.parametrize(
    ("told", "said"),
    [
        (
            "نون تازه بود / پیک خیلی دیر اومد / سالاد هم نیاوردن",
            "نون تازه بود، پیک خیلی دیر اومد، سالاد هم نیاوردن",
        ),
        ("کیک‌ها له شده بودند! / بسته بندی خوب", "کیک‌ها له شده بودند، بسته بندی خوب"),
    ],
)
def test_slashed_points_said_as_clauses(told: str, said: str) -> None:
    reflection = reflect([told], "fa")
    assert said in reflection
    assert "/" not in reflection


@pytest.mark.parametrize(
    "text",
    ["امتیاز من ۷ / ۱۰ هست", "غذا سرد بود :/ دیگه نمیگیرم", "سریع/گرم رسید"],
)
def test_other_slashes_left(text: str) -> None:
    assert fa_slashes.parted(text) == text
