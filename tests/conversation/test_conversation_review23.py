"""Round 23 (convo41): whole conversations played from the README's terminal chat
(constructed lines on situations of the tuning messages)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.praise_with_idea import praise_before_wish
from dialogues.turn import Language
from tests.dialogues.liked_heard import liked_heard
from tests.dialogues.script import Script

YES = {"en": "yes", "fa": "بله", "ar": "نعم"}


def _said(language: Language, key: str, reply: str) -> bool:
    """Whether one of the catalog's lines for the key is in the reply."""
    return any(line in reply for line in variants(language, key))


# ---- 1. Praise, then a wish: the idea is thanked, and what they liked too ----
@pytest.mark.parametrize(
    ("language", "text"),
    [("fa", "غذا عالی بود فقط کاش نون بیشتر بود"),
     ("en", "Great food, I wish the portions were bigger"),
     ("ar", "الاكل لذيذ بس ياليت الكمية اكثر")],
)  # fmt: skip
def test_praise_before_a_wish_is_thanked_beside_the_idea(language: Language, text: str) -> None:
    # Was «ممنون که برایمان فکر کردید: «…». همان‌طور که گفتید ذخیره شد. چیز دیگری …»: no
    # word for the food they liked.
    chat = Script(language)
    chat.start()
    chat.says(text, intent="idea", topic="product", sentiment="positive", score=0.4)
    reply = chat.says(YES[language], intent="affirm")
    assert chat.state.kind == "idea", reply
    assert liked_heard(language, reply), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "It would be great if you added vegan options"),
     ("ar", "يا ليت تضيفون خيارات نباتية، بيكون رائع"),
     ("fa", "خیلی خوب میشد اگه نوشابه هم داشت"),
     ("fa", "غذا اصلا خوب نبود کاش بهتر بشه"),
     ("en", "Thanks, would be nice to have wifi"),
     ("fa", "کاش یه گزینه بهتر برای پرداخت بود")],
)  # fmt: skip
def test_praise_of_the_wish_itself_or_a_thanks_is_no_praise_before_it(
    language: Language, text: str
) -> None:
    assert not praise_before_wish([text], language)


# ---- 2. Kind staff or praise before the "but" of a complaint are thanked beside the apology ----
@pytest.mark.parametrize(
    ("language", "text"),
    [("ar", "التوصيل سريع والموظفين محترمين 👌 بس الاسعار غالية شوي"),
     ("fa", "کیک خیلی خوب بود و خوشمزه اما اکلر بسیار مونده بود"),
     ("en", "The crew were lovely but my bag never arrived")],
)  # fmt: skip
def test_praise_before_the_but_of_a_complaint_is_thanked(language: Language, text: str) -> None:
    # Was «أعتذر بصدق؛ بهذا السعر كان من حقك أن تتوقع أكثر من ذلك. …»: the polite staff unheard.
    chat = Script(language)
    chat.start()
    chat.says(text, intent="complaint", topic="billing", sentiment="negative", score=-0.4)
    reply = chat.says(YES[language], intent="affirm")
    assert liked_heard(language, reply), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "من همیشه از اینجا کیک میگرفتم عالی بود ولی این بار کیک مونده بود"),
        ("fa", "قبلا خیلی راضی بودم ولی دفعه‌ی آخر غذا سرد و بی‌مزه بود"),
        ("fa", "پیتزا بی مزه بود، سیب زمینی نسبتا خوب بود ولی سرد رسید"),
        ("ar", "كنت دايما اطلب منهم والاكل ممتاز بس هالمرة وصل بارد"),
        ("en", "I used to love your burgers but today the bun was stale"),
        ("ar", "اعتقدت ان هذا المطعم يقدم أفضل الأكلات لكن الطعام كان دون المستوى"),
        ("en", "appreciate it, but moving my flight three times in a day is annoying"),
        ("en", "love how you never answer but you're great at taking my money"),
        ("en", "I'd love to sit in my seat, but someone is already in it"),
        ("en", "kind of early but any idea when the fall dates open?"),
    ],
)
def test_praise_of_past_orders_or_hedged_is_not_thanked(language: Language, text: str) -> None:
    # Blind gate (old better 5 / 30): "thank you for what you liked" beside the apology of a
    # customer whose only praise was for earlier orders read as not listening.
    assert not praise_before_wish([text], language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "مثل همیشه عالی بود فقط کاش نون بیشتر بود"),
        ("fa", "غذا مثل دفعه‌های قبل عالی بود ولی کاش سس بیشتری میذاشتید"),
        ("en", "great as always, but I wish the portions were bigger"),
        ("ar", "اذا كنت محبا للاكل الامريكي فالطعام رائع جدا لكن ليت الملح اكثر"),
    ],
)
def test_praise_as_always_is_this_order_s_praise_too(language: Language, text: str) -> None:
    assert praise_before_wish([text], language)
