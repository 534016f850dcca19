"""The clock-driven side of a handoff: SLA reminders and escalation, the follow-up after
resolution, and what the customer answers to it.

A mixin of :class:`bot.handoffs.HandoffDesk`, kept apart so each module stays small.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.effects import TurnEffects
from bot.owners import Owner, OwnersDirectory
from dialogues.events import ClockSignal, ClockTurn
from storage.database import Database
from storage.models import Customer, Handoff
from storage.repositories import CustomerRepository, HandoffRepository


class HandoffClock:
    """Reminders, escalations and follow-ups that fall due; answers to follow-ups."""

    database: Database
    owners: OwnersDirectory
    remind_after: timedelta
    escalate_after: timedelta
    followup_after: timedelta
    effects: TurnEffects

    async def send_card(
        self, session: AsyncSession, handoff: Handoff, owner: Owner, heading: str
    ) -> None:
        """The request card to ``owner`` (the desk implements it)."""
        raise NotImplementedError

    async def run_due(self, now: datetime | None = None) -> int:
        """Reminders, escalations and follow-ups that are due; how many steps were taken."""
        now = now or datetime.now(UTC)
        steps = 0
        async with self.database.writing() as session:
            if not await self.database.lead(session, "scheduler"):
                return 0  # another process is taking this round
            for handoff in await HandoffRepository(session).due(now):
                steps += await self._step(session, handoff, now)
        return steps

    async def _step(self, session: AsyncSession, handoff: Handoff, now: datetime) -> int:
        """One handoff's due steps; each reaches the conversation as a clock turn."""
        steps = 0
        events = HandoffRepository(session)
        owner = self.owners.get(handoff.owner_id or "")
        if _due(handoff.escalate_at, now) and handoff.status == "open":
            handoff.escalate_at = handoff.remind_at = None
            backup = self.owners.get(owner.backup or "") if owner else None
            backup = backup or self.owners.owners[self.owners.default_owner]
            if owner is None or backup.id != owner.id:
                handoff.owner_id = backup.id
                await events.add_event(
                    handoff.id,
                    actor="sla",
                    kind="escalated",
                    detail={"from": owner.id if owner else None, "to": backup.id},
                )
                turn = self._clock_turn("escalated", handoff, backup)
                await self.effects.apply_event(session, handoff, turn)
                steps += 1
        elif _due(handoff.remind_at, now) and handoff.status == "open":
            handoff.remind_at = None
            turn = self._clock_turn("reminder_due", handoff, owner)
            await self.effects.apply_event(session, handoff, turn)
            await events.add_event(handoff.id, actor="sla", kind="reminded")
            steps += 1
        if _due(handoff.followup_at, now) and handoff.status == "resolved":
            handoff.followup_at = None
            turn = self._clock_turn("follow_up_due", handoff, owner)
            customer = await CustomerRepository(session).get(handoff.customer_id)
            turn = replace(turn, customer_name=customer.display_name if customer else None)
            await self.effects.apply_event(session, handoff, turn)
            await events.add_event(handoff.id, actor="bot", kind="followed_up")
            steps += 1
        return steps

    def _clock_turn(self, signal: ClockSignal, handoff: Handoff, owner: Owner | None) -> ClockTurn:
        language = handoff.language
        view = owner.view_in(language) if owner else None
        return ClockTurn(
            signal,
            handoff.id,
            language,
            owner_id=owner.id if owner else None,
            owner=view,
            response_minutes=self.owners.response_minutes,
        )

    # ---- what the customer said after resolution --------------------------------------
    async def follow_up_answered(
        self, session: AsyncSession, customer: Customer, met: bool
    ) -> None:
        """Yes: recorded and closed. No: back to its owner (the applier tells them)."""
        handoff = await HandoffRepository(session).latest_for_customer(customer.id)
        if handoff is None:
            return
        handoff.need_met = met
        await HandoffRepository(session).add_event(
            handoff.id, actor=f"customer:{customer.id}", kind="need_met" if met else "reopened"
        )
        if met:
            handoff.status = "closed"
            return
        handoff.status = "claimed"
        handoff.resolved_at = None

    async def rated(self, session: AsyncSession, customer: Customer, score: int) -> None:
        """A 1–5 satisfaction rating for the latest handoff."""
        handoff = await HandoffRepository(session).latest_for_customer(customer.id)
        if handoff is not None:
            handoff.satisfaction = score
            await HandoffRepository(session).add_event(
                handoff.id, actor=f"customer:{customer.id}", kind="rated", detail={"score": score}
            )


def _due(at: datetime | None, now: datetime) -> bool:
    return at is not None and at <= now
