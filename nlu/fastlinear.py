"""Score one text with a fitted TF-IDF + logistic-regression pipeline without sklearn's overhead.

``Pipeline.predict_proba`` on a single text costs ~1.4 ms, mostly input validation and sparse
matrix plumbing; the same arithmetic on a dict of feature weights takes a tenth of that, which
keeps parse() p99 under 2 ms.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class _Vectorizer:
    """One TF-IDF vectorizer's analyzer, vocabulary and idf, with its column offset."""

    analyze: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray[Any, Any]
    offset: int
    sublinear: bool


class FastLinearScorer:
    """Class probabilities equal to ``pipeline.predict_proba`` for a single text."""

    def __init__(self, pipeline: Any) -> None:
        """Take vocabularies, idf and coefficients out of a fitted Pipeline(FeatureUnion, LR)."""
        union = pipeline.named_steps["features"]
        classifier = pipeline.named_steps["classifier"]
        self.classes: tuple[str, ...] = tuple(str(c) for c in classifier.classes_)
        self._vectorizers: list[_Vectorizer] = []
        offset = 0
        for _, vectorizer in union.transformer_list:
            self._vectorizers.append(
                _Vectorizer(
                    analyze=vectorizer.build_analyzer(),
                    vocabulary=dict(vectorizer.vocabulary_),
                    idf=np.asarray(vectorizer.idf_),
                    offset=offset,
                    sublinear=bool(vectorizer.sublinear_tf),
                )
            )
            offset += len(vectorizer.vocabulary_)
        # Column-major so that coef[:, columns] gathers contiguous rows of the transposed matrix.
        self._coef_t = np.ascontiguousarray(classifier.coef_.T)
        self._intercept = np.asarray(classifier.intercept_)
        self._binary = self._coef_t.shape[1] == 1

    def _features(self, text: str) -> tuple[list[int], list[float]]:
        """Column indices and l2-normalised tf-idf values of ``text``."""
        columns: list[int] = []
        values: list[float] = []
        for vec in self._vectorizers:
            counts = Counter(term for term in vec.analyze(text) if term in vec.vocabulary)
            if not counts:
                continue
            local = [vec.vocabulary[term] for term in counts]
            tf = np.fromiter(counts.values(), dtype=float, count=len(counts))
            if vec.sublinear:
                tf = np.log(tf) + 1.0
            weights = tf * vec.idf[local]
            weights /= np.sqrt(np.dot(weights, weights))
            columns.extend(vec.offset + i for i in local)
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
