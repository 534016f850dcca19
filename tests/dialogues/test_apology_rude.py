"""Rudeness told gets an apology for how they were treated, not for a slow answer."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key
from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.script import Script

YES = {"en": "yes", "fa": "آره", "ar": "نعم"}
RUDE = {
    "en": "the gate agent in Denver was so rude to my mother",
    "fa": "کارمند پشتیبانی خیلی بی‌ادب بود و تلفن رو قطع کرد",
    "ar": "الموظف في الاستقبال كان وقح جدا ورفض يغير الغرفة",
}


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_rudeness_is_apologised_for_as_how_they_were_treated(language: Language) -> None:
    # «الموظف في الاستقبال كان وقح جدا …» got «أعتذر؛ كان يجب أن نرد عليك أسرع وأفضل».
    chat = Script(language)
    chat.start()
    chat.says(RUDE[language], intent="complaint", topic="service", sentiment="negative")
    reply = chat.says(YES[language], intent="affirm")
    assert any(line in reply for line in variants(language, "apology_rude")), reply
    assert not any(line in reply for line in variants(language, "apology_service")), reply


@pytest.mark.parametrize(
    ("topic", "told", "key"),
    [
        # Not the rude apology; since stop 30 (conversation 27) the trip's, the tarmac named.
        (None, "the crew were not rude, but we sat on the tarmac for hours", "apology_travel"),
        ("app", "the app is rude to me every time I log in", "apology_app"),
        ("service", "nobody answered my emails for a week", "apology_service"),
    ],
)
def test_not_rude_and_other_topics_keep_their_apology(
    topic: str | None, told: str, key: str
) -> None:
    assert apology_key(topic, told, True, "en") == key
