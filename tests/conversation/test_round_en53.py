"""Round en53: English sarcastic praise and "how about …? #pissed" thanked (issue 8)."""

from __future__ import annotations

import pytest

from tests.conversation.test_conversation_review30 import _after_yes, _thanked


@pytest.mark.parametrize(
    "text",
    ["still no reply from you. great job guys!",
     "flight delayed again, great job @united",
     "cancelled and stranded in Denver. Keep up the #Failing",
     "my bag is lost, nobody answers the phone. nice work team"],
)  # fmt: skip
def test_sarcastic_praise_beside_a_letdown_is_a_complaint(text: str) -> None:
    # "still no response from you. great job guys!" got "Thank you for telling us 'great job'".
    kind, reply = _after_yes("en", text, "praise", 0.3, confidence=0.5)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply


def test_praise_addressed_to_the_crew_stays_praise() -> None:
    kind, reply = _after_yes("en", "great job guys, landed early!", "praise", 0.8)
    assert kind == "praise", reply


@pytest.mark.parametrize(
    "text",
    ["how about checking the seats before you board everyone? #pissed",
     "how about answering your phone for once? #frustrated",
     "my flight got cancelled twice. how about telling us why?",
     "how about a link that works? trying for an hour #frustrated",
     "you lost my stroller and nobody calls back. how about a voucher for my trouble"],
)  # fmt: skip
def test_a_rebuking_how_about_is_a_complaint(text: str) -> None:
    # "how about checking the plane before boarding everyone? #pissed" got "Thank you for the idea".
    kind, reply = _after_yes("en", text, "suggestion", -0.3, confidence=0.5)
    assert kind == "complaint", reply
    assert not _thanked("en", reply), reply


@pytest.mark.parametrize(
    "text",
    ["how about offering oat milk on morning flights?",
     "How about free wifi when your flights are delayed? Only 20 mins allowed!"],  # its case
)  # fmt: skip
def test_a_plain_how_about_stays_an_idea(text: str) -> None:
    kind, _ = _after_yes("en", text, "suggestion", 0.2)
    assert kind == "idea"
