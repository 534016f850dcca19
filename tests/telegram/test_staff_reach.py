"""Staff reach: own requests and topics; a lead everywhere; the owner told; others refused."""

from __future__ import annotations

from pathlib import Path

from bot.settings import Settings
from bot.staff_words import say, term
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, OWNER_SARA, make_settings, running
from tests.telegram.test_handoff import (
    DELIVERY,
    card_of,
    complain,
    handoff,
    recorded,
    wait_until,
)

LEAD = 1003
OWNERS = """\
owners:
  - id: reza
    name: Reza Karimi
    title: Customer care
    telegram_id: 1002
    topics: [delivery, service, product, app, other]
  - id: sara
    name: Sara Ahmadi
    title: Billing
    telegram_id: 1001
    topics: [billing]
  - id: nima
    name: Nima Rahimi
    title: Support lead
    telegram_id: 1003
    topics: [billing]
    role: lead
default_owner: reza
"""


# Owners without languages read the first of all (Persian): Sara is refused in it.
REFUSAL = say("fa", "refused_owned", id=1, owner="Reza Karimi", topic=term("fa", "delivery"))


def team(tmp_path: Path, fake: FakeBotAPI, nlu_model_dir: Path) -> Settings:
    owners = tmp_path / "owners.yml"
    owners.write_text(OWNERS, encoding="utf-8")
    return make_settings(tmp_path, fake, nlu_model_dir, owners_file=owners)


def alerts(fake: FakeBotAPI) -> list[str]:
    return [
        str(c[1].get("text"))
        for c in fake.calls_to("answerCallbackQuery")
        if str(c[1].get("show_alert")).lower() == "true"
    ]


async def test_others_are_refused_a_lead_may_act_and_the_owner_is_told(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = team(tmp_path, fake, nlu_model_dir)
    async with running(settings, fake):
        said = await complain(fake, 870, DELIVERY)  # a delivery request: Reza's
        assert "Reza Karimi" in said[-1]

        # Sara (billing) may not claim it: a polite alert naming the owner; nothing changes.
        fake.push_callback(OWNER_SARA, "h:c:1", user_id=OWNER_SARA, language_code="en")

        async def refused() -> bool:
            return REFUSAL in alerts(fake)

        await wait_until(refused)
        fake.push_command(OWNER_SARA, "/resolve 1 sorted", user_id=OWNER_SARA)
        await fake.wait_for_messages(OWNER_SARA, 1)
        assert fake.messages_to(OWNER_SARA)[-1] == REFUSAL
        assert (await handoff(settings)).status == "open"

        # Nima, a lead, answers it: the customer hears from Nima, and Reza is told.
        fake.push_callback(LEAD, "h:r:1", user_id=LEAD, language_code="en")
        prompt = await fake.wait_for_messages(LEAD, 1)
        assert "#1" in prompt[0]
        prompt_message = card_of(fake, LEAD)
        await wait_until(lambda: recorded(settings, prompt_message))
        fake.push_message(
            LEAD, "Your parcel is at the depot.", user_id=LEAD, reply_to=prompt_message
        )
        told = await fake.wait_for_messages(870, len(said) + 1, timeout=20)
        assert told[-1] == "Nima Rahimi: Your parcel is at the depot."

        async def reza_told() -> bool:
            told = say("fa", "notice_replied", id=1, staff="Nima Rahimi")
            return told in fake.messages_to(OWNER_REZA)

        await wait_until(reza_told)

        # Reza acts on his own request: nobody else is told anything.
        fake.push_callback(OWNER_REZA, "h:c:1", user_id=OWNER_REZA, language_code="en")

        async def claimed() -> bool:
            return (await handoff(settings)).status == "claimed"

        await wait_until(claimed)
    assert (await handoff(settings)).owner_id == "reza"
    assert not any("Reza Karimi" in m for m in fake.messages_to(LEAD)[1:])
