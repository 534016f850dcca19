"""English units made ready to say back: told not asked, edges, cuts, links and slurs.

The English steps of ``reflect`` in their order, each a rule of its own round: "my laptop has
issues?" is told, not asked; "mojang on my…" loses the company's name at its edge; "for your,"
is left out; a tweet cut at 140 characters loses its cut word (r42); "but …" after a clause
left out loses its "but"; "help a n— out" is never said back.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues.reflection import en_clause, en_cut, en_guard, en_tidy, en_voice
from dialogues.reflection.units import Unit


def ready(units: list[Unit], messages: Sequence[str], written: Sequence[str]) -> list[Unit]:
    """The English units, each step applied in turn."""
    units = [_told(u) if u.question and en_clause.told_not_asked(u.text) else u for u in units]
    units = en_tidy.edges(units, en_tidy.company_names(messages))
    units = en_guard.drop_cut(en_guard.asked_unmarked(units))
    units = en_cut.uncut(units, list(written))
    units = en_tidy.unlinked(units)
    return en_voice.unslurred(units)


def _told(unit: Unit) -> Unit:
    """The question said back as told: no question mark."""
    return Unit(unit.text.rstrip(" ?"), unit.position, False, unit.sentence, unit.glue)
