"""Round 19 (convo37): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.amend import amend
from dialogues.deadline_told import says_by_when
from dialogues.thanked_handles import without_thanked_handle
from dialogues.turn import Language
from tests.dialogues.script import Script

_YES = {"en": "yes", "ar": "نعم", "fa": "آره"}
_SURE = {"en": "sure", "ar": "تفضل", "fa": "بپرسید"}


# ---- 1. a want with its time says what "solved" is: no second question ---------------------
@pytest.mark.parametrize(
    ("language", "told", "want"),
    [
        ("en", "my flight got delayed 5 hours and I missed my connection",
         "I just want to get home to my kids before Sunday"),
        ("en", "my flight got cancelled", "I need to get to my sister's wedding on Saturday"),
        ("ar", "الشحنة وصلت متأخرة أسبوعين", "بس أبي الشحنة توصل قبل العيد"),
        ("fa", "سفارشم سه روزه نرسیده", "اینکه هدیه قبل از جمعه برسه"),
    ],
)  # fmt: skip
def test_a_want_with_its_deadline_goes_to_anything_else(
    language: Language, told: str, want: str
) -> None:
    # Was "What would make this right for you?" (close to what they had just said).
    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", sentiment="negative", score=-0.6)
    chat.says(_YES[language], intent="affirm")
    chat.says(_SURE[language], intent="affirm")
    reply = chat.says(want, intent="nlu_fallback")
    assert chat.state.stage == "anything_else", reply
    assert "right for you" not in reply and "يستقيم" not in reply, reply


def test_a_want_with_no_time_still_gets_the_second_question() -> None:
    chat = Script("en")
    chat.start()
    chat.says("my flight got cancelled", intent="complaint", sentiment="negative", score=-0.6)
    chat.says("yes", intent="affirm")
    chat.says("sure", intent="affirm")
    chat.says("I need to get to my sister's wedding", intent="nlu_fallback")
    assert chat.state.stage == "jtbd"


@pytest.mark.parametrize(
    ("language", "want"),
    [("en", "send the receipt by email"), ("en", "I was there before"),
     ("ar", "كان أحسن قبل"), ("fa", "مثل قبل باشه"), ("fa", "تا بتونم بخورم")],
)  # fmt: skip
def test_no_time_word_is_no_deadline(language: str, want: str) -> None:
    assert not says_by_when(want, language)


# ---- 2. a count put right: "5 hours not 4", «لا، أسبوعين» ------------------------------------
@pytest.mark.parametrize(
    ("language", "told", "correction", "amended"),
    [
        ("en", "my flight got delayed 4 hours and nobody told us anything",
         "no, it was 5 hours not 4", "my flight got delayed 5 hours and nobody told us anything"),
        ("en", "my flight got delayed 4 hours", "no, 5 hours, not 4",
         "my flight got delayed 5 hours"),
        ("ar", "الشحنة وصلت متأخرة أسبوع", "لا، أسبوعين", "الشحنة وصلت متأخرة أسبوعين"),
        ("ar", "خصموا المبلغ مرة من بطاقتي", "لا، مرتين", "خصموا المبلغ مرتين من بطاقتي"),
        ("ar", "انتظرت ساعة واحدة في الاستقبال", "لا ساعتين", "انتظرت ساعتين في الاستقبال"),
    ],
)  # fmt: skip
def test_a_count_put_right_amends_the_telling(
    language: str, told: str, correction: str, amended: str
) -> None:
    # Was "Sorry, I didn't get that right. What did I miss?" / «5 hours hours».
    assert amend([told], correction, language) == [amended]


@pytest.mark.parametrize(
    ("language", "told", "correction"),
    [("en", "they never called me back", "no, they did not call me"),
     ("ar", "المنتج ممتاز", "لا، ممتازين"),
     ("ar", "انتظرت ساعة كاملة", "لا، ساعتين"),
     ("ar", "الشحنة وصلت متأخرة أسبوع", "أسبوعين")],
)  # fmt: skip
def test_no_count_is_put_right_where_none_was_told(
    language: str, told: str, correction: str
) -> None:
    assert amend([told], correction, language) is None


def test_the_count_put_right_is_said_back() -> None:
    chat = Script("ar")
    chat.start()
    chat.says("الشحنة وصلت متأخرة أسبوع", intent="complaint", topic="delivery",
              sentiment="negative", score=-0.6)  # fmt: skip
    reply = chat.says("لا، أسبوعين", intent="deny")
    assert "متأخرة أسبوعين" in reply, reply


# ---- 3. the "@name" a thanks is addressed to is not quoted as the praise ---------------------
@pytest.mark.parametrize(
    ("told", "quoted", "not_quoted"),
    [
        ("Thank you @SouthwestAir for the amazing crew on my flight to Austin today! 😊",
         "the amazing crew on my flight to Austin today", "SouthwestAir for"),
        ("Thanks @united, great news that the route is back", "great news that the route",
         "united"),
    ],
)  # fmt: skip
def test_a_thanks_to_a_handle_quotes_the_praise_not_the_handle(
    told: str, quoted: str, not_quoted: str
) -> None:
    # Was "Thank you for telling us "SouthwestAir for the amazing crew …"" / ""united, great …"".
    chat = Script("en")
    chat.start()
    chat.says(told, intent="praise", sentiment="positive", score=0.8)
    thanks = chat.says("yes", intent="affirm")
    # the praise quoted, or (said back whole just before) named: "the kind words about the crew"
    named = "about the crew" in thanks or "about the route" in thanks
    named = named or '"' not in thanks  # convo59: said back just before, thanked unquoted
    assert (quoted in thanks or named) and not_quoted not in thanks, thanks


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [("Thanks @united, great news", "Thanks, great news"),
     ("Thanks for the lovely views!", "Thanks for the lovely views!"),
     ("@united the crew was great", "@united the crew was great")],
)  # fmt: skip
def test_only_a_handle_right_after_thanks_goes(sentence: str, kept: str) -> None:
    assert without_thanked_handle(sentence) == kept
