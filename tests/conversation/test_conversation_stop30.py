"""What the lead found playing the README chat at stop 30 (fa/ar/en)."""

from __future__ import annotations

import re

import pytest

from dialogues import telling
from dialogues.apologies import apology_key
from dialogues.consent import bare_consent
from dialogues.letdown_named import named_letdown
from dialogues.narrowing import narrows
from dialogues.only_ordered import only_ordered
from dialogues.reflection import reflect
from dialogues.reflection.help_asked import calls_for_help
from dialogues.remedy import names_remedy
from dialogues.turn import Language
from tests.conversation.test_conversation_stop28 import TOLD_AFTER, _complains, _handed_off
from tests.dialogues.script import Script

_BURST = {
    "fa": ["راستش سفارشم دیر رسید", "سرد هم بود", "پیکم بی‌ادب بود", "پولش رو هم دوبار کم کردن"],
    "en": ["my order came late", "it was cold", "the driver was rude", "I was charged twice"],
    "ar": ["الطلب وصل متأخر", "وكان بارد كمان", "والمندوب كان وقح", "وانخصم المبلغ مرتين"],
}
_NOTED = {"fa": "این را هم اضافه کردم", "en": "I've added that too", "ar": "أضفت هذا أيضاً"}


@pytest.mark.parametrize("language", ["fa", "en", "ar"])
def test_a_fourth_piece_told_after_two_re_reflections_is_said_as_heard(
    language: Language,
) -> None:
    # The fourth message of a telling came after two re-reflections: the apology followed as
    # if it was never written («پولش رو هم دوبار کم کردن» passed over in silence).
    chat = Script(language)
    chat.start()
    replies = [
        chat.says(m, intent="complaint", topic="delivery", sentiment="negative")
        for m in _BURST[language]
    ]
    assert chat.stage == "permission", replies
    assert _NOTED[language] in replies[-1], replies[-1]
    assert all(_NOTED[language] not in r for r in replies[:-1]), replies
    assert chat.state.heard[-1] == _BURST[language][-1]
    chat.assert_well_spoken()


@pytest.mark.parametrize(
    ("language", "text", "told", "call"),
    [
        ("en", "can you help me? my order arrived with a pizza missing", "pizza missing", "help"),
        ("en", "Can someone help? my bag is lost", "bag is lost", "help"),
        ("fa", "میشه کمکم کنید؟ سفارشم ناقص رسید", "ناقص رسید", "کمک"),
        ("fa", "سلام میشه راهنمایی کنید؟ سفارشم ناقص رسید", "ناقص رسید", "راهنمایی"),
        ("ar", "ممكن تساعدني؟ الطلب حقي وصل ناقص", "وصل ناقص", "تساعد"),
        ("ar", "لو سمحت ممكن مساعدة؟ الشاحن ما يشتغل", "ما يشتغل", "مساعد"),
    ],
)
def test_a_bare_call_for_help_before_the_telling_is_not_said_back(
    language: Language, text: str, told: str, call: str
) -> None:
    # «سؤالك: «ممكن تساعدني؟»، الطلب …»: the call read as a question put to the listener.
    said = reflect([text], language)
    assert told in said, said
    assert call not in said, said


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "can you help me with a refund for my cancelled flight"),
        ("en", "nobody could help me at the gate"),
        ("fa", "پشتیبانی هیچ کمکی نکرد"),
        ("ar", "ما احد ساعدني في الفرع"),
        ("ar", "ممكن تساعدني في استرجاع المبلغ"),
    ],
)
def test_help_asked_for_something_or_refused_is_the_telling(language: Language, text: str) -> None:
    # What they need help with, or help that never came, is what happened: never left out.
    assert not calls_for_help(text, language)
    assert reflect([text], language)


def test_a_message_that_is_only_a_call_for_help_keeps_it() -> None:
    # Nothing else told: the call is all there is to hear, and it stays.
    assert calls_for_help("can you help me?", "en")
    assert "can you help me" in reflect(["can you help me?"], "en")
    assert "ممكن تساعدني" in reflect(["ممكن تساعدني؟"], "ar")


@pytest.mark.parametrize("want", ["ابي الفلوس ترجع", "بدي المصاري ترجع", "نبي فلوسنا"])
def test_the_money_wanted_back_in_arabic_is_a_remedy(want: str) -> None:
    # «ابي الفلوس ترجع» was asked next «ما الذي يجعل الأمر يستقيم بالنسبة لك؟», what they
    # had just said: «الفلوس» ("the money") was no remedy word, only «فلوسي» ("my money").
    assert names_remedy(want, "ar")
    chat = Script("ar")
    chat.start()
    chat.says("الطلب وصل ناقص، طلبت ٣ بيتزا ووصلت ٢", intent="complaint", sentiment="negative")
    chat.says("نعم", intent="affirm")
    chat.says("تمام", intent="affirm")
    reply = chat.says(want, intent="nlu_fallback")
    assert "يستقيم" not in reply, reply
    assert chat.stage == "jtbd", reply


_SORRY = {"en": "I'm sorry", "fa": "متأسفم", "ar": "آسف"}


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_the_story_told_after_asking_for_a_person_is_met_with_an_apology(
    language: Language,
) -> None:
    # "you guys lost my wheelchair", told once handed over at "a real person please", got
    # "Thank you for telling me what happened": thanked, never a word of sorrow.
    state = _handed_off(language, promise=120)
    state.relay_acked, state.wants_person = False, True
    reply = _complains(state, TOLD_AFTER[language], language)
    assert reply.startswith(_SORRY[language]), reply
    assert state.owner_names[language] in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "شكرا لكم، الموظف اللي اسمه خالد كان متعاون جدا",
        "شكراً جزيلاً لكم، الموظف اللي اسمه خالد كان متعاون جدا",
        "شكرا لك الموظف اللي اسمه خالد كان متعاون جدا",
    ],
)
def test_an_arabic_thanks_to_you_goes_whole_from_the_edge(text: str) -> None:
    # «شكرا لكم، الموظف …» was said back «قلت: «لكم، الموظف …»»: «شكرا» went, «لكم» stayed.
    said = reflect([text], "ar")
    assert "الموظف اللي اسمه خالد" in said, said
    assert "لكم" not in said and "لك " not in said, said


_APP = {
    "ar": ("التطبيق كل ما افتحه يطلع لي خطأ ويقفل", "ابي اطلب من التطبيق بدون ما يقفل"),
    "fa": ("اپلیکیشن هر بار باز میکنم بسته میشه", "میخوام بتونم سفارش بدم"),
    "en": ("the app crashes every time I open it", "I want to order without it crashing"),
}
_WHY = {
    "ar": "عشان العروض بس في التطبيق",
    "fa": "چون تخفیف‌ها فقط تو اپه",
    "en": "because the deals are only in the app",
}
_CONSENTS = {"ar": "ممكن", "fa": "اشکال نداره", "en": "go for it"}


def _asked_the_job(language: Language) -> Script:
    told, want = _APP[language]
    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", topic="app", sentiment="negative")
    chat.says({"ar": "نعم", "fa": "آره", "en": "yes"}[language], intent="affirm")
    first_question = chat.says(_CONSENTS[language])
    assert chat.state.jtbd_asked == ["goal"], first_question
    assert chat.state.jtbd_answers == {}, chat.state.jtbd_answers
    chat.says(want)
    chat.says({"ar": "لا", "fa": "نه", "en": "no"}[language], intent="deny")
    assert chat.stage == "anything_else"
    return chat


@pytest.mark.parametrize("language", ["ar", "fa", "en"])
def test_a_bare_consent_to_our_questions_is_no_answer_to_them(language: Language) -> None:
    # «ممكن» at "may I ask two questions?" was the goal's answer: the second question came
    # next, and the handoff thanked them for putting «ممكن» so clearly.
    chat = _asked_the_job(language)
    assert chat.state.jtbd_answers["goal"] == _APP[language][1]


@pytest.mark.parametrize("language", ["ar", "fa", "en"])
def test_a_reason_told_at_anything_else_is_the_jobs_why_not_a_new_telling(
    language: Language,
) -> None:
    # «عشان العروض بس في التطبيق» at "anything else?" was reflected as a new telling ("is
    # that what you mean?"); the customer's «لا» then got "what did I miss?".
    chat = _asked_the_job(language)
    reply = chat.says(_WHY[language])
    assert chat.stage == "handed_off", reply
    assert chat.state.heard[-1] == _WHY[language]
    assert _WHY[language] not in reply, reply
    chat.assert_well_spoken()


@pytest.mark.parametrize(
    ("language", "text"),
    [("ar", "ممكن تساعدني"), ("ar", "ممكن سؤال؟"), ("fa", "میتونید زودتر بفرستید"), ("en", "fine")],
)
def test_only_the_whole_message_is_a_bare_consent(language: Language, text: str) -> None:
    assert bare_consent(text, language) == (text == "fine")


@pytest.mark.parametrize(
    ("language", "text", "topic"),
    [
        ("fa", "غذا بوی بد میداد و بچم مریض شد", "product"),
        ("fa", "پیتزا سوخته بود خلاصه اینکه دل درد گرفتیم", "product"),
        ("ar", "الاكل كان مخزن وحصل لعائلتي تسمم منه", "product"),
        ("en", "a mild case of food poisoning from the meal on UA5", "product"),
    ],
)
def test_someone_made_ill_is_apologised_for_as_harm(
    language: Language, text: str, topic: str
) -> None:
    # «… و بچم مریض شد» got «متأسفم که غذا آن‌طور که باید نبود؛ حقتان بود از غذایتان لذت
    # ببرید»: a sick child met with the meal's apology.
    assert apology_key(topic, text, True, language) == "apology_harm"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "الخدمة غير مرضية والاكل بارد"),
        ("en", "I'm sick of the delays on this route"),
        ("en", "stranded in cold Texas and getting sick because you overbooked"),
    ],
)
def test_words_that_only_look_like_illness_are_no_harm(language: Language, text: str) -> None:
    assert apology_key("product", text, True, language) != "apology_harm"


@pytest.mark.parametrize(
    ("language", "told", "narrowed", "kept"),
    [
        (
            "ar",
            "التطبيق كل ما افتحه يطلع لي خطأ ويقفل",
            "لا، المشكلة بس في الايفون، في الاندرويد شغال",
            "يطلع لي خطأ ويقفل",
        ),
        ("fa", "اپلیکیشن هر بار باز میکنم بسته میشه", "نه، مشکل فقط تو آیفونه", "بسته میشه"),
        (
            "en",
            "the app crashes when I open it",
            "no, it's only on my iPhone, Android is fine",
            "crashes",
        ),
    ],
)
def test_a_correction_that_only_narrows_the_problem_keeps_it(
    language: Language, told: str, narrowed: str, kept: str
) -> None:
    # «لا، المشكلة بس في الايفون» replaced the telling: the crash was gone from what we said
    # back and from the owner's card; "the problem is only on …" points back at it.
    chat = Script(language)
    chat.start()
    chat.says(told, intent="complaint", topic="app", sentiment="negative")
    reply = chat.says(narrowed, intent="deny")
    assert kept in reply, reply
    assert chat.state.heard[0] == told and len(chat.state.heard) == 2, chat.state.heard
    assert chat.state.corrected_reflection is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "no, the app freezes, it doesn't crash"),
        ("en", "only my card was charged"),
        ("fa", "فقط غذا سرد بود"),
        ("ar", "بس الاكل كان بارد"),
    ],
)
def test_a_correction_naming_a_problem_is_no_narrowing(language: Language, text: str) -> None:
    assert not narrows(text, language)


@pytest.mark.parametrize(
    ("text", "idea"),
    [
        ("مطعم رائع بالإضافة الى المنظر الجميل", False),
        ("ممتاز ويعمل لفترات طويلة بالاضافة إلى ميزة شحن الهواتف", False),
        ("افضل مطعم ستيك اضافة الى الخدمة الجيدة", False),
        ("أتمنى إضافة خدمة التوصيل", True),
        ("تستطيع اضافة اشياء كثيرة في هذا المجال", True),
        ("يحتاج الى اضافة اصناف", True),
    ],
)
def test_arabic_in_addition_to_is_no_idea(text: str, idea: bool) -> None:
    # «… بالإضافة إلى المنظر الجميل» (in addition to the lovely view) was thanked as a
    # suggestion («شكراً على هذا الاقتراح»): a bare «اضافة» was an idea word (convo44).
    assert telling.read([text], "ar").idea is idea


_ASKED = {"fa": "اتفاق|پیش آمد|شروع شد", "ar": "حدث|جرى|بدأت", "en": "happened|start"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "سلام، دیروز پیتزا سفارش دادم 🍕"),
        ("fa", "دیروز از شعبه ونک سفارش دادم"),
        ("ar", "مرحبا، طلبت بيتزا امس"),
        ("en", "I flew with you last week from Denver"),
    ],
)
def test_a_first_message_that_only_says_what_they_ordered_is_asked_what_happened(
    language: Language, text: str
) -> None:
    # «سلام، دیروز پیتزا سفارش دادم 🍕» was said back and, on "yes", apologised for:
    # nothing had gone wrong yet.
    assert only_ordered([text], language)
    chat = Script(language)
    chat.start()
    reply = chat.says(text, intent="complaint", topic="delivery", sentiment="neutral")
    assert chat.stage == "listening", reply
    assert re.search(_ASKED[language], reply), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "دیروز پیتزا سفارش دادم ولی سرد بود"),
        ("fa", "پیتزا سفارش دادم نرسید"),
        ("ar", "طلبت بيتزا ووصلت باردة"),
        ("ar", "طلبت بيتزا ما وصلت"),
        ("en", "I ordered a pizza and it never came"),
        ("en", "I booked a flight that got cancelled"),
    ],
)
def test_an_order_told_with_what_went_wrong_is_a_telling(language: Language, text: str) -> None:
    assert not only_ordered([text], language)


def test_persian_mahshar_is_praise() -> None:
    # «در یک کلام محشر.» ("in a word: superb") was asked «چه پیش آمد؟» (fa45's reading).
    assert telling.read(["در یک کلام محشر."], "fa").praise
    chat = Script("fa")
    chat.start()
    reply = chat.says("در یک کلام محشر.", intent="praise", sentiment="positive", score=0.6)
    assert "پیش آمد" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "$285 for checked bags? All under 50lbs? #angrycustomer",
        "no bag tagging, led to many people backing up the aisle to front with bags",
        "We've been sitting at the gate for two hours waiting for bags to be loaded",
        "aftr 10 hrs bng held hstg at mia bc aa refsd to get med bags",
    ],
)
def test_bags_named_for_a_fee_or_a_wait_at_the_gate_are_no_lost_luggage(text: str) -> None:
    # The blind gate (convo45, stop 30): "Your luggage should have arrived with you" said
    # of a bag fee, a gate-check delay, carry-ons in the aisle, «mia» the airport (Miami).
    assert named_letdown(text, "en") != "apology_baggage"


def test_a_bag_that_never_came_still_gets_the_luggage_apology() -> None:
    assert named_letdown("where are my bags? still not here after 2 days", "en") == (
        "apology_baggage"
    )


def test_a_courier_who_brought_it_up_to_the_door_harmed_no_one() -> None:
    # «… پیک غذا رو تا دم منزل بالا آورد» (brought it up to the door) got the harm apology
    # at the blind gate: «بالا آوردن» is "brought up" as often as "threw up".
    text = "هر دو بار پیک غذا رو تا دم منزل بالا آورد"
    assert apology_key("delivery", text, True, "fa") != "apology_harm"
