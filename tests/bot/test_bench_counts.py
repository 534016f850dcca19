"""The reflection figure of ``make bench``: verdicts stand only for replies that are unchanged."""

from __future__ import annotations

from bot.bench import _judged_counts


def test_a_changed_reply_is_unjudged_and_each_judge_is_counted_apart() -> None:
    items = [
        {"verdict": "acceptable", "verdict2": "minor"},
        {"verdict": "wrong", "verdict2": "wrong"},
        {"verdict": "acceptable", "verdict2": "acceptable"},
    ]
    same = [True, True, False]  # the third reply changed since it was judged
    first = _judged_counts(items, same, "verdict")
    second = _judged_counts(items, same, "verdict2")
    assert first == {
        "acceptable": 1,
        "minor": 0,
        "wrong": 1,
        "unjudged": 1,
        "sample": 3,
        "acceptable_rate": 0.333,
    }
    assert (second["acceptable"], second["minor"], second["wrong"]) == (0, 1, 1)
