"""The first reply: a first message that tells something is said back at once, not prompted.

"What happened?" after a message that says what happened, "how did that affect you?" after
praise, do not listen (first30). A prompt stays for what cannot be said back well: a
greeting, one or two words, a bare topic. Constructed lines, fa/ar/en, through the policy.
"""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.script import Script

LANGUAGES: list[Language] = ["fa", "ar", "en"]
PROMPTS = ("listen_event", "listen_impact", "listen_need", "listen_more", "listen_praise")
YES = {"fa": "آره", "ar": "نعم", "en": "yes"}


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key))


def _prompted(language: Language, reply: str) -> bool:
    return any(_said(language, key, reply) for key in PROMPTS)


SHORT_COMPLAINT = {
    "fa": ("غذا سرد رسید", "غذا سرد رسید"),
    "ar": ("الاكل وصل بارد", "الاكل وصل بارد"),
    "en": ("the food arrived cold", "the food arrived cold"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_short_complaint_is_reflected_at_once(language: Language) -> None:
    chat = Script(language)
    chat.start()
    text, kept = SHORT_COMPLAINT[language]
    reply = chat.says(text, intent="complaint", topic="product", sentiment="negative")
    assert chat.stage == "confirming", reply
    assert kept in reply and not _prompted(language, reply), reply
    # The rest flows as before: "yes" brings the apology (a meal's, stop 23) and the permission.
    permission = chat.says(YES[language], intent="affirm")
    assert chat.stage == "permission", permission
    meal = "apology_food_cold" if language == "fa" else "apology_meal"  # fa58: the cold, named
    assert _said(language, meal, permission), permission
    chat.assert_well_spoken()


# Round 9's "told at length" messages: said back at once, never "what happened?".
TOLD_AT_LENGTH = {
    "fa": "چسب زخم‌هاتون با عرق بدن رنگ سیاه روی پوست جا میذاره",
    "ar": "اللزقة اللي اشتريتها فيها مادة بتسود مع العرق وما تطلع من الجلد",
    "en": "@united you wouldnt let me carry my bag on even though it fit the sizer",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_telling_at_length_is_reflected_not_asked_what_happened(language: Language) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(TOLD_AT_LENGTH[language], intent="complaint", sentiment="negative")
    assert chat.stage == "confirming", reply
    assert not _prompted(language, reply), reply


PRAISE = {
    "fa": "پیک سریع بود و پیتزا خیلی خوشمزه بود",
    "ar": "التوصيل سريع والبيتزا لذيذة جدا",
    "en": "the courier was quick and the pizza was delicious",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_praise_is_reflected_and_thanked_never_asked_about_harm(language: Language) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(PRAISE[language], intent="praise", sentiment="positive", score=0.8)
    assert chat.state.kind == "praise"
    assert not _prompted(language, reply), reply
    assert chat.stage == "confirming", reply
    thanked = chat.says(YES[language], intent="affirm")
    harm = ("listen_impact", "apology_product")
    assert not any(_said(language, key, thanked) for key in harm), thanked
    chat.assert_well_spoken()


@pytest.mark.parametrize(
    ("language", "text"),
    [("fa", "سفارشم"), ("ar", "بخصوص الطلب"), ("en", "my order"),
     ("fa", "وضعیت سفارشم"), ("ar", "بخصوص جهازي"), ("en", "my order status")],
)  # fmt: skip
def test_a_bare_topic_or_two_words_are_still_prompted(language: Language, text: str) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="complaint", sentiment="negative")
    assert chat.stage == "listening" and _prompted(language, reply), reply


@pytest.mark.parametrize(
    ("language", "text"), [("fa", "سلام وقت بخیر"), ("ar", "مرحبا"), ("en", "hello there")]
)
def test_a_greeting_is_still_met_with_the_opening(language: Language, text: str) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="greet")
    assert chat.stage == "listening" and chat.state.reflection is None, reply
    said = variants(language, "opening_again") + variants(language, "opening")
    assert any(v.split("{")[0] in reply for v in said), reply


def test_latin_letters_are_still_asked_to_tell_more() -> None:
    chat = Script("fa")
    chat.start()
    reply = chat.says("sefareshe man hanooz naresideh", intent="complaint", sentiment="negative")
    assert chat.stage == "listening" and _said("fa", "listen_more", reply), reply


CONTACT = {
    "fa": ("بسته‌ی سفارشم هنوز نرسیده", "شماره‌ام ۰۹۱۲۳۴۵۶۷۸۹ است", "۰۹۱۲۳۴۵۶۷۸۹"),
    "ar": ("الطرد لسه ما وصل", "رقمي 0501234567", "0501234567"),
    "en": ("my parcel never came", "you can email me at maya.k@example.com", "maya.k@example.com"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_contact_details_at_a_first_reflection_are_kept_not_heard(language: Language) -> None:
    chat = Script(language)
    chat.start()
    told, given, detail = CONTACT[language]
    chat.says(told, intent="complaint", sentiment="negative")
    assert chat.stage == "confirming"
    reply = chat.says(given, intent="nlu_fallback")
    assert _said(language, "contact_kept", reply), reply
    assert _said(language, "confirm_again", reply), reply  # the question still stands
    assert detail not in reply and given not in chat.state.heard
    assert chat.stage == "confirming"


@pytest.mark.parametrize(
    ("language", "text"),
    [("fa", "سلام وقتتون بخیر، حالتون خوبه؟ روزتون بخیر"),
     ("ar", "مرحبا صباح الخير كيف حالكم اليوم"),
     ("en", "hi, good morning, how are you doing today")],
)  # fmt: skip
def test_a_long_greeting_is_not_said_back(language: Language, text: str) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="greet")
    assert chat.stage == "listening" and chat.state.reflection is None, reply


@pytest.mark.parametrize(
    ("language", "text"),
    [("fa", "سلام، سفارشم سه روزه نرسیده"), ("ar", "مرحبا، طلبي ما وصل من ثلاث أيام"),
     ("en", "hi, my order never arrived, it's been three days")],
)  # fmt: skip
def test_a_greeting_that_tells_what_happened_is_said_back(language: Language, text: str) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="greet")
    assert chat.stage == "confirming" and not _prompted(language, reply), reply


# English tweets that a reflection at once misframes (first30en): a rhetorical question, a
# "When you …" meme, a photo with a few words, an insult, the customer's grammar in our voice,
# a fragment that opens on a number. A listening prompt fits them better.
MISFRAMED_EN = [
    ("Why are @QuickRail trains always late #again", "complaint"),
    ("When you wait two hours for a pizza @PizzaPlace", "complaint"),
    ("@ShopCo look at the state of this box https://t.co/abc123", "complaint"),
    ("@ShopCo you idiots lost my parcel again", "complaint"),
    ("@FlyCo what happen to your app. I cannot open my ticket", "complaint"),
    ("@BusCo 10.40 was cancelled then the next bus never came", "complaint"),
]


@pytest.mark.parametrize(("text", "intent"), MISFRAMED_EN)
def test_an_english_message_said_back_badly_is_prompted(text: str, intent: str) -> None:
    chat = Script("en")
    chat.start()
    reply = chat.says(text, intent=intent, sentiment="negative")
    assert chat.stage == "listening" and _prompted("en", reply), reply


# The narrowing keeps what reads well said back: a real question, praise with a photo, a
# complaint told plainly, a "when I …" with its main clause.
WELL_SAID_EN = [
    ("@FlyCo why don't your planes have any wifi?", "question", "negative", "wifi"),
    ("@ShopCo So far so good with the new app! https://t.co/xyz789", "praise", "positive", "good"),
    ("@BankCo I can't log in to my account since this morning", "complaint", "negative", "log in"),
    ("@GameCo when I try to log in it gives me an error code", "complaint", "negative", "error"),
]


@pytest.mark.parametrize(("text", "intent", "sentiment", "kept"), WELL_SAID_EN)
def test_an_english_message_that_reads_well_is_still_said_back(
    text: str, intent: str, sentiment: str, kept: str
) -> None:
    chat = Script("en")
    chat.start()
    reply = chat.says(text, intent=intent, sentiment=sentiment)
    assert chat.stage == "confirming", reply
    assert kept in reply and not _prompted("en", reply), reply
