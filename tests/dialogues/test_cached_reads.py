"""The policy's cached pure reads answer as the uncached functions do, whatever the caller
does with its list afterwards (the cache keys on a copy)."""

from __future__ import annotations

from dialogues import telling
from dialogues.text import fold
from nlu.normalize import normalize


def test_a_tellings_read_follows_the_callers_list_not_a_stale_cache() -> None:
    messages = ["my order never arrived"]
    first = telling.read(messages, "en")
    messages.append("I need a refund please")  # the same list object, now a longer telling
    second = telling.read(messages, "en")
    assert (first.need, first.words) == (False, 4)
    assert (second.need, second.words) == (True, 9)
    assert second == telling._read.__wrapped__(tuple(messages), "en")


def test_cached_fold_and_normalize_equal_their_uncached_forms() -> None:
    texts = ["Ｋأحمد", "سلام، سفارشم كجاست؟", "I can't log in!!!", "ۀ ي ك ١٢٣"]
    for text in texts * 2:  # the second round is served from the caches
        assert fold(text) == fold.__wrapped__(text)
        for language in ("fa", "ar", "en"):
            assert normalize(text, language) == normalize.__wrapped__(text, language)
