"""The "and more" tail names what the clauses a reflection leaves out were about (fa/ar/en)."""

from __future__ import annotations

from dialogues.reflection import reflect

_EN = (
    "The flight was delayed three hours and nobody told us anything at the gate. "
    "The seats were dirty and broken, the food was cold and stale, and the crew was rude "
    "to everyone. Then my luggage was lost and the refund form on the website does not "
    "work at all."
)


def test_en_tail_names_two_left_out_topics_not_kept_ones() -> None:
    said = reflect([_EN], "en")
    assert said.endswith(", and you also mentioned the seats and the food")
    assert "a few other things" not in said
    assert "luggage" not in said.split("mentioned", 1)[1]  # kept: never named again


def test_en_verb_too_needs_a_determiner() -> None:
    from dialogues.reflection.topics import _topics

    assert _topics("please refund me now", "en") == []
    assert _topics("still waiting on the refund", "en") == [("refund", "refund")]
    assert _topics("the cashier was rude", "en") == []


def test_fa_tail_names_bare_nouns_from_possessive_and_split_forms() -> None:
    message = (
        "غذا خیلی دیر رسید و کاملا سرد بود و اصلا قابل خوردن نبود و پول ما هدر رفت. "
        "مرغش هم خشک و بی مزه بود و برنجش نپخته بود و بوی بدی میداد و دور ریختیم. "
        "قیمتش هم خیلی بالا بود و بسته بندی هم پاره شده بود و همه جا ریخته بود."
    )
    said = reflect([message], "fa")
    assert said.endswith(" و درباره‌ی قیمت و بسته‌بندی هم نکته‌هایی گفتید"), said
    assert "قیمتش" not in said and "چند نکته‌ی دیگر" not in said


def test_fa_other_senses_are_not_topics() -> None:
    from dialogues.reflection.topics import _topics

    assert _topics("حجم صدا خیلی کم بود", "fa") == []
    assert _topics("نان سالاد تازه بود", "fa") == []
    assert _topics("نوشابه نارنجی رنگ آوردند", "fa") == []
    assert _topics("حجمش کم بود", "fa") == [("حجم", "حجم")]


def test_ar_tail_names_the_noun_with_its_article_one_topic_once() -> None:
    from dialogues.reflection.topics import _topics

    assert _topics("وأسعارهم مرتفعة والسعر غالي", "ar") == [
        ("السعر", "الأسعار"),
        ("السعر", "السعر"),
    ]
    assert _topics("قلتها بصوتي وفي كمية كبيرة", "ar") == []  # a voice, an amount: no topics
    assert _topics("ايقونات باللغة الصينية", "ar") == []
    assert _topics("أزرار تغطي زري الصوت", "ar") == []
    assert _topics("اللغة جميلة", "ar") == [("اللغة", "اللغة")]
    assert _topics("جودتها عالية وبالتغليف", "ar") == [("الجودة", "الجودة"), ("التغليف", "التغليف")]


def test_ar_reflection_tail() -> None:
    message = (
        "المطعم سيء جدا والطلب وصل بعد ساعتين كاملتين والأكل بارد ولا يؤكل ابدا، "
        "ولن اطلب منهم مرة اخرى ولا انصح به احدا من اصدقائي ولا من اهلي، "
        "الموظفين ما يردون على الهاتف وكانوا غير مهتمين بالشكوى، "
        "والتغليف كان ممزق والصلصة منسكبة على كل الكيس وعلى السيارة، "
        "والأسعار مرتفعة جدا مقارنة بالمطاعم الثانية في نفس الحي."
    )
    said = reflect([message], "ar")
    assert said.endswith("، وتحدثت أيضاً عن الموظفين والتغليف"), said
    assert "وذكرت أموراً أخرى" not in said and "الأسعار" not in said  # never more than two


def test_no_certain_noun_keeps_the_old_tail() -> None:
    message = (
        "I waited on hold for two hours yesterday and nobody ever picked up the phone. "
        "I tried again this morning and it hung up on me twice after forty minutes. "
        "Honestly I am starting to think nobody works there anymore and I will go elsewhere "
        "next time because this is just ridiculous and I cannot keep doing this every week."
    )
    said = reflect([message], "en")
    assert said.endswith(", and a few other things besides")  # "the phone" is no aspect
    assert "you also mentioned" not in said


def test_fa_words_a_blind_judge_read_as_off_topic_are_not_named() -> None:
    """«برخورد» (behaviour or a collision) and «رنگ» (often a trivial detail) are never named."""
    from dialogues.reflection.topics import _topics

    assert _topics("برخوردشون خوب بود ولی رنگ خیارها عجیب بود", "fa") == []
