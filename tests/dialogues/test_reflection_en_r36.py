"""English reflections, round 36: airline tweets said back as a careful listener would."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(message: str) -> str:
    """The English reflection of one message."""
    return reflect([message], "en")


def test_a_handle_joined_to_a_subject_by_and_stays_in_it() -> None:
    said = _said("@SouthwestAir @livvyports16 and I became best friends")
    assert said == "livvyports16 and you became best friends"
    said = _said("@SouthwestAir and Carol Thrower are passengers. Fort Lauderdale airport.")
    assert said.startswith("SouthwestAir and Carol Thrower are passengers")
    assert _said("@united and I'm still waiting") == "you're still waiting"
