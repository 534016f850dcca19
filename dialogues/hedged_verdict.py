"""An Arabic telling that is only a hedged verdict («جيدة نوعا ما», «لا بأس بها»): no apology.

«جيد نوعاً ما» judges the thing good, with a reserve, and tells nothing that went wrong.
"I'm truly sorry, that should never have happened" (the plain apology) answers a let-down
nobody told, so the reply goes straight to asking leave for two questions, as after a bare
«لا بأس به» that NLU already reads as no complaint. A fault named beside it («… بس توقعتها
اعلى جودة») keeps its apology.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues.reflection.ar_words import NEGATIVE, POSITIVE, folded
from dialogues.reflection.stretch import destretch
from dialogues.text import fold, words

_MOST_WORDS = 5  # «المنتج جيد الى حد ما»: a subject, the verdict and its reserve
_REST_WORDS = 2  # «الخامة جيدة»، «بها جيدة»; «الخامة جيدة … والمقاس محدود» tells a fault too
_HEDGES = (
    ("نوعا", "ما"), ("نوعاً", "ما"), ("نوعًا", "ما"), ("الى", "حد", "ما"), ("إلى", "حد", "ما"),
    ("لحد", "ما"), ("حد", "ما"), ("لا", "بأس"), ("لا", "باس"),
    ("نوعا",), ("نوعاً",), ("نوعًا",),
)  # fmt: skip
_BARE_FINE = folded("لاباس لابأس")  # «لاباس بها» typed as one word
_GOOD = folded("جيد جيدة جيده جيدا كويس كويسة كويسه حلو حلوة حلوه ممتاز ممتازة ممتازه مقبول")
# A fault, a "but", a wish, a denial: the telling is more than its verdict.
_MORE = folded("لكن ولكن بس الا إلا غير مش مو ليس ليست لم لن ليت اتمنى أتمنى ياريت يعيب عيب")


def hedged_only(messages: Sequence[str], language: str) -> bool:
    """Whether the telling is a hedged verdict of praise and nothing else (Arabic)."""
    if language != "ar":
        return False
    said = [fold(w) for w in words(destretch(" ".join(messages), "ar"))]
    if not said or len(said) > _MOST_WORDS or "?" in "".join(messages) or "؟" in "".join(messages):
        return False
    rest = f" {' '.join(said)} "
    for hedge in _HEDGES:  # «لا بأس»، «نوعا ما»: their «لا», «ما» deny nothing
        rest = rest.replace(f" {' '.join(fold(w) for w in hedge)} ", " ")
    hedged = rest.split() != said or bool(set(said) & _BARE_FINE)
    forms = set(rest.split()) | {w[1:] for w in rest.split() if w.startswith("و")}
    if not hedged or len(rest.split()) > _REST_WORDS or forms & (_MORE | NEGATIVE):
        return False  # «غير جيدة نوعا ما»، «سيئة نوعا ما»، «ما عجبني»
    fine = any(fold(w) in said for w in ("بأس", "باس")) or bool(set(said) & _BARE_FINE)
    return fine or bool(forms & (_GOOD | POSITIVE))
