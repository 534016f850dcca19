"""The tuning and held-out pools of scripts/abgate.py: real messages split by a hash of the text.

The shared corpus's rows and every message of the judged files are left out, so a pool never
holds a message a judge has read or a rule was tuned on; the halves are fixed by the salt.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "real-messages"
JUDGED = ROOT / "tests" / "data" / "reflections"
LANGUAGES = ("fa", "ar", "en")
# Characters that break a JSON line or a judge's reading of one message: spaces instead.
_BREAKS = re.compile(r"[\r\n\t\v\f\u0085\u2028\u2029]")
_SPACES = re.compile(r"\s+")

Row = dict[str, Any]


def write_lines(path: Path, rows: Iterable[Row]) -> None:
    """Write JSON objects one a line, non-ASCII kept readable."""
    path.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )


def text_key(text: str) -> str:
    """A text with its whitespace runs folded: equal keys are the same message."""
    return _SPACES.sub(" ", text).strip()


def judged_texts(folder: Path) -> set[str]:
    """Every message and text of the judged files: none may enter a pool."""
    seen: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("message", "text") and isinstance(value, str):
                    seen.add(text_key(value))
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted(folder.glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return seen


def split_pool(
    rows: Iterable[tuple[str, str]], excluded: set[str], salt: str, max_chars: int = 700
) -> dict[str, list[Row]]:
    """Tuning and held-out halves by a text hash; duplicates, excluded, long, one-word rows out."""
    halves: dict[str, list[Row]] = {"tune": [], "held": []}
    taken: set[str] = set()
    for row_id, raw in rows:
        text = _BREAKS.sub(" ", raw).strip()
        key = text_key(text)
        if not text or key in excluded or key in taken:
            continue
        if len(text) > max_chars or len(text.split()) < 2:
            continue
        taken.add(key)
        digest = hashlib.sha1((salt + key).encode()).digest()[0]
        halves["tune" if digest % 2 == 0 else "held"].append({"row": row_id, "message": text})
    return halves


def source_rows(language: str, sources: list[str]) -> Iterator[tuple[str, str]]:
    """(row id, text) of a language's CSV files, each `PREFIX=PATH` (row ids PREFIX:N) or PATH."""
    csv.field_size_limit(10**9)
    for source in sources:
        prefix, _, name = source.rpartition("=")
        path = Path(name)
        prefix = prefix or path.stem
        with path.open(encoding="utf-8", newline="") as handle:
            if language == "en":  # the airline tweets: a header with a `text` column
                for index, record in enumerate(csv.DictReader(handle)):
                    yield f"{prefix}:{index}", record["text"]
                continue
            reader = csv.reader(handle)
            next(reader, None)
            for index, fields in enumerate(reader):
                if fields and (language != "fa" or len(fields) >= 2):
                    yield f"{prefix}:{index}", fields[0]


def shared_texts() -> set[str]:
    """The shared corpus's messages (every row): never in a pool."""
    seen: set[str] = set()
    for language in LANGUAGES:
        lines = (SHARED / f"{language}.tsv").read_text(encoding="utf-8").split("\n")[1:]
        seen.update(text_key(line.split("\t")[0]) for line in lines if line)
    return seen


def pools(out_dir: str, salt: str, sources: dict[str, list[str]]) -> None:
    """Split each language's sources into tuning and held-out pools."""
    excluded = shared_texts() | judged_texts(JUDGED)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if not sources.get(language):
            continue
        halves = split_pool(source_rows(language, sources[language]), excluded, salt)
        for half, rows in halves.items():
            write_lines(out / f"{half}_{language}.jsonl", rows)
            print(language, half, len(rows))
