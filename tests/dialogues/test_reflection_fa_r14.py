"""Persian reflections, round 14: greetings that wish a good day and «جسارتا» are courtesy.

Round 14 also said a long telling back without its opening setting (``fa_long``); on fresh
held-out comments a blind A/B judge preferred the replies without it (10 to 8 of those it
changed), as with the long-message rules of the other two languages, so it was taken out.
"""

from __future__ import annotations

from dialogues.reflection import reflect


def test_a_wish_for_a_good_day_is_a_greeting_not_content() -> None:
    for greeting in ("سلام وقتتون بخیر", "روز بخیر،", "عصرتون بخیر"):
        said = reflect([f"{greeting} غذا خیلی سرد رسید و نون هم خشک بود"], "fa")
        assert "بخیر" not in said
        assert "غذا خیلی سرد رسید" in said


def test_with_all_due_respect_is_not_said_in_the_bots_voice() -> None:
    said = reflect(["من یه انتقاد کوچیک دارم جسارتا. غذا خیلی دیر رسید و کاملا سرد بود"], "fa")
    assert "جسارتا" not in said
    assert "کاملا سرد بود" in said
