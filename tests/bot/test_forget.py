"""/forget erases the customer's words and name everywhere: live rows, staff messages, disk."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from bot.handoffs import HandoffDesk
from bot.owners import load_owners
from bot.privacy import PrivacyDesk
from bot.service import ConversationService, IncomingMessage
from bot.telegram.addresses import TelegramAddresses
from nlu.factory import build_parser
from storage.database import Database
from storage.models import Base
from storage.repositories import OutboxRepository

ROOT = Path(__file__).resolve().parents[2]
NAME = "Theodosia"
CODE = "PELICAN7731"
REZA, REZA_CHAT = "reza", 1002


def said(text: str | None, kind: str = "text") -> IncomingMessage:
    return IncomingMessage(
        channel="telegram", user_id="4242", chat_id=4242, text=text, kind=kind, display_name=NAME
    )


async def walk_to_a_handoff(service: ConversationService) -> None:
    """Start, complain, decline the questions: a handoff to Reza; then one relayed line."""
    complaint = (
        f"my order {CODE} hasn't arrived after three days, nobody from support answers my "
        "emails and it was a birthday gift for my daughter"
    )
    for message in (
        said(None, "start"),
        said(complaint),
        said("yes"),
        said("no thanks"),
        said("no"),
        said(f"please ring twice, the code is {CODE}"),
    ):
        await service.store_inbound(message)
        await service.handle_burst([message])


async def live_rows_mentioning(database: Database, needles: tuple[str, ...]) -> list[str]:
    found = []
    async with database.session() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).all():
                flat = json.dumps([str(v) for v in row], ensure_ascii=False)
                found += [f"{table.name}: {n}" for n in needles if n in flat]
    return found


async def test_forget_erases_staff_messages_and_mydata_hides_staff_notes(
    database: Database, nlu_model_dir: Path
) -> None:
    owners = load_owners(ROOT / "owners.example.yml")
    hour = timedelta(hours=1)
    desk = HandoffDesk(
        database,
        owners,
        remind_after=hour,
        escalate_after=hour,
        followup_after=hour,
        addresses=TelegramAddresses(owners),
    )
    parser = build_parser(
        "local", rasa_url="http://127.0.0.1:9", rasa_timeout=0.1, model_dir=nlu_model_dir
    )
    await parser.initialize()
    service = ConversationService(database, parser, owners, desk, default_language="en")
    await walk_to_a_handoff(service)
    async with database.session() as session:
        to_reza = [r.text or "" for r in await OutboxRepository(session).for_chat(REZA_CHAT)]
    assert any(CODE in t and NAME in t for t in to_reza)  # the card and the relay
    await desk.reply(1, REZA, "It is on its way.")
    await desk.note(1, REZA, "STAFFNOTE courier lost it")
    await desk.resolve(1, REZA, "STAFFRESOLUTION refunded shipping")

    privacy = PrivacyDesk(database, "telegram", "en", 365, owners)
    await privacy.send_copy("4242", 4242, "en")
    async with database.session() as session:
        document, readable = [
            r for r in await OutboxRepository(session).for_chat(4242) if r.kind == "document"
        ]
    assert (document.extra or {})["filename"] == "hamdel-mydata.json"
    assert (readable.extra or {})["filename"] == "hamdel-mydata.txt"
    for copy in (document, readable):
        assert CODE in (copy.text or "")  # their own words are theirs to see
        assert "STAFF" not in (copy.text or "")  # staff-internal notes are not
    summary = readable.text or ""
    assert "Owner: Reza Karimi (Customer care)" in summary  # the named person who has it
    assert "Status: resolved" in summary and "/forget" in summary
    assert await live_rows_mentioning(database, ("STAFFNOTE", "STAFFRESOLUTION")) != []

    await privacy.answer_forget("4242", 4242, "en", yes=True)
    assert await live_rows_mentioning(database, (CODE, NAME, "STAFFNOTE", "STAFFRESOLUTION")) == []
    if database.is_sqlite:  # and not in the bytes on disk: main file and write-ahead log
        path = Path(str(make_url(database.url).database))
        for file in (path, path.with_name(path.name + "-wal")):
            data = file.read_bytes() if file.exists() else b""
            assert CODE.encode() not in data and NAME.encode() not in data, file.name
    await parser.shutdown()
