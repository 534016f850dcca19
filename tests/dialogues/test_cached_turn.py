"""Round 21's caches of a turn's repeated work answer as the uncached functions do."""

from __future__ import annotations

from dialogues import cues, telling, told_topic
from dialogues.reflection import _shift, clauses, reflect

TELLINGS = {
    "en": [
        "My order never arrived. I paid $40 for it!",
        "The app keeps crashing when I log in, please help",
        "Respectfully John. Thanks",
    ],
    "fa": [
        "سفارشم هنوز نرسیده. دو هفته است منتظرم",
        "پیک خیلی بد برخورد کرد، ولی غذا خوب بود",
        "لطفا پول منو برگردونید",
    ],
    "ar": [
        "الطلب ما وصل. صار لي اسبوع انتظر",
        "الموظف كان وقح جدا، لكن الاكل كان لذيذ",
        "ابي استرجع فلوسي",
    ],
}


def test_a_telling_cut_message_by_message_is_numbered_as_one_cut_would_number_it() -> None:
    uncached = clauses._cut.__wrapped__  # type: ignore[attr-defined]
    for language, messages in TELLINGS.items():
        for end in range(1, len(messages) + 1):
            telling_ = messages[:end]
            whole, _ = uncached(tuple(telling_), language)
            for _ in range(2):  # the second time each message is served from the cache
                units = clauses._cut(telling_, language)
                assert units == list(whole)
            # positions and sentences run on across the messages, as in one pass
            assert [u.position for u in units] == list(range(len(units)))
            sentences = [u.sentence for u in units]
            assert sentences == sorted(sentences) and (end == 1 or sentences[-1] > 1)


def test_a_reflection_with_its_caches_warm_says_what_it_said_cold() -> None:
    for language, messages in TELLINGS.items():
        cold = [reflect(messages[:end], language) for end in range(1, len(messages) + 1)]
        warm = [reflect(messages[:end], language) for end in range(1, len(messages) + 1)]
        assert cold == warm and all(cold)


def test_a_shifted_clause_is_the_uncached_shift() -> None:
    for text, language in (("my order never arrived", "en"), ("سفارشم نرسید", "fa")):
        for _ in range(2):
            assert _shift(text, language, False) == _shift.__wrapped__(text, language, False)
    assert _shift("my order never arrived", "en", False) == "your order never arrived"


def test_a_tellings_topic_counts_are_not_changed_by_their_readers() -> None:
    text = "you charged me twice and my parcel never arrived"
    counted = told_topic._named_topics(text, "en")
    assert counted == told_topic._topic_hits(telling.tokens(text), "en")
    before = dict(counted)
    for heard in (None, "delivery", "product", "billing", None):
        assert told_topic.topic_of([text], "en", heard) == told_topic.topic_of([text], "en", heard)
    assert told_topic._named_topics(text, "en") == before  # no reader changed the cached counts
    assert counted["billing"] >= 1 and counted["delivery"] >= 1


def test_an_arabic_cue_is_found_behind_its_prefix_as_before() -> None:
    seq = telling.tokens("والطلب ما وصل وبالتالي خسرت فلوسي")
    spans = telling.find(seq, cues.EVENT["ar"], "ar")
    assert spans == telling.find(list(seq), tuple(list(cues.EVENT["ar"])), "ar")
    assert spans  # «ما وصل»: the order never came


def test_a_texts_tokens_are_the_callers_own_list() -> None:
    first = telling.tokens("My order never arrived 😡")
    assert first == ["my", "order", "never", "arrived", "😡"]
    first.append("changed")  # a caller's change stays in its own list
    assert telling.tokens("My order never arrived 😡") == ["my", "order", "never", "arrived", "😡"]
