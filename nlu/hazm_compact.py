"""hazm's Normalizer with its word lists in compact form (a few MB instead of ~135).

The Normalizer asks only whether a word is in hazm's lexicon (and whether its corpus
frequency is above zero) and whether a form is a conjugated verb. Those answers are
taken once, by a child process that builds the real lists, as sorted 64-bit hashes in one
``.npy`` file (``build``); a server maps the file and never builds the lists, so neither the
lists (~350k verb forms, ~190k words with their tags) nor the garbage they leave while
being built reach its heap. The mapped pages are read from the page cache when a look-up
touches them (shared by every process on the machine, and dropped by the kernel under
pressure, being clean), so an idle process holds a few pages of them, not ~3.5 MB.
Everything else is hazm's own Normalizer, unchanged.

Only what can be asked is kept: the Normalizer asks ``verbs`` about a form with a ZWNJ in
it (``seperate_mi`` puts one after «می», ``token_spacing`` joins two tokens with one) or an
underscore (``token_spacing``'s look-ahead), and the frequency about such a joined pair; a
verb form or frequency without either is never asked for (213k of 346k verb forms and 7k
of 27k frequencies kept, the same answers: ``tests/nlu/test_hazm_lite.py``).
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
import tempfile
from bisect import bisect_left
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from nlu.hazm_compiled import compile_patterns
from nlu.hazm_lite import normalizer_class

log = logging.getLogger(__name__)

FORMAT = "2"  # bump when what is hashed, or how it is stored, changes
_ASKED = ("\u200c", "_")  # what every ``verbs`` and frequency question contains
_LISTS = ("words", "frequent", "verbs")
WORD_CACHE = 4096  # answers kept per list


def _hash(word: str) -> int:
    """A stable 64-bit hash (Python's own ``hash`` differs between processes)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


# The last word hashed, with its hash: ``token_spacing`` asks ``verbs`` and then ``words``
# about the same new pair of tokens, and the two memos each missed it (two hashes of one
# word). One (word, hash) tuple, replaced whole: a reader never sees a half-written pair.
_LAST: list[tuple[str, int]] = [("", _hash(""))]


def _last_hash(word: str) -> int:
    """``_hash(word)``, the last word's hash reused when asked again straight away."""
    last_word, last_hash = _LAST[0]
    if word == last_word:
        return last_hash
    key = _hash(word)
    _LAST[0] = (word, key)
    return key


def _hashes(words: Any) -> np.ndarray[Any, Any]:
    return np.unique(np.fromiter((_hash(w) for w in words), dtype=np.uint64))


class _HashSet:
    """Membership of words by their sorted hashes (a false positive: ~1 in 10^13)."""

    def __init__(self, hashes: np.ndarray[Any, Any]) -> None:
        self._hashes = hashes
        # Searched through the buffer (C's bisect over Python ints), not numpy: a scalar
        # ``searchsorted`` on the mapped array and its indexing cost ~5 times the search
        # itself, and most questions (a joined pair of tokens) are new ones the memo misses.
        self._sorted = hashes.data
        # The Normalizer asks about the same words in message after message (a hash, a
        # numpy search and an index each time: ~12 % of a Persian parse); the answers never
        # change, so the recent ones are kept (a few hundred KB at most).
        self._known = lru_cache(maxsize=WORD_CACHE)(self._look_up)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return self._known(word)

    def _look_up(self, word: str) -> bool:
        hashes, key = self._sorted, _last_hash(word)
        index = bisect_left(hashes, key)
        return index < len(hashes) and hashes[index] == key


class _Lexicon(_HashSet):
    """hazm's ``words`` dict as the Normalizer reads it: ``w in words``, ``words[w][0] > 0``."""

    def __init__(self, hashes: np.ndarray[Any, Any], frequent: np.ndarray[Any, Any]) -> None:
        super().__init__(hashes)
        self._frequent = _HashSet(frequent)

    def __getitem__(self, word: str) -> tuple[int]:
        if word not in self:
            raise KeyError(word)
        return (1,) if word in self._frequent else (0,)


def cache_path(directory: Path) -> Path:
    """Where the hashes of this hazm version are kept."""
    return directory / f"hazm-lexicon-{metadata.version('hazm')}-{FORMAT}.npy"


def _asked(word: str) -> bool:
    return any(mark in word for mark in _ASKED)


def build(path: Path) -> None:
    """Build hazm's real lists and save their hashes (run in a child process: see module).

    One array: the three lists' lengths, then the three sorted lists one after another."""
    normalizer = normalizer_class()()
    words = normalizer.words
    frequent = (w for w, value in words.items() if value[0] > 0 and _asked(w))
    verbs = (w for w in normalizer.verbs if _asked(w))
    lists = [_hashes(words), _hashes(frequent), _hashes(verbs)]
    lengths = np.array([len(hashes) for hashes in lists], dtype=np.uint64)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as out:
        np.save(out, np.concatenate([lengths, *lists]))
    Path(out.name).replace(path)


def _load(path: Path) -> dict[str, np.ndarray[Any, Any]]:
    """The three lists as read-only views of the mapped file."""
    mapped = np.load(path, mmap_mode="r", allow_pickle=False)
    ends = np.cumsum([len(_LISTS), *(int(n) for n in mapped[: len(_LISTS)])])
    return {
        name: mapped[start:end]
        for name, start, end in zip(_LISTS, ends[:-1], ends[1:], strict=True)
    }


class _NoLemmatizer:
    """Stands in for the Lemmatizer the Normalizer builds only to take its ``verbs``."""

    def __init__(self, **_: Any) -> None:
        self.verbs: dict[str, str] = {}  # replaced by the hashed verbs after construction


def _construct(arrays: dict[str, np.ndarray[Any, Any]]) -> Any:
    """hazm's Normalizer, built around the hashed lists instead of the real ones."""
    normalizer_cls = normalizer_class()
    module: Any = sys.modules[normalizer_cls.__module__]
    real_tokenizer, real_lemmatizer = module.WordTokenizer, module.Lemmatizer
    with tempfile.NamedTemporaryFile("w", suffix=".dat") as empty:

        def tokenizer(**kwargs: Any) -> Any:
            return real_tokenizer(words_file=empty.name, **kwargs)

        module.WordTokenizer, module.Lemmatizer = tokenizer, _NoLemmatizer
        try:
            normalizer = normalizer_cls()
        finally:
            module.WordTokenizer, module.Lemmatizer = real_tokenizer, real_lemmatizer
    lexicon = _Lexicon(arrays["words"], arrays["frequent"])
    normalizer.words = normalizer.tokenizer.words = lexicon
    normalizer.verbs = _HashSet(arrays["verbs"])
    return normalizer


def compact_normalizer(directory: Path | None) -> Any:
    """hazm's Normalizer on hashed lists cached in ``directory``; the real one without it.

    Either way with its patterns compiled once (``nlu.hazm_compiled``)."""
    return compile_patterns(_normalizer(directory))


def _normalizer(directory: Path | None) -> Any:
    if directory is None:
        return normalizer_class()()
    path = cache_path(directory)
    if not path.exists():
        try:
            subprocess.run(
                [sys.executable, "-m", "nlu.hazm_compact", str(path)],
                check=True,
                capture_output=True,
                timeout=300,
            )
        except (OSError, subprocess.SubprocessError) as exc:  # still correct, only larger
            log.warning("hazm's compact lexicon could not be built (%s); using the full one", exc)
            return normalizer_class()()
    return _construct(_load(path))


if __name__ == "__main__":
    build(Path(sys.argv[1]))
