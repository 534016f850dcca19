"""A long tweet's cut piece is found by one bisection of the known words, as by the old scan."""

from __future__ import annotations

from dialogues.reflection import en_cut

_LONG = (
    "Been on hold with your team for over two hours now about my rebooking to Denver, and "
    "the agent finally said "
    "there were many award seats availab"
)


def _scanned(piece: str) -> bool:
    return any(k.startswith(piece) for k in en_cut._KNOWN)


def test_bisection_answers_as_the_scan_did() -> None:
    known = en_cut._KNOWN_SORTED
    pieces = {w[:n] for w in known[::997] for n in (1, 3, 4, 6, len(w))}
    pieces |= {"availab", "tomorro", "useles", "zzzq", "qxvw", "aaaaaaaa", "flightt", "~", "ÿ"}
    for piece in sorted(pieces):
        assert en_cut._starts_a_known(piece) == _scanned(piece), piece


def test_the_cut_piece_of_a_long_tweet() -> None:
    assert en_cut.cut_word(_LONG) == "availab"
    assert en_cut.cut_word(_LONG.replace("availab", "qxvwzz")) is None
    assert en_cut.cut_word(_LONG.replace("availab", "available")) is None
