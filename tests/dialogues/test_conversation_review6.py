"""Whole conversations, round 6: "no, not X, Y", "ok" to "anything else?", additions, empathy.

Each test is one rule from docs/conversation-review.md ("Round 6"), with constructed lines,
run in fa, ar and en through the pure policy (the understanding NLU would give is stated).
"""

from __future__ import annotations

import pytest

from dialogues import told_topic
from dialogues.amend import amend, negated_swap
from dialogues.asides import about_our_keeping, sorry_for_tone
from dialogues.catalog import variants
from dialogues.contact import only_contact, without_contact
from dialogues.events import StaffTurn
from dialogues.handoff import OwnerView, announce
from dialogues.policy import respond
from dialogues.state import ConversationState
from dialogues.statements import situation
from dialogues.turn import Language, Turn
from nlu.language import detect_language
from nlu.latin import in_script
from tests.dialogues.script import Script

LANGUAGES: list[Language] = ["fa", "ar", "en"]


def _said(language: Language, key: str, reply: str) -> bool:
    return any(v.split("{")[0] in reply for v in variants(language, key))


# ---- 1. "no, not X, Y" replaces what it negates ---------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "swap"),
    [
        ("en", "no, not logged out, it freezes", ("logged out", "it freezes")),
        ("en", "it's not twice, it's three times", ("twice", "three times")),
        ("fa", "نه، دوبار نه، سه بار", ("دوبار", "سه بار")),
        ("fa", "نه، نه دوبار، سه بار", ("دوبار", "سه بار")),
        ("ar", "لا مو بكثير، بس الضعف", ("بكثير", "الضعف")),
        ("ar", "لا، مش الأحد، السبت", ("الأحد", "السبت")),
        ("en", "no, that's not it", None),
        ("en", "not sure", None),
        ("fa", "نه همین", None),
        ("ar", "لا، هذا كل شيء", None),
    ],
)
def test_what_a_not_x_but_y_says(
    language: Language, text: str, swap: tuple[str, str] | None
) -> None:
    assert negated_swap(text, language) == swap


@pytest.mark.parametrize(
    ("language", "telling", "text", "now"),
    [
        (
            "en",
            "the app logs me out every time I switch to the camera",
            "no, not logged out, it freezes",
            "the app freezes every time I switch to the camera",
        ),
        ("fa", "دوبار از کارتم پول کم شد", "نه، دوبار نه، سه بار", "سه بار از کارتم پول کم شد"),
        (
            "ar",
            "الفاتورة طالعة أكثر من المعتاد بكثير",
            "لا مو بكثير، بس الضعف",
            "الفاتورة طالعة أكثر من المعتاد بالضعف",
        ),
        (
            "ar",
            "الفاتورة طالعة أكثر من المعتاد بالضعف",
            "لا، مو الضعف، زيادة مية ريال",
            "الفاتورة طالعة أكثر من المعتاد بزيادة مية ريال",
        ),
        ("en", "my parcel came late", "no, not the laptop, the charger", None),  # X not told
    ],
)
def test_the_telling_is_amended_where_it_says_x(
    language: Language, telling: str, text: str, now: str | None
) -> None:
    assert amend([telling], text, language) == (None if now is None else [now])


# Two content words. Told as a complaint they are said back at once (round 10); told as a
# plain statement (no complaint read) they are still met with a prompt.
TOLD = {
    "en": ("the app logs me out", "no, not logged out, it freezes"),
    "fa": ("دوبار کسر شد", "نه، دوبار نه، سه بار"),
    "ar": ("زادت بكثير", "لا مو بكثير، بس الضعف"),
}
NEGATED = {"en": "logs you out", "fa": "دوبار", "ar": "بكثير"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_x_but_y_to_a_prompt_replaces_what_it_negates(language: Language) -> None:
    chat = Script(language)
    chat.start()
    first, correction = TOLD[language]
    chat.says(first)
    assert chat.state.stage == "listening"  # a prompt was asked
    reply = chat.says(correction, intent="deny")
    assert chat.state.stage == "confirming", reply
    assert NEGATED[language] not in reply, reply  # what they negated is not said back
    assert correction not in reply
    assert first in chat.state.heard  # the first telling stays in the record
    assert chat.state.corrected_reflection == first  # and on the owner's card


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_x_but_y_to_the_reflection_replaces_it_too(language: Language) -> None:
    chat = Script(language)
    chat.start()
    first, correction = TOLD[language]
    chat.says(first, intent="complaint", sentiment="negative")
    chat.says({"en": "I'm so tired of it", "fa": "خیلی خسته شدم", "ar": "تعبت منها"}[language])
    while chat.state.stage == "listening":
        chat.says({"en": "I need it fixed", "fa": "درستش کنید", "ar": "ابيها تنصلح"}[language])
    assert chat.state.stage == "confirming"
    reflection = chat.state.reflection
    reply = chat.says(correction, intent="deny")
    assert _said(language, "reflect_again", reply), reply
    assert NEGATED[language] not in reply, reply
    assert chat.state.corrected_reflection == reflection


# ---- 2. "ok" to "anything else?" means "no, that's fine", in every language -------------------
OKS = {
    "en": ("ok", "okay", "alright", "ok then"),
    "fa": ("باشه", "اوکی", "خب باشه"),
    "ar": ("حسناً", "طيب", "تمام", "ماشي", "اوكي"),
}
YESES = {"en": "yes", "fa": "آره", "ar": "ايوه"}
IDEA = {
    "en": "it would be great if the app had a dark mode",
    "fa": "کاش اپلیکیشن حالت شب داشت",
    "ar": "ياريت التطبيق يكون فيه وضع ليلي",
}
DONE = {"en": "no that's all", "fa": "نه، همین", "ar": "لا، هذا كل شيء"}


def _at_anything_else(language: Language) -> Script:
    chat = Script(language)
    chat.start()
    chat.says(IDEA[language], intent="suggestion", sentiment="positive")
    chat.says(YESES[language], intent="affirm")
    assert chat.state.stage == "anything_else", chat.replies()
    return chat


@pytest.mark.parametrize(
    ("language", "ok"), [(lang, ok) for lang, oks in OKS.items() for ok in oks]
)
def test_ok_to_anything_else_closes(language: Language, ok: str) -> None:
    chat = _at_anything_else(language)
    reply = chat.says(ok, intent="nlu_fallback")
    assert chat.state.stage == "closed", reply
    assert not _said(language, "what_else", reply), reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_yes_to_anything_else_asks_to_tell(language: Language) -> None:
    chat = _at_anything_else(language)
    reply = chat.says(YESES[language], intent="affirm")
    assert _said(language, "what_else", reply), reply
    assert chat.state.stage == "anything_else"  # round 8: a "no" after it still acts


# ---- 3. "yes, but also …": the thanks for an idea names the addition too ---------------------
ALSO = {
    "en": ("yes, but also a bigger font for the menu", "a bigger font for the menu"),
    "fa": ("آره ولی یه فونت بزرگ‌تر هم برای منو خوب میشه", "یه فونت بزرگ‌تر هم برای منو خوب میشه"),
    "ar": ("ايوه بس كمان خط أكبر للقائمة", "خط أكبر للقائمة"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_thanks_for_an_idea_quotes_what_yes_but_added(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(IDEA[language], intent="suggestion", sentiment="positive")
    said, added = ALSO[language]
    reply = chat.says(said, intent="done")  # NLU may read «بس» as "that's all"
    assert _said(language, "noted_too", reply), reply
    assert _said(language, "thanks_idea", reply), reply
    assert IDEA[language] in reply and added in reply, reply
    chat.assert_well_spoken()


@pytest.mark.parametrize("intent", ["affirm", "suggestion"])
def test_yes_but_also_to_anything_else_is_heard_from_the_but(intent: str) -> None:
    chat = _at_anything_else("en")
    reply = chat.says("yes, but also a bigger font for the menu", intent=intent)
    assert chat.state.heard[-1] == "also a bigger font for the menu", chat.state.heard
    if intent == "affirm":
        return  # more about the idea: passed on to the team with it
    while chat.state.stage != "closed":
        reply = chat.says(DONE["en"], intent="done")
    assert '"a bigger font for the menu"' in reply, reply  # "also" is no part of the idea


# ---- 4. empathy fits what was heard: a thing bought that broke is no idea, no charge ---------
BOUGHT = {
    "en": "I bought a coffee machine and it leaks",
    "fa": "یه قهوه‌ساز خریدم و چکه می‌کنه",
    "ar": "اشتريت ماكينة قهوة وتسرب مي",
}


def _apology_after(language: Language, intent: str, topic: str | None) -> str:
    chat = Script(language)
    chat.start()
    chat.says(BOUGHT[language], intent=intent, topic=topic, confidence=0.4)
    reply = ""
    while chat.state.stage in ("listening", "confirming"):
        reply = chat.says(YESES[language], intent="affirm")
    return reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_thing_bought_that_leaks_is_no_idea(language: Language) -> None:
    reply = _apology_after(language, "suggestion", None)  # NLU unsure: "suggestion"
    assert not _said(language, "thanks_idea", reply), reply
    assert any(_said(language, k, reply) for k in ("apology", "apology_product")), reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_thing_bought_gets_no_billing_apology(language: Language) -> None:
    reply = _apology_after(language, "complaint", "billing")
    assert not _said(language, "apology_billing", reply), reply
    assert _said(language, "apology_product", reply), reply


def test_a_charge_for_a_thing_bought_is_still_billing() -> None:
    chat = Script("en")
    chat.start()
    chat.says("I bought a kettle and you charged me twice", intent="complaint", topic="billing")
    while chat.state.stage in ("listening", "confirming"):
        reply = chat.says("yes", intent="affirm")
    assert _said("en", "apology_billing", reply), reply


# ---- 5. Persian and Arabic in Latin letters: read as the language, answered in its script ----
@pytest.mark.parametrize(
    ("text", "previous", "default", "language"),
    [
        ("salam, sefaresh-am narasid", None, "en", "fa"),
        ("app-etoon kar nemikone, har bar baz mikonam baste mishe", None, "en", "fa"),
        ("marhaba, el talab ma wesel, 3 ayam", None, "en", "ar"),
        ("ana b7tajo lal 3eed", None, "en", "ar"),
        ("3 rooze montazeram", "fa", "en", "fa"),  # no word tells: the conversation's holds
        ("w mahada byrod 3alaya", "ar", "en", "ar"),
        ("salam", None, "ar", "ar"),  # Persian and Arabic alike: the default
        ("salam", "fa", "ar", "fa"),
        ("hi my order 88412 never came", "fa", "fa", "en"),
        ("I bought a coffee machine and it leaks", None, "fa", "en"),
    ],
)
def test_latin_letters_are_read_as_their_language(
    text: str, previous: str | None, default: str, language: str
) -> None:
    assert detect_language(text, default=default, previous=previous) == language


@pytest.mark.parametrize(
    ("text", "language", "script"),
    [
        ("na hamin", "fa", "نه همین"),
        ("are", "fa", "آره"),
        ("bepors", "fa", "بپرس"),
        ("la bas hek", "ar", "لا بس هيك"),
        ("aywa", "ar", "ايوه"),
        ("tfadal", "ar", "تفضل"),
        ("la shukran", "ar", "لا شكرا"),
        ("are you a bot", "fa", None),  # not all known words: kept as written
        ("baraye tavalode pesaram bood", "fa", None),
        ("no", "en", None),
    ],
)
def test_a_short_answer_in_latin_letters_is_read_in_its_script(
    text: str, language: str, script: str | None
) -> None:
    assert in_script(text, language) == script


LATIN = {
    "fa": ("salam, sefaresh-am narasid", "3 rooze montazeram", "baraye tavalode pesaram bood"),
    "ar": ("marhaba, el talab ma wesel, 3 ayam", "w mahada byrod 3alaya", "ana b7tajo lal 3eed"),
}


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_a_telling_in_latin_letters_is_asked_for_more_once(language: Language) -> None:
    chat = Script(language)
    chat.start()
    first, second, _ = LATIN[language]
    reply = chat.says(first, intent="nlu_fallback")
    assert _said(language, "listen_more", reply), reply  # never "what happened?" to it
    reply = chat.says(second, intent="nlu_fallback")
    assert chat.state.stage == "confirming", reply  # one "tell me more", then reflected
    assert not _said(language, "listen_event", reply)


@pytest.mark.parametrize("intent", ["suggestion", "praise"])
def test_nlu_on_latin_letters_makes_no_idea_nor_praise(intent: str) -> None:
    chat = Script("ar")
    chat.start()
    chat.says("el app msh sha3'al, kol ma afta7o bysaker", intent=intent, sentiment="negative")
    chat.says("aywa", intent="affirm")
    replies = " ".join(chat.replies())
    assert not _said("ar", "thanks_idea", replies) and not _said("ar", "thanks_praise", replies)
    assert chat.state.kind == "complaint", replies


# ---- 6. contact details pasted: kept for the team, never said back ---------------------------
@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("you can email me at maya.k@example.com", True),
        ("my number is +44 7700 900123", True),
        ("شماره‌ام ۰۹۱۲۳۴۵۶۷۸۹ است", True),
        ("رقمي 0501234567", True),
        ("hi my order 88412 never came, my number is +44 7700 900123", False),
        ("the order number is 4411", False),
        ("سفارش ۱۲۳۴۵۶۷۸ نرسیده", False),  # an order number is no phone number
    ],
)
def test_what_only_gives_contact_details(text: str, only: bool) -> None:
    assert only_contact(text) is only


def test_contact_clauses_leave_the_telling() -> None:
    text = "hi my order 88412 never came, my number is +44 7700 900123"
    assert without_contact(text) == "hi my order 88412 never came"
    assert without_contact("سفارش ۱۲۳۴۵۶۷۸ نرسیده") == "سفارش ۱۲۳۴۵۶۷۸ نرسیده"


CONTACT = {
    "en": ("my parcel never came", "you can email me at maya.k@example.com", "maya.k@example.com"),
    "fa": ("بسته‌ام نرسید", "شماره‌ام ۰۹۱۲۳۴۵۶۷۸۹ است", "۰۹۱۲۳۴۵۶۷۸۹"),
    "ar": ("الطرد ما وصل", "رقمي 0501234567", "0501234567"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_contact_details_alone_are_kept_not_heard_nor_said_back(language: Language) -> None:
    chat = Script(language)
    chat.start()
    told, given, detail = CONTACT[language]
    chat.says(told, intent="complaint", sentiment="negative")
    reply = chat.says(given, intent="nlu_fallback")
    assert _said(language, "contact_kept", reply), reply
    assert detail not in reply and given not in chat.state.heard
    assert chat.state.stage in ("listening", "confirming"), reply  # the listening goes on
    assert not any(detail in r for r in chat.replies())


def test_contact_details_first_are_kept_and_we_still_listen() -> None:
    chat = Script("en")
    chat.start()
    reply = chat.says("my number is +44 7700 900123", intent="nlu_fallback")
    assert _said("en", "contact_kept", reply) and _said("en", "listen_ready", reply), reply
    assert chat.state.heard == []


def test_no_job_statement_carries_a_phone_number() -> None:
    clause = situation("hi my order 88412 never came, my number is +44 7700 900123", "en")
    assert "7700" not in clause.text and "88412 never came" in clause.text


# ---- 7. "sorry, I was angry": no need to apologise; what follows is heard -------------------
ANGRY = {
    "en": (
        "you idiots charged me twice for the same order",
        "sorry, I'm just really stressed, rent is due friday",
        "rent is due friday",
    ),
    "fa": (
        "دوبار از کارتم پول کم کردید، احمق‌ها",
        "ببخشید، عصبانی بودم، قسط خونه دارم",
        "قسط خونه دارم",
    ),
    "ar": ("يا حرامية خصمتوا المبلغ مرتين", "آسف، بس معصب، عندي ايجار لازم ادفعه", "عندي ايجار"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_sorry_for_their_tone_is_answered_and_the_rest_heard(language: Language) -> None:
    chat = Script(language)
    chat.start()
    first, sorry, rest = ANGRY[language]
    chat.says(first, intent="complaint", sentiment="negative", topic="billing")
    reply = chat.says(sorry, intent="nlu_fallback")
    assert _said(language, "sorry_tone", reply), reply
    assert any(rest in h for h in chat.state.heard), chat.state.heard
    assert not any(h.startswith(("sorry", "ببخشید", "آسف")) for h in chat.state.heard)
    assert not any(h.startswith("بس ") for h in chat.state.heard)  # «بس معصب»: no «بس»
    assert chat.state.stage == "confirming"


@pytest.mark.parametrize(
    ("text", "swore", "rest"),
    [
        ("sorry, I was rude", False, "I was rude"),
        ("sorry, it was five weeks", False, None),  # a correction's lead-in, no tone
        ("sorry, it was five weeks", True, "it was five weeks"),
        ("sorry for the long message", True, None),  # sorry for length has its own answer
        ("ببخشید، عصبانی بودم", False, "عصبانی بودم"),
        ("آسف، بس معصب", False, "معصب"),
        ("my parcel never came, sorry", True, None),  # an apology must open the message
    ],
)
def test_what_is_sorry_for_the_tone(text: str, swore: bool, rest: str | None) -> None:
    assert sorry_for_tone(text, swore) == rest


# ---- 8. "what will you do with what I told you?": answered in words, never heard ------------
KEEPING = {
    "en": ("what will you do with what I told you?", "ok and who can see it?"),
    "fa": ("این حرفا رو کجا ذخیره می‌کنید؟", "کی اینا رو می‌خونه؟"),
    "ar": ("وين تحفظون الكلام اللي قلته؟", "مين يشوف كلامي؟"),
}
TELLING = {
    "en": "the app keeps crashing when I pay",
    "fa": "اپلیکیشن موقع پرداخت هی بسته میشه",
    "ar": "التطبيق يطفي كل ما ادفع",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_question_about_our_keeping_is_answered_in_words(language: Language) -> None:
    chat = Script(language)
    chat.start()
    chat.says(TELLING[language], intent="complaint", sentiment="negative")
    first, again = KEEPING[language]
    reply = chat.says(first, intent="question")
    assert _said(language, "privacy_words", reply) and "/forget" in reply, reply
    # They go on where they were: the telling was reflected at once (first30), so the
    # reflection's question still stands.
    assert _said(language, "confirm_again", reply), reply
    reply = chat.says(again, intent="question")
    assert _said(language, "privacy_words_again", reply), reply
    assert chat.state.heard == [TELLING[language]]  # neither question is part of the telling
    chat.assert_well_spoken()


@pytest.mark.parametrize("language", LANGUAGES)
def test_asked_first_about_our_keeping_we_still_listen(language: Language) -> None:
    chat = Script(language)
    chat.start()
    reply = chat.says(KEEPING[language][0], intent="question")
    assert _said(language, "privacy_words", reply) and _said(language, "listen_ready", reply)
    assert chat.state.stage == "listening" and chat.state.heard == []


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("who can see this?", True),
        ("is what I wrote kept private?", True),
        ("شو رح تعملوا بكلامي؟", True),
        ("I saw who can read maps", False),
        ("the courier kept my parcel", False),
        ("پیک بسته رو کجا گذاشت؟", False),
    ],
)
def test_what_asks_about_our_keeping(text: str, asks: bool) -> None:
    assert about_our_keeping(text) is asks


# ---- 9. "no, don't ask me questions" to a prompt or to "did I get it?": we act --------------
NO_QUESTIONS = {"en": "no, don't ask me questions", "fa": "نه، سوال نپرس", "ar": "لا، لا تسألني"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_questions_to_the_reflection_is_no_correction(language: Language) -> None:
    chat = Script(language)
    chat.start()
    told = CONTACT[language][0]
    chat.says(told, intent="complaint", sentiment="negative", topic="delivery")
    while chat.state.stage == "listening":
        chat.says(told, intent="complaint")
    assert chat.state.stage == "confirming"
    reply = chat.says(NO_QUESTIONS[language], intent="deny")
    assert _said(language, "permission_declined", reply), reply
    assert not _said(language, "reflect_again", reply), reply
    assert chat.state.stage == "handed_off", reply
    assert NO_QUESTIONS[language] not in chat.state.heard


# ---- 10. the customer's answer to the owner's reply is acknowledged in words ----------------
OWNER_NAMES = {"en": "Reza Karimi", "fa": "رضا کریمی", "ar": "رضا كريمي"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_answer_to_the_owners_reply_is_passed_on_in_words(language: Language) -> None:
    state = ConversationState(language=language, seed=3, heard=["x"])
    view = OwnerView(OWNER_NAMES[language], "Customer care", tuple(OWNER_NAMES.items()))
    _, state = announce(state, view, 120)
    state.stage = "handed_off"
    state = respond(state, Turn(("more detail",), language)).state  # the first ack in words
    staff = StaffTurn(
        "replied", 1, language, "reza", "reza", "reza", owner=view, text="it goes out tomorrow"
    )
    state = respond(state, staff).state
    question = {"en": "will it come before 10?", "fa": "قبل از ده می‌رسه؟", "ar": "بيوصل قبل عشرة؟"}
    (reply,) = respond(state, Turn((question[language],), language)).replies
    assert _said(language, "relay_after_reply", reply.text), reply
    assert OWNER_NAMES[language] in reply.text
    later = respond(
        respond(state, Turn((question[language],), language)).state,
        Turn(("and the box?",), language),
    )
    assert [r.text for r in later.replies] == [""]  # then the receipt, as before


# ---- 11. two languages in one message: the conversation's language holds --------------------
@pytest.mark.parametrize(
    ("text", "previous", "default", "language"),
    [
        ("الapp ما يفتح، always crash", None, "ar", "ar"),
        ("الapp ما يفتح، always crash", "ar", "en", "ar"),
        ("سلام، app تون کار نمیکنه، login نمیشه", "fa", "en", "fa"),
        ("hello, سفارشم نرسید and nobody answers", None, "en", "en"),
        ("Samsung شارژ نمیشه", None, "en", "fa"),  # a brand name: the message is Persian
    ],
)
def test_a_message_in_two_languages_keeps_the_conversations(
    text: str, previous: str | None, default: str, language: str
) -> None:
    assert detect_language(text, default=default, previous=previous) == language


# ---- 12. what the problem keeps them from doing does not aim the apology ---------------------
@pytest.mark.parametrize(
    ("language", "messages"),
    [
        ("fa", ["اپلیکیشن باز نمیشه، لاگین نمیشه", "باید امروز قبض رو پرداخت کنم"]),
        ("ar", ["التطبيق ما يفتح", "لازم ادفع الفاتورة اليوم"]),
        ("en", ["the app won't let me log in", "I have to pay the bill today"]),
    ],
)
def test_what_they_must_do_does_not_aim_the_apology(
    language: Language, messages: list[str]
) -> None:
    assert told_topic.topic_of(messages, language, "billing") != "billing"
    charged = ["you charged me twice", "I have to pay the rent today"]
    assert told_topic.topic_of(charged, "en", None) == "billing"  # a charge is still the problem


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("sorry for the language, I was just so frustrated", "I was just so frustrated"),
        ("ببخشید بابت لحنم، خیلی عصبانی بودم", "خیلی عصبانی بودم"),
        ("آسف على الألفاظ، كنت معصب", "كنت معصب"),
    ],
)
def test_what_they_are_sorry_for_is_not_heard(text: str, rest: str) -> None:
    assert sorry_for_tone(text, swore=True) == rest


@pytest.mark.parametrize(
    "text", ["شماره‌ام ۰۹۱۲۳۴۵۶۷۸۹ است، زنگ بزنید", "جوالي 0501234567 كلموني عليه"]
)
def test_contact_details_with_call_me_are_only_contact(text: str) -> None:
    assert only_contact(text)


@pytest.mark.parametrize("ok", ["k", "kk", "alright"])
def test_a_short_ok_to_may_i_ask_is_a_yes_never_the_answer(ok: str) -> None:
    chat = Script("en")
    chat.start()
    chat.says("my refund never came, it was cancelled", intent="complaint", topic="billing")
    while chat.state.stage in ("listening", "confirming"):
        chat.says("yes", intent="affirm")
    assert chat.state.stage == "permission"
    reply = chat.says(ok, intent="nlu_fallback")
    assert _said("en", "jtbd_goal", reply), reply
    assert ok not in chat.state.jtbd_answers.values()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "با سلام، خواهشمندم امکان پرداخت اقساطی را نیز فراهم نمایید"),
        ("ar", "أرجو إضافة خيار الدفع بالتقسيط"),
        ("en", "please add an option to pay in instalments"),
    ],
)
def test_a_formal_request_for_a_new_option_is_thanked_as_an_idea(
    language: Language, text: str
) -> None:
    chat = Script(language)
    chat.start()
    chat.says(text, intent="nlu_fallback", sentiment="negative", score=-0.13)  # as NLU reads it
    reply = chat.says(DONE[language], intent="done")
    idea = ("thanks_idea", "thanks_idea_heard")  # convo59: said back, not quoted again
    assert any(_said(language, key, reply) for key in idea), reply
    assert not any(_said(language, k, reply) for k in ("apology", "apology_billing")), reply


@pytest.mark.parametrize(
    ("language", "messages"),
    [
        (
            "en",
            ["the internet has been down since monday", "I work from home and I'm losing money"],
        ),
        ("fa", ["اینترنت از دوشنبه قطعه", "از خونه کار میکنم و دارم ضرر میکنم"]),
        ("ar", ["النت مقطوع من الاثنين", "اشتغل من البيت وقاعد اخسر فلوس"]),
    ],
)
def test_money_lost_because_of_it_gets_no_billing_apology(
    language: Language, messages: list[str]
) -> None:
    assert told_topic.topic_of(messages, language, "billing") != "billing"
