"""Whole conversations, round 5: the wait after a handoff, second thoughts, names, voice notes.

Each test is one rule from docs/conversation-review.md ("Round 5"), with constructed lines,
run in fa, ar and en through the pure policy (the understanding NLU would give is stated).
"""

from __future__ import annotations

import pytest

from dialogues.answers import after_yes_or_no
from dialogues.asides import about_bot
from dialogues.catalog import variants
from dialogues.handoff import OwnerView, announce
from dialogues.policy import new_state, respond
from dialogues.state import ConversationState
from dialogues.turn import Language, Turn, Understanding
from dialogues.waiting import still_waiting
from nlu.language import detect_language
from tests.dialogues.script import Script

LANGUAGES: list[Language] = ["fa", "ar", "en"]
NAMES = {"en": "Reza Karimi", "fa": "رضا کریمی", "ar": "رضا كريمي"}
STILL = {
    "en": ("still nothing, it's been hours", "any update?"),
    "fa": ("هنوز خبری نشد، چند ساعته منتظرم", "هنوز کسی جواب نداده"),
    "ar": ("لسه ما حد رد علي", "للحين ما في أي خبر"),
}
DETAIL = {
    "en": "the order number is 4411",
    "fa": "شماره سفارش ۴۴۱۱ است",
    "ar": "رقم الطلب ٤٤١١",
}


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key))


def _handed_off(language: Language) -> ConversationState:
    state = ConversationState(language=language, seed=3, heard=["x"])
    view = OwnerView(NAMES[language], "Customer care", tuple(NAMES.items()))
    _, state = announce(state, view, 120)
    state.stage = "handed_off"
    return state


def _texts(state: ConversationState, text: str, language: Language) -> tuple[list[str], object]:
    outcome = respond(state, Turn((text,), language))
    return [r.text for r in outcome.replies if r.text], outcome.state  # a receipt has none


# ---- 1. "still nothing, it's been hours" after a handoff is answered in words ---------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_still_waiting_after_a_handoff_names_the_owner_once_a_line(language: Language) -> None:
    state = _handed_off(language)
    first, state = _texts(state, DETAIL[language], language)
    assert _said(language, "relay_ack", first[0]), first
    detail, state = _texts(state, DETAIL[language], language)
    assert detail == [], detail  # more detail: the receipt says it
    said: list[str] = []
    for text in (*STILL[language], STILL[language][0]):
        replies, state = _texts(state, text, language)
        said.extend(replies)
    assert len(said) == 2 and len(set(said)) == 2, said  # each line once, then the receipt
    assert all(NAMES[language] in line for line in said), said


@pytest.mark.parametrize(
    ("text", "waiting"),
    [
        ("still nothing, it's been hours", True),
        ("it has been two days", True),
        ("هنوز خبری نشد", True),
        ("لسه ما حد رد", True),
        ("ما زلت أنتظر الرد", True),
        ("the order number is 4411", False),
        ("I still have the receipt", False),
        ("یه عکس دیگه هم دارم", False),
        ("الطلب رقمه ٤٤١١", False),
    ],
)
def test_what_tells_the_wait_itself(text: str, waiting: bool) -> None:
    assert still_waiting(text) is waiting


# ---- 2. a message minutes after closing is no "welcome back" -------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_second_thought_after_the_rating_is_not_welcomed_back(language: Language) -> None:
    closed = ConversationState(stage="closed", language=language, seed=7, heard=["x"])
    closed.last_seen = 1_000_000.0
    text = {"en": "oh and the invoice was wrong too", "fa": "راستی فاکتور هم اشتباه بود",
            "ar": "وبعد الفاتورة كانت غلط"}[language]  # fmt: skip
    soon = Turn((text,), language, Understanding(intent="complain"), sent_at=1_000_060.0)
    (reply, *_) = respond(closed, soon).replies
    assert not _said(language, "welcome_back", reply.text), reply.text
    assert _said(language, "still_here", reply.text), reply.text
    later = Turn((text,), language, Understanding(intent="complain"), sent_at=1_000_000.0 + 86400)
    (back, *_) = respond(closed, later).replies
    assert _said(language, "welcome_back", back.text), back.text
    # A new conversation storage opens after a closed one keeps when they last wrote.
    fresh = new_state(language, 7, respond(closed, soon).state)
    (again, *_) = respond(fresh, Turn((text,), language, sent_at=1_000_120.0)).replies
    assert not _said(language, "welcome_back", again.text), again.text


# ---- 3. after a switch of language, the owner's name as that language writes it -----------
@pytest.mark.parametrize(("before", "after"), [("en", "ar"), ("en", "fa"), ("fa", "en")])
def test_the_owner_is_named_in_the_language_now_spoken(before: Language, after: Language) -> None:
    state = _handed_off(before)
    state.stage = "rating"
    outcome = respond(state, Turn(("5",), after))
    (reply,) = outcome.replies
    assert NAMES[after] in reply.text, reply.text
    assert NAMES[before] not in reply.text, reply.text


# ---- 4. a voice note before anything was told is not "with the rest of what you've told me" -
@pytest.mark.parametrize("language", LANGUAGES)
def test_voice_notes_alone_are_not_with_the_rest_of_what_was_told(language: Language) -> None:
    chat = Script(language)
    chat.start()
    voice = Turn((), language, kind="attachment", attachment_kind="voice")
    kind = variants(language, "kind_voice")[0]
    rest = variants(language, "attachment_ack")[2].format(kind=kind)  # "…with the rest…"
    state = chat.state
    for _ in range(3):
        outcome = respond(state, voice)
        state = outcome.state
        for reply in (r for r in outcome.replies if r.text):  # the third: a receipt only
            assert _said(language, "attachment_kept", reply.text), reply.text
            assert rest not in reply.text, reply.text
    chat.state = state
    chat.says(DETAIL[language])
    (told,) = respond(chat.state, voice).replies
    acks = [v.format(kind=kind) for v in variants(language, "attachment_ack")]
    assert told.text in acks, told.text


# ---- 5. "are you a bot?" is answered, not reflected -----------------------------------------
BOT_Q = {"en": "who are you? are you a bot?", "fa": "شما رباتید؟", "ar": "انت بوت؟"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_question_about_the_bot_is_answered_and_the_opening_follows(language: Language) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(BOT_Q[language], intent="question")
    assert reply.startswith(variants(language, "about_me")[0]), reply
    assert _said(language, "listen_ready", reply), reply
    assert chat.state.stage == "listening" and not chat.state.heard, chat.state
    assert BOT_Q[language] not in reply  # never quoted back as a telling


# ---- 6. "sorry for the long message" / thanks in passing are answered, not heard -----------
LONG = {
    "en": "the sofa I ordered six weeks ago never came, the date moved twice and nobody called",
    "fa": "مبلی که شش هفته پیش سفارش دادم نیامد، دو بار تاریخش عوض شد و کسی زنگ نزد",
    "ar": "الكنبة اللي طلبتها قبل ست أسابيع ما وصلت، الموعد تغير مرتين وما حد اتصل",
}
SORRY = {"en": "sorry for the long message", "fa": "ببخشید پیامم طولانی شد",
         "ar": "أعتذر عن الإطالة"}  # fmt: skip
THANKS = {"en": "thanks for listening", "fa": "مرسی که گوش میدید", "ar": "شكراً على اهتمامك"}


def _reflected(language: Language) -> Script:
    chat = Script(language)
    chat.start()
    chat.says(LONG[language], intent="complain", topic="delivery", sentiment="negative")
    while chat.state.stage == "listening":
        chat.says(LONG[language])
    assert chat.state.stage == "confirming", chat.state.stage
    return chat


@pytest.mark.parametrize("language", LANGUAGES)
def test_sorry_for_the_long_message_is_no_yes_and_not_heard(language: Language) -> None:
    chat = _reflected(language)
    heard = list(chat.state.heard)
    reply = chat.says(SORRY[language])
    assert reply == " ".join(
        (variants(language, "sorry_no_need")[0], variants(language, "confirm_again")[0])
    ), reply
    assert chat.state.stage == "confirming" and chat.state.heard == heard


@pytest.mark.parametrize("language", LANGUAGES)
def test_thanks_in_passing_gets_you_are_welcome(language: Language) -> None:
    chat = _reflected(language)
    heard = list(chat.state.heard)
    reply = chat.says(THANKS[language], intent="thank")
    assert any(reply.startswith(v) for v in variants(language, "welcome_thanks")), reply
    assert THANKS[language] not in reply and chat.state.heard == heard
    assert chat.state.stage != "confirming"  # thanks for listening to "did I get it?": assent


# ---- 7. «نه، سوال نپرس» to "anything else?" acts, it is no new telling ---------------------
NO_QUESTIONS = {"en": "no, don't ask me questions", "fa": "نه، سوال نپرس", "ar": "لا، لا تسألني"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_questions_to_anything_else_acts(language: Language) -> None:
    state = ConversationState(stage="anything_else", language=language, seed=5, heard=["x"])
    state.kind = "complaint"
    outcome = respond(state, Turn((NO_QUESTIONS[language],), language))
    assert outcome.state.stage != "confirming", outcome.replies
    assert all(NO_QUESTIONS[language] not in r.text for r in outcome.replies)


@pytest.mark.parametrize(
    "text", ["the bot in your app keeps crashing and I lost my whole order, please fix it now"]
)
def test_a_telling_that_names_a_bot_is_still_a_telling(text: str) -> None:
    assert not about_bot(text)


@pytest.mark.parametrize("text", ["انت بوت؟", "انت مين؟", "أنت إنسان؟"])
def test_you_written_the_arabic_way_is_arabic(text: str) -> None:
    # «انت» is Arabic ("you"); Persian says «تو» / «شما»: no Persian reply in an Arabic chat.
    assert detect_language(text, default="fa") == "ar"
    assert detect_language("شما رباتید؟", default="ar") == "fa"


# ---- 8. "still nothing" as the first message after a handoff; thanks is no detail ----------
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_message_after_a_handoff_may_already_be_the_wait(language: Language) -> None:
    state = _handed_off(language)
    replies, state = _texts(state, STILL[language][0], language)
    assert len(replies) == 1 and _said(language, "relay_still_waiting", replies[0]), replies
    thanks = {"en": "thanks", "fa": "مرسی", "ar": "شكراً"}[language]
    replies, state = _texts(state, thanks, language)
    assert replies and replies[0] in variants(language, "welcome_thanks"), replies


# ---- 9. "yes, but also …": the addition is heard without the yes, and acknowledged ---------
YES_BUT = {
    "en": ("yes, but also the box was open", "also the box was open"),
    "fa": ("آره ولی جعبه‌اش هم باز بود", "جعبه‌اش هم باز بود"),
    "ar": ("ايوه بس كمان الكرتون كان مفتوح", "كمان الكرتون كان مفتوح"),
}
FIRST = {
    "en": "two pieces were missing from my order",
    "fa": "دو تا از قطعه‌های سفارشم نبود",
    "ar": "الطلب وصلني ناقص قطعتين",
}
# Two words: still met with a prompt (a message that tells more is reflected at once).
# A bare topic: prompted (two words that say what went wrong are said back at once).
PROMPTED = {"en": "my order", "fa": "سفارشم", "ar": "بخصوص الطلب"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_yes_but_to_a_prompt_is_heard_from_the_but(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(PROMPTED[language], intent="complain", topic="delivery", sentiment="negative")
    assert chat.state.stage == "listening"
    said, rest = YES_BUT[language]
    chat.says(said, intent="done")  # NLU may read «بس» as "that's all"
    assert chat.state.heard[-1] == rest, chat.state.heard


@pytest.mark.parametrize("language", LANGUAGES)
def test_yes_but_to_the_reflection_is_acknowledged(language: Language) -> None:
    chat = _reflected(language)
    said = {
        "en": "yes, but also the courier was rude to my mother at the door",
        "fa": "آره ولی پیک هم دم در با مادرم بد رفتاری کرد",
        "ar": "ايوه بس كمان المندوب كان وقح مع أمي عند الباب",
    }[language]
    reply = chat.says(said, intent="affirm")
    assert reply.startswith(variants(language, "noted_too")[0]), reply
    assert chat.state.stage != "confirming"


# ---- 10. "no, sorry, it was …": the sorry is the customer's lead-in, never said back --------
@pytest.mark.parametrize(
    ("language", "text", "rest"),
    [
        ("en", "no, sorry, it was five weeks", "it was five weeks"),
        ("fa", "نه، ببخشید، پنج هفته بود", "پنج هفته بود"),
        ("ar", "لا، عفواً، كانت خمسة أسابيع", "كانت خمسة أسابيع"),
    ],
)
def test_sorry_after_a_no_is_dropped_from_the_correction(
    language: Language, text: str, rest: str
) -> None:
    assert after_yes_or_no(Turn((text,), language)) == rest


# ---- 11. one "thank you" a reply: the goodbye after a thanks does not thank again -----------
IDEA = {
    "en": "it would be great if I could schedule my order for the morning",
    "fa": "کاش بشه سفارش رو برای صبح زمان‌بندی کرد",
    "ar": "ياريت اقدر احدد موعد الطلب الصبح",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_goodbye_after_a_thanks_does_not_thank_again(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(IDEA[language], intent="suggestion", sentiment="positive")
    done = {"en": "no that's all", "fa": "نه، همین", "ar": "لا، هذا كل شيء"}[language]
    while chat.state.stage != "closed":
        reply = chat.says(done, intent="done")
    assert any(reply.endswith(v) for v in variants(language, "closing_plain")), reply
    assert not any(v in reply for v in variants(language, "closing")), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [("fa", "آره دقیقا، مرسی که گوش میدید"), ("ar", "شكراً لأنك تسمعني"),
     ("en", "yes exactly, thanks for listening")],
)  # fmt: skip
def test_thanks_after_a_yes_to_a_prompt_is_not_heard(language: Language, text: str) -> None:
    chat = Script(language)
    chat.start()
    chat.says(LONG[language], intent="complain", sentiment="negative")
    heard = list(chat.state.heard)
    reply = chat.says(text, intent="affirm")
    assert any(reply.startswith(v) for v in variants(language, "welcome_thanks")), reply
    assert chat.state.heard == heard and text not in reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_are_you_a_bot_mid_telling_lets_them_go_on(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(PROMPTED[language], intent="complain", sentiment="negative")
    reply = chat.says(BOT_Q[language], intent="question")
    assert reply.startswith(variants(language, "about_me")[0]), reply
    assert any(reply.endswith(v) for v in variants(language, "what_else")), reply
    assert chat.state.heard == [PROMPTED[language]]


def test_a_latin_name_inside_an_arabic_sentence_is_isolated() -> None:
    state = _handed_off("en")
    state.owner_names = {"en": "Reza Karimi"}  # no Arabic spelling configured
    state.stage = "rating"
    (reply,) = respond(state, Turn(("5",), "ar")).replies
    assert "\u2068Reza Karimi\u2069" in reply.text, reply.text
    state.stage = "rating"
    (same,) = respond(state, Turn(("5",), "en")).replies
    assert "\u2068" not in same.text, same.text
