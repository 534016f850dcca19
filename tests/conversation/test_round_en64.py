"""Round en64: the FIRST reply to English sarcasm (issue 8): never "you're welcome", never
"you're grateful for" a let-down; the let-down said back plainly, in second person."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from tests.dialogues.script import Script


def _first(message: str, intent: str = "praise", sentiment: str = "positive") -> str:
    """The bot's first reply to one English message, NLU hearing what ``intent`` says."""
    script = Script("en")
    script.start()
    score = 0.5 if sentiment == "positive" else -0.4
    return script.says(message, intent=intent, sentiment=sentiment, score=score)


def _welcomed(reply: str) -> bool:
    return any(line.split("{")[0] in reply for line in variants("en", "thanks_first"))


# ---- 1. Thanks for a let-down is no thanks to welcome ----------------------------------------
@pytest.mark.parametrize(
    "message",
    ["thanks for losing my bag, really appreciate it", "Thanks for the THIRD gate change today",
     "thank you for cancelling my flight, appreciate it",
     "Thanks for keeping me on hold for 2 hours"],
)  # fmt: skip
def test_thanks_for_a_letdown_is_never_welcomed(message: str) -> None:
    for intent, sentiment in (("praise", "positive"), ("thank", "positive")):
        reply = _first(message, intent, sentiment)
        assert not _welcomed(reply), reply
        assert "grateful" not in reply, reply


@pytest.mark.parametrize(
    "message",
    ["thanks for the quick refund, really appreciate it",
     "thank you for the upgrade today, really appreciate it"],
)  # fmt: skip
def test_sincere_thanks_stay_thanks(message: str) -> None:
    reply = _first(message, "praise", "positive")
    assert "sorry" not in reply.lower(), reply
    assert _welcomed(reply) or "grateful" in reply, reply


# ---- 2. The let-down thanked for, said back plainly -----------------------------------------
@pytest.mark.parametrize(
    ("message", "heard"),
    [("Thanks for the THIRD gate change today", "you've had a third gate change today"),
     ("thanks for losing my bag, really appreciate it", "your bag was lost"),
     ("Great job on the delay again, love spending my night at the airport",
      "you've had another delay, and a night spent at the airport"),
     ("Thanks for the third delay this week. Great job.", "you've had a third delay this week"),
     ("Thanks for keeping me on hold for 2 hours", "you were kept on hold for 2 hours"),
     ("thank you so much for losing our bags again!", "your bags were lost again")],
)  # fmt: skip
def test_the_letdown_is_said_back_plainly(message: str, heard: str) -> None:
    for intent, sentiment in (("praise", "positive"), ("complain", "negative")):
        reply = _first(message, intent, sentiment)
        assert heard in reply, reply
        assert "“" not in reply and "grateful" not in reply, reply


@pytest.mark.parametrize(
    "message",
    ["Thanks for nothing", "Thanks for cancelling my flight for once",
     "thanks for the quick refund, really appreciate it",
     "Thanks for the SECOND upgrade this year!"],
)  # fmt: skip
def test_other_shapes_are_not_reworded(message: str) -> None:
    from dialogues.reflection.en_sarcasm import plain_letdown

    assert plain_letdown(message) is None


# ---- 3. Sarcasm we can only quote whole is listened to, never quoted nor closed ---------------
@pytest.mark.parametrize(
    "message",
    ["thanks for the heads up about the 3 hour delay #sarcasm",
     "thank you for leaving us on the tarmac with no word from anyone",
     "Thanks for nothing"],
)  # fmt: skip
def test_sarcasm_we_cannot_reword_is_met_with_a_listening_prompt(message: str) -> None:
    reply = _first(message, "complain", "negative")
    assert "“" not in reply and "grateful" not in reply, reply
    assert not any(line in reply for line in variants("en", "goodbye_nothing")), reply
    assert reply.rstrip().endswith("?"), reply


def test_love_of_being_stuck_is_said_as_being_stuck() -> None:
    from dialogues.reflection import reflect

    said = reflect(["I love being stuck here for two extra days"], "en")
    assert said == "you've been stuck here for two extra days"
    assert reflect(["I love being in first class"], "en") == "you love being in first class"


def test_a_love_hate_relationship_is_no_sarcasm() -> None:
    # Its gate (stop 36): "I have such a love hate relationship with you" quoted whole lost to
    # "you have such a love hate relationship with us" (2 of 3).
    from dialogues.sarcastic_thanks import thanks_for_letdown

    told = "I have such a love hate relationship with you, delayed again"
    assert not thanks_for_letdown([told], "en")
    assert not thanks_for_letdown(["my love-hate relationship with united continues"], "en")
    assert thanks_for_letdown(["I love being stuck here for two extra days"], "en")
