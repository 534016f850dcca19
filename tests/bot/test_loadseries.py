"""The process series' arithmetic: medians with their spread, summaries of repeated runs."""

from __future__ import annotations

import os
import threading
from typing import Any

from bot.benchproc import cpu_figures, median_spread, percentiles, run_queue_seconds, wakeups
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
        "bot_cores_waiting": msgs_per_s / 100,
        "bot_wait_ms_per_msg": 3.0,
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
    assert figures["bot_cores_waiting"]["runs"] == [0.3, 0.1, 0.2]


def test_run_queue_time_is_read_over_every_thread_and_summed_per_message() -> None:
    before = run_queue_seconds(os.getpid())
    worker = threading.Thread(target=lambda: sum(range(200_000)))
    worker.start()
    worker.join()
    assert run_queue_seconds(os.getpid()) >= before >= 0.0
    assert run_queue_seconds(2**31 - 1) == 0.0  # no such process: nothing read
    assert wakeups(os.getpid()) > 0  # the thread's join slept until it ended
    assert wakeups(2**31 - 1) == 0
    figures = cpu_figures([2.0], 1000, 10.0, 1.0, [5.0])
    assert (figures["bot_cores_busy"], figures["bot_cores_waiting"]) == (0.2, 0.5)
    assert figures["bot_wait_ms_per_msg"] == 5.0
