"""Round 22's cached word forms in the phrase index find what the uncached search found."""

from __future__ import annotations

from typing import Any

import pytest

from nlu import matching
from nlu.sentiment import lexical_score


def _find_uncached(index: matching.PhraseIndex[str], tokens: list[str], language: str) -> list[Any]:
    """The phrase index's search as it ran before a word's forms and heads were cached."""
    token_forms = [matching.forms(t) for t in tokens]
    suffixes = matching._SUFFIXES.get(language, matching._SUFFIXES["en"])
    found_all: list[Any] = []
    for start, candidates in enumerate(token_forms):
        heads = matching._heads(candidates, suffixes)
        found = [
            (words, payload)
            for form in candidates
            for words, payload in index._index.get(form[:2], ())
            if words[0] in heads
            and matching._matches_at(words, [tuple(f) for f in token_forms], start, language)
        ]
        found.sort(key=lambda item: (-len(item[0]), -sum(map(len, item[0]))))
        found_all.extend((start, len(words), payload) for words, payload in found)
    return found_all


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "والطلب وصل متأخر والاكل بارد وبالطلبات الكثيرة"),
        ("fa", "سفارشم دیر رسید و غذاها سرد بودند"),
        ("en", "the orders arrived late and the refunds never came"),
    ],
)
def test_phrase_index_finds_as_uncached(language: str, text: str) -> None:
    words = "طلب اكل بارد الطلب سفارش دیر غذا سرد order arrived late refund".split()
    entries = [((w,), w) for w in words] + [
        (("وصل", "متأخر"), "late"),
        (("دیر", "رسید"), "late"),
        (("arrived", "late"), "late"),
    ]
    index = matching.PhraseIndex(entries)
    tokens = matching.tokenize(text)
    for _ in range(2):  # cold, then from the cache
        assert list(index.find(tokens, language)) == _find_uncached(index, tokens, language)
    assert list(index.find(tokens, language))  # the cases do find something


def test_sentiment_counts_emoji_and_skips_texts_without() -> None:
    assert lexical_score("ok 😍😍", "en") - lexical_score("ok", "en") == 3.0
    assert lexical_score("ok 😡", "en") - lexical_score("ok", "en") == -1.5


def test_every_emoticon_holds_a_mark_the_guard_looks_for() -> None:
    from nlu import sentiment

    emoticons = (*sentiment._POSITIVE_EMOTICONS, *sentiment._NEGATIVE_EMOTICONS)
    assert all(not sentiment._EMOTICON_MARKS.isdisjoint(e) for e in emoticons)
    assert lexical_score("ok :) :(", "en") == lexical_score("ok", "en")  # +1.5 − 1.5
    assert lexical_score("ok <3 ;)", "en") - lexical_score("ok", "en") == 3.0


def test_a_prefix_none_of_whose_first_words_is_a_head_is_passed_by() -> None:
    index = matching.PhraseIndex([(("order",), 1), (("orange", "juice"), 2), (("late",), 3)])
    assert index._firsts == {"or": frozenset({"order", "orange"}), "la": frozenset({"late"})}
    tokens = matching.tokenize("orders of orange juice came late or not")
    assert list(index.find(tokens, "en")) == _find_uncached(index, tokens, "en")  # type: ignore[arg-type]
    assert [payload for _, _, payload in index.find(tokens, "en")] == [1, 2, 3]
