"""Read Rasa-format NLU YAML (intents, entity annotations, synonyms, lookups, regexes)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from nlu.errors import TrainingDataError

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"
HELDOUT_PATH = Path(__file__).resolve().parent / "tests" / "heldout.yml"

# [text](entity) / [text](entity:value) / [text]{"entity": "...", "value": "..."}
_ANNOTATION = re.compile(r"\[(?P<text>[^\]]+)\](?:\((?P<short>[^)]+)\)|(?P<json>\{[^}]*\}))")
_FILE_LANGUAGE = re.compile(r"(?:^|[_\-.])(fa|ar|en)$")


@dataclass(frozen=True)
class Entity:
    """One annotated span in the plain example text."""

    entity: str
    value: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Example:
    """One training sentence with annotations removed; ``language`` when the data says it."""

    text: str
    intent: str
    entities: tuple[Entity, ...] = ()
    language: str | None = None

    def entity_value(self, name: str) -> str | None:
        """The value of the first ``name`` entity, if any."""
        return next((e.value for e in self.entities if e.entity == name), None)


@dataclass
class TrainingData:
    """Everything in one or more NLU files."""

    examples: list[Example] = field(default_factory=list)
    synonyms: dict[str, str] = field(default_factory=dict)  # surface text → value
    lookups: dict[str, list[str]] = field(default_factory=dict)  # table name → entries
    regexes: dict[str, list[str]] = field(default_factory=dict)  # name → patterns

    def merge(self, other: TrainingData) -> None:
        """Add ``other``'s contents to this one."""
        self.examples.extend(other.examples)
        self.synonyms.update(other.synonyms)
        for name, entries in other.lookups.items():
            self.lookups.setdefault(name, []).extend(entries)
        for name, patterns in other.regexes.items():
            self.regexes.setdefault(name, []).extend(patterns)


def parse_example(line: str, intent: str, language: str | None = None) -> Example:
    """Turn one annotated example line into plain text plus entity spans."""
    parts: list[str] = []
    entities: list[Entity] = []
    position = 0
    cursor = 0
    for match in _ANNOTATION.finditer(line):
        before = line[cursor : match.start()]
        parts.append(before)
        position += len(before)
        surface = match.group("text")
        name, value = _annotation_target(match, surface, line)
        entities.append(Entity(name, value, position, position + len(surface), surface))
        parts.append(surface)
        position += len(surface)
        cursor = match.end()
    parts.append(line[cursor:])
    return Example("".join(parts).strip(), intent, tuple(entities), language)


def _annotation_target(match: re.Match[str], surface: str, line: str) -> tuple[str, str]:
    """(entity, value) of one annotation; the value defaults to the surface text."""
    if match.group("short") is not None:
        name, _, value = match.group("short").partition(":")
        return name.strip(), (value.strip() or surface)
    try:
        spec = json.loads(match.group("json"))
    except json.JSONDecodeError as exc:
        raise TrainingDataError(f"bad entity annotation in {line!r}: {exc}") from exc
    if not isinstance(spec, dict) or "entity" not in spec:
        raise TrainingDataError(f"entity annotation without 'entity' in {line!r}")
    return str(spec["entity"]), str(spec.get("value", surface))


def _example_lines(block: dict[str, Any], where: str) -> list[str]:
    """The '- ...' lines of a block's ``examples`` string."""
    raw = block.get("examples")
    if not isinstance(raw, str):
        raise TrainingDataError(f"{where}: 'examples' must be a '|' block of '- ' lines")
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("- "):
            raise TrainingDataError(f"{where}: example line must start with '- ': {stripped!r}")
        lines.append(stripped[2:].strip())
    return lines


def file_language(path: Path) -> str | None:
    """ "fa" for nlu_fa.yml and the like; None for mixed files."""
    match = _FILE_LANGUAGE.search(path.stem)
    return match.group(1) if match else None


def load_file(path: Path) -> TrainingData:
    """Read one Rasa NLU YAML file."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise TrainingDataError(f"{path}: {exc}") from exc
    data = TrainingData()
    default_language = file_language(path)
    for index, block in enumerate(document.get("nlu") or []):
        where = f"{path}: nlu[{index}]"
        if not isinstance(block, dict):
            raise TrainingDataError(f"{where}: expected a mapping")
        lines = _example_lines(block, where)
        if "intent" in block:
            metadata = block.get("metadata") or {}
            language = metadata.get("language", default_language)
            data.examples.extend(parse_example(x, str(block["intent"]), language) for x in lines)
        elif "synonym" in block:
            data.synonyms.update({x: str(block["synonym"]) for x in lines})
        elif "lookup" in block:
            data.lookups.setdefault(str(block["lookup"]), []).extend(lines)
        elif "regex" in block:
            data.regexes.setdefault(str(block["regex"]), []).extend(lines)
        else:
            raise TrainingDataError(f"{where}: unknown block {sorted(block)}")
    return data


def data_files(data_dir: Path) -> list[Path]:
    """The YAML files of a data directory, in a stable order."""
    return sorted([*data_dir.glob("*.yml"), *data_dir.glob("*.yaml")])


def load_dir(data_dir: Path = DEFAULT_DATA_DIR) -> TrainingData:
    """Read every NLU file in ``data_dir`` into one ``TrainingData``."""
    files = data_files(data_dir)
    if not files:
        raise TrainingDataError(f"no NLU YAML files in {data_dir}")
    data = TrainingData()
    for path in files:
        data.merge(load_file(path))
    return data


def load(path: Path) -> TrainingData:
    """A file or a directory of files."""
    return load_dir(path) if path.is_dir() else load_file(path)


def fingerprint(paths: Iterable[Path], extra: str = "") -> str:
    """A hash of file contents (and ``extra``, e.g. a code version) for cache keys."""
    digest = hashlib.sha256(extra.encode())
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
