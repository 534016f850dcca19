"""English reflections, round 33 (tuning: en.tsv 1–1000 and tune_en)."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_thanks_beside_a_telling_says_the_telling_back_and_little_else_is_thanked() -> None:
    from dialogues.thanks_besides import thanks_with_little, told_besides_thanks

    assert told_besides_thanks("@united Thanks. It is on the same ticket.", "en")
    for text in (
        "@JetBlue thanks bae",
        "@USAirways Thank you, busy times.",
        "@USAirways 1899. Thanks",
        "@united I am - thank you!",
        "@SouthwestAir Thank you thank you thank you",
    ):
        assert thanks_with_little(text, "en") and not told_besides_thanks(text, "en"), text
    for text in (  # a telling, a sour or sarcastic thanks, a question: none of them
        "@SouthwestAir yall have me sleeping in the airport until 4pm tomorrow! thanks",
        "@united thanks for nothing",
        "@united thanks. 😒",
        "@united thanks, what now?",
        "@JetBlue Thank you for credits. However; I submitted complaints about the property.",
    ):
        assert not thanks_with_little(text, "en"), text
    assert not thanks_with_little("ممنون، عالی بود", "fa")
