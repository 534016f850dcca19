"""Plain clauses with their glue, the shape the Arabic reflection's choosers read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlainUnit:
    """A clause and the glue before it ("" for the first)."""

    text: str
    glue: str = "، "


def plain_units(*texts: str) -> list[PlainUnit]:
    """The clauses in order, joined by «، »."""
    return [PlainUnit(t, "" if i == 0 else "، ") for i, t in enumerate(texts)]
