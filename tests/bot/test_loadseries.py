"""The process series' arithmetic: medians with their spread, summaries of repeated runs."""

from __future__ import annotations

from typing import Any

from bot.benchproc import median_spread, percentiles
from bot.loadseries import summary


def test_the_median_of_an_even_count_is_the_mean_of_the_middle_two() -> None:
    assert median_spread([30.0, 10.0, 20.0]) == {
        "median": 20.0,
        "min": 10.0,
        "max": 30.0,
        "runs": [30.0, 10.0, 20.0],  # in the order they ran
    }
    assert median_spread([4.0, 1.0, 3.0, 2.0])["median"] == 2.5


def test_percentiles_take_the_value_at_or_above_each_rank() -> None:
    values = [i / 1000 for i in range(1, 101)]  # 1..100 ms
    assert percentiles(values) == {"p50": 50.0, "p95": 95.0, "p99": 99.0}
    assert percentiles([]) == {}


def _run(msgs_per_s: float, messages: int, postgres_cpu_s: float) -> dict[str, Any]:
    return {
        "messages": messages,
        "lost": 1 if msgs_per_s < 15 else 0,
        "msgs_per_s": msgs_per_s,
        "msgs_per_s_steady": msgs_per_s * 2,
        "turn_ms": {"p50": 100.0},
        "bot_cpu_ms_per_msg": 5.0,
        "bot_cores_busy": 0.5,
        "driver_cpu_ms_per_msg": 2.0,
        "postgres_cpu_s": postgres_cpu_s,
        "connections_opened": 3,
        "commits": messages * 4,
        "rows_scanned": messages * 40,
        "rows_written": messages * 9,
        "load_average_before": 2.0,
    }


def test_a_summary_reports_each_figure_over_the_runs_of_one_process_count() -> None:
    figures = summary([_run(30.0, 960, 1.92), _run(10.0, 960, 3.84), _run(20.0, 960, 2.88)])
    assert figures["msgs_per_s"]["median"] == 20.0
    assert figures["msgs_per_s_steady"]["median"] == 40.0
    assert (figures["msgs_per_s"]["min"], figures["msgs_per_s"]["max"]) == (10.0, 30.0)
    assert figures["postgres_cpu_ms_per_msg"]["runs"] == [2.0, 4.0, 3.0]
    assert figures["lost"] == 1
    assert figures["connections_opened"] == [3, 3, 3]
    assert figures["commits_per_msg"]["median"] == 4.0
