"""Round 22 (convo40): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.asked_bare import asks_only
from dialogues.continued import joined
from dialogues.turn import Language
from tests.dialogues.script import Script


# ---- 1. A bare question as a first message is asked, never thanked as praise ----
@pytest.mark.parametrize(
    ("language", "text"),
    [("ar", "طيب متى بالضبط؟"), ("ar", "طيب وين الطلب؟"), ("fa", "خب دقیقا کی؟"),
     ("fa", "خوب چرا؟"), ("en", "ok when exactly?"), ("en", "good, so where is it?")],
)  # fmt: skip
def test_a_bare_question_is_no_praise(language: Language, text: str) -> None:
    # Was «شكراً لأنك قلت «طيب متى بالضبط»؛ سأحرص على أن يصل كلامك …»: «طيب» read as praise.
    assert asks_only([text], language)
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.6)
    assert chat.state.kind != "praise", reply
    for thanks in ("شكراً", "ممنون", "Thank"):
        assert not reply.startswith(thanks), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [("ar", "الأكل طيب جدا"), ("ar", "كيف صار الأكل بهذا الطعم الرائع؟"),
     ("fa", "غذا خوب بود"), ("en", "how is the food always so amazing?"),
     ("en", "when exactly"), ("ar", "طيب متى بالضبط؟ وشو صار بالطلب الثاني اللي طلبته امس")],
)  # fmt: skip
def test_praise_or_a_longer_telling_is_no_bare_question(language: Language, text: str) -> None:
    assert not asks_only([text], language)


# ---- 2. "when I try to pay" finishes the clause before it: joined, no "and" ----
@pytest.mark.parametrize(
    ("first", "fragment", "expected"),
    [
        ("the app keeps crashing", "when I try to pay",
         "the app keeps crashing when you try to pay"),
        ("the app keeps crashing.", "if I open the camera",
         "the app keeps crashing if you open the camera"),
    ],
)  # fmt: skip
def test_a_when_fragment_continues_the_clause(first: str, fragment: str, expected: str) -> None:
    # Was "the app keeps crashing, and when you try to pay".
    chat = Script("en")
    chat.start()
    chat.says(first, intent="complaint", topic="app", sentiment="negative", score=-0.6)
    reply = chat.says(fragment, intent="complaint", topic="app", sentiment="negative", score=-0.5)
    assert expected in reply and ", and" not in reply, reply


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["the app keeps crashing", "when will you fix it?"],
         ["the app keeps crashing", "when will you fix it?"]),
        (["is it down?", "when I log in"], ["is it down?", "when I log in"]),
        (["when I try to pay it crashes"], ["when I try to pay it crashes"]),
    ],
)  # fmt: skip
def test_a_question_or_a_first_message_is_not_joined(
    messages: list[str], expected: list[str]
) -> None:
    assert joined(messages, "en") == expected
    assert joined(["اپ هنگ میکنه", "وقتی میخوام پرداخت کنم"], "fa") == [
        "اپ هنگ میکنه",
        "وقتی میخوام پرداخت کنم",
    ]
