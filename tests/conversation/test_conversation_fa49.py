"""Persian first replies, round 49: praise after a thanks *for* something is thanked."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.smell_told import smell_told
from dialogues.thanks_then_praise import praise_after_thanks_for
from tests.dialogues.script import Script
from tests.dialogues.test_reflection_fa_r48 import _first, _thanked


# ---- 1. thanks for something, then praise -----------------------------------------------------
@pytest.mark.parametrize("text", ["مرسی از باروژ، راضی بودم", "ممنون از پیک، عالی بود"])
def test_praise_after_a_thanks_for_something_is_thanked(text: str) -> None:
    # «مرسی از باروژ، راضی بودم» got «بیشتر از همه چه چیزی به دلتان نشست؟»
    assert praise_after_thanks_for(text)
    assert _thanked(_first(text)), _first(text)


@pytest.mark.parametrize(
    "text",
    ["ممنون از پیک محترم", "مرسی از باروژ، غذا دیر رسید", "ممنون برای نان جو",
     "مرسی از باروژ"],
)  # fmt: skip
def test_a_thanks_for_something_alone_or_before_a_complaint_is_no_praise(text: str) -> None:
    assert not praise_after_thanks_for(text)


# ---- 2. praise NLU read, unsure, as an idea ---------------------------------------------------
@pytest.mark.parametrize(
    "text", ["بسیار عالی حتی برای نهار …", "فیلیپر یه رستوران قدیمی و خوبه ممنون"]
)
def test_praise_read_as_an_idea_is_thanked_as_praise(text: str) -> None:
    # «بسیار عالی حتی برای نهار …» got «دیگر چه چیزی باید درباره‌اش بدانم؟», then
    # «ممنون که برایمان فکر کردید» after its yes, as if it were an idea.
    chat = Script("fa")
    chat.start()
    chat.says(text, intent="suggestion", sentiment="positive", score=0.8, confidence=0.4)
    assert chat.state.kind == "praise"


@pytest.mark.parametrize(
    "text",
    ["کلمه بهترین رو شما بهش معنی دادید. ممنون", "کاش غذای گیاهی هم داشتید عالی میشد",
     "خوب بود ولی کاش بزرگتر بود"],
)  # fmt: skip
def test_an_idea_or_a_bare_thanks_beside_it_stays_an_idea(text: str) -> None:
    # «… ممنون»: the thanks alone would be quoted back («ممنونم که گفتید «ممنون»»).
    chat = Script("fa")
    chat.start()
    chat.says(text, intent="suggestion", sentiment="positive", score=0.8, confidence=0.4)
    assert chat.state.kind == "idea"


# ---- 3. a smell the food gave off is what happened --------------------------------------------
@pytest.mark.parametrize("text", ["سلام، شدیدا بوی زخم میداد!!!!", "بوی زهم میداد"])
def test_a_smell_told_is_not_asked_what_happened(text: str) -> None:
    # «سلام، شدیدا بوی زخم میداد!!!!» got «دقیقاً چه اتفاقی افتاد؟»
    assert smell_told([text])
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="greet", sentiment="negative")
    assert not any(ask.split("{")[0] in reply for ask in variants("fa", "listen_event")), reply


@pytest.mark.parametrize("text", ["غذا بوی خوبی میداد", "بوی بسیار نامطبوع کباب", "بو داد"])
def test_no_smell_told_where_none_is_given_off_or_it_is_praised(text: str) -> None:
    assert not smell_told([text])
