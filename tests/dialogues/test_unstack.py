"""A frame's colon and a quote's «قلت:» are said as one phrase (stop 25)."""

from __future__ import annotations

from dialogues.catalog import variants
from dialogues.unstack import unstacked


def test_stacked_colons_are_joined_into_one_phrase() -> None:
    line = "ما فهمته: قلت: «رائع وانصح به». هل أصبت؟"
    assert unstacked(line, "ar") == "ما فهمته أنك قلت: «رائع وانصح به». هل أصبت؟"
    assert unstacked("دعني أتأكد أنني فهمت: قلت: «…». صحيح؟", "ar").startswith(
        "دعني أتأكد أنني فهمت ما قلت:"
    )
    assert unstacked("إذا كنت فهمتك جيداً: قلت: «…».", "ar").startswith(
        "إذا كنت فهمتك جيداً، فقد قلت:"
    )


def test_a_frame_without_a_quote_or_another_language_is_left_as_it_is() -> None:
    assert unstacked("ما فهمته: الخدمة بطيئة. هل أصبت؟", "ar") == "ما فهمته: الخدمة بطيئة. هل أصبت؟"
    assert unstacked("آنچه شنیدم این است: گفتید «…»", "fa") == "آنچه شنیدم این است: گفتید «…»"


def test_every_stacked_frame_is_one_the_catalog_says() -> None:
    frames = {line.split("{reflection}")[0].strip() for line in variants("ar", "reflect")}
    for stacked in ("ما فهمته:", "دعني أتأكد أنني فهمت:", "إذا كنت فهمتك جيداً:"):
        assert stacked in frames
