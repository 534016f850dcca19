"""Round 35 (convo53): English praise NLU calls a complaint, whatever its tone, is thanked
(constructed lines on situations of the tuning messages; the README chat's two sentences)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from tests.conversation.test_conversation_review30 import YES, _thanked
from tests.dialogues.script import Script

CREW = (
    "the crew on flight 1234 to Boston was wonderful, they helped my mother with her bags and "
    "found her a seat by the window so she could rest"
)
GATE = "the staff at the gate were so kind, they rebooked us in minutes"


def _after_yes(text: str, confidence: float, score: float) -> tuple[str, str]:
    """The kind heard and the reply after "yes", NLU naming the telling a complaint."""
    chat = Script("en")
    chat.start()
    sentiment = "positive" if score > 0.1 else "negative" if score < -0.1 else "neutral"
    chat.says(text, intent="complaint", confidence=confidence, sentiment=sentiment, score=score)
    reply = chat.says(YES["en"], intent="affirm")
    return chat.state.kind or "", reply


@pytest.mark.parametrize(
    ("text", "confidence", "score"),
    [(CREW, 0.39, -0.05), (GATE, 0.48, -0.51),
     ("Ann Marie at the LGA counter is the best ticket agent ever!", 0.73, 0.37),
     ("received my bag today. I appreciate you taking care of it and following up!", 0.79, 0.31),
     ("I appreciate the quick follow up from your team in Denver.", 0.5, 0.47),
     ("is the best! Can't wait to use my credit for a fun trip.", 0.54, 0.89),
     ("Awesome! RT @VirginAmerica: Watch nominated films at 35,000 feet.", 0.52, -0.31)],
)  # fmt: skip
def test_praise_nlu_named_a_complaint_is_thanked(
    text: str, confidence: float, score: float
) -> None:
    # The README chat: the crew "was wonderful" (NLU: complaint 0.39, -0.05) got "I'm sorry;
    # you had every right to travel as you planned."
    kind, reply = _after_yes(text, confidence, score)
    assert kind == "praise", reply
    heard = variants("en", "thanks_praise_heard")
    assert _thanked("en", reply) or any(reply.startswith(line) for line in heard), reply
    assert "sorry" not in reply.lower(), reply


@pytest.mark.parametrize(
    "text",
    ["the gate agent was nice, but we still sat on the tarmac",
     "Very nice lounge at LHR, congrats, but I'm sticking with Delta",
     "nice try at the gate making everyone check their bags",
     "Charging for checked luggage forces checking at the gate. Brilliant.",
     "thanks for the seat that doesn't recline",
     "customer service has been very helpful. Still sitting here at the gate",
     "the crew was wonderful but my bag was lost",
     "Again, excellent service from the phone line",
     "great job getting us in early. Too bad we're waiting for our bags",
     "what kind of service is that, two agents for the whole line",
     "And now your plane is falling apart. Tell my family I love them! #DoBetter",
     "Communication would be lovely",
     "thank you, this is how I always start my vacations",
     "thx, just sent the DM",
     "I appreciate the hard work. Still, I gave up after an hour"],
)  # fmt: skip
def test_praise_beside_a_letdown_or_sarcasm_stays_a_complaint(text: str) -> None:
    kind, reply = _after_yes(text, 0.5, -0.3)
    assert kind != "praise", reply
    assert reply not in variants("en", "thanks_praise"), reply


@pytest.mark.parametrize(
    "text",
    [
        "@united Lied to my face at the gate about upgrades. Thanks. #badservice #unitedsucks",
        "Thanks for making my flight from LAX to JFK a nightmare by forcing me to check my bag",
        "so you strand my bag in Philly last Sat and strand me in Philly this Sat. thanks for the "
        "bullshit.",
    ],
)
def test_a_bare_thanks_harsh_words_or_a_sour_hashtag_are_no_praise(text: str) -> None:
    # Blind gate (stop 32): each was thanked ("That means a lot") instead of apologised for.
    kind, reply = _after_yes(text, 0.6, -0.2)
    assert kind == "complaint" and "sorry" in reply.lower(), reply
