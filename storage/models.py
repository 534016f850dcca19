"""Hamdel's tables as SQLAlchemy 2 declarative models.

Relationships load ``lazy="raise"``: every query says what it needs, so an async session
never trips over an implicit lazy load.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, in UTC (stored naive-free where the backend allows)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so migrations name constraints stably."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


Timestamp = UTCDateTime()


class Customer(Base):
    """Someone who talks to the bot on one channel."""

    __tablename__ = "customers"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(64))
    chat_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    display_name: Mapped[str | None] = mapped_column(String(128))
    language: Mapped[str | None] = mapped_column(String(2))
    deep_link: Mapped[str | None] = mapped_column(String(64))
    blocked_at: Mapped[datetime | None] = mapped_column(Timestamp)
    forgotten_at: Mapped[datetime | None] = mapped_column(Timestamp)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    conversations: Mapped[list[Conversation]] = relationship(
        back_populates="customer", lazy="raise"
    )


class Conversation(Base):
    """One conversation's policy state, saved after every turn."""

    __tablename__ = "conversations"
    __table_args__ = (Index("ix_conversations_customer_status", "customer_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open / closed
    stage: Mapped[str] = mapped_column(String(32), default="new")
    language: Mapped[str | None] = mapped_column(String(2))
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, onupdate=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(Timestamp)

    customer: Mapped[Customer] = relationship(back_populates="conversations", lazy="raise")

    # Optimistic concurrency: a turn's save fails (and the turn is worked out again) when a
    # staff action or the scheduler saved this conversation after the turn read it.
    __mapper_args__ = {  # noqa: RUF012 - SQLAlchemy's declarative hook, read once
        "version_id_col": updated_at,
        "version_id_generator": lambda _: utcnow(),
    }


class Message(Base):
    """Every message in or out, kept so a human owner can read the conversation."""

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_customer_created", "customer_id", "created_at"),
        # A channel message is stored once: the inbound insert's ON CONFLICT target.
        Index(
            "ix_messages_customer_id_channel_message_id_direction",
            "customer_id",
            "channel_message_id",
            "direction",
            unique=True,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3))  # in / out
    kind: Mapped[str] = mapped_column(String(16), default="text")
    text: Mapped[str | None] = mapped_column(Text)
    file_id: Mapped[str | None] = mapped_column(String(256))
    channel_message_id: Mapped[int | None] = mapped_column(BigInteger)
    processed_at: Mapped[datetime | None] = mapped_column(Timestamp)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(Timestamp)


class InboundUpdate(Base):
    """A Telegram update exactly as received, stored before it is acknowledged."""

    __tablename__ = "inbound_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    # Indexed: the replay on start looks for NULL, pruning for old ones.
    processed_at: Mapped[datetime | None] = mapped_column(Timestamp, index=True)
    # How many times handling was started: bounded, so one poisonous update cannot loop.
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Set when the update was put aside (unparseable, or failing every time): never replayed.
    dead_at: Mapped[datetime | None] = mapped_column(Timestamp)
    dead_reason: Mapped[str | None] = mapped_column(String(200))
    # When a running process last took it up again (the re-pick, or the replay at start):
    # a claim, so another process leaves it alone for one grace period (migration 0010).
    picked_at: Mapped[datetime | None] = mapped_column(Timestamp)


class OutboxMessage(Base):
    """A message to send, written in the transaction that decided to send it."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_id", "status", "id"),
        # Partial: only rows that have the value are in these two (a staff row's customer,
        # a delivered row's time). A customer's reply, which has neither when it is queued,
        # then writes no index page for them: two pages fewer in SQLite's WAL a reply
        # (docs/performance.md, round 16). Their queries (`= ?`, `< ?`) imply IS NOT NULL,
        # so SQLite and PostgreSQL still use them.
        Index(
            "ix_outbox_about_customer_id",
            "about_customer_id",
            sqlite_where=sql_text("about_customer_id IS NOT NULL"),
            postgresql_where=sql_text("about_customer_id IS NOT NULL"),
        ),
        Index(
            "ix_outbox_sent_at",
            "sent_at",
            sqlite_where=sql_text("sent_at IS NOT NULL"),
            postgresql_where=sql_text("sent_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default="message")
    text: Mapped[str | None] = mapped_column(Text)
    buttons: Mapped[list[Any] | None] = mapped_column(JSON)
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # pending -> sending -> sent | failed | blocked; a kill mid-send leaves 'uncertain'.
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    attempted_at: Mapped[datetime | None] = mapped_column(Timestamp)
    audience: Mapped[str] = mapped_column(String(8), default="customer", server_default="customer")
    about_customer_id: Mapped[int | None] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime | None] = mapped_column(Timestamp)
    last_error: Mapped[str | None] = mapped_column(Text)
    channel_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(Timestamp)  # pruning (its index above)


class Job(Base):
    """A job-to-be-done record, with the customer's words verbatim."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    situation: Mapped[str] = mapped_column(Text, default="")
    motivation: Mapped[str] = mapped_column(Text, default="")
    desired_outcome: Mapped[str] = mapped_column(Text, default="")
    struggle: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str | None] = mapped_column(String(32))
    intent: Mapped[str] = mapped_column(String(32))
    sentiment: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(2))
    quotes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    statement: Mapped[str] = mapped_column(Text, default="")


class Feedback(Base):
    """Praise or an idea, verbatim."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(16))
    quote: Mapped[str] = mapped_column(Text)
    topic: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class Handoff(Base):
    """A conversation passed to a named human owner, until resolved."""

    __tablename__ = "handoffs"
    __table_args__ = (Index("ix_handoffs_status", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(16), default="open")
    reason: Mapped[str] = mapped_column(String(32))
    topic: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2))
    sentiment: Mapped[str] = mapped_column(String(16), default="neutral")
    reflection: Mapped[str] = mapped_column(Text, default="")
    statement: Mapped[str | None] = mapped_column(Text)
    quotes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    owner_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(Timestamp)
    first_reply_at: Mapped[datetime | None] = mapped_column(Timestamp)
    resolved_at: Mapped[datetime | None] = mapped_column(Timestamp)
    resolution: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    need_met: Mapped[bool | None] = mapped_column(Boolean)
    # One index per due time: the scheduler's OR becomes three index lookups.
    remind_at: Mapped[datetime | None] = mapped_column(Timestamp, index=True)
    escalate_at: Mapped[datetime | None] = mapped_column(Timestamp, index=True)
    followup_at: Mapped[datetime | None] = mapped_column(Timestamp, index=True)
    staff_thread_id: Mapped[int | None] = mapped_column(BigInteger, index=True)


class StaffMessage(Base):
    """What one message the bot sent to staff stands for: a reply to it is read by its id.

    Written by the outbox sender after a successful send, so what a staff member's reply
    does never depends on the wording of the message they replied to.
    """

    __tablename__ = "staff_messages"
    __table_args__ = (Index("ix_staff_messages_chat_id_message_id", "chat_id", "message_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"))
    # What a reply to it does: "answer" (to the customer), "note" or "resolution".
    purpose: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class HandoffEvent(Base):
    """An audit line: what happened to a handoff, when, and who did it."""

    __tablename__ = "handoff_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    handoff_id: Mapped[int] = mapped_column(
        ForeignKey("handoffs.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class DashboardLink(Base):
    """A one-time sign-in link sent to a staff member; only its hash is kept."""

    __tablename__ = "dashboard_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    owner_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(Timestamp)
    used_at: Mapped[datetime | None] = mapped_column(Timestamp)


class DashboardSession(Base):
    """A signed-in browser (the cookie holds the secret, the table its hash)."""

    __tablename__ = "dashboard_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    owner_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(Timestamp)


class DigestRun(Base):
    """One weekly digest slot: due at ``due_at``; ``sent_at`` set by whoever claimed it."""

    __tablename__ = "digest_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    due_at: Mapped[datetime] = mapped_column(Timestamp, unique=True)
    sent_at: Mapped[datetime | None] = mapped_column(Timestamp)


class SendPace(Base):
    """When a chat may next get a message (chat 0: the whole bot): Telegram's limits,
    shared by every process sending from one PostgreSQL (``storage.repositories.pace``)."""

    __tablename__ = "send_pace"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    free_at: Mapped[datetime] = mapped_column(Timestamp, index=True)


class DeadLetterNotice(Base):
    """The notices staff get about dead letters from one source ("team": updates with no
    trustworthy chat; "chat:<id>": one customer's), at most one a window, shared by every
    process (``storage.repositories.dead_letter_notices``)."""

    __tablename__ = "dead_letter_notices"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    outbox_id: Mapped[int | None] = mapped_column(Integer)  # the last notice, while unsent
    noticed_at: Mapped[datetime | None] = mapped_column(Timestamp)  # when it was queued
    count: Mapped[int] = mapped_column(Integer, default=0)  # dead letters it tells of
    waiting: Mapped[int] = mapped_column(Integer, default=0)  # put aside since, untold
    # Where the summary of ``waiting`` goes, its language and text ("{count}": how many).
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    language: Mapped[str | None] = mapped_column(String(8))
    summary: Mapped[str | None] = mapped_column(Text)
