"""Round 14 (convo32): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.policy import new_state, respond
from dialogues.turn import Language, Turn, Understanding
from tests.dialogues.script import Script


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key) if v.split("{")[0])


# ---- 1. kind words right after we closed are taken kindly, never the opening question ------
PRAISE = {
    "fa": ("نان‌ها خیلی تازه و خوشمزه بود", "نه ممنون", "عالی بودید"),
    "ar": ("جهاز اكثر من رائع والتوصيل سريع", "لا شكرا", "ابداع"),
    "en": ("your crew on flight 1234 was amazing", "no that's all", "you guys are great"),
}
OPENING = ("opening", "opening_again", "listen_ready", "still_here", "welcome_back")


def _closed_on_praise(language: Language) -> Script:
    chat = Script(language)
    chat.start()
    told, done, _ = PRAISE[language]
    chat.says(told, intent="praise", sentiment="positive", score=0.8)
    chat.says(done, intent="deny")
    assert chat.stage == "closed"
    return chat


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_praise_after_we_closed_is_thanked(language: Language) -> None:
    # «ابداع» after our closing thanks was met with «أنا ما زلت معك. … ما الذي يقلقك؟».
    chat = _closed_on_praise(language)
    reply = chat.says(PRAISE[language][2], intent="praise", sentiment="positive", score=0.6)
    assert _said(language, "praise_after_close", reply), reply
    assert not any(_said(language, key, reply) for key in OPENING), reply
    assert chat.stage == "closed"


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_praise_opening_the_next_conversation_minutes_later_is_thanked(language: Language) -> None:
    # The service starts a new conversation after a closed one (new_state with the previous).
    chat = _closed_on_praise(language)
    chat.state = new_state(language, seed=7, previous=chat.state)
    reply = chat.says(PRAISE[language][2], intent="praise", sentiment="positive", score=0.6)
    assert _said(language, "praise_after_close", reply), reply
    assert chat.stage == "closed"


@pytest.mark.parametrize(
    ("language", "thanks"),
    [("en", "thanks again!"), ("ar", "شكرا مرة ثانية"), ("fa", "مرسی دوباره")],
)
def test_thanks_again_after_kind_words_gets_the_receipt(language: Language, thanks: str) -> None:
    # "شكرا مرة ثانية" after our thanks was said back «يعني مرة ثانية. هل هذا ما تقصده؟».
    chat = _closed_on_praise(language)
    chat.says(PRAISE[language][2], intent="praise", sentiment="positive", score=0.6)
    reply = chat.says(thanks, intent="thank", sentiment="positive", score=0.5)
    assert reply == "", reply  # a receipt: no second goodbye
    assert chat.outcomes[-1].replies[0].kind == "receipt"


def test_thanks_after_the_rating_is_answered_as_thanks() -> None:
    # "great, thanks again" after "Thank you for the 5" got "All right. I'm here …".
    chat = Script("en")
    chat.state.stage = "closed"
    chat.state.used.append("rating_thanks#0")
    reply = chat.says("great, thanks again", intent="thank", sentiment="positive", score=0.6)
    assert _said("en", "welcome_thanks", reply), reply


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("en", "great, another delay on my next flight"),
        ("en", "the refund never came"),
        ("ar", "ممتاز بس الشاحن وقف يشحن"),
        ("fa", "عالی بود ولی فاکتورم اشتباه بود"),
    ],
)
def test_something_wrong_after_we_closed_is_heard(language: Language, told: str) -> None:
    chat = _closed_on_praise(language)
    reply = chat.says(told, intent="complaint", sentiment="negative", score=-0.5)
    assert not _said(language, "praise_after_close", reply), reply
    assert chat.stage != "closed", reply


def test_praise_long_after_we_closed_is_a_new_conversation() -> None:
    # A day later "you guys are great" opens a new telling: no longer about what we just did.
    chat = _closed_on_praise("en")
    chat.state.last_seen = 1_000_000.0
    understood = Understanding("praise", 0.9, None, "positive", 0.6)
    turn = Turn(("you guys are great",), "en", understanding=understood, sent_at=1_090_000.0)
    reply = " ".join(r.text for r in respond(chat.state, turn).replies)
    assert not _said("en", "praise_after_close", reply), reply


# ---- 2. "no, it's still broken" to the follow-up is apologised for ---------------------------
STILL_BROKEN = {
    "fa": ("نه هنوز پولم برنگشته", "متأسف", "ببخشید"),
    "ar": ("لا، ما وصلني شي", "آسف", "أعتذر"),
    "en": ("no, it's still not here", "I'm sorry", "I'm sorry"),
}


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_still_broken_after_the_follow_up_is_apologised_for(language: Language) -> None:
    # "Thank you for telling me honestly" thanked a customer whose problem came back for
    # their honesty; a listener says sorry first, then who has it again.
    from dialogues.followup import ask_follow_up

    chat = Script(language)
    _, chat.state = ask_follow_up(chat.state, "Reza Karimi", None)
    told, sorry, sorry_too = STILL_BROKEN[language]
    reply = chat.says(told, intent="deny", sentiment="negative", score=-0.5)
    assert reply.startswith((sorry, sorry_too)), reply
    assert "Reza Karimi" in reply and chat.stage == "handed_off", reply
    assert "honest" not in reply and "صادقانه" not in reply and "صراحت" not in reply, reply


# ---- 3. something that went wrong, told in a cold tone, is no praise for one warm word ------
def test_a_cold_burst_nlu_called_praise_is_a_complaint() -> None:
    # «تازه» ("on top of that") is a praise cue ("fresh"): the burst was thanked as praise,
    # logged as praise, and never apologised for.
    chat = Script("fa")
    chat.start()
    burst = (
        "نان برگرها کاملا مانده بود",
        "سیب‌زمینی‌ها هم نرم شده بود",
        "تازه نوشابه هم نفرستادن",
        "خیلی بده واقعا",
    )
    chat.says(*burst, intent="praise", sentiment="negative", score=-0.72, confidence=0.5)
    assert chat.state.kind == "complaint"
    reply = chat.says("آره", intent="affirm")
    assert chat.stage == "permission", reply
    assert not _said("fa", "thanks_praise", reply), reply


@pytest.mark.parametrize(
    ("told", "score"),
    [
        ("خیلی خوشمزه و تازه بود", -0.5),  # nothing happened: a cold tone alone stays praise
        ("سریع رسید و خیلی تازه بود", 0.6),  # a warm tone: praise
    ],
)
def test_praise_stays_praise_without_a_cold_happening(told: str, score: float) -> None:
    chat = Script("fa")
    chat.start()
    sentiment = "negative" if score < 0 else "positive"
    chat.says(told, intent="praise", sentiment=sentiment, score=score)
    assert chat.state.kind == "praise"


# ---- 4. "why do you ask so many questions?" is a question about ours, never the job ---------
WHY_SO_MANY = {
    "en": ("the app logs me out when I scan a receipt", "why do you ask so many questions"),
    "fa": ("اپلیکیشن موقع پرداخت مدام خطا می‌ده", "چرا این‌قدر سؤال می‌پرسید؟"),
    "ar": ("التطبيق يطلعني كل ما افتح الكاميرا", "ليش كل هالأسئلة؟"),
}


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_why_so_many_questions_is_answered_and_the_leave_still_asked(language: Language) -> None:
    # To "Could I ask you two quick questions?", "why do you ask so many questions" was taken
    # for consent and the job: «what I want is “why do you ask”, … solved when “many questions”».
    told, why = WHY_SO_MANY[language]
    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", topic="app", sentiment="negative", score=-0.6)
    if chat.stage == "listening":
        chat.says(told, intent="complaint", topic="app", sentiment="negative", score=-0.6)
    chat.says({"en": "yes", "fa": "آره", "ar": "نعم"}[language], intent="affirm")
    assert chat.stage == "permission", chat.replies()
    reply = chat.says(why, intent="question")
    assert _said(language, "jtbd_why_we_ask", reply), reply
    assert chat.stage == "permission" and not any(chat.state.jtbd_answers.values())
