"""Round 38: ``telling.find`` keeps each list's spans beside a text's places (``_places``'s
third part): a list read again against the same text is one look-up, bounded, never shared
between texts, and answered as it would be worked out."""

from __future__ import annotations

import pytest

from dialogues import cues, telling
from tests.dialogues.test_cached_policy34 import _every_start, _lists
from tests.dialogues.tuning_rows import tuning_rows


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_a_list_read_again_is_answered_as_the_first_time(language: str) -> None:
    for text in tuning_rows(language)[70:85]:
        seq = telling.tokens(text)
        for entries in _lists(language):
            first = telling.find(seq, entries, language)
            assert telling.find(seq, entries, language) == first
            assert telling.find(tuple(seq), entries, language) == first
            assert first == _every_start(seq, entries, language)


def test_the_answer_is_the_callers_own_list() -> None:
    seq, entries = telling.tokens("my parcel never arrived, the parcel is late"), cues.EVENT["en"]
    first = telling.find(seq, entries, "en")
    assert first
    first.append((99, 100))  # a caller changing its answer changes nothing remembered
    assert telling.find(seq, entries, "en") == _every_start(seq, entries, "en")


def test_the_spans_kept_for_a_text_are_bounded() -> None:
    seq = telling.tokens("the delivery was late and the food was cold")
    lists = [("late", f"word{number}") for number in range(300)]  # a list built per call
    for entries in lists:
        assert telling.find(seq, entries, "en") == [(3, 4)]
    known = telling._places(tuple(seq), "en")[2]
    assert 0 < len(known) <= 128
    assert all(held[0] is lists[0] or id(held[0]) == key for key, held in known.items())
    assert telling.find(seq, lists[-1], "en") == [(3, 4)]  # not kept, worked out again


def test_a_list_built_per_call_gets_its_own_spans() -> None:
    seq = telling.tokens("thanks, the food was great")
    for word in ("great", "food", "thanks", "great"):
        entries = tuple([word])  # a new tuple each time (an id a freed one may have had)
        assert telling.find(seq, entries, "en") == _every_start(seq, entries, "en")
    assert telling.find(seq, ("food",), "en") == [(2, 3)]


def test_no_answer_leaks_from_one_customers_text_to_anothers() -> None:
    entries = cues.EVENT["en"]
    one, other = telling.tokens("my parcel never arrived"), telling.tokens("thanks, all good")
    first = telling.find(one, entries, "en")
    assert first and telling.find(other, entries, "en") == _every_start(other, entries, "en")
    assert telling._places(tuple(other), "en")[2] is not telling._places(tuple(one), "en")[2]
    for number in range(300):  # more texts than the cache holds: the first is worked out again
        telling.find(telling.tokens(f"text {number} was late"), entries, "en")
    assert telling._places(tuple(one), "en")[2] == {}
    assert telling.find(one, entries, "en") == first
