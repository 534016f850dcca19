"""English reflections, round 22: what a photo shows, numbered handles as the company."""

from __future__ import annotations

from dialogues.reflection import en, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_clause_pointing_at_what_a_photo_shows_is_quoted_never_said_in_our_voice() -> None:
    assert en.shift("There's my parcel") is None
    assert en.shift("Look! There’s my parcel") is None
    assert en.shift("here is my booking code ZX41") is None
    assert en.shift("heres my receipt") is None
    said = _said("@Shop the app sends a picture now. Look! There's my parcel. Not my door though")
    assert "there's your parcel" not in said.lower()
    assert "There's my parcel" in said or "There’s my parcel" in said


def test_a_clause_merely_starting_with_there_is_still_shifts() -> None:
    # only the customer's own thing pointed at is quoted; "there's no signal" is told
    assert en.shift("there's no signal in my flat") == "there's no signal in your flat"
    assert en.shift("my parcel is there") == "your parcel is there"
