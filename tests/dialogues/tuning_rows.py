"""The first tuning rows of the shared real messages, for tests that compare two forms of code."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"
ROWS = 300  # of rows 1–1000, the tuning rows


def tuning_rows(language: str, count: int = ROWS) -> list[str]:
    """The text of the first ``count`` data rows of ``language``'s file (skips when absent)."""
    path = REAL / f"{language}.tsv"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [row[0] for row in rows[1 : count + 1]]
