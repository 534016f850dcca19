"""What every repository shares: the session it works in."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession


class Repository:
    """A view of one aggregate through the caller's session."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
