"""Round 34 (convo52): English pleas for help and requests for action thanked as ideas
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from tests.conversation.test_conversation_review30 import _after_yes, _thanked


# ---- 1. A plea for help or a request for action on one's own case: asked, not an idea -------
@pytest.mark.parametrize(
    "text",
    ["Can you please help to save my daughter's life",
     "The site says 'Unable to price'. Please help!",
     "I need my receipt today. Could you help?", "pls help us check in, the kiosk is down",
     "please please answer the phone", "any help would be appreciated, thanks",
     "an update on flight 880 would be appreciated", "how about an update on flight 212",
     "How about moving my seats back to where I booked them?",
     "how about you refund my bag fee", "please get my bags to carousel 3"],
)  # fmt: skip
def test_a_plea_for_help_is_no_idea(text: str) -> None:
    # "… it says 'Unable to price'. Please help!" (NLU: suggestion) got "Thank you for the idea".
    kind, reply = _after_yes("en", text, "suggestion", -0.1)
    assert kind == "question", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["please start offering flights from Asheville", "how about a phone system that works?",
     "how about a little help for the gate agents at B12", "You should add more nonstop routes",
     "please send more than one rep to the counter at rush hour",
     "it would be great if you brought back the free snacks"],
)  # fmt: skip
def test_an_idea_for_everyone_stays_an_idea(text: str) -> None:
    kind, reply = _after_yes("en", text, "suggestion", 0.1)
    assert kind == "idea", reply


# ---- 2. A request to follow or DM: asked, not an idea ------------------------------------
@pytest.mark.parametrize(
    "text",
    ["follow/dm please", "please see my dm!!", "pls follow for DM", "can you follow me for a DM?",
     "you need to follow me first", "or you could send me a DM.", "just dm me, I'll explain",
     "I think a DM would be better"],
)  # fmt: skip
def test_a_request_to_follow_or_dm_is_no_idea(text: str) -> None:
    # "@JetBlue follow for DM please" (NLU: suggestion) got "Thank you for the idea: …".
    kind, reply = _after_yes("en", text, "suggestion", 0.1)
    assert kind == "question", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["please follow the FAA rules on bumping", "you should let us DM the crew about allergies"],
)
def test_an_idea_naming_follow_or_dm_stays_an_idea(text: str) -> None:
    kind, reply = _after_yes("en", text, "suggestion", 0.1)
    assert kind == "idea", reply


# ---- 3. "Any idea when …", "Any advice?", "is it possible to …?": asking to be told ---------
@pytest.mark.parametrize(
    "text",
    ["Any idea when flight 88 to Tampa will leave?", "any idea on flights to Boise tomorrow",
     "Landed an hour ago. Any idea where the bags are?", "First trip with a baby. Any advice?",
     "is it possible to book a refundable fare?", "Is there a time limit on old credits?",
     "would it be possible to change my seat online? thanks"],
)  # fmt: skip
def test_asking_to_be_told_is_no_idea(text: str) -> None:
    # "any idea when flight 703 to Miami will leave …?" (NLU: suggestion) got "Thanks for
    # thinking this through for us".
    kind, reply = _after_yes("en", text, "suggestion", 0.0)
    assert kind == "question", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["is it possible to offer more routes from Tulsa?", "any plans to support Apple Pay on board?",
     "Is there a plan to bring back the free snacks?"],
)  # fmt: skip
def test_an_idea_asked_stays_an_idea(text: str) -> None:
    kind, reply = _after_yes("en", text, "suggestion", 0.2)
    assert kind == "idea", reply


# ---- 4. "should have been …", "would have been nice …": a let-down told -------------------
@pytest.mark.parametrize(
    "text",
    ["we should have been given the option to get off the plane",
     "would have been nice to be offered a meal voucher",
     "I could have been on my flight if the desk had checked",
     "wish you would have announced the delay earlier",
     "the agent could have told us the flight was full"],
)  # fmt: skip
def test_a_regret_of_what_went_wrong_is_a_complaint(text: str) -> None:
    # "we should have been given the option to get off the plane …" (NLU: suggestion) got
    # "That's a thoughtful suggestion".
    kind, reply = _after_yes("en", text, "suggestion", -0.2)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    [
        "You should have a free fare lock",
        "wish you had a better mobile app",
        "you should add more flights to Tulsa",
    ],
)
def test_a_wish_without_regret_stays_an_idea(text: str) -> None:
    kind, reply = _after_yes("en", text, "suggestion", 0.1)
    assert kind == "idea", reply
