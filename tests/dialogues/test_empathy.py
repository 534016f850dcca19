"""Empathy aimed right: a billing apology for a billing complaint, thanks for praise and ideas."""

from __future__ import annotations

import pytest

from dialogues.adding import after_more_lead
from dialogues.catalog import keys, variants
from dialogues.outcome import LogFeedback, OpenHandoff
from dialogues.turn import Language
from tests.dialogues.script import Script

YES = {"en": "yes", "fa": "آره", "ar": "نعم"}
# NLU reads «طلبي» / "order" as delivery; the words say the money is what went wrong.
BILLING = {
    "en": ("my order was charged twice on my card", "and the refund never came back"),
    "fa": ("برای سفارشم دو بار از کارتم پول کم شد", "هنوز هم پولم برنگشته"),
    "ar": ("طلبي انخصم مرتين من بطاقتي", "وللحين ما رجعوا المبلغ"),
}
DELIVERY = {
    "en": ("my parcel never arrived", "the courier says it was delivered but it wasn't"),
    "fa": ("بسته‌ام هنوز نرسیده", "پیک میگه تحویل داده ولی به من نرسیده"),
    "ar": ("الشحنة ما وصلت", "والمندوب يقول انه وصلها بس ما وصلتني"),
}
PRAISE = {
    "en": "the support team sorted my refund in ten minutes, thank you so much",
    "fa": "غذا خیلی خوشمزه بود و پیک هم سر وقت رسید، دستتون درد نکنه",
    "ar": "الطلب وصل بسرعة والمنتج ممتاز، شكراً لكم على الخدمة الرائعة",
}
IDEA = {
    "en": ("It would be great if the app let me schedule deliveries for the weekend",),
    "fa": ("کاش برنامه امکان زمان‌بندی ارسال برای آخر هفته داشت",),
    "ar": ("ياريت تضيفون خيار التوصيل في نهاية الأسبوع في التطبيق",),
}
IDEA_WORD = {"en": "schedule deliveries", "fa": "زمان‌بندی", "ar": "خيار التوصيل"}
IDEA_FOLLOW_UP = {
    "en": "I work all week and keep missing the courier",
    "fa": "من کل هفته سر کارم و هر بار پیک رو از دست میدم",
    "ar": "انا اشتغل طول الأسبوع ودايم يفوتني المندوب",
}
PASS_IT_ON = {
    "en": "please pass this on to the team",
    "fa": "لطفا به تیم بگید",
    "ar": "ياريت توصلون الفكرة للفريق",
}


def _apologies(language: str) -> list[str]:
    return [v for k in keys(language) if k.startswith("apology") for v in variants(language, k)]


def _confirmed(language: Language, messages: tuple[str, ...], **understood: object) -> Script:
    chat = Script(language)
    chat.start()
    chat.says(*messages, **understood)  # type: ignore[arg-type]
    if chat.stage == "listening":
        chat.says(YES[language], intent="affirm")  # a bare yes to a prompt: reflect now
    assert chat.stage == "confirming"
    return chat


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_billing_complaint_gets_a_billing_apology(language: Language) -> None:
    chat = _confirmed(
        language,
        BILLING[language],
        intent="complaint",
        topic="delivery",  # what NLU says for «طلبي انخصم مرتين من بطاقتي»
        sentiment="negative",
        score=-0.8,
    )
    reply = chat.says(YES[language], intent="affirm")
    assert any(line in reply for line in variants(language, "apology_billing")), reply
    assert not any(line in reply for line in variants(language, "apology_delivery")), reply
    assert chat.state.topic == "billing"


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_delivery_complaint_keeps_its_delivery_apology(language: Language) -> None:
    chat = _confirmed(
        language,
        DELIVERY[language],
        intent="complaint",
        topic="delivery",
        sentiment="negative",
        score=-0.7,
    )
    reply = chat.says(YES[language], intent="affirm")
    # A parcel not named as an order gets the delivery apology that does not say "your order".
    said = variants(language, "apology_delivery") + variants(language, "apology_shipment")
    assert any(line in reply for line in said), reply
    assert chat.state.topic == "delivery"


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_praise_is_thanked_never_apologised_for(language: Language) -> None:
    chat = _confirmed(
        language, (PRAISE[language],), intent="praise", sentiment="positive", score=0.9
    )
    thanks = chat.says(YES[language], intent="affirm")
    # convo56: a long praise said back whole is thanked by what it named (thanks_praise_named)
    keys = ("thanks_praise", "thanks_praise_named")
    assert any(line.split("{")[0] in thanks for key in keys for line in variants(language, key))
    assert not any(a in r for r in chat.replies() for a in _apologies(language))
    assert "sorry" not in " ".join(chat.replies()).lower()
    feedback = [e for e in chat.effects() if isinstance(e, LogFeedback)]
    assert len(feedback) == 1 and feedback[0].kind == "praise"


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_an_idea_with_a_sad_follow_up_is_an_idea_not_a_complaint(language: Language) -> None:
    chat = Script(language)
    chat.start()
    first = chat.says(
        *IDEA[language], intent="suggestion", topic="app", sentiment="negative", score=-0.3
    )
    feeling = variants(language, "listen_impact") + variants(language, "listen_event")
    assert not any(line in first for line in feeling)  # never "how did that feel?" to an idea
    # Whether we prompted or reflected, the sad follow-up explains the idea: it is added
    # to the telling, never taken as a complaint or as a correction replacing the idea.
    chat.says(IDEA_FOLLOW_UP[language], intent="complaint", sentiment="negative", score=-0.5)
    assert chat.stage == "confirming"
    thanks = chat.says(YES[language], intent="affirm")
    heard = any(line in thanks for line in variants(language, "thanks_idea_heard"))  # convo59
    assert heard or any(line.split("{")[0] in thanks for line in variants(language, "thanks_idea"))
    assert heard or IDEA_WORD[language] in thanks  # the idea itself is what we thank them for
    assert not any(a in r for r in chat.replies() for a in _apologies(language))
    ideas = [e for e in chat.effects() if isinstance(e, LogFeedback)]
    assert len(ideas) == 1 and ideas[0].kind == "idea"
    assert IDEA[language][0] in ideas[0].quote and IDEA_FOLLOW_UP[language] in ideas[0].quote
    assert chat.stage == "anything_else"
    # Its follow-up ("please tell the team") is not a request for a person.
    passed = chat.says(PASS_IT_ON[language], intent="request_human", sentiment="neutral")
    assert any(line in passed for line in variants(language, "pass_on_ack")), passed
    assert chat.stage == "closed"
    assert not any(isinstance(e, OpenHandoff) for e in chat.effects())
    chat.assert_well_spoken()


LATER = {
    "en": "and also your app keeps crashing when I open it, it's really annoying",
    "fa": "راستی برنامه‌تون هم هر بار باز میکنم بسته میشه، خیلی اذیت میشم",
    "ar": "وكمان التطبيق يعلق كل ما افتحه، شي مزعج",
}
THAT_IS_ALL = {"en": "no that's all", "fa": "نه، همین", "ar": "لا، هذا كل شيء"}


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_later_telling_does_not_overwrite_the_first_topic(language: Language) -> None:
    chat = _confirmed(
        language, BILLING[language], intent="complaint", topic="delivery", sentiment="negative"
    )
    chat.says(YES[language], intent="affirm")
    chat.says({"en": "no", "fa": "نه", "ar": "لا"}[language], intent="deny")
    assert chat.stage == "anything_else"
    chat.says(LATER[language], intent="complaint", topic="app", sentiment="negative")
    for _ in range(3):
        if chat.stage == "handed_off":
            break
        if chat.stage == "anything_else":
            chat.says(THAT_IS_ALL[language], intent="done")
        else:
            chat.says(YES[language], intent="affirm")
    handoff = next(e for e in chat.effects() if isinstance(e, OpenHandoff))
    assert handoff.topic == "billing"
    # Heard without its "and also" lead (round 21: the lead was said back with the rest).
    later = after_more_lead(LATER[language])
    assert BILLING[language][0] in handoff.quotes and later in handoff.quotes
    chat.assert_well_spoken()


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
@pytest.mark.parametrize("intent", ["suggestion", "request_human", "nlu_fallback"])
def test_pass_it_on_after_an_idea_closes_whatever_nlu_says(language: Language, intent: str) -> None:
    chat = _confirmed(language, IDEA[language], intent="suggestion", sentiment="positive")
    chat.says(YES[language], intent="affirm")
    assert chat.stage == "anything_else"
    passed = chat.says(PASS_IT_ON[language], intent=intent)
    assert chat.stage == "closed"
    assert any(line in passed for line in variants(language, "pass_on_ack")), passed
    assert not any(isinstance(e, OpenHandoff) for e in chat.effects())
