"""A polite "no" to "did I get that right?" («لا شكرا», "no thanks", «نه ممنون») closes.

Found from the README's terminal chat (stop 22): «لا شكرا» to a reflection was taken for
"you got it wrong" and answered "sorry, what did I miss?". A correction says what we missed;
a bare "no" still asks what we missed.
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.script import Script

LANGUAGES: list[Language] = ["fa", "ar", "en"]
TELLING = {
    "fa": "سفارشم ناقص رسید و دو تا از غذاها اشتباه بود",
    "ar": "الطلب وصلني ناقص وفيه صنفين غلط",
    "en": "my order came with two items missing and one wrong",
}
NO_THANKS = {"fa": "نه ممنون", "ar": "لا شكرا", "en": "no thanks"}
BARE_NO = {"fa": "نه", "ar": "لا", "en": "no"}


def _asks_what_missed(language: Language, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, "ask_missed"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_thanks_to_a_reflection_is_no_correction(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(TELLING[language], intent="complaint", sentiment="negative")
    assert chat.stage == "confirming"
    reply = chat.says(NO_THANKS[language], intent="deny")
    assert chat.stage not in ("correcting", "confirming"), reply
    assert not _asks_what_missed(language, reply), reply
    chat.assert_well_spoken()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bare_no_still_asks_what_we_missed(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(TELLING[language], intent="complaint", sentiment="negative")
    reply = chat.says(BARE_NO[language], intent="deny")
    assert chat.stage == "correcting", reply
    assert _asks_what_missed(language, reply), reply


def test_a_thanked_idea_is_quoted_without_its_link_or_closing_handles() -> None:
    from dialogues.quotes import without_links

    assert without_links("dark mode for the app @Shop https://t.co/abc") == "dark mode for the app"
    assert without_links("the menu at @Shop is great") == "the menu at Shop is great"
    assert without_links("write to a@b.com") == "write to a@b.com"
