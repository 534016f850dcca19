"""The chaos load (seeded conversations) and the checks every chaos test makes afterwards.

``CHAOS_SCALE`` scales the load (1: the issue's 300 conversations and 10 kill rounds);
``CHAOS_SEED`` picks another deterministic run.
"""

from __future__ import annotations

import os
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.staff_batch import SEPARATOR
from bot.staff_words import say
from dialogues.languages import LANGUAGES
from tests.botprocess import query
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, OWNER_SARA

SCALE = float(os.environ.get("CHAOS_SCALE", "1"))
SEED = int(os.environ.get("CHAOS_SEED", "9"))
TEAM_CHAT = -1001234567890  # owners.example.yml's staff chat
OWNER_CHATS = {"sara": OWNER_SARA, "reza": OWNER_REZA}
STAFF_CHATS = {OWNER_SARA, OWNER_REZA, TEAM_CHAT}
# A new request's card opens "#N · <new request> · <owner>" in its reader's language.
_NEW = "|".join(re.escape(say(language, "heading_new")) for language in LANGUAGES)
CARD = re.compile(rf"^#(\d+) · (?:{_NEW})\b", re.MULTILINE)
# The test server may be hit faster than Telegram allows; pacing is still exercised.
FAST_OUTBOX = {
    "OUTBOX_PER_SECOND": "300",
    "OUTBOX_PRIVATE_INTERVAL_SECONDS": "0.05",
    "OUTBOX_GROUP_INTERVAL_SECONDS": "0.2",
    "LISTEN_WINDOW_SECONDS": "0.2",
    "LISTEN_WINDOW_MAX_SECONDS": "2",
}

TELLINGS = (
    "my order {n} is late again and the tracking page shows nothing",
    "the app logs me out every time I open the basket",
    "I love the new delivery boxes, they keep the bread warm",
    "it would be great if I could pick a delivery hour in the app",
    "the courier left my parcel {n} at the wrong building yesterday",
    "the discount code from your newsletter does not work at checkout",
)
DETAILS = (
    "it happened twice this week",
    "I had guests waiting for it",
    "order number {n} if that helps",
    "that's all",
)
PERSON = {
    "en": (
        "please let me talk to a person, it's urgent",
        "I was charged twice for order {n}, let me talk to a human please",
    ),
    "fa": ("لطفا وصلم کنید به یه آدم، فوریه",),
    "ar": ("ابي اكلم موظف ضروري",),
}
AFTER_PERSON = ("it's about order {n}, the tracking page is blank", "thank you")


@dataclass(frozen=True)
class Chat:
    """One customer's conversation: what they send, in order (the first is /start)."""

    chat_id: int
    language: str
    lines: tuple[str, ...]
    wants_person: bool


def conversations(count: int, first_chat: int, rng: random.Random) -> list[Chat]:
    """``count`` conversations of 2-4 customer messages; about a third ask for a person."""
    chats = []
    for index in range(count):
        n = rng.randrange(1000, 9999)
        if rng.random() < 1 / 3:
            language = rng.choice(("en", "en", "fa", "ar"))
            asks = rng.choice(PERSON[language]).format(n=n)
            after = [line.format(n=n) for line in AFTER_PERSON]
            lines = ("/start", asks, *after[: rng.randrange(0, 3)])
            chats.append(Chat(first_chat + index, language, lines, wants_person=True))
        else:
            telling = rng.choice(TELLINGS).format(n=n)
            details = [d.format(n=n) for d in rng.sample(DETAILS, rng.randrange(0, 3))]
            lines = ("/start", telling, *details)
            chats.append(Chat(first_chat + index, "en", lines, wants_person=False))
    return chats


def schedule(chats: Sequence[Chat], waves: int, rng: random.Random) -> list[list[tuple[Chat, str]]]:
    """Each chat's messages spread over consecutive waves from a random one, in order."""
    plan: list[list[tuple[Chat, str]]] = [[] for _ in range(waves)]
    for chat in chats:
        start = rng.randrange(max(1, waves - len(chat.lines) + 1))
        for offset, line in enumerate(chat.lines):
            plan[min(start + offset, waves - 1)].append((chat, line))
    return plan


def push(fake: FakeBotAPI, messages: Sequence[tuple[Chat, str]]) -> None:
    """Queue messages at the fake Bot API, as their customers would send them."""
    for chat, line in messages:
        fake.push_message(
            chat.chat_id, line, first_name=f"C{chat.chat_id}", language_code=chat.language
        )


def settled(db: Path, expected: int) -> bool:
    """Every update stored and answered, and nothing left to send."""
    found = query(db, "SELECT count(*), count(processed_at) FROM inbound_updates")
    busy = query(db, "SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')")
    if not found or not busy:
        return False
    (stored, answered), (unsent,) = found[0], busy[0]
    return bool(stored == expected and answered == stored and unsent == 0)


def progress(db: Path) -> str:
    """Where a load stands, for a failure message."""
    updates = query(
        db,
        "SELECT count(*), count(processed_at), count(dead_at), max(attempts) FROM inbound_updates",
    )
    outbox = query(db, "SELECT status, count(*) FROM outbox GROUP BY status")
    return f"updates (stored, answered, dead, max attempts) {updates}; outbox {outbox}"


def _pieces(texts: Sequence[str], staff: bool) -> list[str]:
    # Staff rows may go out combined (one digest message): compare them row by row.
    if not staff:
        return list(texts)
    return [piece for text in texts for piece in text.split(SEPARATOR)]


def check_chat(chat_id: int, rows: Sequence[tuple[str, str]], delivered: Sequence[str]) -> None:
    """What reached the chat is its outbox rows in order: every 'sent' row once, an
    'uncertain' row at most once, nothing else and nothing twice."""
    staff = chat_id in STAFF_CHATS
    got = _pieces(delivered, staff)
    position = 0
    for status, text in rows:
        want = _pieces([text], staff)
        here = got[position : position + len(want)] == want
        assert status in ("sent", "uncertain"), (chat_id, status, text[:80])
        assert here or status == "uncertain", (chat_id, "sent row missing or out of order")
        position += len(want) if here else 0
    assert position == len(got), (chat_id, "delivered a message twice or one that is no row")


def check_deliveries(db: Path, fake: FakeBotAPI) -> Counter[str]:
    """``check_chat`` for every chat with outbox rows; the rows counted by status."""
    rows = query(db, "SELECT chat_id, status, text FROM outbox WHERE kind = 'message' ORDER BY id")
    per_chat: dict[int, list[tuple[str, str]]] = {}
    for chat_id, status, text in rows:
        per_chat.setdefault(int(chat_id), []).append((str(status), str(text)))
    for chat_id, chat_rows in per_chat.items():
        check_chat(chat_id, chat_rows, fake.messages_to(chat_id))
    return Counter(str(status) for _, status, _ in rows)


def check_customers(db: Path, chats: Sequence[Chat]) -> None:
    """Every message stored once and answered; each customer given at least one reply."""
    stored = Counter(
        int(chat)
        for (chat,) in query(
            db,
            "SELECT c.chat_id FROM messages m JOIN customers c ON c.id = m.customer_id "
            "WHERE m.direction = 'in'",
        )
    )
    assert stored == {c.chat_id: len(c.lines) for c in chats}
    unanswered = query(
        db, "SELECT count(*) FROM messages WHERE direction = 'in' AND processed_at IS NULL"
    )
    assert unanswered == [(0,)]
    replied = {int(c) for (c,) in query(db, "SELECT DISTINCT chat_id FROM outbox")}
    assert {c.chat_id for c in chats} <= replied


def dead_letters(db: Path) -> dict[int, str]:
    """Updates put aside, with why."""
    found = query(
        db, "SELECT update_id, dead_reason FROM inbound_updates WHERE dead_at IS NOT NULL"
    )
    return {int(update_id): str(reason) for update_id, reason in found}


def check_handoffs(db: Path, fake: FakeBotAPI, chats: Sequence[Chat]) -> int:
    """One handoff per conversation that asked for a person; one card per handoff in its
    owner's chat and in the team chat, delivered at most once. How many handoffs."""
    handoffs = query(
        db,
        "SELECT h.id, c.chat_id, h.owner_id FROM handoffs h "
        "JOIN customers c ON c.id = h.customer_id",
    )
    per_chat = Counter(int(chat) for _, chat, _ in handoffs)
    for chat in chats:
        if chat.wants_person:
            assert per_chat[chat.chat_id] == 1, (chat.chat_id, chat.lines)
    assert all(count == 1 for count in per_chat.values())  # never two for one conversation
    for staff_chat in (*OWNER_CHATS.values(), TEAM_CHAT):
        rows = query(
            db, "SELECT status, text FROM outbox WHERE chat_id = ? AND kind = 'message'", staff_chat
        )
        written = Counter(int(n) for _, text in rows for n in CARD.findall(text or ""))
        sure = Counter(int(n) for s, text in rows if s == "sent" for n in CARD.findall(text))
        shown = Counter(int(n) for text in fake.messages_to(staff_chat) for n in CARD.findall(text))
        mine = [h for h, _, owner in handoffs if staff_chat in (TEAM_CHAT, OWNER_CHATS[owner])]
        assert written == dict.fromkeys(mine, 1), staff_chat  # one card row per handoff
        for handoff in mine:  # the owner is told once; an 'uncertain' card maybe not at all
            assert shown[handoff] == 1 if sure[handoff] else shown[handoff] <= 1, handoff
    return len(handoffs)
