"""Round 10 (convo28): first replies to two-word complaints and one-word praise, the frame
of a reflection, and an answer to our prompt that tells what happened (constructed lines)."""

from __future__ import annotations

import pytest

from dialogues import telling
from dialogues.adding import states_want
from dialogues.catalog import variants
from dialogues.statements import motivation
from dialogues.turn import Language
from nlu.language import detect_language
from tests.dialogues.script import Script

LANGUAGES: tuple[Language, ...] = ("fa", "ar", "en")
YES = {"fa": "آره", "ar": "نعم", "en": "yes"}
ASKED = ("listen_event", "listen_impact", "listen_need", "listen_more", "listen_praise")


def _asks(language: Language, reply: str) -> bool:
    return any(line in reply for key in ASKED for line in variants(language, key))


# ---- 1. two words that say what went wrong ----------------------------------------------
TWO_WORDS = {
    "fa": "نانش خیلی کهنه بود",
    "ar": "المنتج سيء",
    "en": "flight delayed",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_words_that_say_what_went_wrong_are_said_back(language: Language) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(TWO_WORDS[language], intent="complaint", sentiment="negative")
    assert chat.stage == "confirming", reply
    assert not _asks(language, reply), reply  # never "what happened?" nor "how did it feel?"
    chat.assert_well_spoken()


@pytest.mark.parametrize(
    ("language", "text"),
    [("fa", "وضعیت سفارشم"), ("ar", "بخصوص جهازي"), ("en", "my order status")],
)
def test_two_words_naming_a_topic_are_still_prompted(language: Language, text: str) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="complaint", sentiment="negative")
    assert chat.stage == "listening" and _asks(language, reply), reply


def test_two_words_we_could_only_quote_are_prompted() -> None:
    chat = Script("en")
    chat.start()
    # "you said “close down”" says nothing back: a prompt asks them to go on.
    reply = chat.says("@Airline close down", intent="complaint", sentiment="negative")
    assert chat.stage == "listening" and "“" not in reply, reply


# ---- 2. praise in one word, letters stretched ---------------------------------------------
PRAISE_WORD = {"fa": "عاااالی", "ar": "رووووعه", "en": "amazing!!!"}


def test_stretched_letters_are_read_as_the_word() -> None:
    assert telling.read(["عاااالی"], "fa").praise
    assert telling.read(["رووووعه"], "ar").praise
    assert telling.read(["ممتاااااز جدا"], "ar").praise


@pytest.mark.parametrize("language", LANGUAGES)
def test_praise_in_one_word_is_thanked_naming_it(language: Language) -> None:
    from dialogues.quotes import without_links

    chat = Script(language)
    chat.start()
    word = PRAISE_WORD[language]
    reply = chat.says(word, sentiment="positive", score=0.8)
    # the thanks names it, its letters un-stretched («رووووعه» is quoted «روعه»)
    assert without_links(word.rstrip("!")) in reply, reply
    assert not _asks(language, reply), reply  # never "what happened?" of praise
    assert chat.stage == "anything_else", reply
    chat.assert_well_spoken()


@pytest.mark.parametrize(("language", "text"), [("ar", "شكراا"), ("en", "@Airline Thanks.")])
def test_a_thanks_in_one_word_is_not_quoted_back(language: Language, text: str) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.8)
    assert "«شكراا»" not in reply and '"Thanks"' not in reply, reply


# ---- 3. the reflection's frame fits what was said ----------------------------------------
EVENT_FRAME = "هل هذا ما حدث؟"


def _frames(text: str, **understanding: object) -> list[str]:
    """The Arabic first reply to ``text`` under every seed: each frame variant comes up."""
    replies = []
    for seed in range(12):
        chat = Script("ar")
        chat.state.seed = seed
        chat.start()
        replies.append(chat.says(text, **understanding))  # type: ignore[arg-type]
    return replies


def test_praise_is_never_asked_is_that_what_happened() -> None:
    replies = _frames("المنتج رائع جدا والتغليف ممتاز", intent="praise", sentiment="positive")
    assert not any(EVENT_FRAME in r for r in replies), replies
    assert any("هل فهمتك صح؟" in r for r in replies), replies


def test_a_want_is_asked_is_that_what_you_need() -> None:
    replies = _frames("ابي استرجع فلوسي كاملة لو سمحتوا", intent="complaint", sentiment="negative")
    assert not any(EVENT_FRAME in r for r in replies), replies
    assert any("هل هذا ما تحتاجه؟" in r for r in replies), replies


def test_something_that_happened_keeps_is_that_what_happened() -> None:
    told = "الطلب وصل متأخر ساعتين والأكل بارد"
    replies = _frames(told, intent="complaint", sentiment="negative")
    assert any(EVENT_FRAME in r for r in replies), replies


def test_a_want_is_a_word_of_its_own() -> None:
    # «ابي» inside «ايجابيات» or «ثابيتة» is no want; «وابي …» is one.
    assert not states_want("لا اري لها اي ايجابيات ابدا", "ar")
    assert not states_want("البطارية غير ثابيتة", "ar")
    assert states_want("وابي فلوسي كاملة", "ar")


# ---- 4. an answer to "what happened?" that tells it -----------------------------------------
TOPIC_THEN_TOLD = {
    "fa": ("سفارشم", "دیر رسید و پیک هم جواب نمی‌داد"),
    "ar": ("بخصوص الطلب", "وصل متأخر ساعتين والمندوب ما رد"),
    "en": ("my order", "it came late and the courier never answered"),
}


CASES = [(lang, *pair) for lang, pair in TOPIC_THEN_TOLD.items()] + [
    # Words our event list does not hold: the answer to "what happened?" tells it all the same.
    ("en", "my headphones", "they cut out every few minutes and the app doesnt see them"),
]


@pytest.mark.parametrize(("language", "topic", "told"), CASES)
def test_an_answer_that_tells_what_happened_is_said_back(
    language: Language, topic: str, told: str
) -> None:
    chat = Script(language)
    chat.start()
    first = chat.says(topic, intent="complaint", sentiment="negative")
    assert any(line in first for line in variants(language, "listen_event")), first
    reply = chat.says(told, intent="complaint", sentiment="negative")
    assert chat.stage == "confirming", reply
    assert not _asks(language, reply), reply


# ---- round 9's leftovers ----------------------------------------------------------------
def test_a_want_qualified_by_a_clause_is_said_as_a_want() -> None:
    # The verb in "we had to book" qualifies the hotel: the answer is a noun phrase.
    wanted = "a refund for the hotel we had to book"
    for answer in (wanted, f"I want {wanted}"):
        said = motivation(answer, "en")
        assert not said.quoted and said.text == wanted, said
    assert motivation("the refund should reach me", "en").quoted  # a clause stays quoted


FLIGHT = {
    "en": "my flight was cancelled this morning and nobody at the airport helped",
    "fa": "پروازم امروز صبح کنسل شد و هیچکس تو فرودگاه جواب نداد",
    "ar": "رحلتي اتلغت اليوم الصبح وما احد ساعدني في المطار",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cancelled_flight_with_no_topic_gets_the_travel_apology(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(FLIGHT[language], intent="complaint", sentiment="negative")  # NLU: no topic
    assert chat.stage == "confirming"
    reply = chat.says(YES[language], intent="affirm")
    # «… و هیچکس تو فرودگاه جواب نداد»: the trip and nobody answering, both owned (convo61).
    travel = variants(language, "apology_travel") + variants(language, "apology_unanswered_trip")
    assert any(line in reply for line in travel), reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_plain_want_is_never_thanked_for_frankness(language: Language) -> None:
    frank = ("frank", "صراحت", "صراحتك")
    assert not any(w in line for line in variants(language, "thanks_specific") for w in frank)


def test_a_stretched_word_is_read_in_its_own_language() -> None:
    # «رووووعه» as a first message in an Arabic chat was answered in Persian.
    assert detect_language("رووووعه", default="fa") == "ar"
    assert detect_language("ممتااااااز", default="fa") == "ar"
    assert detect_language("عاااالی", default="ar") == "fa"


def test_a_network_connection_is_no_journey() -> None:
    # A held-out first reply: "Poor network connection, 4gb …" got "sorry your trip was thrown off".
    from dialogues import cues, telling

    assert not telling.has("deal with Poor network connection, 4gb", cues.TRAVEL, "en")
    assert telling.has("I missed my connection in Denver", cues.TRAVEL, "en")


def test_closing_emoji_are_not_quoted_back_with_the_praise() -> None:
    from dialogues.quotes import without_links

    assert without_links("بسیار عالی بود👌👌👌") == "بسیار عالی بود"
    assert without_links("great job 👏 team") == "great job 👏 team"  # inside: kept


def test_stretched_letters_are_not_quoted_back_with_the_praise() -> None:
    from dialogues.quotes import without_links

    assert without_links("رووووعه") == "روعه"
    assert without_links("عاااالی بود") == "عالی بود"


def test_a_word_that_merely_opens_like_a_want_is_none() -> None:
    # A blind reading: «المطعم فخامه وديكور فقط لاغير» (decor) was asked «هل هذا ما تحتاجه؟».
    from dialogues import adding

    assert not adding.states_want("المطعم فخامه وديكور فقط لاغير", "ar")
    assert adding.states_want("ودي جوال جديد", "ar")
    assert adding.states_want("ابيه اليوم", "ar")


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [("fa", "عالی و تازه. ممنون", "عالی و تازه"), ("ar", "عطر رائع جدا", "عطر رائع جدا")],
)
def test_praise_not_said_back_at_once_is_thanked_naming_it(
    language: Language, text: str, quoted: str
) -> None:
    # «عالی و تازه. ممنون» was asked «چه چیزی برایتان فرق ایجاد کرد؟» (what made the difference?).
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.8)
    assert f"«{quoted}»" in reply and not _asks(language, reply), reply
    assert chat.stage == "anything_else", reply


@pytest.mark.parametrize(
    ("language", "text"),
    [("ar", "شكرا لكم على خدمتك"), ("en", "@Air Thank you! Have a nice evening.")],
)
def test_a_thanks_is_never_quoted_as_praise_in_pieces(language: Language, text: str) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.8)
    assert "«لكم على خدمتك»" not in reply and '"Have a nice evening"' not in reply, reply
