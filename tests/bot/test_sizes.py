"""Small modules and short functions, so each can be read in one sitting (ast, no timing)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("dialogues", "nlu", "storage", "bot")
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _modules() -> list[Path]:
    found = [p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))]
    # Alembic's revision files are generated history, not code anyone reshapes.
    return [p for p in found if "migrations" not in p.parts]


def test_the_packages_are_found() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in _modules()}
    assert {"dialogues/policy.py", "bot/effects.py", "storage/database.py"} <= names


def test_no_module_is_longer_than_about_400_lines() -> None:
    long = {
        p.relative_to(ROOT).as_posix(): n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_no_function_is_longer_than_about_60_lines() -> None:
    long: dict[str, int] = {}
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                # From the def (decorators aside) to the last line of the body.
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(ROOT).as_posix()}:{node.lineno} {node.name}"] = lines
    assert long == {}
