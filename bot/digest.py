"""The weekly huddle, written for the team: celebrate, learn, commit.

The schedule lives in the database (one row per weekly slot). Whoever ticks first after
a slot falls due claims it with ``UPDATE … WHERE sent_at IS NULL`` and writes the outbox
rows in the same transaction, so two processes never both send it and a restart before
the due time loses nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.addresses import TEAM, StaffAddresses
from bot.dashboard import data
from bot.dashboard.auth import Clock, utc_now
from bot.dashboard.i18n import t
from bot.owners import OwnersDirectory
from dialogues.errors import ConfigurationError
from storage.database import Database
from storage.repositories import DashboardRepository, OutboxRepository

log = logging.getLogger(__name__)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
STALE = timedelta(days=1)  # a slot missed by more than this is skipped, not sent late
QUOTE = 140


def _short(text: str) -> str:
    return text if len(text) <= QUOTE else text[: QUOTE - 1] + "…"


Row = dict[str, Any]


class _Writer:
    """Lines of one digest in one language."""

    def __init__(self, owners: OwnersDirectory, language: str) -> None:
        self.owners = owners
        self.language = language

    def owner(self, owner_id: str | None) -> str:
        found = self.owners.get(owner_id or "")
        return found.name_in(self.language) if found else t(self.language, "nobody")

    def celebrate(self, board: list[Row], praise: list[Row], since: datetime) -> list[str]:
        """The best-rated resolutions of the week, then who was praised."""
        resolved = [
            r
            for r in board
            if r["satisfaction"] is not None
            and r["resolved_at"] is not None
            and datetime.fromisoformat(r["resolved_at"]) >= since
        ]
        resolved.sort(key=lambda r: (-r["satisfaction"], r["id"]))
        lines = [
            t(
                self.language,
                "celebrate_line",
                id=r["id"],
                owner=self.owner(r["owner_id"]),
                rating="★" * int(r["satisfaction"]),
            )
            for r in resolved[:3]
        ]
        praised = [r for r in praise if r["kind"] == "praise"][:3]
        return lines + [
            t(
                self.language,
                "praise_line",
                owner=self.owner(r["praised_id"]),
                quote=_short(r["quote"]),
            )
            for r in praised
        ]

    def learn(self, groups: list[Row]) -> list[str]:
        """The week's top three job groups, one quote each, and the change from last week."""
        return [
            t(
                self.language,
                "learn_line",
                count=g["count"],
                change=f"{g['trend']:+d}",
                quote=_short(g["quotes"][0]),
            )
            for g in groups[:3]
        ]

    def commit(self, board: list[Row], praise: list[Row]) -> list[str]:
        """Requests past SLA, then ideas waiting for an answer."""
        late = [r for r in board if r["status"] != "resolved" and r["sla_breach"]]
        return [
            t(
                self.language,
                "open_line",
                id=r["id"],
                owner=self.owner(r["owner_id"]),
                hours=int(r["waiting_hours"]),
            )
            for r in late
        ] + [
            t(self.language, "idea_line", quote=_short(r["quote"]))
            for r in praise
            if r["kind"] == "idea"
        ]


async def compose(database: Database, owners: OwnersDirectory, language: str, now: datetime) -> str:
    """The digest for the week ending ``now``, in ``language``."""
    week_ago = now - timedelta(days=7)
    board = await data.board(database, owners, now)
    praise = [
        r
        for r in await data.praise(database, owners)
        if datetime.fromisoformat(r["created_at"]) >= week_ago
    ]
    groups = await data.job_groups(database, data.Filters(period="7"), now)
    writer = _Writer(owners, language)
    sections = [t(language, "digest_title", week=data.week_of(now))]
    for title, lines in (
        ("celebrate", writer.celebrate(board, praise, week_ago)),
        ("learn", writer.learn(groups)),
        ("commit", writer.commit(board, praise)),
    ):
        body = "\n".join(f"• {line}" for line in lines) or f"• {t(language, 'nothing')}"
        sections.append(f"{t(language, title)}\n{body}")
    return "\n\n".join(sections)


@dataclass(frozen=True)
class Recipient:
    """A chat the digest goes to and the language it is written in."""

    chat_id: int
    language: str


def recipients(
    owners: OwnersDirectory, addresses: StaffAddresses, team_language: str
) -> list[Recipient]:
    """The staff chat when there is one, else every reachable owner in their language."""
    team = addresses.chat_of(TEAM)
    if team is not None:
        return [Recipient(team, team_language)]
    chats = [(addresses.chat_of(o.id), o) for o in owners.owners.values()]
    return [
        Recipient(chat, o.languages[0] if o.languages else team_language)
        for chat, o in chats
        if chat is not None
    ]


class WeeklyDigest:
    """Keeps the next slot in the database and sends each due slot exactly once."""

    def __init__(
        self,
        database: Database,
        owners: OwnersDirectory,
        *,
        day: str,
        hour: int,
        zone: str,
        language: str,
        addresses: StaffAddresses,
        clock: Clock = utc_now,
    ) -> None:
        self.database = database
        self.owners = owners
        self.addresses = addresses  # the channel's: which chats reach the team, each owner
        self.day = DAYS.index(day)
        self.hour = hour
        try:
            self.zone = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigurationError(f"DIGEST_TIMEZONE {zone!r} is not a known time zone") from None
        self.language = language
        self.clock = clock

    def next_due(self, now: datetime) -> datetime:
        """The first slot strictly after ``now`` (in the team's zone, returned in UTC)."""
        local = now.astimezone(self.zone)
        for offset in range(8):
            day = (local + timedelta(days=offset)).date()
            slot = datetime.combine(day, time(self.hour), tzinfo=self.zone)
            if day.weekday() == self.day and slot > local:
                return slot.astimezone(ZoneInfo("UTC"))
        raise AssertionError("a weekday recurs within eight days")

    async def enqueue(self, now: datetime) -> int:
        """Write the digest to every recipient's outbox (``hamdel digest --send``)."""
        texts = {r.language: "" for r in recipients(self.owners, self.addresses, self.language)}
        for language in texts:
            texts[language] = await compose(self.database, self.owners, language, now)
        async with self.database.writing() as session:
            outbox = OutboxRepository(session)
            for recipient in recipients(self.owners, self.addresses, self.language):
                await outbox.enqueue(recipient.chat_id, texts[recipient.language])
        return len(recipients(self.owners, self.addresses, self.language))

    async def run_due(self) -> int:
        """Schedule the next slot; send any due one this process wins. Messages queued."""
        now = self.clock()
        async with self.database.writing() as session:  # one writer (BEGIN IMMEDIATE) on SQLite
            repository = DashboardRepository(session)
            await repository.schedule_digest(self.next_due(now))
            due = [(run.id, run.due_at) for run in await repository.due_digests(now)]
        queued = 0
        for run_id, due_at in due:
            chats = recipients(self.owners, self.addresses, self.language)
            texts = {
                r.language: await compose(self.database, self.owners, r.language, now)
                for r in chats
            }
            async with self.database.writing() as session:
                if not await DashboardRepository(session).claim_digest(run_id, now):
                    continue  # another process sent it
                if now - due_at > STALE:
                    log.info("skipping the digest due %s: missed while down", due_at)
                    continue
                outbox = OutboxRepository(session)
                for recipient in chats:
                    await outbox.enqueue(recipient.chat_id, texts[recipient.language])
                    queued += 1
        return queued
