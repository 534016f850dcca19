"""Round 12 (convo30): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.reflecting import first_answer, first_reply
from dialogues.catalog import variants
from dialogues.outcome import LogJob
from dialogues.prompting import reflection_frame
from dialogues.turn import Language
from nlu.embedded import EmbeddedParser
from tests.dialogues.script import Script


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key) if v.split("{")[0])


# ---- 1. a time answered to a job question is no "that's all" ------------------------------
COLD = {
    "fa": "پیتزا کاملا سرد رسید",
    "ar": "البيتزا وصلت باردة تماماً",
    "en": "the pizza came stone cold",
}
YES = {"fa": "آره", "ar": "نعم", "en": "yes"}
GOAL = {"fa": "پولم برگرده", "ar": "ابي فلوسي ترجع", "en": "my money back"}
TODAY = {"fa": "همین امروز", "ar": "اليوم", "en": "today"}


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_a_time_to_a_job_question_is_an_answer_not_thats_all(language: Language) -> None:
    # «همین امروز» ("today itself") to "what would make it right?": NLU read "done" in its
    # «همین», the bot handed off at once and the day was lost from the job statement.
    chat = Script(language)
    chat.start()
    chat.says(COLD[language], intent="complaint", topic="product", sentiment="negative", score=-0.6)
    chat.says(YES[language], intent="affirm")
    chat.says(YES[language], intent="affirm")
    chat.says(GOAL[language], intent="request_refund")
    reply = chat.says(TODAY[language], intent="done")
    assert chat.stage == "anything_else", reply
    chat.says({"fa": "نه", "ar": "لا", "en": "no"}[language], intent="deny")
    jobs = [e for e in chat.effects() if isinstance(e, LogJob)]
    assert jobs and TODAY[language] in jobs[-1].job.statement, jobs


# ---- 2. "that's not an answer" before we answered anything ---------------------------------
NOT_AN_ANSWER = {"fa": "این که جواب نیست", "ar": "هذا مو جواب", "en": "that's not an answer"}
ASKED = {
    "fa": "پرسیدم چرا پول سفارش لغو شده هنوز برنگشته",
    "ar": "سألت ليش فلوس الطلب الملغي ما رجعت",
    "en": "I asked when my refund will come, it has been two weeks",
}


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_not_an_answer_as_a_first_message_asks_what_they_asked(language: Language) -> None:
    # As the very first message it was "you're right, that was no answer" and a handoff:
    # we had only asked our opening question; the answer they mean came from elsewhere.
    chat = Script(language)
    chat.start()
    reply = chat.says(NOT_AN_ANSWER[language], intent="deny", sentiment="negative", score=-0.4)
    assert _said(language, "reply_missed_first", reply), reply
    assert not _said(language, "reply_missed", reply), reply
    assert chat.stage == "listening" and not chat.effects(), reply
    reply = chat.says(ASKED[language], intent="complaint", topic="billing", sentiment="negative")
    assert chat.stage == "confirming", reply  # what they asked is heard as the telling


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_not_an_answer_after_we_answered_still_hands_off(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(ASKED[language], intent="complaint", topic="billing", sentiment="negative")
    reply = chat.says(NOT_AN_ANSWER[language], intent="deny", sentiment="negative", score=-0.4)
    assert _said(language, "reply_missed", reply) and chat.stage == "handed_off", reply


# ---- 3. a first message that only thanks --------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "@united thank you!"),
        ("en", "@united thx for update"),
        ("en", "@JetBlue thanks! Have a good Sunday."),
        ("fa", "با تشکر از شما."),
        ("fa", "ممنون از پیک محترم"),
        ("ar", "شكرا لجهودك"),
        ("ar", "مشكووووور"),
    ],
)
def test_a_first_message_that_only_thanks_is_taken_kindly(language: Language, text: str) -> None:
    # "@united thank you!" was asked "What did you like most about it?"; «با تشکر از شما.»
    # «ماجرا از کجا شروع شد؟»: a thanks asked to explain itself, or taken for a story.
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.7)
    assert _said(language, "thanks_first", reply), reply
    assert chat.stage == "listening" and not chat.state.heard, reply
    reply = chat.says({"fa": "نه", "ar": "لا", "en": "no"}[language], intent="deny")
    assert _said(language, "goodbye_nothing", reply), reply


@pytest.mark.parametrize(
    ("language", "text", "sentiment"),
    [
        ("en", "thanks for nothing", "negative"),
        ("en", "thanks for ruining my trip", "negative"),
        ("en", "@USAirways thanks. 😒", "neutral"),
        ("en", "thanks, the crew was amazing", "positive"),
        ("en", "@united Thanks. It is on the same ticket.", "positive"),
        ("fa", "ممنون خیلی خوشمزه بود", "positive"),
        ("ar", "شكرا على التأخير", "negative"),
    ],
)
def test_thanks_with_something_told_or_sour_is_no_plain_thanks(
    language: Language, text: str, sentiment: str
) -> None:
    chat = Script(language)
    chat.start()
    score = {"negative": -0.6, "neutral": 0.0, "positive": 0.7}[sentiment]
    reply = chat.says(text, intent="praise", sentiment=sentiment, score=score)
    assert not _said(language, "thanks_first", reply), reply


# ---- 4. the forced reflection of thanked praise is framed for praise -------------------------
async def test_the_forced_reflection_of_thanked_praise_never_asks_what_happened(
    nlu_model_dir: Path,
) -> None:
    # The instrument's path ("that's all" after the bot thanked) framed «السلعة ممتازة»
    # «إذن السلعة ممتازة. هل هذا ما حدث؟», as if a story.
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    for text in ("السلعة ممتازة", "العطر رائع", "رائع شكرا لك", "موبيل جميل"):
        first = await first_reply(parser, text, "ar")
        assert "«" in first, first  # thanked, naming it
        forced = await first_answer(parser, text, "ar", always=True)
        assert forced and "هل هذا ما حدث" not in forced, forced


def test_the_reflection_frame_fits_what_was_said() -> None:
    assert reflection_frame("reflect", ["السلعة ممتازة"], "ar", "praise") == "reflect_view"
    assert reflection_frame("reflect", ["الطلب وصل بارد"], "ar", "complaint") == ""
    assert reflection_frame("reflect", ["ابي فلوسي ترجع"], "ar", "complaint") == "reflect_want"


# ---- 5. Persian praise told with "was" is thanked --------------------------------------------
@pytest.mark.parametrize(
    ("text", "quoted"),
    [("غذا عالی بود 😍", "غذا عالی بود"), ("خوشمزه و تازه بود ممنون", "خوشمزه و تازه بود")],
)
def test_praise_told_with_was_is_thanked_naming_it(text: str, quoted: str) -> None:
    # «غذا عالی بود 😍» was asked «چه چیزی برایتان فرق ایجاد کرد؟»: «بود» read as an event.
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.8)
    assert f"«{quoted}»" in reply and chat.stage == "anything_else", reply


@pytest.mark.parametrize("text", ["خوب بود فقط سرد بود", "خوب بود فقط له شده بود"])
def test_praise_with_something_gone_wrong_is_not_thanked(text: str) -> None:
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.5)
    assert not any(_said("fa", "thanks_praise", r) for r in [reply]), reply
