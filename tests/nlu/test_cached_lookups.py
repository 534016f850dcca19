"""Round 26's NLU caches answer as the uncached code: hazm's lexicon look-ups remembered per
word, a Latin text's reading remembered per text."""

from __future__ import annotations

import numpy as np

from nlu.hazm_compact import _hash, _HashSet
from nlu.latin import latin_reading

WORDS = ("کتاب", "می\u200cخواهم", "سفارش", "not-a-word", "ناموجود\u200cها", "")


def test_a_remembered_lexicon_answer_is_the_hashes_answer() -> None:
    known = _HashSet(np.unique(np.array([_hash(w) for w in WORDS[:3]], dtype=np.uint64)))
    for _ in range(2):  # the second time from the memo
        assert [word in known for word in WORDS] == [True, True, True, False, False, False]
        assert [word in known for word in WORDS] == [known._look_up(w) for w in WORDS]
    assert known._known.cache_info().hits >= len(WORDS)
    assert 3 not in known and None not in known  # only words are asked, never remembered


def test_a_remembered_latin_reading_is_the_readings_answer() -> None:
    texts = ("sefaresham narasid", "el talab ma wesel", "my order never came", "salam", "ok")
    cold = [latin_reading.__wrapped__(t) for t in texts]
    assert cold == ["fa", "ar", "en", "either", cold[4]]
    assert [latin_reading(t) for t in texts] == cold
    assert [latin_reading(t) for t in texts] == cold  # from the cache
