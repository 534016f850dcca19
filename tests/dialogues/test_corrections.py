"""Corrections: what follows "no, …" is the new telling; the first one is kept for the owner."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.outcome import OpenHandoff
from dialogues.turn import Language
from tests.dialogues.script import Script

FIRST = {
    "en": ("my order from last week still hasn't arrived", "and nobody answers my emails"),
    "fa": ("سفارشم سه روزه نرسیده", "پشتیبانی هم جواب نمیده"),
    "ar": ("طلبي ما وصل من أسبوع", "وما أحد يرد علي"),
}
CORRECTION = {
    "en": "No, that's not what I meant — I was charged twice",
    "fa": "نه، منظورم این نبود؛ دو بار از کارتم پول کم شد",
    "ar": "لا، مش هيك، الخصم صار مرتين",
}
# A content word of the correction that must come back, and what must not.
KEPT = {"en": "charged twice", "fa": "دو بار", "ar": "مرتين"}
DROPPED = {
    "en": ("not what", "meant"),
    "fa": ("منظور", "این نبود"),
    "ar": ("مش هيك", "هيك"),
}
THAT_IS_ALL = {"en": "no that's all", "fa": "نه، همین", "ar": "لا، هذا كل شيء"}


def _corrected(language: Language) -> tuple[Script, str]:
    chat = Script(language)
    chat.start()
    chat.says(
        *FIRST[language], intent="complaint", topic="delivery", sentiment="negative", score=-0.7
    )
    assert chat.stage == "confirming"
    again = chat.says(CORRECTION[language], intent="deny", sentiment="negative", score=-0.6)
    return chat, again


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_the_correction_is_reflected_not_the_negation(language: Language) -> None:
    chat, again = _corrected(language)
    assert chat.stage == "confirming"
    assert KEPT[language] in again
    assert not any(word in again for word in DROPPED[language]), again
    assert "So that's not what you meant" not in again
    assert chat.state.heard[0] == FIRST[language][0]  # the first telling stays in the record
    assert any(KEPT[language] in h for h in chat.state.heard[2:])


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_the_owner_card_holds_the_first_problem_and_the_correction(language: Language) -> None:
    chat, _ = _corrected(language)
    apology = chat.says(
        "yes" if language == "en" else {"fa": "آره", "ar": "نعم"}[language], intent="affirm"
    )
    # The correction is about money: the apology is a billing one, not a delivery one.
    assert any(line in apology for line in variants(language, "apology_billing")), apology
    assert not any(line in apology for line in variants(language, "apology_delivery"))
    chat.says({"en": "no", "fa": "نه", "ar": "لا"}[language], intent="deny")  # no questions
    assert chat.stage == "anything_else"
    chat.says(THAT_IS_ALL[language], intent="done")
    assert chat.stage == "handed_off"
    handoff = next(e for e in chat.effects() if isinstance(e, OpenHandoff))
    assert FIRST[language][0] in handoff.quotes
    assert any(KEPT[language] in q for q in handoff.quotes)
    assert KEPT[language] in handoff.reflection  # what we understood in the end …
    first = handoff.reflection.split("\n", 1)[1]  # … and what we understood at first
    assert any(w in first for w in FIRST[language][0].split()[1:3]), handoff.reflection
    assert handoff.topic == "billing"
    chat.assert_well_spoken()


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_correction_after_what_did_i_miss_drops_its_lead_in(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(
        *FIRST[language], intent="complaint", topic="delivery", sentiment="negative", score=-0.7
    )
    missed = chat.says({"en": "no", "fa": "نه", "ar": "لا"}[language], intent="deny")
    assert chat.stage == "correcting" and missed.strip().endswith(("?", "؟"))
    again = chat.says(CORRECTION[language], intent="complaint")
    assert chat.stage == "confirming"
    assert KEPT[language] in again
    assert not any(word in again for word in DROPPED[language]), again
