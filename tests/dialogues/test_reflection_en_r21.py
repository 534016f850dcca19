"""English reflections, round 21: what fails kept, data tags, slurs, feelings, half shifts."""

from __future__ import annotations

from dialogues.reflection import en_short, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_long_quote_keeps_what_fails_never_only_the_but_clause_that_works() -> None:
    text = (
        "whenever i open the player on my old laptop at home it just won't load a thing "
        "but i can watch it all on my tablet"
    )
    kept = en_short.part(text)
    assert "won't load" in kept and "tablet" not in kept
    # a "but" clause naming the failure itself is still the one kept
    text = (
        "i can watch everything fine on my tablet and on my phone at home every single day "
        "but the player on my old laptop won't load"
    )
    assert "won't load" in en_short.part(text)
