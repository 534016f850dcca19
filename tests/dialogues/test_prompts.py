"""Listening prompts chosen by what the telling lacks; none when it already says it all."""

from __future__ import annotations

import pytest

from dialogues import telling, told_topic
from dialogues.catalog import variants
from dialogues.first_reply import reflects_at_once
from dialogues.listening import Listening
from dialogues.policy import new_state
from dialogues.turn import Language, Turn
from tests.dialogues.script import Script

# (message, what it lacks first) — an event told, then impact, then need.
CASES = [
    ("en", "my order arrived broken", "impact"),
    ("en", "I'm so frustrated with you guys", "event"),
    ("en", "my order arrived broken and I'm really upset about it", "need"),
    ("fa", "سفارشم خراب رسید", "impact"),
    ("fa", "خیلی ناراحتم از دستتون", "event"),
    ("fa", "سفارشم خراب رسید و خیلی ناراحتم", "need"),
    ("ar", "طلبي وصل مكسور", "impact"),
    ("ar", "انا زعلان منكم", "event"),
    ("ar", "طلبي وصل مكسور وانا زعلان", "need"),
]
COMPLETE = {
    "en": "my order arrived broken, I'm really upset, please send a replacement",
    "fa": "سفارشم خراب رسید، خیلی ناراحتم، لطفا عوضش کنید",
    "ar": "طلبي وصل مكسور وانا زعلان، ابي بديل لو سمحت",
}
KEY = {"event": "listen_event", "impact": "listen_impact", "need": "listen_need"}


@pytest.mark.parametrize(("language", "text", "lacking"), CASES)
def test_the_prompt_asks_for_what_is_missing(language: Language, text: str, lacking: str) -> None:
    assert telling.read([text], language).missing == lacking
    state = new_state(language, 1)
    state.heard, state.kind, state.stage = [text], "complaint", "listening"
    assert Listening(state, Turn((text,), language)).listening_prompt() == KEY[lacking]
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="complaint", sentiment="negative", score=-0.6)
    if reflects_at_once([text], language):
        # A first message that tells something is said back at once (first30): no prompt.
        assert chat.stage == "confirming", reply
        return
    assert chat.stage == "listening"
    assert any(line in reply for line in variants(language, KEY[lacking])), reply


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_telling_with_all_three_is_reflected_at_once(language: Language) -> None:
    assert telling.read([COMPLETE[language]], language).complete
    chat = Script(language)
    chat.start()
    chat.says(COMPLETE[language], intent="complaint", sentiment="negative", score=-0.7)
    assert chat.stage == "confirming"


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_no_more_than_two_prompts_and_never_the_same_aspect_twice(language: Language) -> None:
    short = {"en": "my order", "fa": "سفارشم", "ar": "طلبي"}[language]
    # One word: an answer that tells what happened in more is said back (round 10).
    more = {"en": "broken", "fa": "خرابه", "ar": "مكسور"}[language]
    chat = Script(language)
    chat.start()
    first = chat.says(short, intent="complaint", sentiment="negative")
    second = chat.says(more, intent="complaint", sentiment="negative")
    assert chat.stage == "listening"
    assert any(line in first for line in variants(language, "listen_event"))
    assert any(line in second for line in variants(language, "listen_impact"))
    chat.says({"en": "yes", "fa": "آره", "ar": "نعم"}[language], intent="affirm")
    assert chat.stage == "confirming"


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_short_praise_gets_a_praise_prompt_never_a_problem_one(language: Language) -> None:
    # Two words: praise in one word is thanked at once, naming it (round 10).
    text = {"en": "great service!", "fa": "غذا عالی بود", "ar": "خدمة ممتازة"}[language]
    chat = Script(language)
    chat.start()
    prompt = chat.says(text, intent="praise", sentiment="positive", score=0.8)
    # fa, ar praise not said back at once is thanked, naming it (stop 23; «غذا عالی بود», told
    # with «بود», since round 12); English gets a praise prompt.
    thanked = language != "en" and f"«{text}»" in prompt
    assert thanked or any(line in prompt for line in variants(language, "listen_praise")), prompt
    problem = variants(language, "listen_event") + variants(language, "listen_impact")
    assert not any(line in prompt for line in problem)


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_short_idea_gets_an_idea_prompt_never_a_feeling_one(language: Language) -> None:
    # Two words: an idea with more content is said back at once (first30).
    text = {"en": "dark mode", "fa": "حالت شب", "ar": "وضع ليلي"}[language]
    chat = Script(language)
    chat.start()
    prompt = chat.says(text, intent="suggestion", sentiment="neutral")
    assert any(line in prompt for line in variants(language, "listen_idea")), prompt
    assert "feel" not in prompt and "حس" not in prompt and "شعور" not in prompt


@pytest.mark.parametrize(
    ("language", "text", "idea", "praise"),
    [
        ("en", "It would be great if you added a weekend slot", True, False),
        ("en", "thanks, the team was amazing", False, True),
        ("fa", "کاش امکان پرداخت در محل هم داشتید", True, False),
        ("fa", "خیلی خوشمزه بود ممنون", False, True),
        ("ar", "ياريت تضيفون خيار الدفع عند الاستلام", True, False),
        ("ar", "شكراً الخدمة ممتازة", False, True),
    ],
)
def test_ideas_and_praise_are_read_from_the_words(
    language: str, text: str, idea: bool, praise: bool
) -> None:
    read = telling.read([text], language)
    assert read.idea is idea and read.praise is praise


@pytest.mark.parametrize(
    ("language", "text", "nlu_topic", "topic"),
    [
        ("ar", "طلبي انخصم مرتين من بطاقتي", "delivery", "billing"),
        ("en", "my order was charged twice", "delivery", "billing"),
        ("fa", "برای سفارشم دو بار از کارتم پول کم شد", "delivery", "billing"),
        ("en", "my parcel never arrived", "delivery", "delivery"),
        ("fa", "غذا سرد بود", "product", "product"),
        ("ar", "الشحنة ما وصلت", None, "delivery"),
    ],
)
def test_the_topic_follows_the_words(
    language: str, text: str, nlu_topic: str | None, topic: str
) -> None:
    assert told_topic.topic_of([text], language, nlu_topic) == topic


@pytest.mark.parametrize(
    ("language", "event", "impact"),
    [
        # One word: two that say what went wrong are reflected at once (round 10).
        ("en", "it's broken", "I'm really upset, it was a gift"),
        ("fa", "خرابه", "خیلی ناراحتم، هدیه تولد بود"),
        ("ar", "مكسور", "انا زعلان جدا، كان هدية"),
    ],
)
def test_an_answered_prompt_is_reflected_without_asking_more(
    language: Language, event: str, impact: str
) -> None:
    chat = Script(language)
    chat.start()
    prompt = chat.says(event, intent="complaint", sentiment="negative")
    assert any(line in prompt for line in variants(language, "listen_impact"))
    reflection = chat.says(impact, intent="complaint", sentiment="negative")
    assert chat.stage == "confirming"
    assert not any(line in reflection for line in variants(language, "listen_need"))
