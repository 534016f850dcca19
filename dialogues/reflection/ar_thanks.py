"""A thanks said in our voice reads as the bot thanking: quoted as theirs (round 37)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dialogues.reflection.units import Unit

# «شكر خاص للبائع»، «وشكرا على سرعة التوصيل»، «شكرا سوق.كوم»: their thanks, never ours.
_THANKS = re.compile(r"(?<![^\s،(])و?(?:شكر|شكرا|شكراً|شكرًا)(?![^\s،.)])")


def _bare(piece: str) -> str:
    """The piece without what it already quotes."""
    return re.sub(r"«[^»]*»", "", piece)


def quoted_thanks(
    units: Sequence[Unit], pieces: list[str], quote: Callable[[Unit], str]
) -> list[str]:
    """Each piece that says a thanks outside quotes, quoted as the customer wrote it."""
    return [
        quote(unit) if _THANKS.search(_bare(piece)) else piece
        for unit, piece in zip(units, pieces, strict=True)
    ]
