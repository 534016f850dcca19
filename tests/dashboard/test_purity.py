"""The grouping on the labelled real-message sample stays well above chance."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.dashboard.groups import cluster, purity

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from group_purity import inverse_purity, load


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_messages_about_the_same_job_mostly_land_together(language: str) -> None:
    texts, labels = load(language)
    assert len(texts) >= 200
    groups = cluster(texts)
    chance = max(labels.count(x) for x in set(labels)) / len(labels)  # one big group
    assert len(groups) <= 3 * len(set(labels))  # few enough groups to read in a huddle
    assert purity(groups, labels) > chance + 0.25
    assert inverse_purity(groups, labels) > 0.3  # and a job is not scattered everywhere
