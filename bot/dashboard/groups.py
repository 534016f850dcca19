"""Recurring jobs and struggles, grouped by how alike customers' own words are.

Character n-grams (TF-IDF) work across Persian, Arabic and English without a tokenizer,
and agglomerative clustering needs no group count up front: a distance threshold decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

# Tuned on the labelled sample from rows 1-1000 (scripts/group_purity.py --sweep).
THRESHOLD = 0.9  # average cosine distance under which groups merge
MANY = 50  # from this many texts on, drop rare and ubiquitous n-grams and reduce dimensions
DIMENSIONS = 60
MAX_TEXTS = 3000  # clustering is quadratic; the newest this many are enough for a huddle
_NOISE = re.compile(r"@\w+|https?://\S+|#")  # handles, links and hash signs say nothing of the job


def _vectors(texts: list[str]) -> np.ndarray[Any, Any]:
    """Unit-length vectors; on larger samples, latent dimensions that carry topics."""
    # scikit-learn and scipy cost ~100 MB of RSS: only a process that serves the dashboard pays.
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    many = len(texts) >= MANY
    vectorizer = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 4),
        sublinear_tf=True,
        min_df=2 if many else 1,
        max_df=0.2 if many else 1.0,
    )
    matrix = vectorizer.fit_transform([_NOISE.sub(" ", t.lower()) for t in texts])
    dimensions = min(DIMENSIONS, matrix.shape[0] - 1, matrix.shape[1] - 1)
    if many and dimensions >= 2:
        reduced = TruncatedSVD(dimensions, random_state=0).fit_transform(matrix)
        return np.asarray(normalize(reduced))
    return np.asarray(matrix.toarray())


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
    try:
        matrix = _vectors(texts)
    except ValueError:  # nothing but punctuation or blanks: one group of noise
        return [Group(tuple(range(len(texts))))]
    from sklearn.cluster import AgglomerativeClustering

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
