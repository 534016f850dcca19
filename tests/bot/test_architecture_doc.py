"""docs/architecture.md cannot drift: every module it names exists, every dotted name resolves."""

from __future__ import annotations

import importlib
import itertools
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
PACKAGES = ("bot", "dialogues", "nlu", "storage")
_FENCE = re.compile(r"```.*?```", re.DOTALL)
_TICKED = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
_PATHLIKE = re.compile(r"^[\w.-]+(/[\w.{},*-]*)+$|^[\w{},*-]+\.(py|md|yml|ini|toml)$")
_DOTTED = re.compile(rf"^({'|'.join(PACKAGES)})(\.\w+)+$")
_IN_DIAGRAM = re.compile(rf"(?<![\w/])(?:{'|'.join(PACKAGES)})/[\w/]+\.py\b")


def _expand(pattern: str) -> list[str]:
    """``a/{x,y}.yml`` → ``a/x.yml``, ``a/y.yml`` (one brace group per segment is enough)."""
    parts = re.split(r"\{([^}]*)\}", pattern)
    choices = [p.split(",") if i % 2 else [p] for i, p in enumerate(parts)]
    return ["".join(c) for c in itertools.product(*choices)]


def _named_paths() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    prose = _FENCE.sub("", text)
    ticked = [t for t in _TICKED.findall(prose) if _PATHLIKE.match(t)]
    return sorted(set(ticked) | set(_IN_DIAGRAM.findall(text)))


def test_the_doc_names_the_modules_of_the_three_paths() -> None:
    named = _named_paths()
    for module in ("bot/telegram/intake.py", "bot/service.py", "dialogues/policy.py"):
        assert module in named
    for module in ("bot/handoffs.py", "bot/handoff_clock.py", "bot/outbox.py"):
        assert module in named


def test_every_module_path_in_the_doc_exists() -> None:
    missing = [
        name
        for name in _named_paths()
        for path in _expand(name)
        if not list(ROOT.glob(path.rstrip("/")))
        or (name.endswith("/") and not (ROOT / path).is_dir())
    ]
    assert missing == []


def test_every_dotted_name_in_the_doc_resolves() -> None:
    prose = _FENCE.sub("", DOC.read_text(encoding="utf-8"))
    dotted = sorted({t for t in _TICKED.findall(prose) if _DOTTED.match(t)})
    assert dotted, "the doc names no module by its dotted path"
    unresolved = []
    for name in dotted:
        parts = name.split(".")
        for cut in range(len(parts), 0, -1):  # the longest importable prefix, then attributes
            try:
                found: object = importlib.import_module(".".join(parts[:cut]))
                break
            except ModuleNotFoundError:
                continue
        else:
            unresolved.append(name)
            continue
        for attribute in parts[cut:]:
            if not hasattr(found, attribute):
                unresolved.append(name)
                break
            found = getattr(found, attribute)
    assert unresolved == []
