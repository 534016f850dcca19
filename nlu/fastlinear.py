"""Score one text with the fitted TF-IDF + logistic-regression weights, numpy only.

The weights are taken out of the sklearn pipeline once, at training, and kept as plain
arrays (``to_arrays``; saved with ``numpy.savez``). Scoring re-implements the two
vectorizers' analyzers (char_wb and word n-grams, lower-cased) in a few lines, so a
running bot never imports scikit-learn or scipy (~100 MB of RSS), and a single text
costs a tenth of ``Pipeline.predict_proba``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

_WHITE_SPACES = re.compile(r"\s\s+")  # what sklearn's char_wb analyzer squeezes


def _char_wb(min_n: int, max_n: int) -> Callable[[str], list[str]]:
    """sklearn's ``_char_wb_ngrams``: n-grams inside space-padded words."""

    def analyze(text: str) -> list[str]:
        grams: list[str] = []
        for word in _WHITE_SPACES.sub(" ", text.lower()).split():
            padded = f" {word} "
            size = len(padded)
            for n in range(min_n, max_n + 1):
                grams.extend([padded[i : i + n] for i in range(max(1, size - n + 1))])
                if size <= n:  # a short word counts once, as in sklearn
                    break
        return grams

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
    return _Vectorizer(
        analyze=analyze,
        vocabulary={term: column for column, term in enumerate(terms)},
        idf=np.asarray(arrays[f"v{index}_idf"]),
        offset=offset,
        sublinear=sublinear == "True",
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

    def _features(self, text: str) -> tuple[list[int], list[float]]:
        """Column indices and l2-normalised tf-idf values of ``text``."""
        columns: list[int] = []
        values: list[float] = []
        for vec in self._vectorizers:
            # Counted in C first, then only the distinct terms looked up (a text repeats
            # most of its short n-grams).
            vocabulary = vec.vocabulary
            known = [
                (vocabulary[t], n) for t, n in Counter(vec.analyze(text)).items() if t in vocabulary
            ]
            if not known:
                continue
            local = [column for column, _ in known]
            tf = np.fromiter((n for _, n in known), dtype=float, count=len(known))
            if vec.sublinear:
                tf = np.log(tf) + 1.0
            weights = tf * vec.idf[local]
            weights /= np.sqrt(np.dot(weights, weights))
            offset = vec.offset
            columns.extend([offset + i for i in local] if offset else local)
            values.extend(weights.tolist())
        return columns, values

    def predict_proba(self, text: str) -> np.ndarray[Any, Any]:
        """Softmax (or sigmoid for two classes) of the linear scores."""
        columns, values = self._features(text)
        scores = self._intercept.copy()
        if columns:
            scores = scores + np.asarray(values) @ self._coef_t[columns]
        if self._binary:
            positive = 1.0 / (1.0 + np.exp(-scores[0]))
            return np.array([1.0 - positive, positive])
        scores = scores - scores.max()
        exp = np.exp(scores)
        result: np.ndarray[Any, Any] = exp / exp.sum()
        return result
