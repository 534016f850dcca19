"""Round 13 (convo31): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.reflecting import first_reply
from dialogues.amend import negated_swap
from dialogues.amend_part import part_put_right
from dialogues.catalog import variants
from dialogues.outcome import LogJob
from dialogues.turn import Language
from nlu.embedded import EmbeddedParser
from tests.dialogues.script import Script


def _said(language: str, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key) if v.split("{")[0])


# ---- 1. "Y, not X" puts one detail right, like "not X, Y" ---------------------------------
def test_y_not_x_keeps_the_rest_of_the_telling() -> None:
    # "no, it was delayed 6 hours, not cancelled" was said back alone: the desk was lost.
    chat = Script("en")
    chat.start()
    told = "my flight was cancelled and nobody at the desk would help"
    chat.says(told, intent="complaint", sentiment="negative", score=-0.7)
    reply = chat.says("no, it was delayed 6 hours, not cancelled", intent="deny")
    assert chat.stage == "confirming", reply
    assert "delayed 6 hours" in reply and "nobody at the desk" in reply, reply
    assert "cancelled" not in reply, reply


# ---- 2. a correction of one part keeps the parts it does not name --------------------------
TWO_PARTS = {
    "fa": (
        "پیتزا کاملا سرد رسید و نوشابه و سیب زمینی هم نفرستادن",
        "نه، نوشابه رو فرستادن، سیب‌زمینی رو نفرستادن",
        "پیتزا کاملا سرد رسید",
    ),
    "ar": (
        "الشاشة فيها خدش والشاحن ما يشحن الجوال",
        "لا، الشاحن يشحن بس ببطء شديد",
        "الشاشة فيها خدش",
    ),
    "en": (
        "my flight was cancelled and nobody at the desk would help",
        "no, it was delayed 6 hours, not cancelled",
        "nobody at the desk",
    ),
}


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_a_correction_of_one_part_keeps_the_rest(language: Language) -> None:
    # «نه، نوشابه رو فرستادن، …» re-says the drink and the fries, never the cold pizza:
    # said back alone it lost the pizza (and the meal's apology with it).
    told, correction, kept = TWO_PARTS[language]
    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", topic="delivery", sentiment="negative", score=-0.7)
    reply = chat.says(correction, intent="deny", sentiment="negative", score=-0.3)
    assert chat.stage == "confirming", reply
    assert kept in reply, reply


def test_the_part_put_right_is_the_one_the_correction_names() -> None:
    told = ["پیتزا کاملا سرد رسید و نوشابه و سیب زمینی هم نفرستادن"]
    amended = part_put_right(told, "نه، نوشابه رو فرستادن، سیب‌زمینی رو نفرستادن", "fa")
    assert amended == ["پیتزا کاملا سرد رسید و نوشابه رو فرستادن، سیب‌زمینی رو نفرستادن"]


@pytest.mark.parametrize(
    ("told", "correction", "language"),
    [
        # every part named again: the correction is the telling now
        ("السماعة وصلت بدون الكابل والصوت ضعيف", "لا، الكابل موجود بس الصوت ضعيف", "ar"),
        # one word in common may be chance
        ("my order came late and the food was cold", "no, the driver was rude", "en"),
        # no "no": more detail, heard as before
        ("پیتزا سرد رسید و نوشابه رو نفرستادن", "نوشابه رو فرستادن ولی دیر", "fa"),
    ],
)
def test_no_part_is_put_right_without_a_no_that_names_some_parts(
    told: str, correction: str, language: str
) -> None:
    assert part_put_right([told], correction, language) is None


def test_y_not_x_swaps_like_not_x_y() -> None:
    assert negated_swap("no, it was delayed 6 hours, not cancelled", "en") == (
        "cancelled",
        "delayed 6 hours",
    )
    assert negated_swap("سه بار، نه دوبار", "fa") == ("دوبار", "سه بار")
    # a want or a clause before "not" is no detail in place of a detail
    assert negated_swap("no, I wanted a refund, not a voucher", "en") is None
    assert negated_swap("لا، وصل الطلب مو كامل", "ar") is None


# ---- 3. a yes or a no to our opening question ----------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [("en", "ok", "nlu_fallback"), ("en", "@united yes I do.", "affirm"), ("ar", "طيب", "affirm")],
)
def test_a_bare_yes_first_is_met_with_listening(language: Language, text: str, intent: str) -> None:
    # "ok" as the first message was "I didn't quite catch that": nothing was unclear.
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent=intent)
    assert _said(language, "listen_ready", reply) or _said(language, "opening_again", reply)
    assert not _said(language, "unclear", reply), reply
    assert chat.stage == "listening" and not chat.state.heard, reply


@pytest.mark.parametrize(
    ("language", "text"),
    [("ar", "لا تصلح"), ("ar", "مش بطالة"), ("ar", "لا أنصح به"), ("en", "not bad")],
)
def test_a_verdict_read_as_a_no_first_is_heard(language: Language, text: str) -> None:
    # «لا تصلح» ("it's no good"), NLU: deny, was asked "could you say it another way?"
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="deny", sentiment="negative", score=-0.3)
    assert _said(language, "listen_more", reply), reply
    assert chat.state.heard == [text], reply


def test_a_bare_no_first_still_closes_kindly() -> None:
    chat = Script("ar")
    chat.start()
    chat.says("لا", intent="deny", sentiment="negative", score=-0.2)
    assert chat.stage == "closed"


def test_a_quote_leaves_the_marks_around_it() -> None:
    # «جيدة وانصح بها .» was thanked as «جيدة وانصح بها »: a space left before the quote's end.
    from dialogues.quotes import short_quote

    assert short_quote("جيدة وانصح بها .") == "جيدة وانصح بها"
    assert short_quote("جيد ..........") == "جيد"
    assert short_quote(".جيده") == "جيده"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "شكرا جزيلا على المنتج الجميل ده"),
        ("en", "@AmericanAir Thank you for the response. Much appreciated!"),
    ],
)
def test_thanks_for_something_praised_is_taken_as_thanks(language: str, text: str) -> None:
    # «شكرا جزيلا على المنتج الجميل ده» was quoted whole back to them, thanks and all.
    from dialogues.thanking import only_thanks

    assert only_thanks(text, language)


def test_persian_thanks_for_something_keeps_its_reflection() -> None:
    from dialogues.thanking import only_thanks

    assert not only_thanks("ممنون از تحویل به موقع غذا", "fa")


# ---- 4. the praise of the reviews our list lacked --------------------------------------------
@pytest.mark.parametrize("text", ["جيد", "قوي و متين", "يعمل جيدا", "ابداع", "سلعه جيده"])
def test_arabic_praise_words_are_thanked(text: str) -> None:
    # «جيد» was asked «من أين بدأت القصة؟», «ابداع» «ماذا حدث؟»; later «لا شكرا» even got
    # an apology, the telling taken for a complaint.
    chat = Script("ar")
    chat.start()
    reply = chat.says(text, intent="nlu_fallback", sentiment="positive", score=0.3)
    assert _said("ar", "thanks_praise", reply), reply
    assert chat.state.kind == "praise"


def test_a_thanks_for_the_good_product_stays_a_thanks() -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says("شكرا علي المنتج جيد", intent="praise", sentiment="positive", score=0.9)
    assert _said("ar", "thanks_first", reply), reply


# ---- 5. the Arabic job statement's wanted noun ----------------------------------------------
@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("أريد تعويض", "تعويضاً"),
        ("تعويض عن التأخير", "تعويضاً عن التأخير"),
        ("أريد تعويض مناسب", "تعويض مناسب"),  # an adjective after it: left as they wrote it
        ("أريد استرجاع المبلغ", "استرجاع المبلغ"),
        ("ابي فلوسي", "فلوسي"),
    ],
)
def test_a_bare_noun_wanted_takes_its_accusative(answer: str, said: str) -> None:
    # «أريد تعويض» in the job statement: «أريد» takes «تعويضاً».
    from dialogues.statements import motivation

    assert motivation(answer, "ar").text == said


# ---- 6. "my data" is a privacy question only with a privacy action ---------------------------
@pytest.mark.parametrize(
    ("language", "text", "asks"),
    [
        ("en", "I'm shutting my data off for the flight, can you text me the gate change?", False),
        ("en", "my data ran out so I couldn't check in", False),
        ("en", "delete my data", True),
        ("en", "can I see my data", True),
        ("en", "what do you keep about me?", True),
        ("fa", "اطلاعاتم رو پاک کنید", True),
        ("fa", "چه اطلاعاتی از من دارید", True),
        ("ar", "امسحوا بياناتي", True),
        ("ar", "بياناتي خلصت وما قدرت اتابع الطلب", False),
    ],
)
def test_my_data_asks_about_privacy_only_with_a_privacy_action(
    language: str, text: str, asks: bool
) -> None:
    # "I'm shutting my data off for the flight" was answered with /mydata and /forget.
    from dialogues.asides import privacy_ask

    assert privacy_ask(text, language) is asks


def test_mobile_data_in_a_telling_is_heard_not_pointed_to_the_privacy_commands() -> None:
    chat = Script("en")
    chat.start()
    text = "I'm shutting my data off for the flight, can you text me the gate change?"
    reply = chat.says(text, intent="complaint", sentiment="negative", score=-0.5)
    assert "/mydata" not in reply and chat.stage != "anything_else", reply


# ---- 7. no second goodbye right after the first ----------------------------------------------
@pytest.mark.parametrize(
    ("language", "praise", "more", "no"),
    [
        ("fa", "عالی بود", "پیک هم خیلی مودب بود", "نه ممنون"),
        ("ar", "جيد", "والتوصيل كان سريع", "لا شكرا"),
        ("en", "amazing!!!", "the crew were so kind to my kid", "no thanks"),
    ],
)
def test_no_thanks_after_our_goodbye_gets_a_receipt_not_a_second_goodbye(
    language: Language, praise: str, more: str, no: str
) -> None:
    # Praise thanked, more praise noted and closed («… همین‌جا هستم»), then «نه ممنون» got
    # «باشد. هر وقت خواستید حرف بزنیم، همین‌جا هستم.»: two goodbyes in a row.
    chat = Script(language)
    chat.start()
    chat.says(praise, intent="praise", sentiment="positive", score=0.8)
    chat.says(more, intent="praise", sentiment="positive", score=0.7)
    assert chat.stage == "closed"
    chat.says(no, intent="deny")
    last = chat.outcomes[-1]
    assert [r.kind for r in last.replies] == ["receipt"], last.replies
    assert chat.stage == "closed"


# ---- 8. an insult NLU read as praise is never thanked ----------------------------------------
async def test_an_insult_read_as_praise_is_not_thanked(nlu_model_dir: Path) -> None:
    # "… Ur a f*** boy" (NLU: praise, warm) → "Thank you for taking the time to say …": the
    # insult left nothing to say back, and the empty reflection went on to praise's thanks.
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    reply = await first_reply(parser, "@USAirways really nigga.. Ur a fuck boy", "en")
    assert not _said("en", "thanks_praise", reply), reply
    assert _said("en", "listen_event", reply), reply
    # said back as before when something is left once the insult is out
    told = "@AmericanAir Deplaned for the 3rd fucking time. Fuck you AA."
    assert "Deplaned" in await first_reply(parser, told, "en")


def test_praise_with_a_swear_word_in_it_is_still_praise() -> None:
    chat = Script("en")
    chat.start()
    chat.says("the food was fucking amazing", intent="praise", sentiment="positive", score=0.7)
    assert chat.state.kind == "praise"


# ---- 9. the job statement never quotes a tweet's "@airline" -----------------------------------
def test_the_job_statements_situation_leaves_the_handle_out() -> None:
    # «Faced with “@united my bag is lost AGAIN”, what I want is …»: the handle kept the
    # situation from reading as a sentence, so it was quoted.
    from dialogues.statements import situation

    said = situation("@united my bag is lost again", "en")
    assert said.text == "my bag is lost again" and not said.quoted
    assert situation(".@JetBlue @united my flight was cancelled", "en").text.startswith("my flight")


def test_a_job_statement_after_a_tweet_reads_when() -> None:
    chat = Script("en")
    chat.start()
    told = "@united my bag is lost again. I need it for a job interview tomorrow morning"
    chat.says(told, intent="complaint", topic="delivery", sentiment="negative", score=-0.7)
    chat.says("yes", intent="affirm")
    chat.says("sure", intent="affirm")
    chat.says("I need the bag delivered to my hotel tonight", intent="request")
    chat.says("so I can go to the interview", intent="inform")
    chat.says("no that's it", intent="done")
    jobs = [e for e in chat.effects() if isinstance(e, LogJob)]
    assert jobs and "@united" not in jobs[-1].job.statement, jobs


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "@united Thank you! Have a nice evening."), ("en", "thanks, have a great day")],
)
def test_thanks_with_a_wish_is_only_thanks(language: str, text: str) -> None:
    # "Thank you! Have a nice evening." was asked "What did you like most about it?": the
    # "nice" of the wish was read as praise.
    from dialogues.thanking import only_thanks

    assert only_thanks(text, language)
    assert not only_thanks("thank you, great crew", "en")


def test_more_praise_nlu_is_sure_is_a_complaint_is_still_praise() -> None:
    # «جيد» thanked, then «قوي و متين و يعمل جيدا» (NLU: complaint 0.54, warm) was said back
    # as a new telling, and «لا شكرا» then got an apology: praise taken for a complaint.
    chat = Script("ar")
    chat.start()
    chat.says("جيد", intent="nlu_fallback", sentiment="positive", score=0.3)
    reply = chat.says(
        "قوي و متين و يعمل جيدا",
        intent="complaint",
        confidence=0.54,
        sentiment="positive",
        score=0.67,
    )
    assert _said("ar", "more_noted", reply) and chat.stage == "closed", reply
    # something that went wrong after praise is still heard as a telling
    chat = Script("ar")
    chat.start()
    chat.says("جيد", intent="nlu_fallback", sentiment="positive", score=0.3)
    reply = chat.says("بس وصل متأخر جيد", intent="complaint", confidence=0.6, sentiment="positive")
    assert not _said("ar", "more_noted", reply), reply
