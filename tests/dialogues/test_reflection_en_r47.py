"""English reflections, round 47: what follows a leading handle, whose it is."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("text", "kept", "never"),
    [
        ("@JetBlue Stranded in Denver for the night", "you're stranded in Denver", "we stranded"),
        ("@Air stranded at BWI after two diversions.", "you're stranded at BWI", "we stranded"),
        ("@Air @Other stranded in cold Texas", "you're stranded in cold Texas", "Other stranded"),
        ("@Air overbooked by FIFTY people?!? the worst.", "“overbooked by", "you overbooked"),
        ("@Air bumped from my flight to Denver", "bumped from", "we bumped"),
    ],
)
def test_a_state_after_the_handle_is_the_customers(text: str, kept: str, never: str) -> None:
    out = _said(text)
    assert kept in out
    assert never not in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("@Air stranded my family in Denver", "we stranded your family"),
        ("@Air bumped me from my flight", "we bumped you"),
        ("@Air lost my bag again", "we lost your bag"),
    ],
)
def test_the_company_with_an_object_is_still_the_doer(text: str, kept: str) -> None:
    assert kept in _said(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("@Air Lost my wallet on flight 1007 yesterday.", "you lost your wallet on flight 1007"),
        ("@Air lost my sunglasses on a flight last night", "you lost your sunglasses"),
        ("@Air Lost black wallet at the gate.", "you lost black wallet"),
    ],
)
def test_a_thing_carried_and_lost_is_the_customers_loss(text: str, kept: str) -> None:
    out = _said(text)
    assert kept in out
    assert "we lost" not in out


def test_a_bag_lost_is_still_the_companys() -> None:
    assert "we lost your bag and your phone charger" in _said(
        "@Air lost my bag and my phone charger"
    )
