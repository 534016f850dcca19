"""Conversation 61 (stop 36, constructed lines): a want told is not asked for again."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.policy import new_state
from dialogues.turn import Language
from dialogues.unanswered_too import silence_told
from tests.dialogues.script import Script

LATE = {
    "en": "my flight was delayed three hours again and nobody told us anything",
    "fa": "پروازم دوباره سه ساعت تأخیر داشت و هیچ‌کس هم چیزی به ما نگفت",
    "ar": "رحلتي تأخرت ثلاث ساعات مرة ثانية وما أحد قال لنا شي",
}
YES = {"en": "yes", "fa": "آره", "ar": "نعم"}

# Answers to "may I ask two quick questions?" that say what they want, no remedy named.
WANTS = {
    "en": ["I just want my flight to leave on time for once",
           "I need to get to my meetings without sitting at the gate for hours",
           "we'd like to be told what's going on when it happens"],
    "fa": ["فقط می‌خوام یک بار پروازم سر وقت بره",
           "می‌خواستم به موقع برسم جلسه",
           "باید وقتی تأخیر هست زودتر خبر بدید"],
    "ar": ["بس أبغى الرحلة تطلع في وقتها ولو مرة",
           "أريد أن أصل إلى مواعيدي في الوقت",
           "لازم تبلغونا بالتأخير قبل ما نوصل المطار"],
}  # fmt: skip


def _up_to_permission(language: Language, seed: int) -> Script:
    chat = Script(language)
    chat.state = new_state(language, seed=seed)
    chat.start()
    chat.says(LATE[language], intent="complaint", topic="delivery", sentiment="negative")
    chat.says(YES[language], intent="affirm")  # "yes" to the reflection: may I ask two?
    return chat


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_want_told_is_not_asked_what_would_make_it_right(language: Language) -> None:
    # "I just want my flight to leave on time for once" to "may I ask two questions?" was
    # met with "What would make this right for you?": they had just said. The question goes
    # past the want ("Once that's sorted, what would be different for you?").
    beyond = set(variants(language, "jtbd_solved_after_remedy"))
    for want in WANTS[language]:
        for seed in range(4):  # whichever variant the voice picks
            chat = _up_to_permission(language, seed)
            reply = chat.says(want, intent="request")
            assert reply in beyond, (want, reply)


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_want_told_to_the_first_question_is_not_asked_again(language: Language) -> None:
    # The same after "what are you hoping to get done?": the answer says what would.
    beyond = set(variants(language, "jtbd_solved_after_remedy"))
    chat = _up_to_permission(language, 3)
    assert chat.says(YES[language], intent="affirm") in set(variants(language, "jtbd_goal"))
    reply = chat.says(WANTS[language][0], intent="request")
    assert reply in beyond, reply


@pytest.mark.parametrize(
    ("language", "answer"),
    [
        ("en", "it happens every single time I fly with you"),
        ("fa", "هر بار که با شما پرواز می‌کنم همین است"),
        ("ar", "كل مرة أسافر معكم يصير نفس الشي"),
    ],
)
def test_more_of_the_story_is_no_want(language: Language, answer: str) -> None:
    # More of what happened says nothing of what would put it right: the usual question.
    chat = _up_to_permission(language, 5)
    reply = chat.says(answer, intent="inform")
    assert reply not in set(variants(language, "jtbd_solved_after_remedy")), reply


# ---- the order's let-down and nobody answering, told together: both owned -----------------
BOTH = {
    "ar": ["طلبت من المتجر ساعة ذكية ووصلتني بعد أسبوعين والشاشة مكسورة، وخدمة العملاء لا ترد "
           "على الإطلاق",
           "طلبت سماعة ووصلتني متأخرة عشرة أيام وما حد يرد علي"],
    "fa": ["سه بار از این فروشگاه سفارش دادم، هر بار پیک دیر اومد، غذا سرد بود. پشتیبانی هم جواب "
           "نداد",
           "هدفون سفارش دادم شکسته رسید و فروشنده هم جواب نمیده"],
    "en": ["I ordered a watch, the screen arrived cracked, two weeks late, and support never "
           "answers",
           "my order came a week late and nobody from customer service replied to my emails"],
}  # fmt: skip
SILENCE_WORDS = {"ar": "يرد", "fa": "جواب", "en": "answer"}
ORDER_WORDS = {"ar": ("طلبك", "اشتريته", "الأكل"), "fa": ("سفارش", "خرید", "غذا"),
               "en": ("order", "bought", "food", "what you got")}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_the_order_and_the_silence_are_both_owned(language: Language) -> None:
    # «… والشاشة مكسورة، وخدمة العملاء لا ترد» got «كان يجب أن نرد عليك أسرع وأفضل» (the
    # screen and the two weeks unowned); "… arrived cracked, two weeks late, and support
    # never answers" got the order's apology (the silence unowned). One sentence owns both.
    for told in BOTH[language]:
        for seed in range(3):
            chat = Script(language)
            chat.state = new_state(language, seed=seed)
            chat.start()
            chat.says(told, intent="complaint", topic="service", sentiment="negative")
            reply = chat.says(YES[language], intent="affirm")
            apology = reply.split(".")[0]
            assert SILENCE_WORDS[language] in apology, (told, reply)
            assert any(w in apology for w in ORDER_WORDS[language]), (told, reply)


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("en", "support never answers my emails, it's been a week"),
        ("fa", "پشتیبانی سه روزه جواب نمیده"),
        ("ar", "خدمة العملاء لا ترد على الإطلاق من أسبوع"),
        ("fa", "این کرم هیچ جواب نداد و پوستم هنوز خشکه"),
    ],
)
def test_only_the_silence_keeps_its_apology(language: Language, told: str) -> None:
    # Nobody answering, and no order's let-down told (nor «کرم جواب نداد»: a cream that did
    # not work): the combined line would invent one.
    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", topic="service", sentiment="negative")
    reply = chat.says(YES[language], intent="affirm")
    for f in ("order", "product", "meal", "food_cold"):
        heads = [line.split(",")[0][:20] for line in variants(language, f"apology_unanswered_{f}")]
        assert not any(head in reply for head in heads), reply


def test_no_answers_to_give_is_no_silence() -> None:
    # "Who knows where my bags are … No one has answers": no news, not a call unanswered.
    assert silence_told("where are my bags? No one has answers, I have plans", "en") is None
    assert silence_told("my flight got cancelled and no one answers the phone", "en")
