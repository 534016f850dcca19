"""Round 21 (convo39): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.amend import amend
from dialogues.background import is_background
from dialogues.catalog import variants
from dialogues.remedy import names_remedy
from dialogues.thanks_besides import thanks_with_little
from dialogues.turn import Language
from nlu.language import detect_language
from nlu.latin import latin_reading
from tests.dialogues.script import Script


# ---- 1. Latin letters that tie English and Finglish/Arabizi keep the conversation's language ----
@pytest.mark.parametrize(
    ("text", "previous"),
    [
        # Was English in a Persian chat: "order" against one Finglish word, and English won.
        ("order hanooz 😡", "fa"), ("order am nayomad hanooz 😡", "fa"),
        ("3 saat montazeram order nayomad", "fa"), ("thanks merci", "fa"),
        # Arabizi in an Arabic chat.
        ("order mafi", "ar"), ("thanks shukran", "ar"),
        # And English in an English one.
        ("order hanooz", "en"), ("thanks shukran", "en"),
    ],
)  # fmt: skip
def test_a_tie_keeps_the_conversation_language(text: str, previous: str) -> None:
    assert detect_language(text, default="fa", previous=previous) == previous
    assert detect_language(text, default="en", previous=previous) == previous


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("order am nayomad hanooz", "fa"),  # two Finglish words to one English: Persian
        ("3 saat montazeram", "fa"),
        ("my order is still not here", "en"),
        ("el talab lesa ma wesel, 3 ayam", "ar"),
    ],
)
def test_more_words_of_one_language_still_decide(text: str, expected: str) -> None:
    for previous in ("fa", "ar", "en"):
        assert detect_language(text, default="fa", previous=previous) == expected


@pytest.mark.parametrize("text", ["order hanooz", "thanks shukran"])
def test_a_first_message_that_ties_is_english(text: str) -> None:
    # No conversation yet: as before, English ("minute", "mission" read as Finglish verbs).
    assert latin_reading(text) == "tie"
    assert detect_language(text, default="fa") == "en"


# ---- 2. what it was for, told to a job question, is background: no "added", no third question --
_YES = {"en": "yes", "ar": "نعم", "fa": "آره"}
_TOLD = {
    "en": "my flight got cancelled and nobody told me",
    "fa": "پیتزا سرد رسید و نوشابه هم نداشت",
    "ar": "المنتج وصل مكسور",
}


@pytest.mark.parametrize(
    ("language", "background"),
    [
        ("fa", "برای شام بچه‌ها بود"), ("fa", "کادوی تولد مامانم بود"),
        ("en", "it was for my daughter's wedding"), ("en", "it was a gift for my mom"),
        ("ar", "كانت هدية لأمي"), ("ar", "كان عشان عيد ميلاد بنتي"),
    ],
)  # fmt: skip
def test_background_to_a_job_question_is_heard_and_the_next_follows(
    language: Language, background: str
) -> None:
    # Was «این را هم به آنچه گفتید اضافه کردم» and the same question again: three in all.
    chat = Script(language)
    chat.start()
    chat.says(_TOLD[language], intent="complaint", sentiment="negative", score=-0.6)
    chat.says(_YES[language], intent="affirm")
    chat.says(_YES[language], intent="affirm")
    reply = chat.says(background, intent="nlu_fallback")
    assert reply not in variants(language, "added_to_telling"), reply
    assert chat.state.jtbd_asked == ["goal", "solved"], reply
    assert background in chat.state.heard
    chat.says("x y z w" if language == "en" else _WANT[language], intent="nlu_fallback")
    assert chat.state.stage == "anything_else"


_WANT = {"fa": "میخوام یه بار غذا گرم به دستم برسه", "ar": "ابي بديل سليم"}


@pytest.mark.parametrize(
    "text",
    ["برای اینکه سرد بود", "لأن الطلب تأخر", "لازم يوصل بكرة", "for my money back",
     "it was for my kids and it came cold", "كانت لأمي وجات مكسورة", "برنج هم سرد بود"],
)  # fmt: skip
def test_no_background(text: str) -> None:
    assert not is_background(text)


# ---- 3. "yes, one more thing: …" is heard without its lead -------------------------------------
@pytest.mark.parametrize(
    ("language", "more", "rest"),
    [
        ("fa", "آره یه چیز دیگه هم هست، قاشق نذاشته بودن", "قاشق نذاشته بودن"),
        ("en", "yes, one more thing: the agent was rude", "the agent was rude"),
        ("ar", "نعم، شي ثاني، الكرتون كان مفتوح", "الكرتون كان مفتوح"),
    ],
)
def test_one_more_thing_after_anything_else_is_said_back_without_its_lead(
    language: Language, more: str, rest: str
) -> None:
    # Was «یعنی آره یه چیز دیگه هم هست، قاشق نذاشته بودن…».
    chat = Script(language)
    chat.start()
    chat.says(_TOLD[language], intent="complaint", sentiment="negative", score=-0.6)
    chat.says(_YES[language], intent="affirm")
    chat.says(_NO[language], intent="deny")
    assert chat.state.stage == "anything_else"
    reply = chat.says(more, intent="complaint", sentiment="negative", score=-0.5)
    assert rest in reply and more not in reply, reply
    for lead in ("one more thing", "یه چیز دیگه", "شي ثاني"):
        assert lead not in reply, reply


_NO = {"en": "no", "ar": "لا", "fa": "نه"}


@pytest.mark.parametrize(
    ("language", "second"),
    [("fa", "آره یه چیز دیگه هم هست، قاشق نذاشته بودن"),
     ("en", "oh and also the agent was rude")],
)  # fmt: skip
def test_a_second_addition_to_a_job_question_is_no_answer(language: Language, second: str) -> None:
    # Was kept as the answer: «مشکل وقتی حل است که «یه چیز دیگه هم هست، …»».
    chat = Script(language)
    chat.start()
    chat.says(_TOLD[language], intent="complaint", sentiment="negative", score=-0.6)
    chat.says(_YES[language], intent="affirm")
    chat.says(_YES[language], intent="affirm")
    chat.says("one more thing, the drinks were missing too" if language == "en"
              else "یه چیز دیگه هم هست، سس هم نداشت", intent="complaint")  # fmt: skip
    chat.says(_WANT.get(language, "I want a refund"), intent="nlu_fallback")
    chat.says(second, intent="complaint")
    assert not any("چیز دیگه" in a or "also" in a for a in chat.state.jtbd_answers.values())


# ---- 4. a replacement asked in Arabic or Persian words is a remedy ------------------------------
@pytest.mark.parametrize(
    ("language", "want"),
    [("ar", "ابي بديل"), ("ar", "ابغى تبدلونه"), ("fa", "میخوام عوضش کنید"),
     ("fa", "یکی دیگه بفرستید")],
)  # fmt: skip
def test_a_replacement_wanted_is_not_asked_what_would_make_it_right(
    language: Language, want: str
) -> None:
    # Was «ما الذي يجعل الأمر يستقيم بالنسبة لك؟» right after «ابي بديل».
    assert names_remedy(want, language)
    chat = Script(language)
    chat.start()
    chat.says(_TOLD[language], intent="complaint", sentiment="negative", score=-0.6)
    chat.says(_YES[language], intent="affirm")
    chat.says(_YES[language], intent="affirm")
    reply = chat.says(want, intent="nlu_fallback")
    assert reply not in variants(language, "jtbd_solved"), reply


# ---- 5. "made it! Thanks AA!": good news told with a thanks is part of the thanks ---------------
@pytest.mark.parametrize(
    "text", ["made it! Thanks AA!", "landed safe, thank you UA", "made it home, thanks!"]
)
def test_good_news_with_a_thanks_is_a_thanks(text: str) -> None:
    # Was "What did you like most about it?": nothing was praised.
    assert thanks_with_little(text, "en")


@pytest.mark.parametrize(
    "text", ["made it but my bag didn't, thanks", "Thanks for the ride to Chicago AA"]
)
def test_more_than_good_news_beside_a_thanks_is_not_a_thanks(text: str) -> None:
    assert not thanks_with_little(text, "en")


# ---- 6. "no, it was Chicago not Boston": a word put right with no comma before "not" ----------
@pytest.mark.parametrize(
    ("correction", "amended"),
    [
        ("no, it was Chicago not Boston", "My bag never showed up in Chicago"),
        ("no, Chicago not Boston", "My bag never showed up in Chicago"),
    ],
)
def test_a_word_put_right_without_a_comma(correction: str, amended: str) -> None:
    # Was "So it was Chicago not Boston. Is that what happened?" (the bag dropped).
    assert amend(["My bag never showed up in Boston"], correction, "en") == [amended]
    chat = Script("en")
    chat.start()
    chat.says("My bag never showed up in Boston", intent="complaint", sentiment="negative")
    reply = chat.says(correction, intent="deny")
    assert "Chicago" in reply and "bag" in reply and "not Boston" not in reply, reply


@pytest.mark.parametrize(
    "text", ["no it is not working", "no, it does not work", "they did not call me"]
)
def test_a_denied_verb_is_no_word_put_right(text: str) -> None:
    assert amend(["the app stopped working", "they did call me"], text, "en") is None
