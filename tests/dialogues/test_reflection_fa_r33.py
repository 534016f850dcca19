"""Persian reflections and first replies, round 33 (tuning rows read as a judge would)."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("حجم غذا نسبت به مبلغ بسیار کم بود:", "حجم غذا نسبت به مبلغ بسیار کم بود"),
        ("نمیدونم چرا ایندفعه مقدارش نصف شده بود: ", "چرا ایندفعه مقدارش نصف شده بود"),
        ("در عکس نان با آرد سفید هست:", "در عکس نان با آرد سفید هست"),
        ("الویه از کنارش رد شده بود:::))))", "الویه از کنارش رد شده بود"),
    ],
)
def test_a_told_clause_ending_on_a_colon_is_heard(text: str, said: str) -> None:
    # Read as a list's title, the only clause was left out and the reflection was empty.
    reflected = reflect([text], "fa")
    assert said in reflected, reflected
    assert ":" not in reflected, reflected


@pytest.mark.parametrize("text", ["نقاط قوت:", "نظر من:"])
def test_a_heading_ending_on_a_colon_is_still_no_telling(text: str) -> None:
    assert reflect([text], "fa") == ""
