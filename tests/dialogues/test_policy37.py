"""Round 37: ``telling.find`` looks only at the words a cue could start, found by set look-ups
among a text's forms worked out once a text (``_places``, bounded), and finds the same spans."""

from __future__ import annotations

import pytest

from dialogues import cues, telling
from tests.dialogues.test_cached_policy34 import _every_start, _lists
from tests.dialogues.tuning_rows import tuning_rows

CRAFTED = {
    "en": ["", "ok", "late late late", "I'm upset, I need a refund!!! 😡", "no no not working"],
    "fa": ["سفارشم نرسید و خیلی ناراحتم", "دیر دیر دیر", "لطفا پول منو پس بدید"],
    "ar": ["والطلب ما وصل وبالفلوس", "للاسف الطلب تأخر والله", "ال ب و", "فالمشكلة بالتوصيل"],
}


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_find_is_every_cue_tried_at_every_word(language: str) -> None:
    texts = [*tuning_rows(language)[40:70], *CRAFTED[language]]
    for text in texts:
        seq = telling.tokens(text)
        for entries in _lists(language):
            assert telling.find(seq, entries, language) == _every_start(seq, entries, language)


def test_short_prefixes_and_several_word_cues_are_found_as_before() -> None:
    lists = [("a*", "no*", "not working"), ("*",), ("d*", "deliver* late"), ("x",)]
    seq = telling.tokens("a late delivery and not working, no doubt: delivered late again")
    for entries in lists:
        for language in ("en", "ar"):
            assert telling.find(seq, entries, language) == _every_start(seq, entries, language)


def test_a_texts_places_are_bounded_and_the_same_when_asked_again() -> None:
    assert telling._places.cache_info().maxsize == 256
    seq = tuple(telling.tokens("والطلب ما وصل والطلب"))
    fresh = telling._places.__wrapped__(seq, "ar")
    assert telling._places(seq, "ar") == fresh
    assert telling._places(seq, "ar") is telling._places(seq, "ar")  # remembered
    assert fresh[0]["طلب"] == [0, 3] and "طلب" not in telling._places(seq, "fa")[0]  # by language
    telling.find(seq, cues.EVENT["ar"], "ar")
    assert telling._places(seq, "ar")[:2] == fresh[:2]  # find never changes the places (r38:
    assert fresh[2] == {}  # only the third part, the spans found, is filled in by find)


def test_no_answer_leaks_from_one_customers_text_to_anothers() -> None:
    entries = cues.EVENT["en"]
    one, other = telling.tokens("my parcel never arrived"), telling.tokens("thanks, all good")
    first = telling.find(one, entries, "en")
    assert first and telling.find(other, entries, "en") == _every_start(other, entries, "en")
    for number in range(300):  # more texts than the cache holds: the first is worked out again
        telling.find(telling.tokens(f"text {number} was late"), entries, "en")
    assert telling.find(one, entries, "en") == first
    assert telling.find(list(one), entries, "en") == telling.find(tuple(one), entries, "en")
