"""The owners directory (owners.yml): who owns which topics, in which languages, and when.

Validated on start; every error names the file and line, because the person fixing it is
a company admin editing YAML by hand.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from dialogues.errors import ConfigurationError
from dialogues.handoff import OwnerView
from dialogues.languages import LANGUAGES

log = logging.getLogger(__name__)

EXAMPLE_FILE = Path(__file__).resolve().parent.parent / "owners.example.yml"
_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_HOURS = re.compile(
    r"^\s*(?P<d1>[A-Za-z]{3})(?:\s*-\s*(?P<d2>[A-Za-z]{3}))?\s+"
    r"(?P<t1>\d{1,2}:\d{2})\s*-\s*(?P<t2>\d{1,2}:\d{2})(?:\s+(?P<tz>\S+))?\s*$"
)
ROLES = ("member", "lead")
_DURATION = re.compile(r"^\s*(\d+)\s*(m|min|h|d)\s*$")


@dataclass(frozen=True)
class WorkingHours:
    """Days and times an owner works, in their time zone."""

    days: frozenset[int]  # 0 = Monday
    start: time
    end: time
    zone: ZoneInfo

    def is_open(self, now: datetime) -> bool:
        """Whether ``now`` (aware) is inside working hours."""
        local = now.astimezone(self.zone)
        return local.weekday() in self.days and self.start <= local.time() < self.end

    def next_opening(self, now: datetime) -> datetime:
        """The next moment working hours begin (aware, owner's zone)."""
        local = now.astimezone(self.zone)
        for offset in range(0, 8):
            day = (local + timedelta(days=offset)).date()
            opening = datetime.combine(day, self.start, tzinfo=self.zone)
            if day.weekday() in self.days and opening > local:
                return opening
        return local


@dataclass(frozen=True)
class Owner:
    """A named person who owns handoffs on some topics."""

    id: str
    name: str
    title: str
    telegram_id: int | None
    topics: tuple[str, ...]
    languages: tuple[str, ...]
    titles: dict[str, str] = field(default_factory=dict)  # per-language titles
    names: dict[str, str] = field(default_factory=dict)  # per-language spellings of the name
    backup: str | None = None
    hours: WorkingHours | None = None
    role: str = "member"  # "lead": may act on every request, not only their own and topics

    @property
    def is_lead(self) -> bool:
        """Whether this owner may act on every request."""
        return self.role == "lead"

    @property
    def language(self) -> str:
        """The language staff texts reach them in: the first one listed for them."""
        return self.languages[0] if self.languages else LANGUAGES[0]

    def may_act_on(self, owner_id: str | None, topic: str | None) -> bool:
        """Their own requests, requests on their topics, or all of them for a lead."""
        return self.is_lead or owner_id == self.id or (topic or "other") in self.topics

    def name_in(self, language: str) -> str:
        """The owner's name as customers in ``language`` read it («سارا احمدی»)."""
        return self.names.get(language, self.name)

    def title_in(self, language: str) -> str:
        """The owner's title in the customer's language when given, else the default."""
        return self.titles.get(language, self.title)

    def view_in(self, language: str) -> OwnerView:
        """What a customer reading ``language`` may know, with the name in every language."""
        names = tuple((lang, self.name_in(lang)) for lang in LANGUAGES)
        return OwnerView(self.name_in(language), self.title_in(language), names)


@dataclass(frozen=True)
class OwnersDirectory:
    """Everyone who can own a handoff, and how to choose among them."""

    owners: dict[str, Owner]
    default_owner: str
    response_minutes: int = 120
    staff_chat_id: int | None = None

    def route(self, topic: str | None, language: str) -> Owner:
        """The owner for a topic and language: both, then language, then topic, then default."""
        wanted = topic or "other"
        speakers = [o for o in self.owners.values() if language in o.languages]
        for owner in speakers:
            if wanted in owner.topics:
                return owner
        # Nobody on this topic speaks the customer's language: a colleague who does
        # serves them better than a specialist they cannot talk to.
        default = self.owners[self.default_owner]
        if language in default.languages:
            return default
        for owner in speakers:
            if "other" in owner.topics:
                return owner
        by_topic = [o for o in self.owners.values() if wanted in o.topics]
        return by_topic[0] if by_topic else default

    def get(self, owner_id: str) -> Owner | None:
        """An owner by id."""
        return self.owners.get(owner_id)


def parse_duration(text: str | int, where: str) -> int:
    """Minutes from "2h", "15m", "1d" or a bare number of minutes."""
    if isinstance(text, int):
        return text
    match = _DURATION.match(str(text))
    if not match:
        raise ConfigurationError(f"{where}: cannot read duration {text!r} (use e.g. 15m, 2h, 1d)")
    amount, unit = int(match.group(1)), match.group(2)
    return amount * {"m": 1, "min": 1, "h": 60, "d": 1440}[unit]


def parse_hours(text: str, where: str) -> WorkingHours:
    """Working hours from "Sat-Wed 09:00-17:00 Asia/Tehran"."""
    match = _HOURS.match(text)
    if not match:
        raise ConfigurationError(
            f'{where}: cannot read hours {text!r} (use e.g. "Sat-Wed 09:00-17:00 Asia/Tehran")'
        )
    first = match.group("d1").lower()
    last = (match.group("d2") or first).lower()
    if first not in _DAYS or last not in _DAYS:
        raise ConfigurationError(f"{where}: unknown day in {text!r}")
    days: set[int] = set()
    index = _DAYS.index(first)
    while True:
        days.add(index)
        if _DAYS[index] == last:
            break
        index = (index + 1) % 7
    try:
        zone = ZoneInfo(match.group("tz") or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(f"{where}: unknown time zone {match.group('tz')!r}") from None
    start = time.fromisoformat(match.group("t1").zfill(5))
    end = time.fromisoformat(match.group("t2").zfill(5))
    return WorkingHours(frozenset(days), start, end, zone)


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that remembers the line of every mapping, for error messages."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = {str(k): v for k, v in loader.construct_mapping(node, deep=True).items()}
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_owners(path: Path) -> OwnersDirectory:
    """Read and validate an owners file; errors name the file and line."""
    if not path.exists():
        # Beside the missing file (a deployment), or in the checkout (make run).
        examples = [path.parent / EXAMPLE_FILE.name, EXAMPLE_FILE]
        example = next((p for p in examples if p.exists()), None)
        if path.name != "owners.yml" or example is None:
            raise ConfigurationError(f"owners file {path} does not exist")
        log.warning("%s not found; using the example owners in %s", path, example)
        path = example
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as error:
        raise ConfigurationError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(raw, dict):
        raise ConfigurationError(f"{path}:1: expected a mapping with an 'owners' list")
    entries = raw.get("owners")
    if not isinstance(entries, list) or not entries:
        raise ConfigurationError(f"{path}:{raw['__line__']}: 'owners' must be a non-empty list")
    owners: dict[str, Owner] = {}
    for entry in entries:
        owner = _owner(entry, path)
        if owner.id in owners:
            raise ConfigurationError(f"{path}:{entry['__line__']}: duplicate owner id {owner.id!r}")
        owners[owner.id] = owner
    for owner in owners.values():
        if owner.backup and owner.backup not in owners:
            raise ConfigurationError(
                f"{path}: owner {owner.id!r} has unknown backup {owner.backup!r}"
            )
    default = raw.get("default_owner") or next(iter(owners))
    if default not in owners:
        raise ConfigurationError(f"{path}: default_owner {default!r} is not an owner id")
    staff_chat = raw.get("staff_chat_id")
    return OwnersDirectory(
        owners=owners,
        default_owner=default,
        response_minutes=parse_duration(raw.get("response_time", "2h"), f"{path}: response_time"),
        staff_chat_id=int(staff_chat) if staff_chat is not None else None,
    )


def _owner(entry: Any, path: Path) -> Owner:
    if not isinstance(entry, dict):
        raise ConfigurationError(f"{path}: every owner must be a mapping")
    where = f"{path}:{entry['__line__']}"
    for key in ("id", "name", "title"):
        if not entry.get(key):
            raise ConfigurationError(f"{where}: owner is missing {key!r}")
    name, names = _per_language(entry["name"])
    title, titles = _per_language(entry["title"])
    telegram_id = entry.get("telegram_id")
    if telegram_id is not None and not isinstance(telegram_id, int):
        raise ConfigurationError(f"{where}: telegram_id must be a number")
    topics = entry.get("topics") or ["other"]
    languages = entry.get("languages") or list(LANGUAGES)
    if not isinstance(topics, list) or not isinstance(languages, list):
        raise ConfigurationError(f"{where}: topics and languages must be lists")
    hours = entry.get("hours")
    role = entry.get("role", "member")
    if role not in ROLES:
        raise ConfigurationError(f"{where}: role must be one of {', '.join(ROLES)}, not {role!r}")
    return Owner(
        id=str(entry["id"]),
        name=name,
        title=title,
        titles=titles,
        names=names,
        telegram_id=telegram_id,
        topics=tuple(str(t) for t in topics),
        languages=tuple(str(lang) for lang in languages),
        backup=entry.get("backup"),
        hours=parse_hours(str(hours), where) if hours else None,
        role=str(role),
    )


def _per_language(value: Any) -> tuple[str, dict[str, str]]:
    """A plain string, or a mapping of language to string (English first as the default)."""
    if isinstance(value, dict):
        spelled = {str(k): str(v) for k, v in value.items() if k != "__line__"}
        return spelled.get("en") or next(iter(spelled.values())), spelled
    return str(value), {}
