"""Stop 32: what the lead's README chats showed."""

from __future__ import annotations

import pytest

from dialogues.heard_back import said_back, thanks_key
from dialogues.turn import Language
from tests.dialogues.script import Script

_YES = {"fa": "آره", "ar": "نعم", "en": "yes"}


@pytest.mark.parametrize(
    ("language", "idea", "thanks"),
    [
        (
            "en",
            "it would be great if I could pick my seat in the app when I check in online the night "
            "before a long flight with my two small kids",
            "idea",
        ),
        (
            "ar",
            "اقترح تضيفوا خدمة الدفع عند الاستلام لأن مش الكل عنده بطاقة بنكية وكثير من "
            "الناس بيحبوا يدفعوا كاش لما الطلب يوصل للبيت",
            "اقتراح|فكرة|فكرت",
        ),
    ],
)
def test_an_idea_said_back_is_thanked_without_quoting_it_again(
    language: Language, idea: str, thanks: str
) -> None:
    # «شكراً لأنك فكرت معنا: «اقترح تضيفوا…»» came right after «…«اقترح تضيفوا…». صحيح؟»: the
    # customer's long sentence, cut, in two replies running. The thanks names the idea instead.
    chat = Script(language)
    chat.start()
    said = chat.says(idea, intent="suggestion", topic="other", sentiment="neutral")
    assert "pick" in said or "الاستلام" in said, said
    reply = chat.says(_YES[language], intent="affirm")
    assert any(w in reply for w in thanks.split("|")), reply
    assert "«" not in reply and '"' not in reply, reply
    chat.assert_well_spoken()


def test_praise_said_back_is_thanked_without_quoting_it_again() -> None:
    chat = Script("en")
    chat.start()
    told = (
        "the crew on my flight to Denver was wonderful, they helped my mother with her bags "
        "and found her a seat by the window so she could rest"
    )
    chat.says(told, intent="praise", sentiment="positive")
    reply = chat.says("yes", intent="affirm")
    assert "Denver" not in reply and '"' not in reply, reply
    assert "thank" in reply.lower() or "means a lot" in reply, reply
    chat.assert_well_spoken()


def test_a_persian_idea_with_no_whole_clause_is_thanked_without_a_broken_quote() -> None:
    # Stop 32's Persian readers preferred the cut quote (it names the dish, the courier) 50 to
    # 20; stop 34's marked «…وسط…» cuts broken: a whole clause is quoted, else no quote.
    chat = Script("fa")
    chat.start()
    idea = (
        "کاش میشد سفارش رو از شب قبل زمان‌بندی کرد که مثلا برای ناهار فردا توی شرکت "
        "غذا سر ساعت برسه و لازم نباشه وسط جلسه سفارش بدم"
    )
    chat.says(idea, intent="suggestion", topic="other", sentiment="neutral")
    reply = chat.says(_YES["fa"], intent="affirm")
    assert "…" not in reply and "«" not in reply, reply


def test_a_short_praise_said_back_is_still_thanked_in_its_words() -> None:
    # Blind readers preferred "That means a lot: "the crew was wonderful"" to a plain thanks.
    chat = Script("en")
    chat.start()
    chat.says("the crew was wonderful", intent="praise", sentiment="positive")
    reply = chat.says("yes", intent="affirm")
    assert "the crew was wonderful" in reply, reply


def test_said_back_needs_most_of_the_words() -> None:
    assert said_back("I think DM would be better", "you think DM would be better")
    assert not said_back("the seats were great", "the crew was kind to your kids")
    assert not said_back("great stuff", None)
    assert thanks_key("praise", "great stuff", "you said “great stuff”", "en") == "thanks_praise"
    heard = thanks_key("praise", "the crew was kind to my…", "the crew was kind to your kids", "en")
    assert heard == "thanks_praise_heard"
    assert thanks_key("idea", "add wifi", "the crew was late", "en") == "thanks_idea"
