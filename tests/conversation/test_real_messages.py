"""Robustness on real customer messages (fa/ar/en): no crash, right language, true reflections.

The messages are fed as answers to the opening question; when the bot asks for more
instead of reflecting, the customer says "that's all", which makes it reflect.
"""

from __future__ import annotations

import pytest

from bot.app import Services
from bot.service import IncomingMessage
from dialogues.reflection import content_words
from tests.dialogues.tuning_rows import tuning_rows

SAMPLE = 200
THAT_IS_ALL = {"fa": "همین", "ar": "بس", "en": "that's all"}


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
async def test_real_messages_as_opening_answers(services: Services, language: str) -> None:
    reflected = with_content_word = wrong_language = 0
    strays: list[str] = []
    for number, text in enumerate(tuning_rows(language, SAMPLE)):
        customer = f"{language}-{number}"

        async def say(
            words: str | None, kind: str = "text", customer: str = customer, chat: int = number
        ) -> tuple[str, str]:
            message = IncomingMessage(
                channel="console", user_id=customer, chat_id=10_000 + chat, text=words, kind=kind
            )
            await services.conversations.store_inbound(message)
            report = await services.conversations.handle_burst([message])
            return " ".join(r.text for r in report.replies), report.language

        await say(None, kind="start")
        reply, replied_in = await say(text)
        assert reply, f"no reply to: {text}"
        if replied_in != language or not in_script(reply.replace(text, ""), language):
            wrong_language += 1
            strays.append(f"{text} → {reply}")
        state_stage = await stage_of(services, customer)
        if state_stage == "listening":
            reply, _ = await say(THAT_IS_ALL[language])
            state_stage = await stage_of(services, customer)
        if state_stage == "confirming":
            reflected += 1
            words = {w for w in content_words(text, language)}
            if any(w in reply for w in words):
                with_content_word += 1
    rate = with_content_word / max(reflected, 1)
    print(
        f"\n{language}: {reflected}/{SAMPLE} reflected, {rate:.1%} of reflections hold a content "
        f"word of the message, {wrong_language} replies in another language"
    )
    assert reflected >= SAMPLE * 0.9
    assert rate >= 0.95
    assert wrong_language == 0, strays


def in_script(reply: str, language: str) -> bool:
    """The bot's own words are in the language's script (quotes aside, mostly letters)."""
    latin = sum(c.isascii() and c.isalpha() for c in reply)
    arabic = sum("\u0600" <= c <= "\u06ff" for c in reply)
    return latin > arabic if language == "en" else arabic > latin


async def stage_of(services: Services, customer: str) -> str:
    from storage.repositories import ConversationRepository, CustomerRepository

    async with services.database.session() as session:
        found = await CustomerRepository(session).get_by_external("console", customer)
        assert found is not None
        conversation = await ConversationRepository(session).latest(found.id)
        assert conversation is not None
        return str(conversation.stage)
