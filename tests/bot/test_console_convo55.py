"""Convo55: after the handoff, a typed yes/no to "delete now?", an unknown command, "no thanks"."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from bot.console import ConsoleChat
from bot.forget_typed import typed_answer
from bot.privacy import PrivacyDesk, text
from dialogues.catalog import variants
from storage.models import Message
from tests.bot.conftest import Core

HANDED = {  # a complaint, yes, no questions, nothing else: handed to Reza
    "fa": ("سفارشم سه روزه نرسیده و پشتیبانی جواب نمیده", "آره", "نه", "نه"),
    "ar": ("طلبي ما وصل من ثلاث أيام والدعم ما يرد", "نعم", "لا", "لا"),
    "en": ("my order is three days late and support never answers", "yes", "no", "no"),
}


async def play(core: Core, customer: str, lines: list[str]) -> str:
    out = io.StringIO()
    desk = PrivacyDesk(core.database, "console", "fa", 30)
    chat = ConsoleChat(
        core.service,
        core.database,
        customer_id=customer,
        inp=io.StringIO("".join(f"{line}\n" for line in lines)),
        out=out,
        privacy=desk,
    )
    await chat.run()
    return out.getvalue()


def after(printed: str, line: str) -> str:
    """What was printed after the customer's (last) ``line`` and before their next one."""
    return printed.rsplit(f"you> {line}\n", 1)[1].split("you> ", 1)[0]


@pytest.mark.parametrize(
    ("language", "yes", "customer"),
    [("fa", "آره", "951"), ("ar", "نعم", "952"), ("en", "yes", "953")],
)
async def test_a_typed_yes_to_forget_deletes_and_is_not_relayed(
    core: Core, language: str, yes: str, customer: str
) -> None:
    printed = await play(core, customer, [*HANDED[language], "/forget", yes])
    answer = after(printed, yes)
    assert text(language, "forget_done") in answer, answer
    assert "[staff" not in answer  # the owner never gets «آره»
    async with core.database.session() as session:
        kept = (await session.execute(select(Message.text))).scalars().all()
    assert HANDED[language][0] not in kept


async def test_a_typed_no_keeps_everything_and_only_the_next_message_answers(core: Core) -> None:
    printed = await play(core, "954", [*HANDED["fa"], "/forget", "نه مرسی", "آره"])
    assert text("fa", "forget_cancelled") in after(printed, "نه مرسی")
    assert "[staff" in after(printed, "آره")  # the question was answered: a later yes is told
    async with core.database.session() as session:
        kept = (await session.execute(select(Message.text))).scalars().all()
    assert HANDED["fa"][0] in kept


async def test_a_yes_not_right_after_the_question_is_no_consent(core: Core) -> None:
    printed = await play(core, "955", [*HANDED["en"], "/forget", "the box was wet too", "yes"])
    assert text("en", "forget_done") not in printed


@pytest.mark.parametrize(("language", "customer"), [("fa", "956"), ("ar", "957"), ("en", "958")])
async def test_an_unknown_command_names_the_commands_and_is_never_relayed(
    core: Core, language: str, customer: str
) -> None:
    printed = await play(core, customer, [*HANDED[language], "/export", "/help@hamdel_bot"])
    for command in ("/export", "/help@hamdel_bot"):
        answer = after(printed, command)
        assert text(language, "unknown_command") in answer, answer
        assert "[staff" not in answer and command not in answer


@pytest.mark.parametrize(
    ("language", "no_thanks", "customer"),
    [("fa", "نه مرسی", "961"), ("ar", "لا شكرا", "962"), ("en", "no thanks", "963")],
)
async def test_no_thanks_after_the_handoff_is_a_closing_not_thanks(
    core: Core, language: str, no_thanks: str, customer: str
) -> None:
    printed = await play(core, customer, [*HANDED[language], no_thanks])
    answer = after(printed, no_thanks)
    assert not any(w in answer for w in variants(language, "welcome_thanks")), answer
    assert any(line.split("{")[0] in answer for line in variants(language, "relay_no_thanks")), (
        answer
    )


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("آره", True), ("آره لطفا پاک کن", True), ("بله، پاک شود", True), ("نعم احذفها", True),
        ("Yes please!", True), ("yes delete it", True), ("نه", False), ("لا شكرا", False),
        ("no, keep it", False), ("نه پاک نکن", False),
        ("yes but tell Reza first", None), ("آره سفارشم هنوز نرسیده", None), ("no idea", None),
    ],
)  # fmt: skip
def test_typed_answers_are_bare_yes_or_no(said: str, read: bool | None) -> None:
    assert typed_answer(said) is read
