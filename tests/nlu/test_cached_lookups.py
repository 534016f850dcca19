"""Round 26's NLU caches answer as the uncached code: hazm's lexicon look-ups remembered per
word, a Latin text's reading remembered per text."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import numpy as np

from nlu.hazm_compact import _hash, _HashSet
from nlu.latin import latin_reading

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"
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


def _searchsorted(hashes: np.ndarray, word: str) -> bool:
    """The look-up as round 26 made it: numpy's search of the sorted hashes."""
    key = np.uint64(_hash(word))
    index = int(np.searchsorted(hashes, key))
    return bool(index < len(hashes) and hashes[index] == key)


def test_the_buffers_search_answers_as_numpys(tmp_path: Path) -> None:
    rows = (REAL / "fa.tsv").read_text(encoding="utf-8").splitlines()[1:301]
    words = sorted({w for row in rows for w in row.split("\t")[0].split()})
    pairs = [f"{a}\u200c{b}" for a, b in pairwise(words)]  # what token_spacing asks
    asked = [*words, *pairs, "", *WORDS]
    # Every other word known, as a mapped file like the cache's (the server's way).
    path = tmp_path / "hashes.npy"
    np.save(path, np.unique(np.array([_hash(w) for w in asked[::2]], dtype=np.uint64)))
    for hashes in (np.load(path, mmap_mode="r"), np.load(path)):
        known = _HashSet(hashes)
        expected = [_searchsorted(hashes, w) for w in asked]
        assert [known._look_up(w) for w in asked] == expected
        assert [w in known for w in asked] == expected
        assert {w for w, found in zip(asked, expected, strict=True) if found} == set(asked[::2])
        assert len(set(asked[::2])) > 1000
    empty = _HashSet(np.empty(0, dtype=np.uint64))
    assert [w in empty for w in WORDS] == [False] * len(WORDS)


def test_the_last_words_hash_is_its_hash_and_two_lists_answer_alike() -> None:
    """``token_spacing`` asks ``verbs`` then ``words`` about one pair: its hash is reused for
    the second (``_last_hash``), and each list answers as with a hash worked out anew."""
    from nlu import hazm_compact

    asked = ["کتاب", "کتاب", "می\u200cخواهم", "", "", "سفارش", "کتاب", "ناموجود\u200cها"] * 2
    assert [hazm_compact._last_hash(w) for w in asked] == [_hash(w) for w in asked]
    verbs = _HashSet(np.unique(np.array([_hash(WORDS[1])], dtype=np.uint64)))
    words = _HashSet(np.unique(np.array([_hash(w) for w in WORDS[:3]], dtype=np.uint64)))
    for word in (*WORDS, *reversed(WORDS)):  # each word to both lists, one after the other
        assert (word in verbs, word in words) == (
            word == WORDS[1],
            word in WORDS[:3] and word != "",
        )
