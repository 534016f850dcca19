"""Round 20 (convo38): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.deadline_told import says_by_when
from dialogues.idea_announced import announces_idea, idea_only_in_no_idea
from dialogues.turn import Language
from tests.dialogues.script import Script

_YES = {"en": "yes", "ar": "نعم", "fa": "آره"}


# ---- 1. "I have an idea" alone: the idea is invited, not asked how they would use it ---------
@pytest.mark.parametrize(
    ("language", "announced", "idea"),
    [
        ("en", "I have an idea", "why don't you let us pick seats when we book?"),
        ("en", "hi, I have a suggestion 🙂", "let us pick seats when we book"),
        ("fa", "یه پیشنهاد دارم", "کاش امکان انتخاب ساعت تحویل هم بود"),
        ("fa", "سلام میشه یه پیشنهاد بدم؟", "کاش امکان انتخاب ساعت تحویل هم بود"),
        ("ar", "عندي اقتراح", "ليش ما تضيفون خيار الدفع عند الاستلام؟"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("intent", ["idea", "nlu_fallback"])
def test_an_announced_idea_is_invited_and_not_said_back(
    language: Language, announced: str, idea: str, intent: str
) -> None:
    # Was "How would you use it?" and, once thanked, "Thanks …: "I have an idea"".
    chat = Script(language)
    chat.start()
    invite = chat.says(announced, intent=intent)
    assert invite in variants(language, "listen_idea_go_on"), invite
    reflection = chat.says(idea, intent="idea")
    for lead in ("پیشنهاد دار", "اقتراح»", "have an idea", "have a suggestion"):
        assert lead not in reflection, reflection
    thanks = chat.says(_YES[language], intent="affirm")
    for lead in ("have an idea", "یه پیشنهاد", "عندي اقتراح"):
        assert lead not in thanks, thanks


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I have an idea: add seats"), ("en", "any idea when it lands?"),
        ("en", "I have an idea for the menu, add soup"), ("fa", "پیشنهاد"),
        ("fa", "یه پیشنهاد دارم: نون بیشتر"), ("ar", "اقتراح"),
        ("ar", "عندي اقتراح: ضيفوا الدفع عند الاستلام"), ("fa", "عندي اقتراح"),
    ],
)  # fmt: skip
def test_an_idea_with_its_content_is_no_announcement(language: str, text: str) -> None:
    assert not announces_idea(text, language)


# ---- 2. a want with its time said without "by" goes to "anything else?" ----------------------
@pytest.mark.parametrize(
    ("language", "told", "want"),
    [
        ("en", "my flight was cancelled", "I need a hotel tonight"),
        ("en", "the app keeps crashing when I try to pay",
         "pay for my groceries before the store closes"),
        ("fa", "سفارشم نرسید", "همین امروز پولم برگرده"),
        ("ar", "الحجز انلغى", "ابي غرفة الليلة"),
    ],
)  # fmt: skip
def test_a_want_with_its_time_goes_to_anything_else(
    language: Language, told: str, want: str
) -> None:
    # Was "What would make this right for you?" (what they had just said).
    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", sentiment="negative", score=-0.6)
    chat.says(_YES[language], intent="affirm")
    chat.says(_YES[language], intent="affirm")
    reply = chat.says(want, intent="nlu_fallback")
    assert chat.state.stage == "anything_else", reply


@pytest.mark.parametrize(
    ("language", "want"),
    [("en", "I want it like before the update"), ("en", "just my bag back"),
     ("fa", "میخوام پولم برگرده"), ("ar", "ابي استرجاع فلوسي")],
)  # fmt: skip
def test_a_want_without_its_time_names_no_deadline(language: str, want: str) -> None:
    assert not says_by_when(want, language)


# ---- 3. "no idea where it is" offers no idea: never "How would you use it?" ------------------
@pytest.mark.parametrize(
    "text", ["@JetBlue  I did.  They have no idea where it is.", "@USAirways So no idea? Thanks..."]
)
def test_no_idea_is_not_asked_how_they_would_use_it(text: str) -> None:
    chat = Script("en")
    chat.start()
    reply = chat.says(text, intent="idea")
    assert reply not in variants("en", "listen_idea"), reply


def test_an_idea_beside_no_idea_is_still_an_idea() -> None:
    assert not idea_only_in_no_idea(["no idea why, but my idea: add soup"], "en")
    assert announces_idea("@JetBlue Just a thought!", "en")
