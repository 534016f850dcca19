"""A conversation's state is stored compact (defaults left out, UTF-8 text) and old rows load."""

from __future__ import annotations

import json

from sqlalchemy import text

from dialogues.state import ConversationState
from storage.database import Database
from storage.json_text import json_text
from storage.repositories import ConversationRepository, CustomerRepository


def _told() -> ConversationState:
    return ConversationState(
        stage="confirming",
        language="fa",
        seed=4021,
        used=["greet#2", "reflect#1"],
        heard=["سفارشم یک ساعت دیر رسید و غذا سرد بود", "پیک هم جواب تلفن را نداد"],
        kind="complaint",
        reflection="سفارشتان یک ساعت دیر رسید و غذا سرد بود",
        sentiment="negative",
        sentiment_score=-0.71,
        jtbd_answers={"goal": "یک شام گرم برای مهمان‌ها"},
        owner_names={"fa": "سارا", "en": "Sara"},
        turns=3,
        last_seen=1790000000.5,
    )


def test_stored_leaves_out_defaults_and_gives_the_same_state_back() -> None:
    state = _told()
    stored = state.to_stored()
    assert "corrections" not in stored and "owner_name" not in stored and "prompted" not in stored
    assert stored["heard"] == state.heard and stored["turns"] == 3
    assert ConversationState.from_dict(json.loads(json_text(stored))) == state
    # stage and language are read from the dict by storage itself: kept at their defaults too
    assert ConversationState().to_stored() == {"stage": "new", "language": "fa"}


def test_a_state_stored_in_the_old_shape_loads_the_same() -> None:
    # Before round 17: every field, through SQLAlchemy's default json.dumps (\\uXXXX, spaces).
    old = json.dumps(_told().to_dict())
    assert "\\u" in old and ", " in old
    assert ConversationState.from_dict(json.loads(old)) == _told()


def test_json_text_is_compact_utf8_and_escapes_a_lone_surrogate() -> None:
    assert json_text({"a": ["سلام", 1]}) == '{"a":["سلام",1]}'
    assert json.loads(json_text({"a": "x\ud83dy"})) == {"a": "x\ud83dy"}
    assert json_text({"a": "x\ud83dy"}).isascii()


async def test_the_stored_row_is_compact_and_an_old_row_still_loads(database: Database) -> None:
    state = _told()
    async with database.session() as session, session.begin():
        customer = await CustomerRepository(session).get_or_create("console", "c", chat_id=3)
        await ConversationRepository(session).start(customer.id, "fa", state.to_stored())
    async with database.session() as session, session.begin():
        raw = (await session.execute(text("SELECT CAST(state AS TEXT) FROM conversations"))).one()
        assert "سفارشم" in raw[0] and "\\u" not in raw[0] and ", " not in raw[0]
        assert len(raw[0].encode()) < len(json.dumps(state.to_dict()).encode()) / 2
        # A row written by an older version: every field, ASCII escapes.
        old = json.dumps(state.to_dict())
        await session.execute(text("UPDATE conversations SET state = :s"), {"s": old})
    async with database.session() as session:
        conversation = await ConversationRepository(session).current(customer.id)
        assert conversation is not None
        assert ConversationState.from_dict(conversation.state) == state
