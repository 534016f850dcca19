"""Round 22: a turn's text read once and shared answers as each reader's own reading did."""

from __future__ import annotations

from dialogues import cues, moods, telling
from dialogues.adding import adds_to_telling
from dialogues.reflection import clauses, topics

TEXTS = {
    "en": [
        "My parcel never arrived and you charged me twice, I need a refund",
        "oh and also the driver was rude",
        "Thanks, the app works great now",
    ],
    "fa": [
        "پیک دیر رسید و غذا سرد بود، لطفا پیگیری کنید",
        "راستی قاشق هم نفرستادید",
        "ممنون، خیلی خوشمزه بود",
    ],
    "ar": [
        "الطلب ما وصل وانخصم المبلغ مرتين، ابي استرجاع فلوسي",
        "وكمان المندوب كان وقح",
        "شكرا الاكل كان لذيذ",
    ],
}
TABLES = [cues.EVENT, cues.IMPACT, cues.NEED, cues.PRAISE, cues.TOPIC["billing"], moods.AGAIN]


def test_has_answers_as_find_over_the_texts_tokens_whichever_reads_first() -> None:
    for language, texts in TEXTS.items():
        for text in texts:
            for table in TABLES:  # ``has`` first: its reading is the one ``find`` then shares
                expected = bool(telling.find(telling.tokens(text), table[language], language))
                assert telling.has(text, table, language) is expected
                assert telling.has(text, table, language) is expected
            assert telling.has(text, {}, language) is False


def test_find_still_hands_each_caller_its_own_list() -> None:
    seq = telling.tokens(TEXTS["en"][0])
    spans = telling.find(seq, cues.EVENT["en"], "en")
    assert spans
    spans.clear()
    assert telling.find(seq, cues.EVENT["en"], "en")


def test_a_tellings_units_are_read_once_and_each_caller_gets_its_own_list() -> None:
    uncached = clauses._units.__wrapped__  # type: ignore[attr-defined]
    for language, texts in TEXTS.items():
        for end in range(1, len(texts) + 1):
            told = texts[:end]
            first = clauses._units(told, language)
            assert first == list(uncached(tuple(told), language))
            first.clear()
            assert clauses._units(tuple(told), language) == list(uncached(tuple(told), language))
        assert topics.named(["x"], [], texts, language) == ["x"]  # no "and more": as before


def test_what_a_job_answer_adds_is_the_uncached_reading() -> None:
    uncached = adds_to_telling.__wrapped__  # type: ignore[attr-defined]
    for language, texts in TEXTS.items():
        for text in texts:
            for _ in range(2):
                assert adds_to_telling(text, language) == uncached(text, language)
    assert adds_to_telling("oh and also the driver was rude", "en") == "the driver was rude"


def test_a_clauses_cleaning_and_content_words_are_the_uncached_readings() -> None:
    from dialogues import statements, text
    from dialogues.reflection import content_words, fa_select

    for language, texts in TEXTS.items():
        for said in [*texts, "@united my number is +44 7700 900123 &amp; nobody called"]:
            for _ in range(2):
                assert text.clean(said) == text.clean.__wrapped__(said)
                assert statements._clean(said) == statements._clean.__wrapped__(said)
                words = content_words(said, language)
                assert words == content_words(said, language) and words is not content_words(
                    said, language
                )
                if language == "fa":
                    assert fa_select._troubled(said) == fa_select._troubled.__wrapped__(said)
    assert fa_select._troubled("غذا سرد بود") and not fa_select._troubled("ممنون")
