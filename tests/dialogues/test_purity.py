"""The policy package stays pure: no transport, no database, no HTTP."""

import subprocess
import sys
from pathlib import Path

FORBIDDEN = ("telegram", "sqlalchemy", "aiohttp")
ROOT = Path(__file__).resolve().parents[2]


def test_dialogues_imports_no_transport_database_or_http() -> None:
    modules = sorted(p.stem for p in (ROOT / "dialogues").glob("*.py") if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module('dialogues.' + name)\n"
        "import dialogues.reflection\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"dialogues pulled in: {result.stdout.strip()}"
    assert len(modules) >= 8  # the test really imported the package's modules
