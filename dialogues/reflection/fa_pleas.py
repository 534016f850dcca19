"""A Persian request inside a clause left out, said back in the customer's words.

Long reviews end or break on a request to us («… امتیاز پایین دادم لطفا رسیدگی شود»،
«… خواهشا عکس محصولاتتون رو بذارین تا …»). When the clause holding it was not kept, the
request went behind «چند نکته‌ی دیگر» or «درباره‌ی … هم نکته‌هایی گفتید»: a request the
customer makes must be heard. The words from «لطفا/خواهشا» to the clause's end (or the next
request) are said too, past the budget, quoted with their «لطفا» (fa_verbatim.plea), never
shifted into the bot's voice. Only a request of a few words; a long run is a telling.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues.reflection import fa_seams, fa_sides
from dialogues.reflection.fa_verbatim import _PLEAS
from dialogues.reflection.units import Unit
from dialogues.text import fold

_MOST = 12  # words at most in a request said past the budget
_FEWEST = 2
# «آورده بودم که لطفا …»: a request told of, made before; «لطفا نکردن»: "were not so kind".
_REPORTED = frozenset(fold(w) for w in "که ک".split())
# Where the request ends: thanks after it («… داده شود پیشاپیش از پیگیری … ممنون»), a threat
# trailing off («… رسیدگی کنید در غیر اینصورت …»).
_ENDS = frozenset(fold(w) for w in "پیشاپیش باتشکر ممنون ممنونم مرسی سپاس متشکرم".split())
_ENDS_TWO = frozenset(("با تشکر", "در غیر"))


def _ends(keys: list[str], index: int) -> bool:
    """Whether the request said from before ``index`` ends there."""
    pair = " ".join(keys[index : index + 2])
    return keys[index] in _PLEAS or keys[index] in _ENDS or pair in _ENDS_TWO


def _span(text: str) -> str:
    """The request in ``text``: from after its «لطفا» to the next one or the clause's end."""
    tokens = text.split()
    keys = [fold(t.strip(".,،!؟?")) for t in tokens]
    for start, key in enumerate(keys):
        if key not in _PLEAS or (start and keys[start - 1] in _REPORTED):
            continue
        end = next((i for i in range(start + 1, len(keys)) if _ends(keys, i)), len(keys))
        said = tokens[start + 1 : end]
        if said and said[0].startswith("نکرد"):
            continue
        return " ".join(said) if _FEWEST <= len(said) <= _MOST else ""
    return ""


def with_pleas(units: Sequence[Unit], kept: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """``kept`` with the requests of the clauses left out, and ``units`` without the clauses
    whose request was all they said (heard now, so never «چند نکته‌ی دیگر»)."""
    said = {u.position for u in kept}
    out, heard = list(kept), set()
    for unit in units:
        span = "" if unit.position in said or unit.question else _span(unit.text)
        if not span:
            continue
        out.append(Unit(span, unit.position, False, unit.sentence, ""))
        if len(unit.text.split()) - len(span.split()) <= 3:
            heard.add(unit.position)
    rest = [u for u in units if u.position not in heard]
    return sorted(out, key=lambda u: u.position), rest


def said_back(units: Sequence[Unit], kept: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """The Persian clauses kept, mended where cut (fa_seams, fa_sides.unturned), with the
    requests of those left out («… لطفا رسیدگی شود»); and ``units`` as ``with_pleas``."""
    kept = fa_seams.mended(list(units), fa_sides.unturned(units, kept))
    return with_pleas(units, kept)
