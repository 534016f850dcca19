"""Whole conversations, round 4: devices and luggage, "I don't know", sarcasm, swearing.

Each test is one rule from docs/conversation-review.md ("Round 4"), with constructed lines,
run in fa, ar and en through the pure policy (the understanding NLU would give is stated).
"""

from __future__ import annotations

import pytest

from dialogues import answers
from dialogues.catalog import variants
from dialogues.insults import civil
from dialogues.jtbd import build_job
from dialogues.outcome import FollowUpAnswered
from dialogues.policy import new_state, respond
from dialogues.state import ConversationState
from dialogues.telling import ironic
from dialogues.told_topic import topic_of
from dialogues.turn import Language, Turn, Understanding
from dialogues.voice import Voice
from tests.dialogues.script import Script

LANGUAGES: list[Language] = ["fa", "ar", "en"]
YES = {"en": "yes", "fa": "بله", "ar": "نعم"}
NO = {"en": "no", "fa": "نه", "ar": "لا"}
DONT_KNOW = {"en": "I don't know", "fa": "نمی‌دونم", "ar": "ما أعرف"}
DEVICE = {
    "en": "the laptop won't turn on",
    "fa": "گوشی خاموش شد",
    "ar": "الجهاز وقف",
}
LUGGAGE = {
    "en": "my suitcase never came off the plane after the flight",
    "fa": "چمدونم تو فرودگاه گم شد",
    "ar": "شنطتي ضاعت في المطار بعد الرحلة",
}
PARCEL = {
    "en": "the courier lost the parcel I sent to my mother",
    "fa": "بسته‌ای که برای مادرم فرستادم گم شده",
    "ar": "الطرد اللي ارسلته لأمي ضاع",
}
SARCASM = {
    "en": "great, another week without internet. love it",
    "fa": "دستتون درد نکنه، یه هفته دیگه هم بی اینترنت. عالیه",
    "ar": "والله ممتاز، اسبوع ثاني بدون نت. شكرا لكم",
}
INSULTS = {
    "en": ("you idiots charged me twice, worst f***ing service", "idiots", "f***ing"),
    "fa": ("خاک تو سرتون، دوبار از کارتم پول کم کردید، مسخره‌ها", "خاک", "مسخره"),
    "ar": ("يا حرامية، خصمتوا مني مرتين، خدمة زبالة", "حرامية", "زبالة"),
}


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key))


def _to_permission(language: Language, telling: str, **understood: object) -> tuple[Script, str]:
    """The conversation up to "may I ask?"; returns it and the reply that asked."""
    chat = Script(language)
    chat.start()
    chat.says(telling, **understood)  # type: ignore[arg-type]
    for _ in range(3):
        if chat.stage == "permission":
            break
        chat.says(YES[language], intent="affirm")
    assert chat.stage == "permission", chat.replies()
    return chat, chat.replies()[-1]


COMPLAINT = {"intent": "complaint", "sentiment": "negative", "score": -0.7}


# ---- 1. the apology's topic: a device, luggage, a parcel ------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_broken_device_gets_the_product_apology(language: Language) -> None:
    chat, reply = _to_permission(language, DEVICE[language], **COMPLAINT)
    assert _said(language, "apology_product", reply), reply
    assert chat.state.topic == "product"


@pytest.mark.parametrize(
    ("language", "telling", "heard", "topic"),
    [
        ("en", "the app crashes on my phone", "app", "app"),
        ("en", "I can't log in on my laptop", None, "app"),
        ("en", "nobody answers the phone", "service", "service"),
        ("en", "nobody answers the phone", None, "service"),
        ("en", "I was charged twice for my phone", None, "billing"),
        ("en", "my phone won't charge", None, "product"),
        ("fa", "کسی گوشی رو برنمیداره", None, None),
        ("fa", "نمیتونم تو گوشیم وارد حسابم بشم", None, "app"),
        ("ar", "التطبيق يعلق على الجوال", None, "app"),
        ("ar", "ما حد يرد على الجوال", None, None),
        ("ar", "انخصم المبلغ مرتين على الجوال", None, "billing"),
    ],
)
def test_a_device_named_beside_another_topic_does_not_pull_it_over(
    language: Language, telling: str, heard: str | None, topic: str | None
) -> None:
    assert topic_of([telling], language, heard) == topic


@pytest.mark.parametrize("language", LANGUAGES)
def test_lost_luggage_gets_its_own_apology_and_topic(language: Language) -> None:
    # NLU reads "never arrived" as delivery; on a trip, what never arrived is the luggage.
    chat, reply = _to_permission(language, LUGGAGE[language], topic="delivery", **COMPLAINT)
    assert _said(language, "apology_baggage", reply), reply
    assert not _said(language, "apology_delivery", reply), reply
    order = {"en": "order", "fa": "سفارش", "ar": "طلب"}[language]
    assert all(order not in v for v in variants(language, "apology_baggage"))
    assert chat.state.topic == "baggage"


@pytest.mark.parametrize(
    ("language", "telling", "topic"),
    [
        ("en", "I was charged for extra baggage on my flight", "billing"),
        ("en", "my flight was delayed five hours", None),
        ("en", "I ordered a bag and it never arrived", "delivery"),
        ("ar", "طلبت شنطة وما وصلت", "delivery"),
    ],
)
def test_a_bag_is_luggage_only_on_a_trip(language: Language, telling: str, topic: str) -> None:
    assert topic_of([telling], language, None) == topic


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_parcel_that_is_no_order_is_not_called_your_order(language: Language) -> None:
    _, reply = _to_permission(language, PARCEL[language], topic="delivery", **COMPLAINT)
    assert _said(language, "apology_shipment", reply), reply
    order = {"en": "order", "fa": "سفارش", "ar": "طلب"}[language]
    assert all(order not in v for v in variants(language, "apology_shipment"))


def test_an_order_that_is_late_still_gets_your_order() -> None:
    _, reply = _to_permission("en", "my order is three days late", topic="delivery", **COMPLAINT)
    assert _said("en", "apology_delivery", reply), reply


def test_what_it_cost_them_does_not_aim_the_apology() -> None:
    told = ["my internet has been down since monday", "I work from home so I lost two days of pay"]
    assert topic_of(told, "en", "billing") is None


# ---- 2. "I don't know" -------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_i_dont_know_is_never_quoted_nor_thanked(language: Language) -> None:
    chat, _ = _to_permission(language, DEVICE[language], **COMPLAINT)
    asked = chat.says(DONT_KNOW[language])  # neither yes nor no: the first question shows
    assert chat.stage == "jtbd", chat.replies()
    assert any(asked.endswith(v) for v in variants(language, "jtbd_goal")), asked
    unsure = chat.says(DONT_KNOW[language])
    assert _said(language, "unsure_ok", unsure), unsure  # not passed over in silence
    reply = chat.says(NO[language], intent="deny")
    assert chat.stage == "handed_off", chat.replies()
    assert DONT_KNOW[language] not in reply, reply
    assert not chat.state.statement or DONT_KNOW[language] not in chat.state.statement


@pytest.mark.parametrize(
    ("language", "answer", "kept"),
    [
        ("en", "I don't know, I just want coffee in the morning", "coffee in the morning"),
        ("fa", "نمیدونم، فقط میخوام درست بشه", "فقط میخوام درست بشه"),
        ("ar", "ما أعرف، بس ابي يشتغل", "بس ابي يشتغل"),
    ],
)
def test_a_leading_i_dont_know_is_dropped_from_the_answer(
    language: Language, answer: str, kept: str
) -> None:
    assert answers.after_dont_know(answer).endswith(kept)
    assert not answers.dont_know(answer)
    chat, _ = _to_permission(language, DEVICE[language], **COMPLAINT)
    chat.says(YES[language], intent="affirm")
    chat.says(answer)
    assert chat.state.jtbd_answers["goal"] == answers.after_dont_know(answer)


@pytest.mark.parametrize("language", LANGUAGES)
def test_i_dont_know_to_a_reflection_is_not_added_to_the_telling(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(DEVICE[language], **COMPLAINT)  # type: ignore[arg-type]
    for _ in range(3):
        if chat.stage == "confirming":
            break
        chat.says(YES[language], intent="affirm")
    heard = list(chat.state.heard)
    chat.says(DONT_KNOW[language])
    assert chat.state.heard == heard
    assert chat.stage == "permission", chat.replies()


@pytest.mark.parametrize("language", LANGUAGES)
def test_i_dont_know_to_a_prompt_is_not_heard(language: Language) -> None:
    chat = Script(language)
    chat.start()
    # A bare topic is prompted; two words that say what went wrong are said back (round 10).
    topic = {"en": "my laptop", "fa": "گوشی‌ام", "ar": "بخصوص جهازي"}[language]
    chat.says(topic, **COMPLAINT)  # type: ignore[arg-type]
    assert chat.stage == "listening", chat.replies()
    chat.says(DONT_KNOW[language])
    assert DONT_KNOW[language] not in chat.state.heard
    assert DONT_KNOW[language] not in chat.replies()[-1]


# ---- 3. sarcasm ------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_sarcasm_is_a_complaint_and_never_thanked(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(SARCASM[language], intent="praise", sentiment="positive", score=0.6)
    assert chat.state.kind == "complaint"
    for _ in range(3):
        if chat.stage == "permission":
            break
        chat.says(YES[language], intent="affirm")
    said = " ".join(chat.replies())
    assert not _said(language, "thanks_praise", said), said


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thanks again, great service as usual"),
        ("en", "another great order, the courier came early"),
        ("fa", "بازم ممنون، سفارش سر وقت رسید"),
        ("ar", "شكرا مرة ثانية، الخدمة ممتازة"),
    ],
)
def test_praise_said_again_is_still_praise(language: Language, text: str) -> None:
    assert not ironic([text], language)


# ---- 4. insults and swearing -------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_insults_are_never_said_back_in_the_statement(language: Language) -> None:
    telling, *words = INSULTS[language]
    state = ConversationState(
        language=language, heard=[telling], jtbd_asked=["goal"], jtbd_answers={"goal": "x y"}
    )
    statement = build_job(state, Voice(state)).statement
    assert all(w not in statement for w in words), statement
    twice = {"en": "charged me twice", "fa": "دوبار", "ar": "مرتين"}[language]
    assert twice in statement, statement


def test_swearing_inside_an_answer_is_not_thanked_back() -> None:
    chat, _ = _to_permission("en", "you charged me twice", **COMPLAINT)
    chat.says("I want my f***ing money back")
    chat.says(NO["en"], intent="deny")
    reply = chat.says("no, that's all", intent="deny")
    assert "f***ing" not in reply and "my money back" in reply, reply


def test_only_insults_leave_nothing() -> None:
    assert civil("idiots!", "en") == ""
    assert civil("my glass arrived damaged", "en") == "my glass arrived damaged"


# ---- 5. a short answer NLU took for "done" ---------------------------------------------
def test_a_two_word_answer_nlu_took_for_done_is_an_answer() -> None:
    chat, _ = _to_permission("ar", LUGGAGE["ar"], **COMPLAINT)
    chat.says(YES["ar"], intent="affirm")
    chat.says("شي البسه", intent="done")
    assert chat.state.jtbd_answers.get("goal") == "شي البسه"
    assert chat.stage != "handed_off", chat.replies()


# ---- 6. a hello back is not asked "first" again -------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_hello_back_is_not_met_with_the_opening_again(language: Language) -> None:
    chat = Script(language)
    first = chat.start()
    hello = {"en": "hi", "fa": "سلام", "ar": "السلام عليكم"}[language]
    reply = chat.says(hello, intent="greet")
    assert _said(language, "opening_again", reply), reply
    assert not _said(language, "opening", reply), (first, reply)


# ---- 7. a question about our data is pointed to the privacy commands ----------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what do you keep about me?"),
        ("en", "please delete my data"),
        ("fa", "اطلاعات من رو پاک کنید"),
        ("ar", "امسحوا بياناتي"),
    ],
)
def test_a_question_about_our_data_is_pointed_to_the_commands(
    language: Language, text: str
) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="suggestion")  # NLU may read an idea into it
    assert "/mydata" in reply and "/forget" in reply, reply
    assert text not in chat.state.heard
    thanks = {"en": "ok thanks", "fa": "باشه مرسی", "ar": "تمام شكراً"}[language]
    chat.says(thanks, intent="praise", sentiment="positive", score=0.5)
    said = " ".join(chat.replies())
    assert not _said(language, "thanks_idea", said), said
    assert chat.stage == "closed", chat.replies()


def test_a_telling_that_names_my_details_is_still_heard() -> None:
    chat = Script("en")
    chat.start()
    reply = chat.says("I entered my details and the payment failed", **COMPLAINT)  # type: ignore[arg-type]
    assert "/mydata" not in reply
    assert chat.state.heard


# ---- 8. how we treated them, and a charge NLU read as "service" -------------------------------
@pytest.mark.parametrize(
    ("language", "text", "heard", "topic"),
    [
        ("ar", "ليش ما تردون؟ صار لي ثلاث أيام أراسلكم", None, "service"),
        ("fa", "جواب نمیدین چرا؟ سه روزه پیام دادم", None, "service"),
        ("en", "nobody answers and my parcel is late", None, "delivery"),
        ("en", "worst service ever, you charged me twice", "service", "billing"),
        ("fa", "بدترین پشتیبانی، دو بار پول کم شد", "service", "billing"),
    ],
)
def test_the_apology_follows_how_we_treated_them_or_the_charge(
    language: Language, text: str, heard: str | None, topic: str
) -> None:
    assert topic_of([text], language, heard) == topic


# ---- 9. the follow-up names the owner as the one who resolved it -------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_follow_up_says_the_owner_closed_it_not_on_our_behalf(language: Language) -> None:
    # «از طرف ما», «من جهتنا لدى …» made the owner someone other than us, and read stiffly.
    for variant in variants(language, "followup_question"):
        said = variant.format(customer="", name="Reza", request="")
        assert "از طرف ما" not in said and "من جهتنا" not in said, said
        assert "مسجّل لدى" not in said, said
        assert "Reza" in said and said.rstrip().endswith(("?", "؟")), said


# ---- 10. "yes, but now …" to the follow-up: glad, then the new problem is heard ---------------
NEW_PROBLEM = {
    "en": "yes, but now the app won't let me log in",
    "fa": "آره ولی حالا برنامه نمیذاره وارد بشم",
    "ar": "ايوه بس الحين التطبيق ما يخليني ادخل",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_problem_after_yes_to_the_follow_up_is_heard_not_rated(language: Language) -> None:
    asked = ConversationState(
        stage="follow_up", language=language, seed=7, owner_name="Reza", heard=["x"]
    )
    turn = Turn((NEW_PROBLEM[language],), language, Understanding(intent="affirm"))
    outcome = respond(asked, turn)
    (reply,) = outcome.replies
    assert reply.text.startswith(variants(language, "followup_new_problem")[0]), reply.text
    assert not _said(language, "followup_thanks", reply.text), reply.text
    assert FollowUpAnswered(True, NEW_PROBLEM[language]) in outcome.effects
    assert outcome.state.stage in ("listening", "confirming")
    assert outcome.state.heard[-1] == NEW_PROBLEM[language]
    assert not reply.buttons  # no 1–5 rating for a request that has a new problem in it


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_plain_yes_to_the_follow_up_still_asks_for_a_rating(language: Language) -> None:
    asked = ConversationState(stage="follow_up", language=language, seed=7, owner_name="Reza")
    outcome = respond(asked, Turn((YES[language],), language, Understanding(intent="affirm")))
    assert outcome.state.stage == "rating"


# ---- 11. a photo with a caption: the caption is heard, the photo acknowledged ---------------
CAPTION = {"en": "the box arrived crushed", "fa": "جعبه له شده رسید", "ar": "الكرتون وصل مكسور"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_photo_with_a_caption_is_acknowledged_and_its_caption_heard(language: Language) -> None:
    chat = Script(language)
    chat.start()
    understood = Understanding(intent="complaint", sentiment="negative", sentiment_score=-0.6)
    turn = Turn((CAPTION[language],), language, understood, attachment_kind="photo")
    outcome = respond(chat.state, turn)
    (reply,) = outcome.replies
    assert _said(language, "attachment_ack", reply.text), reply.text
    assert outcome.state.heard == [CAPTION[language]]
    assert outcome.state.stage in ("listening", "confirming")


# ---- 12. an angry emoji alone is a feeling: asked what happened, in every language ----------
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_angry_emoji_alone_is_asked_what_happened(language: Language) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says("😡😡😡")
    assert any(reply == v for v in variants(language, "listen_event")), reply
    assert chat.state.heard == []


# ---- 13. a voice note alone, nothing told yet: a few words are asked for, once --------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_voice_note_alone_is_asked_for_a_few_words_once(language: Language) -> None:
    chat = Script(language)
    chat.start()
    voice = Turn((), language, kind="attachment", attachment_kind="voice")
    first = respond(chat.state, voice)
    (reply,) = first.replies
    assert _said(language, "attachment_ack", reply.text), reply.text
    assert reply.text.endswith(variants(language, "attachment_in_words")[0]), reply.text
    (again,) = respond(first.state, voice).replies
    assert not again.text.endswith(variants(language, "attachment_in_words")[0]), again.text


# ---- 14. "bye" or thanks after we closed is no return ---------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_bye_after_we_closed_is_not_welcomed_back(language: Language) -> None:
    closed = ConversationState(stage="closed", language=language, seed=7, heard=["x"])
    bye = {"en": "bye", "fa": "خداحافظ", "ar": "مع السلامة"}[language]
    outcome = respond(closed, Turn((bye,), language, Understanding(intent="done")))
    (reply,) = outcome.replies
    assert reply.text in variants(language, "goodbye_nothing"), reply.text
    assert outcome.state.stage == "closed"
    thanks = {"en": "thanks", "fa": "مرسی", "ar": "شكراً"}[language]
    (again,) = respond(closed, Turn((thanks,), language, Understanding(intent="praise"))).replies
    assert not _said(language, "welcome_back", again.text), again.text
    # Storage opens a new conversation after a closed one: the same goodbye, no welcome.
    returning = new_state(language, 7, closed)
    (fresh,) = respond(returning, Turn((bye,), language, Understanding(intent="done"))).replies
    assert fresh.text in variants(language, "goodbye_nothing"), fresh.text


# ---- 15. a hello that also tells what happened is a telling --------------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "سلام، سفارشم نرسید"),
        ("ar", "السلام عليكم، طلبي ما وصل"),
        ("en", "hi, my order never came"),
    ],
)
def test_a_hello_that_tells_what_happened_is_heard(language: Language, text: str) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="greet")  # NLU hears the hello first
    assert not _said(language, "opening_again", reply), reply
    assert not _said(language, "opening", reply), reply
    assert chat.state.heard == [text]


# ---- 16. a friendly emoji alone to the opening: we are listening, no "say it another way" ---
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_thumbs_up_to_the_opening_is_met_with_we_are_listening(language: Language) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says("👍", intent="affirm")
    assert _said(language, "listen_ready", reply), reply
    assert not _said(language, "unclear", reply), reply


# ---- 17. "I just want …" is said by the want frame ---------------------------------------
@pytest.mark.parametrize(
    ("language", "answer", "said"),
    [
        ("en", "I just want coffee in the morning", "I want coffee in the morning"),
        ("fa", "فقط میخوام درست بشه", "می‌خواهم درست بشه"),
        ("ar", "بس ابي يشتغل", "أريد أن يشتغل"),
    ],
)
def test_just_want_is_said_by_the_frame(language: Language, answer: str, said: str) -> None:
    state = ConversationState(
        language=language,
        heard=[DEVICE[language]],
        jtbd_asked=["goal"],
        jtbd_answers={"goal": answer},
    )
    statement = build_job(state, Voice(state)).statement
    assert said in statement and answer not in statement, statement  # not quoted whole
