"""What the load benchmark reads of the bot processes it runs: memory and CPU time (Linux)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any


def status_kb(pid: int, field: str) -> int:
    """A memory figure of a process in kB (VmRSS, VmHWM); 0 once it is gone."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    with contextlib.suppress(OSError, IndexError, ValueError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return 0.0


def cpu_figures(
    cpu_each: list[float], messages: int, elapsed: float, load: float
) -> dict[str, Any]:
    """The bots' CPU time per message (what a shared machine's load changes least), per
    process, and the cores they kept busy: well below one each, they waited (on the
    database, on each other or on a machine busy with other work), not on their own CPU."""
    return {
        "bot_cpu_ms_per_msg": round(1000 * sum(cpu_each) / max(1, messages), 2),
        "bot_cpu_ms_per_msg_each": [round(1000 * c / max(1, messages), 2) for c in cpu_each],
        "bot_cores_busy": round(sum(cpu_each) / elapsed, 2),
        "load_average_before": round(load, 2),
    }
