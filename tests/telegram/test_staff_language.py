"""Staff read cards, buttons and confirmations in the first language listed for them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.settings import Settings
from bot.staff_words import say
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import make_settings, running
from tests.telegram.test_handoff import DELIVERY, complain, handoff, wait_until

REZA, LAYLA, EMMA, TEAM = 1002, 1004, 1005, -1009999
OWNERS = """\
staff_chat_id: -1009999
owners:
  - id: reza
    name: {en: Reza Karimi, fa: رضا کریمی, ar: رضا كريمي}
    title: Customer care
    telegram_id: 1002
    topics: [delivery, service, product, app, other]
    languages: [fa, en]
  - id: layla
    name: {en: Layla Haddad, fa: لیلا حداد, ar: ليلى حداد}
    title: Billing
    telegram_id: 1004
    topics: [billing]
    languages: [ar, en]
  - id: emma
    name: Emma Stone
    title: App support
    telegram_id: 1005
    topics: [app]
    languages: [en, fa]
default_owner: reza
"""


def labels(params: dict[str, Any]) -> list[str]:
    markup = params.get("reply_markup") or {}
    return [b["text"] for row in markup.get("inline_keyboard", []) for b in row]


def card_buttons(language: str) -> list[str]:
    keys = ("button_claim", "button_reply", "button_resolve", "button_reassign", "button_note")
    return [say(language, key) for key in keys]


def answers(fake: FakeBotAPI) -> list[str]:
    """What the bot said in answer to button presses (the small notices above the chat)."""
    return [str(c[1].get("text")) for c in fake.calls_to("answerCallbackQuery")]


async def test_each_owner_reads_cards_and_buttons_in_their_own_language(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    owners = tmp_path / "owners.yml"
    owners.write_text(OWNERS, encoding="utf-8")
    settings: Settings = make_settings(
        tmp_path, fake, nlu_model_dir, owners_file=owners, digest_lang="ar"
    )
    async with running(settings, fake):
        await complain(fake, 880, DELIVERY)  # an English customer, a delivery: Reza's
        [card] = fake.sent_to(REZA)
        assert say("fa", "heading_new") in card["text"] and "رضا کریمی" in card["text"]
        assert say("fa", "card_footer") in card["text"]
        assert labels(card) == card_buttons("fa")
        await wait_until(lambda: _got(fake, TEAM, say("ar", "heading_new")))  # DIGEST_LANG
        assert labels(fake.sent_to(TEAM)[0]) == card_buttons("ar")

        fake.push_callback(REZA, "h:a:1", user_id=REZA)  # reassign: whom to, asked in Persian
        await wait_until(lambda: _got(fake, REZA, say("fa", "reassign_ask", id=1)))
        assert "ليلى حداد" not in labels(fake.sent_to(REZA)[-1])  # names as Reza reads them
        assert "لیلا حداد" in labels(fake.sent_to(REZA)[-1])
        fake.push_callback(REZA, "h:t:1:layla", user_id=REZA)

        await wait_until(lambda: _got(fake, LAYLA, say("ar", "heading_reassigned")))
        layla_card = fake.sent_to(LAYLA)[0]
        assert say("ar", "card_footer") in layla_card["text"]
        assert "ليلى حداد" in layla_card["text"]
        assert labels(layla_card) == card_buttons("ar")
        fake.push_callback(LAYLA, "h:c:1", user_id=LAYLA, language_code="en")
        claimed = say("ar", "claimed", id=1, name="ليلى حداد")
        await wait_until(lambda: _answered(fake, claimed))

        fake.push_command(LAYLA, "/reassign 1 emma", user_id=LAYLA, language_code="fa")
        await wait_until(lambda: _got(fake, EMMA, say("en", "heading_reassigned")))
        await wait_until(
            lambda: _got(fake, LAYLA, say("ar", "reassigned", id=1, owner="Emma Stone"))
        )
        emma_card = fake.sent_to(EMMA)[0]
        assert emma_card["text"].startswith("#1 · Reassigned to you for Emma Stone")
        assert labels(emma_card) == ["Claim", "Reply", "Resolve", "Reassign", "Note"]
    assert (await handoff(settings)).owner_id == "emma"
    assert not any("Reply to this message" in t for t in fake.messages_to(REZA))


async def _got(fake: FakeBotAPI, chat: int, needle: str) -> bool:
    return any(needle in text for text in fake.messages_to(chat))


async def _answered(fake: FakeBotAPI, text: str) -> bool:
    return text in answers(fake)
