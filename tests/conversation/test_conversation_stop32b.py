"""Stop 32: what the lead's README chats showed (robustness of the first reply)."""

from __future__ import annotations

import pytest

from dialogues.lost_for_words import lost_for_words
from dialogues.reflection import reflect
from dialogues.turn import Language
from tests.dialogues.script import Script


@pytest.mark.parametrize(
    ("language", "lost", "told", "kept"),
    [
        ("ar", "ما بعرف شو بدي قول", "المنتج وصل مكسور والعلبة مفتوحة", "مكسور"),
        ("fa", "نمیدونم از کجا شروع کنم", "سفارشم دو ساعت دیر رسید و غذا سرد بود", "سرد"),
        ("en", "honestly I don't know where to start", "my bag never arrived in Denver", "bag"),
    ],
)
def test_lost_for_words_is_given_time_and_never_said_back(
    language: Language, lost: str, told: str, kept: str
) -> None:
    # «ما بعرف شو بدي قول» was said back «ما بعرف شو بدك قول» (a half shift), then said again
    # beside the real telling. A listener says "take your time" and waits for the story.
    chat = Script(language)
    chat.start()
    reply = chat.says(lost)
    assert lost.split()[-1] not in reply, reply
    assert not chat.state.heard, chat.state.heard
    reply = chat.says(told, intent="complaint", topic="delivery", sentiment="negative")
    assert kept in reply and lost.split()[-1] not in reply, reply
    chat.assert_well_spoken()


@pytest.mark.parametrize(
    "text",
    [
        "ما بعرف شو بدي قول", "مش عارفة ابدأ منين", "لا أعرف ماذا أقول",
        "والله ما ادري من وين ابدا",
        "نمیدونم چی بگم", "نمی‌دونم از کجا شروع کنم", "I don't know what to say",
        "um I don't know how to explain it", "not sure where to begin...",
    ],
)  # fmt: skip
def test_lost_for_words_reads_only_being_lost_for_words(text: str) -> None:
    assert lost_for_words(text)


@pytest.mark.parametrize(
    "text",
    ["I don't know", "I don't know what to say, my bag is lost", "نمیدونم چرا دیر رسید", "ما بعرف"],
)
def test_a_telling_or_a_bare_dont_know_is_not_lost_for_words(text: str) -> None:
    assert not lost_for_words(text)


def test_an_email_label_goes_with_its_address_and_a_card_number_with_its_words() -> None:
    # "my number is … and email john@…, you charged me $45 twice on card 4111 …" was said back
    # "you'd like us to email": the charge was left out with the card, "email" was left over.
    said = reflect(
        [
            "my number is 0912 345 6789 and email john.smith@example.com, "
            "you charged me $45 twice on card 4111 1111 1111 1111"
        ],
        "en",
    )
    assert "charged you $45 twice" in said, said
    assert "email" not in said and "4111" not in said and "0912" not in said, said
    said = reflect(["I paid with my visa ending in 4111111111111111 and got nothing"], "en")
    assert "4111" not in said and "nothing" in said, said
    assert "email you" in reflect(["please email me at jo@x.com, my bag is lost"], "en")
    # "to email x@y": the verb stays (blind: "your tweet gets you a response to." lost)
    said = reflect(["My tweet gets me a response to email dmsc@usairways.com"], "en")
    assert said.endswith("to email"), said


@pytest.mark.parametrize(
    ("language", "text", "once"),
    [
        ("fa", "سلام. " + "سفارشم دیر رسید و غذا سرد بود. " * 4, "دیر رسید"),
        ("en", "the food was cold!! the food was cold!! the staff was rude", "food was cold"),
    ],
)
def test_a_sentence_pasted_again_is_said_back_once(
    language: Language, text: str, once: str
) -> None:
    said = reflect([text], language)
    assert said.count(once) == 1, said


def test_a_short_refrain_apart_stays_and_a_cry_said_again_at_once_is_said_once() -> None:
    said = reflect(["Still on hold. Platinum? Who cares? Problems checking in? Who cares?"], "en")
    assert said.count("Who cares?") == 2, said
    said = reflect(["افتضاح! افتضاح! افتضاح! بعد از دو ساعت رسید و کاملا یخ بود"], "fa")
    assert said.count("افتضاح") == 1, said
