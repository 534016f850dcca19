"""Whole conversations, round 8: round 7's leftovers and the middle of a conversation.

Each test is one rule from docs/conversation-review.md ("Round 8"), with constructed lines,
run in fa, ar and en through the pure policy (the understanding NLU would give is stated).
"""

from __future__ import annotations

import pytest

from dialogues.adding import adds_to_telling
from dialogues.asking_back import asks_why_we_ask
from dialogues.catalog import variants
from dialogues.followup import ask_follow_up, partly
from dialogues.handoff import OwnerView, announce
from dialogues.jtbd import build_job
from dialogues.outcome import FollowUpAnswered, LogJob, OpenHandoff, Rated, Reopened
from dialogues.policy import respond
from dialogues.replies import only_a_reply
from dialogues.state import ConversationState
from dialogues.turn import Language, Turn, Understanding
from dialogues.voice import Voice
from tests.dialogues.script import Script

LANGUAGES: list[Language] = ["fa", "ar", "en"]
OWNER_NAMES = {"en": "Reza Karimi", "fa": "رضا کریمی", "ar": "رضا كريمي"}


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key))


def _asking(language: Language) -> ConversationState:
    state = ConversationState(language=language, seed=3, heard=["x"], topic="delivery")
    view = OwnerView(OWNER_NAMES[language], "Customer care", tuple(OWNER_NAMES.items()))
    _, state = announce(state, view, 120)
    state.stage, state.handed_at = "handed_off", 1000.0
    _, asking = ask_follow_up(state, OWNER_NAMES[language], None)
    return asking


# ---- 1. a rating typed at "did it meet your need?" ------------------------------------------
@pytest.mark.parametrize(("language", "typed"), [("en", "4"), ("fa", "۴"), ("ar", "٤")])
def test_a_rating_typed_at_the_follow_up_is_read_as_the_rating(
    language: Language, typed: str
) -> None:
    outcome = respond(_asking(language), Turn((typed,), language))
    (reply,) = outcome.replies
    assert Rated(4) in outcome.effects
    assert FollowUpAnswered(True, typed) in outcome.effects
    assert _said(language, "rating_thanks", reply.text), reply
    assert outcome.state.stage == "closed"  # never reopened, never asked to rate again


@pytest.mark.parametrize(("language", "typed"), [("en", "1"), ("fa", "۲"), ("ar", "١")])
def test_a_low_rating_typed_at_the_follow_up_reopens(language: Language, typed: str) -> None:
    outcome = respond(_asking(language), Turn((typed,), language))
    (reply,) = outcome.replies
    assert any(isinstance(e, Rated) for e in outcome.effects)
    assert Reopened("") in outcome.effects
    assert _said(language, "followup_reopened", reply.text), reply


# ---- 2. a new problem after a contrast, without "yes" ---------------------------------------
NEW_AFTER_CONTRAST = {
    "fa": "رسید ولی حالا فاکتورم اشتباه اومده",
    "ar": "وصل بس الحين الفاتورة غلط",
    "en": "it came, but now the invoice is wrong",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_problem_after_a_contrast_without_yes_is_heard(language: Language) -> None:
    text = NEW_AFTER_CONTRAST[language]
    heard = Understanding(intent="nlu_fallback", sentiment="neutral")
    outcome = respond(_asking(language), Turn((text,), language, understanding=heard))
    said = " ".join(r.text for r in outcome.replies)
    assert _said(language, "followup_new_problem", said), said
    assert FollowUpAnswered(True, text) in outcome.effects
    assert not any(isinstance(e, Reopened) for e in outcome.effects)
    # The new problem told in a few words is said back at once (first30).
    assert outcome.state.stage == "confirming", said


NOT_MET = {
    "fa": "نه، رسید ولی حالا جعبه‌اش له شده بود",
    "ar": "لا، وصل بس الكرتون مضروب",
    "en": "it came but the box was crushed",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_contrast_without_now_or_after_a_no_still_reopens(language: Language) -> None:
    heard = Understanding(intent="nlu_fallback", sentiment="negative")
    outcome = respond(_asking(language), Turn((NOT_MET[language],), language, understanding=heard))
    assert any(isinstance(e, Reopened) for e in outcome.effects)


# ---- 3. «نه کاملاً», «مش بالكامل», "not fully" are "partly" -----------------------------------
NOT_FULLY = {
    "fa": ["نه کاملاً، هنوز یکی از کالاها نیومده", "نه کاملا"],
    "ar": ["مش بالكامل، لسه ناقص قطعة", "مو كامل", "ليس تماماً"],
    "en": ["not fully, one item is still missing", "not entirely", "not quite"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_fully_is_partly(language: Language) -> None:
    for text in NOT_FULLY[language]:
        assert partly(text), text
        outcome = respond(_asking(language), Turn((text,), language))
        (reply,) = outcome.replies
        assert _said(language, "followup_partly", reply.text), (text, reply)
        assert outcome.state.stage == "handed_off"


@pytest.mark.parametrize("text", ["no", "نه", "لا", "fully sorted, thanks", "كامل، مشكور"])
def test_a_plain_no_or_a_full_yes_is_not_partly(text: str) -> None:
    assert not partly(text)


# ---- the middle of a conversation -----------------------------------------------------------
COMPLAINT = {
    "fa": "سه روزه سفارشم نرسیده و پشتیبانی هم جواب نمیده",
    "ar": "الطلب ما وصل من ثلاث أيام والدعم ما يرد",
    "en": "my order hasn't arrived in three days and support doesn't answer",
}
YES = {"fa": "آره", "ar": "نعم", "en": "yes"}


def _at_the_first_job_question(language: Language) -> Script:
    chat = Script(language)
    chat.start()
    chat.says(COMPLAINT[language], intent="complaint", topic="delivery", sentiment="negative")
    if chat.state.stage == "listening":
        chat.says(YES[language], intent="affirm")
    chat.says(YES[language], intent="affirm")  # did I get it? yes
    chat.says(YES[language], intent="affirm")  # may I ask? yes
    assert chat.state.stage == "jtbd", chat.replies()
    return chat


WHY = {"fa": "چرا می‌پرسید؟", "ar": "ليش تسأل؟", "en": "why do you need to know that?"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_why_do_you_ask_is_answered_and_never_taken_for_the_job(language: Language) -> None:
    chat = _at_the_first_job_question(language)
    reply = chat.says(WHY[language], intent="question")
    assert _said(language, "jtbd_why_we_ask", reply), reply
    assert chat.state.stage == "jtbd" and not any(chat.state.jtbd_answers.values())
    assert WHY[language] not in chat.state.jtbd_answers.values()


@pytest.mark.parametrize(
    "text", ["why?", "what's that for?", "چرا؟", "برای چی می‌خواید بدونید؟", "لماذا تسأل؟"]
)
def test_what_asks_why_we_ask(text: str) -> None:
    assert asks_why_we_ask(text)


@pytest.mark.parametrize(
    "text", ["why is my card charged twice?", "چرا پولم برنگشته", "ليش ما وصل الطلب"]
)
def test_a_why_about_their_problem_is_no_question_about_ours(text: str) -> None:
    assert not asks_why_we_ask(text)


MORE = {
    "fa": ("یه چیز دیگه هم هست، برنجش هم سرد بود", "برنجش هم سرد بود"),
    "ar": ("وكمان الفاتورة طلعت غلط", "الفاتورة طلعت غلط"),
    "en": ("oh and also the invoice was wrong", "the invoice was wrong"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_more_problem_to_a_job_question_is_heard_and_the_question_kept(
    language: Language,
) -> None:
    chat = _at_the_first_job_question(language)
    asked = chat.replies()[-1]
    said, added = MORE[language]
    reply = chat.says(said, intent="complaint")
    assert _said(language, "added_to_telling", reply), reply
    assert added in chat.state.heard
    assert not any(chat.state.jtbd_answers.values())  # never the job, never thanked as it
    assert chat.state.stage == "jtbd" and reply.split(". ", 1)[-1] not in asked


ONLY_TELLS = {
    "fa": "هنوز هیچکس جواب نداده",
    "ar": "الحين صار لي ساعة أنتظر الرد",
    "en": "nobody even called me back",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_answer_that_only_tells_what_went_wrong_is_more_of_the_telling(
    language: Language,
) -> None:
    chat = _at_the_first_job_question(language)
    reply = chat.says(ONLY_TELLS[language], intent="complaint")
    assert _said(language, "added_to_telling", reply), reply
    assert ONLY_TELLS[language] in chat.state.heard
    assert not any(chat.state.jtbd_answers.values())


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "that it arrives before friday"),
        ("en", "get my money back"),
        ("fa", "اینکه هدیه قبل از جمعه برسه"),
        ("ar", "أن ترجع الفاتورة صحيحة"),
        ("ar", "ابي ارجع المنتج وآخذ فلوسي"),
        ("en", "I wanted dinner ready before my guests arrived"),
        ("fa", "می‌خواستم شام را قبل از رسیدن مهمان‌ها آماده داشته باشم"),
        ("ar", "كنت أبغى العشاء يوصل قبل ما يجون الضيوف"),
    ],
)
def test_a_wish_is_an_answer_not_more_telling(language: Language, text: str) -> None:
    assert not adds_to_telling(text, language)


PURPOSE = {
    "fa": "می‌خوام پولمو پس بدید تا بتونم یه کیک دیگه بخرم",
    "ar": "ابي ارجع المنتج عشان اشتري غيره",
    "en": "submit my expenses before friday so I get reimbursed this month",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_solved_means_already_told_is_not_asked(language: Language) -> None:
    chat = _at_the_first_job_question(language)
    reply = chat.says(PURPOSE[language], intent="nlu_fallback")
    assert chat.state.stage == "anything_else", reply
    assert "solved" not in chat.state.jtbd_asked
    assert any(isinstance(e, LogJob) for e in chat.effects())


@pytest.mark.parametrize("language", LANGUAGES)
def test_yes_then_no_to_anything_else_still_hands_off(language: Language) -> None:
    chat = _at_the_first_job_question(language)
    chat.says({"fa": "پولم", "ar": "فلوسي", "en": "my money back"}[language])
    chat.says({"fa": "نه", "ar": "لا", "en": "no"}[language], intent="deny")
    assert chat.state.stage == "anything_else", chat.replies()
    reply = chat.says(YES[language], intent="affirm")
    assert _said(language, "what_else", reply), reply
    chat.says({"fa": "نه", "ar": "لا", "en": "no"}[language], intent="deny")
    assert chat.state.stage == "handed_off", chat.replies()
    assert any(isinstance(e, OpenHandoff) for e in chat.effects())


# ---- the job statement as the owner reads it -------------------------------------------------
def _statement(language: Language, **answers: str) -> str:
    state = ConversationState(
        language=language, seed=3, heard=[COMPLAINT[language]], jtbd_answers=answers
    )
    return build_job(state, Voice(state)).statement


def test_a_deadline_then_a_comma_keeps_why_in_their_words() -> None:
    said = _statement(
        "en", goal="get my money back", solved="before the end of the month, rent is due"
    )
    assert "before the end of the month, because, as I put it, “rent is due”" in said, said
    assert "solved when" not in said


@pytest.mark.parametrize(
    ("language", "by", "why", "expected"),
    [
        (
            "fa",
            "تا جمعه",
            "چون هدیه‌ی تولد خواهرمه",
            "می‌خواهم این مشکل تا جمعه حل شود، چون هدیه‌ی تولد خواهرمه.",
        ),
        (
            "en",
            "by friday",
            "because it's my sister's birthday",
            "I need this sorted out by friday, because it's my sister's birthday.",
        ),
    ],
)
def test_a_deadline_and_a_reason_are_never_the_want(
    language: Language, by: str, why: str, expected: str
) -> None:
    said = _statement(language, goal=by, solved=why)
    assert said.endswith(expected), said


def test_i_wanted_to_reads_i_want_to() -> None:
    said = _statement("en", goal="I wanted to have the right cake on the table for the party")
    assert "I want to have the right cake" in said and "“" not in said, said


def test_a_hedge_before_the_want_goes_when_the_want_then_fits() -> None:
    said = _statement("fa", goal="راستش فقط می‌خوام یکی پولمو برگردونه")
    assert "راستش" not in said and "«" not in said, said
    kept = _statement("ar", goal="والله تعبت من الانتظار وما أحد يرد")
    assert "«والله تعبت من الانتظار وما أحد يرد»" in kept, kept  # quoted: every word kept


def test_what_they_ask_of_us_reads_you_to() -> None:
    said = _statement("en", goal="replace the books")
    assert "I want you to replace the books" in said, said
    assert "I want a refund" in _statement("en", goal="refund")  # a noun alone stays a noun


def test_a_past_clause_is_why_never_so_that() -> None:
    said = _statement("en", goal="replace the books", solved="they were for my daughter's school")
    assert "so that they were" not in said, said
    assert "“they were for my daughter's school”" in said, said


@pytest.mark.parametrize("language", LANGUAGES)
def test_yes_and_one_more_problem_is_heard_without_the_yes(language: Language) -> None:
    chat = _at_the_first_job_question(language)
    said, added = MORE[language]
    chat.says(f"{YES[language]}، {said}" if language != "en" else f"yes, {said}")
    assert added in chat.state.heard, chat.state.heard


# ---- two languages, a day alone, more praise --------------------------------------------------
@pytest.mark.parametrize(
    ("language", "other"),
    [("fa", "the money back please"), ("ar", "refund please"), ("en", "پولمو پس بدید")],
)
def test_a_few_words_in_another_language_mid_way_do_not_switch_the_reply(
    language: Language, other: str
) -> None:
    chat = _at_the_first_job_question(language)
    other_language: Language = "fa" if language == "en" else "en"
    outcome = respond(chat.state, Turn((other,), other_language))
    assert outcome.state.language == language
    assert all(r.text in " ".join(variants(language, "jtbd_solved")) for r in outcome.replies), (
        outcome
    )


def test_a_longer_message_in_another_language_switches() -> None:
    chat = _at_the_first_job_question("fa")
    told = "honestly I just want the money back before the end of the week please"
    assert respond(chat.state, Turn((told,), "en")).state.language == "en"


@pytest.mark.parametrize(
    ("language", "day", "expected"),
    [
        ("fa", "پنجشنبه", "تا پنجشنبه"),
        ("en", "thursday", "by thursday"),
        ("ar", "الخميس", "بحلول الخميس"),
    ],
)
def test_a_day_alone_is_a_deadline_never_what_solved_is(
    language: Language, day: str, expected: str
) -> None:
    said = _statement(
        language, goal={"fa": "پولم", "ar": "فلوسي", "en": "my money back"}[language], solved=day
    )
    assert expected in said, said
    assert f"«{day}»" not in said and f"“{day}”" not in said


PRAISE = {
    "fa": ("کیک هویجی که دیروز گرفتم خیلی تازه و خوشمزه بود", "آره کلاً نونوایی‌تون عالیه"),
    "ar": ("الكيك اللي أخذته أمس كان طازج ولذيذ", "ايوه المخبز كله ممتاز"),
    "en": (
        "the carrot cake I got yesterday was so fresh and tasty",
        "yes, your whole bakery is great",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_more_praise_after_praise_is_thanked_not_confirmed_again(language: Language) -> None:
    chat = Script(language)
    chat.start()
    first, more = PRAISE[language]
    chat.says(first, intent="praise", sentiment="positive")
    if chat.state.stage == "confirming":
        chat.says(YES[language], intent="affirm")
    assert chat.state.stage == "anything_else", chat.replies()
    reply = chat.says(more, intent="praise", sentiment="positive")
    assert chat.state.stage == "closed", reply
    assert chat.state.heard[-1] != first and not chat.state.heard[-1].startswith(more[:3])


@pytest.mark.parametrize("text", ["چرا می‌پرسید؟", "ليش تسأل؟", "why do you need to know that?"])
def test_why_we_ask_is_left_off_the_owners_card(text: str) -> None:
    assert only_a_reply(text)
    assert not only_a_reply("why is my card charged twice?")
