"""Found by the lead playing the README chat at stop 25 (constructed lines)."""

from __future__ import annotations

import pytest

from dialogues.outcome import OpenHandoff
from dialogues.turn import Language
from tests.dialogues.script import Script

IDEA = {
    "en": "you should add a dark mode to the app, my eyes hurt at night",
    "fa": "لطفا حالت شب به اپ اضافه کنید، شب‌ها چشمم اذیت میشه",
    "ar": "ياريت تضيفون الوضع الليلي للتطبيق، عيوني تتعب بالليل",
}
YES = {"en": "yes", "fa": "آره", "ar": "نعم"}
PURPOSE = {
    "en": "so I can read my orders at night without the glare",
    "fa": "تا بتونم شب‌ها بدون اذیت سفارش‌هامو ببینم",
    "ar": "عشان اقدر اشوف طلباتي بالليل بدون ما تتعب عيوني",
}
NOTHING = {"en": "nothing else", "fa": "نه دیگه", "ar": "لا شيء"}
SORRY = {"en": "sorry", "fa": "متأسف", "ar": "آسف"}


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_what_an_idea_is_for_is_more_of_the_idea_never_a_complaint(language: Language) -> None:
    # "so I can read my orders … without the glare" (NLU: complaint) after the thanked idea got
    # an apology for the app and a handoff as a complaint.
    chat = Script(language)
    chat.start()
    chat.says(IDEA[language], intent="suggestion", topic="app")
    chat.says(YES[language], intent="affirm")
    chat.says(YES[language], intent="affirm")
    reply = chat.says(PURPOSE[language], intent="complaint", topic="app", sentiment="negative")
    reply += " " + chat.says(NOTHING[language], intent="deny")
    assert SORRY[language] not in reply, reply
    handoffs = [e for o in chat.outcomes for e in o.effects if isinstance(e, OpenHandoff)]
    assert all(h.reason != "complaint" for h in handoffs), handoffs
