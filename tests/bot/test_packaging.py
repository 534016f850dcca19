"""The image installs the project with `pip install .`: every data file a package reads must ship.

A lexicon read beside the code works in an editable checkout and is missing from a built wheel
unless `[tool.setuptools.package-data]` names it — then the bot in Docker fails on its first
reflection. This test compares the files git tracks in each package with what the globs cover.
"""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("dialogues", "nlu", "storage", "bot")


def _tracked(package: str) -> set[Path]:
    """Files git tracks under a package, the Python sources excepted."""
    listed = subprocess.run(
        ["git", "ls-files", package], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return {ROOT / name for name in listed if not name.endswith(".py")}


@pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout"
)
def test_every_data_file_of_a_package_ships_in_the_wheel() -> None:
    """Each tracked non-Python file under a package matches one of its package-data globs."""
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]
    missing: list[str] = []
    for package in PACKAGES:
        covered = {
            path for pattern in globs.get(package, []) for path in (ROOT / package).glob(pattern)
        }
        missing += sorted(str(p.relative_to(ROOT)) for p in _tracked(package) - covered)
    assert not missing, f"add to [tool.setuptools.package-data]: {missing}"


def test_the_lexicons_are_among_the_files_checked() -> None:
    """The reflection lexicons exist where the test above looks (the check is not vacuous)."""
    lexicon = ROOT / "dialogues" / "reflection" / "lexicon"
    assert {"en_known.txt", "fa_words.txt"} <= {p.name for p in lexicon.iterdir()}
