"""en61: "I ❤️ X" / "I <3 X" is said back as "you love X", never with a hole for the verb."""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    ("told", "heard"),
    [
        ("@Acme I ❤️ your crew and fly with you every month", "love"),
        ("@Acme I &lt;3 the new lounge. way nicer than the old one", "love the new lounge"),
        ("@Acme I ♥ the free snacks on short flights", "love the free snacks"),
        ("@Acme we <3 <3 the window seats on the new planes", "love the window seats"),
    ],
)
def test_the_heart_is_said_back_as_love(told: str, heard: str) -> None:
    reflection = reflect([told], "en")
    assert heard in reflection, reflection
    assert "you the " not in reflection and "you your " not in reflection, reflection


def test_a_heart_after_thanks_is_still_noise() -> None:
    reflection = reflect(["@Acme thanks for rebooking me so fast ❤️"], "en")
    assert "love" not in reflection, reflection


def test_i_heart_you_stays_a_thanks() -> None:
    """en61's gate: "This is why I 💙 you!" was said back and met with two questions."""
    from dialogues.reflection.en_heart import hearts_as_love

    assert (
        hearts_as_love("thanks JB!! This is why I 💙 you!") == "thanks JB!! This is why I 💙 you!"
    )
