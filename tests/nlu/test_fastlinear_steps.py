"""The scorer's steps with take() and math.sqrt give, bit for bit, what indexing and
np.sqrt gave (the arithmetic itself unchanged): rows 1-1000 of fa, ar and en."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from nlu.embedded import EmbeddedParser
from nlu.fastlinear import FastLinearScorer
from nlu.language import detect_language
from nlu.normalize import normalize

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"


def _reference(scorer: FastLinearScorer, text: str) -> np.ndarray[Any, Any]:
    """``predict_proba`` as it was (round 26's steps)."""
    columns: list[np.ndarray[Any, Any]] = []
    values: list[np.ndarray[Any, Any]] = []
    for vec in scorer._vectorizers:
        known = vec.counts(text)
        if not known:
            continue
        size = len(known)
        local = np.fromiter(known, dtype=np.intp, count=size)
        tf = np.fromiter(known.values(), dtype=float, count=size)
        if vec.sublinear:
            tf = np.log(tf) + 1.0
        weights = tf * vec.idf[local]
        weights /= np.sqrt(np.dot(weights, weights))
        columns.append(local + vec.offset if vec.offset else local)
        values.append(weights)
    scores = scorer._intercept.copy()
    if columns:
        scores = scores + np.concatenate(values) @ scorer._coef_t[np.concatenate(columns)]
    scores = scores - scores.max()
    exp = np.exp(scores)
    result: np.ndarray[Any, Any] = exp / exp.sum()
    return result


def test_the_same_probabilities_bit_for_bit(embedded: EmbeddedParser) -> None:
    assert embedded._model is not None
    scorer = embedded._model.scorer
    intercept = scorer._intercept.copy()
    compared = 0
    for name in ("fa", "ar", "en"):
        lines = (REAL / f"{name}.tsv").read_text(encoding="utf-8").splitlines()[1:1001]
        for line in lines:
            text = line.split("\t")[0]
            normalized = normalize(text, detect_language(text))
            got, want = scorer.predict_proba(normalized), _reference(scorer, normalized)
            assert got.tobytes() == want.tobytes(), text
            compared += 1
    assert np.array_equal(scorer._intercept, intercept)  # never written to
    assert scorer.predict_proba("").tobytes() == _reference(scorer, "").tobytes()
    assert compared == 3000
