"""Dashboard fixtures: a seeded database, an injected clock, the pages over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.dashboard.auth import SignIn
from bot.dashboard.routes import Dashboard
from bot.owners import OwnersDirectory, load_owners
from storage.database import Database
from storage.models import Conversation, Customer, Feedback, Handoff, HandoffEvent, Job

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
TOKEN = "automation-token-for-tests"
SCRIPT = "<script>alert('x')</script> my parcel never came"

# Customers' own words: three jobs about late delivery, two about double charges, in three
# languages, plus a hostile quote that must be shown as text.
JOBS = [
    ("fa", "delivery", "negative", "سفارشم سه روز است که نرسیده و پیک جواب نمی‌دهد"),
    ("fa", "delivery", "negative", "سفارشم دو روز است که نرسیده و پیک جواب نمیده"),
    ("ar", "delivery", "negative", "طلبي لم يصل منذ ثلاثة أيام والمندوب لا يرد"),
    ("ar", "delivery", "negative", "طلبي لم يصل منذ يومين والمندوب لا يرد"),
    ("en", "billing", "negative", "you charged my card twice for the same invoice"),
    ("en", "billing", "negative", "you charged my card twice for one invoice"),
    ("en", "delivery", "negative", SCRIPT),
]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def owners() -> OwnersDirectory:
    return load_owners(ROOT / "owners.example.yml")


@pytest.fixture
def clock() -> Clock:
    return Clock()


async def seed(database: Database, now: datetime = NOW) -> None:
    """Jobs, requests (one past SLA, one resolved and praised), praise and an idea."""
    async with database.session() as session, session.begin():
        customer = Customer(channel="telegram", external_id="77", chat_id=77, display_name="Mina")
        session.add(customer)
        await session.flush()
        conversation = Conversation(customer_id=customer.id, created_at=now - timedelta(days=2))
        session.add(conversation)
        await session.flush()
        for i, (language, topic, sentiment, words) in enumerate(JOBS):
            session.add(
                Job(
                    customer_id=customer.id,
                    created_at=now - timedelta(days=1, minutes=i),
                    topic=topic,
                    intent="complaint",
                    sentiment=sentiment,
                    language=language,
                    quotes=[words],
                    statement=words,
                )
            )
        late = Handoff(
            customer_id=customer.id,
            reason="complaint",
            topic="delivery",
            language="fa",
            statement="سفارشم نرسیده",
            owner_id="reza",
            created_at=now - timedelta(hours=5),
        )
        done = Handoff(
            customer_id=customer.id,
            conversation_id=conversation.id,
            status="resolved",
            reason="complaint",
            topic="billing",
            language="en",
            statement=SCRIPT,
            owner_id="sara",
            created_at=now - timedelta(days=2),
            claimed_at=now - timedelta(days=2) + timedelta(minutes=30),
            first_reply_at=now - timedelta(days=2) + timedelta(minutes=40),
            resolved_at=now - timedelta(days=1),
            satisfaction=5,
        )
        session.add_all([late, done])
        await session.flush()
        session.add_all(
            [
                HandoffEvent(handoff_id=done.id, actor="sara", kind="claimed", at=done.claimed_at),
                HandoffEvent(
                    handoff_id=done.id, actor="sara", kind="resolved", at=done.resolved_at
                ),
                Feedback(
                    customer_id=customer.id,
                    conversation_id=conversation.id,
                    kind="praise",
                    quote="سارا خیلی سریع پول را برگرداند",
                    language="fa",
                    created_at=now - timedelta(hours=20),
                ),
                Feedback(
                    customer_id=customer.id,
                    kind="idea",
                    quote="let me track the courier on a map",
                    language="en",
                    created_at=now - timedelta(hours=10),
                ),
            ]
        )


def make_dashboard(
    database: Database, owners: OwnersDirectory, clock: Clock, base_url: str = "http://x"
) -> Dashboard:
    sign_in = SignIn(database, base_url=base_url, token=TOKEN, clock=clock)
    return Dashboard(database, owners, sign_in, "en")


@pytest.fixture
async def seeded(database: Database) -> Database:
    await seed(database)
    return database


@pytest.fixture
async def dashboard(seeded: Database, owners: OwnersDirectory, clock: Clock) -> Dashboard:
    return make_dashboard(seeded, owners, clock)


@pytest.fixture
async def client(dashboard: Dashboard) -> AsyncIterator[TestClient[web.Request, web.Application]]:
    app = web.Application()
    dashboard.mount(app)
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


async def sign_in_as(
    client: TestClient[web.Request, web.Application], dashboard: Dashboard, owner: str
) -> None:
    """Spend a fresh link: the client then holds the session cookie."""
    url = await dashboard.sign_in.create_link(owner)
    secret = url.split("t=", 1)[1]
    response = await client.post("/login", data={"t": secret}, allow_redirects=False)
    assert response.status == 303
