"""Round 33 (convo51): English sarcasm convo50 left, and questions filed as ideas
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from tests.conversation.test_conversation_review30 import _after_yes, _thanked


# ---- 1. Thanks for a burden or a wait, no let-down word: a complaint ----------------------
@pytest.mark.parametrize(
    "text",
    ["thanks for leaving my 6 year old alone in row 30", "Thanks for the 3 hour layover in Dallas",
     "thank you for not even calling me back", "thanks for not answering the phone all day",
     "thanks for making us wait at the gate for two hours",
     "just want to thank you guys for the 9 hour delay"],
)  # fmt: skip
def test_thanks_for_a_burden_or_a_wait_is_a_complaint(text: str) -> None:
    # "thanks for making everyone wait in the dark for an hour" (NLU: praise) got
    # "That means a lot: …".
    kind, reply = _after_yes("en", text, "praise", 0.4)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["Thanks for the $100 credit because of the 4 hour delay",
     "thank you for fixing my 3 hour delay",
     "thanks so much for making my night, the crew was lovely",
     "Thanks for making flight changes so easy on the app",
     "thanks for not charging me the change fee!",
     "Thanks for the quick response, after an hour on hold elsewhere"],
)  # fmt: skip
def test_thanks_beside_a_wait_put_right_stays_praise(text: str) -> None:
    kind, reply = _after_yes("en", text, "praise", 0.8)
    assert kind == "praise", reply


# ---- 2. A closing "Great job" / "Way to go" after a let-down: sarcasm -----------------------
@pytest.mark.parametrize(
    "text",
    ["Your phone line hung up on me twice and nobody calls back. Great job",
     "Still no idea when our flight leaves. Way to go. #fail",
     "The kiosk won't let me check in and the line is an hour long. Well done."],
)  # fmt: skip
def test_a_closing_great_job_after_a_letdown_is_a_complaint(text: str) -> None:
    # "… your automated system wont let me talk to any1.  Great job" (NLU: praise) got
    # "Thank you for telling us "Great job"".
    kind, reply = _after_yes("en", text, "praise", 0.3)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply
    assert "what you liked" not in reply, reply


@pytest.mark.parametrize(
    "text",
    ["Boarded on time this morning and landed early. Good job!",
     "The new crew on my flight to Denver did a great job. Well done!",
     "Pleasantly surprised by the new lounge in Boston. Nice work!"],
)  # fmt: skip
def test_a_closing_great_job_after_praise_stays_praise(text: str) -> None:
    kind, reply = _after_yes("en", text, "praise", 0.8)
    assert kind == "praise", reply


# ---- 3. "How long should I expect …?", "Any word on …?": asked, not an idea -----------------
@pytest.mark.parametrize(
    "text",
    ["Sent the form yesterday. How long should I expect to wait for an answer?",
     "when should i expect my refund", "Any word on the winners of the photo contest?",
     "Any chance for an earlier flight to Austin today?"],
)  # fmt: skip
def test_asking_when_or_for_news_is_no_idea(text: str) -> None:
    # "How long should I expect for a response?" (NLU: suggestion) got "Thank you for the idea".
    kind, reply = _after_yes("en", text, "suggestion", 0.1)
    assert kind == "question", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["Any chance you could start flying nonstop to Tulsa?",
     "Any chance of more legroom in economy one day?"],
)  # fmt: skip
def test_an_idea_asked_with_any_chance_stays_an_idea(text: str) -> None:
    kind, reply = _after_yes("en", text, "suggestion", 0.3)
    assert kind == "idea", reply
