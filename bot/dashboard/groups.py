"""Recurring jobs and struggles, grouped by how alike customers' own words are.

Character n-grams (TF-IDF) work across Persian, Arabic and English without a tokenizer,
and agglomerative clustering needs no group count up front: a distance threshold decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

THRESHOLD = 0.9  # cosine distance under which two texts belong together (tuned on rows 1-1000)
MAX_TEXTS = 3000  # clustering is quadratic; the newest this many are enough for a huddle


@dataclass(frozen=True)
class Group:
    """Texts that say much the same thing: indexes into the input, the most typical first."""

    members: tuple[int, ...]

    @property
    def size(self) -> int:
        """How many texts."""
        return len(self.members)


def cluster(texts: Sequence[str], threshold: float = THRESHOLD) -> list[Group]:
    """Groups of ``texts`` (largest first); every text lands in exactly one group."""
    texts = list(texts)[:MAX_TEXTS]
    if not texts:
        return []
    if len(texts) == 1:
        return [Group((0,))]
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=1
    )
    try:
        matrix = vectorizer.fit_transform(texts).toarray()
    except ValueError:  # nothing but punctuation or blanks: one group of noise
        return [Group(tuple(range(len(texts))))]
    empty = ~matrix.any(axis=1)
    matrix[empty, 0] = 1.0  # cosine distance needs a non-zero vector
    labels = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
    ).fit_predict(matrix)
    groups: list[Group] = []
    for label in np.unique(labels):
        members = np.flatnonzero(labels == label)
        centre = matrix[members].mean(axis=0)
        order = members[np.argsort(-(matrix[members] @ centre))]
        groups.append(Group(tuple(int(i) for i in order)))
    groups.sort(key=lambda g: (-g.size, g.members[0]))
    return groups


def purity(groups: Sequence[Group], labels: Sequence[str]) -> float:
    """Share of texts whose group's majority label is their own label."""
    total = sum(g.size for g in groups)
    if total == 0:
        return 0.0
    agree = 0
    for group in groups:
        counts: dict[str, int] = {}
        for index in group.members:
            counts[labels[index]] = counts.get(labels[index], 0) + 1
        agree += max(counts.values())
    return agree / total
