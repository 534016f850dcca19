"""Print how well the dashboard's grouping puts messages about the same job together.

Reads the labelled sample in tests/data/groups/ (see scripts/make_group_sample.py) and
clusters each language exactly as the jobs page does. Purity: the share of messages whose
group's majority label is their own. Because singletons are trivially pure, it also
prints inverse purity (for each label, the share of its messages found in its biggest
group) and their harmonic mean (F). ``--sweep`` tries other distance thresholds.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bot.dashboard.groups import THRESHOLD, Group, cluster, purity

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "groups"


def inverse_purity(groups: Sequence[Group], labels: Sequence[str]) -> float:
    """Share of messages whose label's largest group contains them (1.0: never split)."""
    best: dict[str, int] = {}
    for group in groups:
        for label, count in Counter(labels[i] for i in group.members).items():
            best[label] = max(best.get(label, 0), count)
    return sum(best.values()) / len(labels)


def load(language: str) -> tuple[list[str], list[str]]:
    """(texts, labels) of one language's sample."""
    with (SAMPLE / f"{language}.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def report(threshold: float) -> None:
    """One line per language."""
    for language in ("fa", "ar", "en"):
        texts, labels = load(language)
        groups = cluster(texts, threshold)
        p, q = purity(groups, labels), inverse_purity(groups, labels)
        f = 2 * p * q / (p + q) if p + q else 0.0
        print(
            f"{language}  threshold={threshold:.2f}  n={len(texts)}  labels={len(set(labels))}  "
            f"groups={len(groups)}  singletons={sum(1 for g in groups if g.size == 1)}  "
            f"purity={p:.3f}  inverse_purity={q:.3f}  F={f:.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    for threshold in (0.8, 0.85, 0.9, 0.93, 0.95, 0.97) if args.sweep else (THRESHOLD,):
        report(threshold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
