"""owners.yml: validated with line numbers; routing by topic and language; honest hours."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.owners import load_owners
from dialogues.errors import ConfigurationError

ROOT = Path(__file__).resolve().parents[2]


def test_example_routes_by_topic_then_language() -> None:
    owners = load_owners(ROOT / "owners.example.yml")
    assert owners.route("billing", "fa").id == "sara"
    assert owners.route("billing", "ar").id == "reza"  # Sara doesn't speak Arabic
    assert owners.route("delivery", "en").id == "reza"
    assert owners.route(None, "fa").id == "reza"  # "other"
    assert owners.route("billing", "fa").name_in("fa") == "سارا احمدی"
    assert owners.response_minutes == 120
    # Which Telegram account is staff is the Telegram channel's to say (test_addresses.py).
    assert owners.owners["sara"].telegram_id == 1001


def test_working_hours_in_the_owners_time_zone() -> None:
    sara = load_owners(ROOT / "owners.example.yml").owners["sara"]
    assert sara.hours is not None
    # Monday 10:00 in Tehran (06:30 UTC) is inside Sat–Wed 09:00–17:00.
    assert sara.hours.is_open(datetime(2026, 11, 23, 6, 30, tzinfo=UTC))
    # Thursday is outside Sat–Wed; the next opening is Saturday 09:00 Tehran.
    thursday = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    assert not sara.hours.is_open(thursday)
    opening = sara.hours.next_opening(thursday)
    assert (opening.weekday(), opening.hour) == (5, 9)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("owners: []\n", "non-empty list"),
        ("owners:\n  - id: a\n    name: A\n", ":2: owner is missing 'title'"),
        ("owners:\n  - id: a\n    name: A\n    title: T\n    backup: zed\n", "unknown backup"),
        (
            "owners:\n  - id: a\n    name: A\n    title: T\n    hours: someday\n",
            ":2: cannot read hours",
        ),
        ("owners:\n  - id: a\n    name: A\n    title: T\nresponse_time: soon\n", "duration"),
        ("owners:\n  - id: a\n    name: A\n    title: T\ndefault_owner: b\n", "default_owner"),
        ("owners:\n  - id: a\n    name: A\n    title: T\n    role: boss\n", ":2: role must be"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "owners.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigurationError, match=message):
        load_owners(path)


def test_reach_own_requests_topics_and_a_lead_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "owners.yml"
    path.write_text(
        "owners:\n"
        "  - {id: reza, name: Reza, title: Care, topics: [delivery]}\n"
        "  - {id: sara, name: Sara, title: Billing, topics: [billing]}\n"
        "  - {id: nima, name: Nima, title: Lead, topics: [billing], role: lead}\n",
        encoding="utf-8",
    )
    owners = load_owners(path)
    reza, sara, nima = (owners.owners[i] for i in ("reza", "sara", "nima"))
    assert reza.may_act_on("reza", "billing")  # their own request
    assert sara.may_act_on("reza", "billing")  # a request on their topic
    assert not sara.may_act_on("reza", "delivery")  # neither
    assert nima.is_lead and nima.may_act_on("reza", "delivery")  # a lead: everything
    assert load_owners(ROOT / "owners.example.yml").owners["reza"].role == "member"
