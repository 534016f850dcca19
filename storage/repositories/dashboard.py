"""Sign-in links, browser sessions and the digest schedule (secrets are stored hashed)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.exc import IntegrityError

from storage.models import DashboardLink, DashboardSession, DigestRun
from storage.repositories.base import Repository


def digest(secret: str) -> str:
    """The stored form of a link or session secret (SHA-256, hex)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class DashboardRepository(Repository):
    """One-time links, sessions and digest slots."""

    async def add_link(self, secret: str, owner_id: str, expires_at: datetime) -> None:
        """Remember a link by its hash."""
        self.session.add(
            DashboardLink(token_hash=digest(secret), owner_id=owner_id, expires_at=expires_at)
        )
        await self.session.flush()

    async def use_link(self, secret: str, now: datetime) -> str | None:
        """The owner id when the link is valid, marking it used in the same statement."""
        hashed = digest(secret)
        result = await self.session.execute(
            update(DashboardLink)
            .where(
                DashboardLink.token_hash == hashed,
                DashboardLink.used_at.is_(None),
                DashboardLink.expires_at > now,
            )
            .values(used_at=now)
        )
        assert isinstance(result, CursorResult)
        if result.rowcount != 1:
            return None
        query = select(DashboardLink.owner_id).where(DashboardLink.token_hash == hashed)
        return (await self.session.execute(query)).scalar_one()

    async def add_session(self, secret: str, owner_id: str, expires_at: datetime) -> None:
        """Remember a signed-in browser by its hash."""
        self.session.add(
            DashboardSession(token_hash=digest(secret), owner_id=owner_id, expires_at=expires_at)
        )
        await self.session.flush()

    async def session_owner(self, secret: str, now: datetime) -> str | None:
        """Who a session cookie belongs to, while it lasts."""
        query = select(DashboardSession).where(DashboardSession.token_hash == digest(secret))
        found = (await self.session.execute(query)).scalar_one_or_none()
        if found is None or found.expires_at <= now:
            return None
        return found.owner_id

    async def end_session(self, secret: str) -> None:
        """Sign out."""
        await self.session.execute(
            delete(DashboardSession).where(DashboardSession.token_hash == digest(secret))
        )

    async def prune(self, now: datetime) -> None:
        """Forget expired links and sessions: nothing to keep them for."""
        await self.session.execute(delete(DashboardLink).where(DashboardLink.expires_at <= now))
        await self.session.execute(
            delete(DashboardSession).where(DashboardSession.expires_at <= now)
        )

    async def schedule_digest(self, due_at: datetime) -> None:
        """Make sure a digest slot exists (two processes may both try: one insert wins)."""
        exists = select(DigestRun.id).where(DigestRun.due_at == due_at)
        if (await self.session.execute(exists)).first() is not None:
            return
        try:
            async with self.session.begin_nested():
                self.session.add(DigestRun(due_at=due_at))
        except IntegrityError:
            pass  # another process scheduled the same slot first

    async def due_digests(self, now: datetime) -> list[DigestRun]:
        """Unsent slots whose time has come."""
        query = select(DigestRun).where(DigestRun.sent_at.is_(None), DigestRun.due_at <= now)
        return list((await self.session.execute(query.order_by(DigestRun.due_at))).scalars())

    async def claim_digest(self, run_id: int, now: datetime) -> bool:
        """Atomically take a slot: true for exactly one caller, ever."""
        result = await self.session.execute(
            update(DigestRun)
            .where(DigestRun.id == run_id, DigestRun.sent_at.is_(None))
            .values(sent_at=now)
        )
        assert isinstance(result, CursorResult)
        return result.rowcount == 1
