"""Round en51: English complaints, questions, praise and sarcasm NLU misnamed (issue 8)."""

from __future__ import annotations

import pytest

from tests.conversation.test_conversation_review30 import (
    _after_yes,
    _owned_whatever_nlu_says,
    _thanked,
)


# ---- 4. A let-down as what they "love" or are "glad" of: sarcasm, a complaint ---------------
@pytest.mark.parametrize(
    "text",
    ["I love being stuck here for two extra days",
     "so glad I paid for a seat that doesn't recline",
     "Nothing I love more than sitting on the tarmac for three hours",
     "Delayed again, no reason given. Sure love flying with you guys. #whatajoke",
     "loving the 4 extra hours in Denver, truly"],
)  # fmt: skip
def test_a_letdown_loved_is_sarcasm(text: str) -> None:
    # "I love being here for two extra days" (NLU: complaint) got "That means a lot".
    _owned_whatever_nlu_says("en", text)


@pytest.mark.parametrize(
    "text",
    ["love the crew on this flight, even with the delay", "glad to hear my bag is on its way",
     "so glad you rebooked me after the cancellation", "gotta love the crew on flight 1234!",
     "would love it if you could get my wife home, she's been stuck in Orlando"],
)  # fmt: skip
def test_love_beside_a_letdown_is_no_sarcasm(text: str) -> None:
    from dialogues.sarcastic_thanks import thanks_for_letdown

    assert not thanks_for_letdown([text], "en")


# ---- 2. A yes/no question NLU named a suggestion: asked, never thanked as an idea -----------
@pytest.mark.parametrize(
    "text",
    ["Is flight 123 still on time?", "Will you be waiving change fees for Boston this weekend?",
     "Do you have wifi on the 737?", "would a hard case like this be ok to check in?",
     "So a carry-on is limited to 22 inches, correct?"],
)  # fmt: skip
def test_a_yes_no_question_is_no_idea(text: str) -> None:
    # "Will you be issuing an exception policy for Denver …?" got "Thank you for the idea".
    kind, reply = _after_yes("en", text, "suggestion", 0.2, confidence=0.6)
    assert kind == "question", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["Will you please start offering flights to Asheville?", "Can you do better?",
     "would be nice if the app showed the gate, no?", "could u put a lounge here in Tulsa?",
     "can y'all develop the fare alerts as a browser extension?"],
)  # fmt: skip
def test_an_idea_asked_stays_no_question(text: str) -> None:
    kind, _ = _after_yes("en", text, "suggestion", 0.2, confidence=0.6)
    assert kind != "question"


# ---- 3. Praise NLU named a suggestion: thanked, never apologised for nor thanked as an idea --
@pytest.mark.parametrize(
    "text",
    ["he just went above and beyond to be helpful",
     "the gate agent in Denver went above and beyond",
     "good to hear. Thanks for being so responsive."],
)  # fmt: skip
def test_praise_named_a_suggestion_is_praise(text: str) -> None:
    # "he just went above and beyond to be helpful" (NLU: suggestion 0.39) got "I'm really sorry".
    kind, reply = _after_yes("en", text, "suggestion", 0.3, confidence=0.39)
    assert kind == "praise", reply


@pytest.mark.parametrize(
    "text",
    ["good. Maybe that will make up for losing my bag. #ProbablyNot",
     "If you'd love to see more kids fly, RT our great event in March"],
)  # fmt: skip
def test_hope_or_ad_beside_praise_is_no_praise(text: str) -> None:
    kind, _ = _after_yes("en", text, "suggestion", 0.3, confidence=0.39)
    assert kind != "praise"
