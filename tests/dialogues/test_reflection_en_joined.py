"""English reflections: a customer's sentence joined after ", and" loses its opening capital."""

from __future__ import annotations

import pytest

from dialogues.reflection import en_joined, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "@united my flight was delayed 3 hours. Meantime nobody at the gate told us anything.",
            ", and meantime nobody",
        ),
        ("@JetBlue my flight got cancelled. Unreal how you treat people.", ", and unreal how"),
        (
            "@Delta lost my bag in Atlanta. Another Delta flight ruined by your staff.",
            ", and another Delta flight",
        ),
    ],
)
def test_a_joined_sentence_opens_small(text: str, said: str) -> None:
    assert said in _said(text)


@pytest.mark.parametrize(
    ("piece", "kept"),
    [
        ("Monday was your last flight", "Monday"),
        ("Denver airport staff were no better", "Denver"),
        ("United lost your bag", "United"),
        ("I waited an hour", "I"),
        ("DM me back", "DM"),
        ("Frontier Airlines charged you twice", "Frontier Airlines"),
        ("“Unreal service” is what you call it", "“Unreal"),
        ("Karen at the desk was rude", "Karen"),
    ],
)
def test_names_days_and_quotes_keep_their_capital(piece: str, kept: str) -> None:
    assert en_joined.lowered(piece, frozenset({"karen"})).startswith(kept)


def test_a_name_the_customer_capitalised_elsewhere_stays() -> None:
    assert en_joined.lowered("Meantime rules", frozenset({"meantime"})) == "Meantime rules"


@pytest.mark.parametrize(
    ("piece", "said"),
    [
        ("Men not asked", "men not asked"),
        ("Today's flight is gone too", "today's flight is gone too"),
        # its re-reading (stop 36): a lowered "let's" reads as our own suggestion; brands stay
        ("Let's not repeat that", "Let's not repeat that"),
        ("Lysol spray is $4 a bottle", "Lysol spray is $4 a bottle"),
        ("Peggy was pleasant at the desk", "Peggy was pleasant at the desk"),
        ("Monika at the desk sorted it", "Monika at the desk sorted it"),
        ("Michele rocked the service", "Michele rocked the service"),
        ("Meantime, ANA is your preference", "meantime, ANA is your preference"),
        ("Step 3: charge them for food", "Step 3: charge them for food"),
    ],
)
def test_short_words_contractions_and_leads(piece: str, said: str) -> None:
    assert en_joined.lowered(piece) == said
