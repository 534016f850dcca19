"""Score one text with the fitted TF-IDF + logistic-regression weights, numpy only.

The weights are taken out of the sklearn pipeline once, at training, and kept as plain
arrays (``to_arrays``; saved with ``numpy.savez``). Scoring re-implements the two
vectorizers' analyzers (char_wb and word n-grams, lower-cased) in a few lines, so a
running bot never imports scikit-learn or scipy (~100 MB of RSS), and a single text
costs a tenth of ``Pipeline.predict_proba``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any

import numpy as np

# Words whose known n-grams are kept (~200 bytes each): a language's frequent words recur
# in nearly every message, and their n-grams were most of the scorer's time.
WORD_CACHE = 8192


def _words_of(text: str) -> list[str]:
    """The words char_wb n-grams are taken inside (lower-cased, as sklearn's analyzer).

    sklearn squeezes runs of ``\\s`` into one space before it splits; ``str.split()`` splits
    on runs of the same characters (both ask ``Py_UNICODE_ISSPACE``), so the words are the
    same without that regex pass (tests/nlu/test_fastlinear_words.py checks every character).
    """
    return text.lower().split()


def _word_grams(word: str, min_n: int, max_n: int) -> list[str]:
    """sklearn's ``_char_wb_ngrams`` of one word: n-grams inside the space-padded word."""
    grams: list[str] = []
    padded = f" {word} "
    size = len(padded)
    for n in range(min_n, max_n + 1):
        grams.extend([padded[i : i + n] for i in range(max(1, size - n + 1))])
        if size <= n:  # a short word counts once, as in sklearn
            break
    return grams


def _char_wb(min_n: int, max_n: int) -> Callable[[str], list[str]]:
    """sklearn's ``_char_wb_ngrams``: n-grams inside space-padded words."""

    def analyze(text: str) -> list[str]:
        return [g for word in _words_of(text) for g in _word_grams(word, min_n, max_n)]

    return analyze


def _words(min_n: int, max_n: int, pattern: str) -> Callable[[str], list[str]]:
    """sklearn's word analyzer: ``token_pattern`` tokens, then 1..n-word n-grams."""
    find = re.compile(pattern).findall

    def analyze(text: str) -> list[str]:
        tokens: list[str] = find(text.lower())
        grams = list(tokens) if min_n == 1 else []
        for n in range(max(min_n, 2), min(max_n, len(tokens)) + 1):
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return grams

    return analyze


@dataclass(frozen=True)
class _Vectorizer:
    """One TF-IDF vectorizer's analyzer, vocabulary and idf, with its column offset."""

    analyze: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray[Any, Any]
    offset: int
    sublinear: bool
    # char_wb only: a word's known n-grams as columns, in the analyzer's order (repeats kept).
    word_columns: Callable[[str], tuple[int, ...]] | None = None

    def counts(self, text: str) -> dict[int, int]:
        """Each known term's column and count in ``text``, in the order first met."""
        vocabulary = self.vocabulary
        if self.word_columns is not None:
            # The same counts as below, per word from the cache; a term's first meeting
            # (so the order of the values summed when scoring) is the same too.
            return Counter(chain.from_iterable(map(self.word_columns, _words_of(text))))
        # Counted in C first, then only the distinct terms looked up (a text repeats most
        # of its short n-grams); a plain dict of them, in the same order (a Counter made
        # of a dict only copied it, after an abstract-class check).
        counted = Counter(self.analyze(text))
        return {vocabulary[t]: n for t, n in counted.items() if t in vocabulary}


def to_arrays(pipeline: Any) -> dict[str, np.ndarray[Any, Any]]:
    """The weights of a fitted Pipeline(FeatureUnion of TfidfVectorizers, LogisticRegression)."""
    union = pipeline.named_steps["features"]
    classifier = pipeline.named_steps["classifier"]
    arrays: dict[str, np.ndarray[Any, Any]] = {
        "classes": np.array([str(c) for c in classifier.classes_]),
        "coef": np.asarray(classifier.coef_, dtype=np.float64),
        "intercept": np.asarray(classifier.intercept_, dtype=np.float64),
    }
    for index, (_, vec) in enumerate(union.transformer_list):
        if vec.analyzer not in ("char_wb", "word") or not vec.lowercase or vec.stop_words:
            raise ValueError(f"unsupported vectorizer settings: {vec!r}")
        terms = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
        arrays[f"v{index}_terms"] = np.array(terms, dtype=str)
        arrays[f"v{index}_idf"] = np.asarray(vec.idf_, dtype=np.float64)
        low, high = vec.ngram_range
        settings = [
            vec.analyzer,
            str(low),
            str(high),
            vec.token_pattern or "",
            str(vec.sublinear_tf),
        ]
        arrays[f"v{index}_settings"] = np.array(settings, dtype=str)
    return arrays


def _vectorizer(arrays: Mapping[str, Any], index: int, offset: int) -> _Vectorizer:
    """Vectorizer ``index`` rebuilt from its arrays."""
    analyzer, low, high, pattern, sublinear = (str(s) for s in arrays[f"v{index}_settings"])
    analyze = (
        _char_wb(int(low), int(high))
        if analyzer == "char_wb"
        else _words(int(low), int(high), pattern)
    )
    terms = [str(t) for t in arrays[f"v{index}_terms"]]
    vocabulary = {term: column for column, term in enumerate(terms)}
    word_columns = None
    if analyzer == "char_wb":
        low_n, high_n = int(low), int(high)

        get = vocabulary.get

        @lru_cache(maxsize=WORD_CACHE)
        def word_columns(word: str) -> tuple[int, ...]:
            # The vocabulary's own int objects, in a tuple: counting them allocates no int
            # (an array's items were each made into a new int object, then freed); the
            # same columns in the same order, repeats kept.
            return tuple(
                column
                for column in map(get, _word_grams(word, low_n, high_n))
                if column is not None
            )

    return _Vectorizer(
        analyze=analyze,
        vocabulary=vocabulary,
        idf=np.asarray(arrays[f"v{index}_idf"]),
        offset=offset,
        sublinear=sublinear == "True",
        word_columns=word_columns,
    )


class FastLinearScorer:
    """Class probabilities equal to the fitted pipeline's ``predict_proba`` for one text."""

    def __init__(self, arrays: Mapping[str, Any]) -> None:
        """Take vocabularies, idf and coefficients from ``to_arrays``' output (or its npz)."""
        self.classes: tuple[str, ...] = tuple(str(c) for c in arrays["classes"])
        self._vectorizers: list[_Vectorizer] = []
        offset = 0
        while f"v{len(self._vectorizers)}_terms" in arrays:
            vec = _vectorizer(arrays, len(self._vectorizers), offset)
            self._vectorizers.append(vec)
            offset += len(vec.vocabulary)
        # Column-major so that coef[:, columns] gathers contiguous rows of the transposed matrix.
        self._coef_t = np.ascontiguousarray(np.asarray(arrays["coef"]).T)
        self._intercept = np.asarray(arrays["intercept"])
        self._binary = self._coef_t.shape[1] == 1

    def _features(self, text: str) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Column indices and l2-normalised tf-idf values of ``text``."""
        # Index arrays built with fromiter, not lists: numpy converts a list of ints one
        # generic element at a time, for the idf and again for the weights' rows (~a third
        # of a parse). The same columns and values, so the same sums.
        columns: list[np.ndarray[Any, Any]] = []
        values: list[np.ndarray[Any, Any]] = []
        for vec in self._vectorizers:
            known = vec.counts(text)
            if not known:
                continue
            size = len(known)
            local = np.fromiter(known, dtype=np.intp, count=size)
            tf = np.fromiter(known.values(), dtype=float, count=size)
            if vec.sublinear:
                tf = np.log(tf) + 1.0
            # take() and math.sqrt: the same values as indexing and np.sqrt of the scalar
            # (a correctly rounded square root either way), each without numpy's dispatch.
            weights = tf * vec.idf.take(local)
            weights /= math.sqrt(np.dot(weights, weights))
            columns.append(local + vec.offset if vec.offset else local)
            values.append(weights)
        if not columns:
            return np.empty(0, dtype=np.intp), np.empty(0)
        return np.concatenate(columns), np.concatenate(values)

    def predict_proba(self, text: str) -> np.ndarray[Any, Any]:
        """Softmax (or sigmoid for two classes) of the linear scores."""
        columns, values = self._features(text)
        scores = self._intercept  # never written to: every step below makes a new array
        if len(columns):
            scores = scores + values @ self._coef_t.take(columns, axis=0)
        if self._binary:
            positive = 1.0 / (1.0 + np.exp(-scores[0]))
            return np.array([1.0 - positive, positive])
        scores = scores - scores.max()
        exp = np.exp(scores)
        result: np.ndarray[Any, Any] = exp / exp.sum()
        return result
