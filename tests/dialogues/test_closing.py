"""Closing: "no, that's all" after "anything else?" acts, in every language and register."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.outcome import OpenHandoff
from dialogues.turn import Language
from tests.dialogues.script import Script

COMPLAINT = {
    "en": ("my order hasn't arrived after three days", "and nobody answers my emails"),
    "fa": ("سفارشم سه روزه نرسیده", "پشتیبانی هم جواب نمیده"),
    "ar": ("طلبي ما وصل من ثلاث أيام", "وما أحد يرد علي"),
}
YES = {"en": "yes", "fa": "آره", "ar": "نعم"}
NO = {"en": "no", "fa": "نه", "ar": "لا"}
THAT_IS_ALL = [
    ("ar", "لا، هذا كل شيء"),
    ("ar", "لا شكرا هذا كل شي"),
    ("ar", "خلاص"),
    ("ar", "لا بس كذا"),
    ("fa", "نه، همین"),
    ("fa", "نه دیگه همین بود"),
    ("fa", "نه ممنون، چیز دیگه‌ای نیست"),
    ("en", "no, that's all"),
    ("en", "nope that's it"),
    ("en", "no thanks, that's everything"),
]


def _at_anything_else(language: Language) -> Script:
    chat = Script(language)
    chat.start()
    chat.says(*COMPLAINT[language], intent="complaint", topic="delivery", sentiment="negative")
    assert chat.stage == "confirming"
    chat.says(YES[language], intent="affirm")
    chat.says(NO[language], intent="deny")  # no questions, thanks
    assert chat.stage == "anything_else"
    return chat


@pytest.mark.parametrize(("language", "text"), THAT_IS_ALL)
@pytest.mark.parametrize("intent", ["done", "deny", "nlu_fallback"])
def test_that_is_all_acts_and_never_reflects_again(
    language: Language, text: str, intent: str
) -> None:
    chat = _at_anything_else(language)
    final = chat.says(text, intent=intent)
    assert chat.stage == "handed_off"
    assert "?" not in final and "؟" not in final  # no reflection, no "did I get that right?"
    assert any(line in final for line in variants(language, "thanks_patience")), final
    assert text not in final  # their "that's all" is not echoed back as a telling
    handoffs = [e for e in chat.effects() if isinstance(e, OpenHandoff)]
    assert len(handoffs) == 1 and handoffs[0].reason == "complaint"
    assert COMPLAINT[language][0] in handoffs[0].quotes


@pytest.mark.parametrize(("language", "text"), THAT_IS_ALL)
def test_that_is_all_after_praise_closes_with_thanks(language: Language, text: str) -> None:
    praise = {
        "en": "the driver was so kind and the food was still hot, thank you",
        "fa": "پیک خیلی مودب بود و غذا هم داغ رسید، ممنون",
        "ar": "المندوب كان محترم جداً والأكل وصل حار، شكراً",
    }[language]
    chat = Script(language)
    chat.start()
    chat.says(praise, intent="praise", sentiment="positive", score=0.9)
    assert chat.stage == "confirming"
    chat.says(YES[language], intent="affirm")
    assert chat.stage == "anything_else"
    final = chat.says(text, intent="nlu_fallback")
    assert chat.stage == "closed"
    assert any(line in final for line in variants(language, "closing")), final
    assert not any(isinstance(e, OpenHandoff) for e in chat.effects())


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "لا شكرا هذا كل شي"),
        ("fa", "نه دیگه همین بود"),
        ("en", "nope that's it"),
        ("en", "that would be it"),  # never quoted as what "solved" means
    ],
)
def test_that_is_all_during_the_job_questions_acts_at_once(language: Language, text: str) -> None:
    chat = Script(language)
    chat.start()
    chat.says(*COMPLAINT[language], intent="complaint", topic="delivery", sentiment="negative")
    chat.says(YES[language], intent="affirm")
    chat.says(YES[language], intent="affirm")  # may I ask? yes
    assert chat.stage == "jtbd"
    final = chat.says(text, intent="nlu_fallback")
    assert chat.stage == "handed_off"
    assert "?" not in final and "؟" not in final  # no "anything else?" after "that's all"
    assert any(isinstance(e, OpenHandoff) for e in chat.effects())
