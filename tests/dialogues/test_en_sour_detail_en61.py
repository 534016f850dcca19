"""en61: anger at us, a failed flight and a flight line are never thanked as praise or an idea."""

from __future__ import annotations

import pytest

from dialogues.feedback_quote import feedback_quote
from dialogues.letdown_sour_en import sour_letdown
from dialogues.praise_compared_en import praise_compared
from tests.dialogues.script import Script


def _after_yes(told: str, intent: str) -> str:
    chat = Script("en")
    chat.start()
    chat.says(told, intent=intent, sentiment="positive", score=0.9)
    if chat.state.stage == "listening":  # a prompt first: they say that is all
        chat.says("that's all", intent="done")
    reply = chat.says("yes", intent="affirm")
    chat.assert_well_spoken()
    return reply


@pytest.mark.parametrize(
    ("told", "intent"),
    [
        ("@Acme blasting obnoxious ads at full volume on a red-eye is just rude", "praise"),
        ("@Acme your boarding music is ridiculous and rude to sleeping guests", "idea"),
        ("@Acme Flight 412 BOS to ORD 3/2 6:45am. Tried to check in online, could not.", "idea"),
        ("@Acme flight 902 sitting at the gate for two hours, no air on", "praise"),
    ],
)
def test_the_letdown_is_owned_not_thanked(told: str, intent: str) -> None:
    reply = _after_yes(told, intent)
    thanked = ("Thank", "That's a thoughtful", "That means", "So glad")
    assert not reply.startswith(thanked) and "idea" not in reply, reply


@pytest.mark.parametrize(
    "told",
    [
        "@Acme good luck with this horrible winter, thanks for the help",
        "@Acme the crew was not rude at all, lovely flight",
        "@Acme flight 1625 was not delayed and the pilot waved at my son!",
        "@Acme loving the crew on flight 633 BOS to SFO, can't wait to fly again",
        "@Acme please bring back the LGA-BWI route, it made connecting easy",
    ],
)
def test_kind_words_and_ideas_keep_their_thanks(told: str) -> None:
    assert not sour_letdown([told], "en")


def test_an_idea_with_a_grumble_stays_an_idea() -> None:
    told = "@Acme why not let us pick meals online? the phone queue is annoying"
    assert not sour_letdown([told], "en", "idea")


@pytest.mark.parametrize(
    "told", ["@Acme Flight 0412 BOS to ORD 3/2 6:45am.", "@Acme 512 &amp; 2210 JFK to SEA thanks!"]
)
def test_a_flight_line_is_no_quote(told: str) -> None:
    assert feedback_quote([told], "", "idea", "en") == ""


def test_a_comparison_with_nothing_wished_is_praise() -> None:
    assert praise_compared(["@Acme I <3 the new app. way better than the old one :D"], "en")
    assert not praise_compared(["@Acme way better than before, but please add dark mode"], "en")
    reply = _after_yes("@Acme I ❤️ the new seats. so much better than the old ones :)", "idea")
    assert "idea" not in reply and "suggestion" not in reply, reply


def test_credit_given_beside_a_delay_keeps_its_thanks() -> None:
    """en61's gate: credit given beside a delay got a money apology."""

    told = "thanks for making an effort. Credit where credit is due: flight 795 delayed 5 hours"
    assert not sour_letdown([told], "en", "praise")
