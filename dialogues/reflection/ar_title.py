"""A review's heading said before a quote of its body: quoted too (round 37)."""

from __future__ import annotations

from collections.abc import Sequence

from dialogues.reflection.units import Unit

_FRAME = "قلت: «"
_END = " .,!?؟،;؛:…-"


def _heading(messages: Sequence[str]) -> str | None:
    """The first message's heading, when ``ar_lines.headed`` set it on a line of its own."""
    if not messages or "\n" not in messages[0]:
        return None
    return messages[0].split("\n", 1)[0].strip(_END) or None


def quoted_heading(
    units: Sequence[Unit], pieces: list[str], written: Sequence[str], headed: Sequence[str]
) -> list[str]:
    """«مطعم ممتاز، قلت: «…»» read as our verdict beside theirs: «قلت: «مطعم ممتاز»، و«…»»."""
    heading = _heading(headed) if written and "\n" not in written[0] else None
    if heading is None or len(pieces) < 2 or not units:
        return pieces
    first, second = pieces[0], pieces[1]
    if first.endswith(("»", "”")) or not second.startswith(_FRAME):
        return pieces  # already a quote, or the body is said in our voice too
    if units[0].position != 0 or units[0].text.strip(_END) != heading:
        return pieces  # the heading was left out: the first piece is the body's
    return [_FRAME + heading + "»", *pieces[1:]]
