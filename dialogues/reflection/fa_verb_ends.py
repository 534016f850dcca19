"""Where a Persian run-on sentence ends a clause: after its third-person finite verbs.

Persian is verb-final, so a long review written without marks («برنج خوب نبود زیر دندان سفت
بود …») is cut after each finite verb it holds, never before «و/که/تا», which continue it, nor
inside brackets or a «وقتی …» clause the verb only closes.
"""

from __future__ import annotations

from dialogues.reflection import fa_gaps
from dialogues.reflection.fa_slips import goes_on
from dialogues.text import fold

# Persian is verb-final: a run-on review ("برنج خوب نبود زیر دندان سفت بود …") is cut
# after each third-person finite verb it holds (not before و/که/تا, which continue it).
CLAUSE_END = frozenset(
    fold(w)
    for w in """بود بودن بودند نبود نبودن نبودند شد نشد است نیست هست داشت نداشت رسید نرسید
    کرد نکرد میداد نمیداد میشه نمیشه داره نداره میاد نمیاد رسیدن بودش نبودش""".split()
)


_SUBORDINATORS = frozenset("وقتی اگه اگر چون زمانی درحالی".split())
_LIGHT_HEADS = frozenset(
    fold(w) for w in "باعث مجبور موجب سبب قرار معلوم متوجه ذکر گفتنی لازم بهتر ممکن".split()
)


_CAN = frozenset(fold(w) for w in "میشه میشود می‌شود نمیشه نمیشود نمی‌شود".split())
_SAID = frozenset("گفت کرد دید فهمید خورد".split())  # «میشه گفت خوب بود»: one clause


def split_verbs(text: str) -> list[tuple[str, str]]:
    """A long run-on sentence cut after its finite verbs: (piece, what joined it)."""
    tokens = text.split()
    pieces: list[list[str]] = [[]]
    opened = False  # «… و وقتی به دستم رسید | …»: the verb closes «وقتی», not the sentence
    for index, token in enumerate(tokens):
        pieces[-1].append(token)
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        ends = fold(token.strip(".,،!")) in CLAUSE_END and not (
            fold(tokens[index - 1] if index else "") in _LIGHT_HEADS  # «باعث شد …» goes on
            or fa_gaps.what_was_written(tokens, index)  # «نوشته شده بود دورچین …» goes on
        )
        ends = ends and not goes_on(token, following, tokens[index - 1] if index else "")
        after_preposition = token == "اینکه" and index and tokens[index - 1] in ("از", "به", "با")
        if token in _SUBORDINATORS or after_preposition or (token == "تا" and len(pieces[-1]) == 1):
            opened = True  # «تا» only opening a clause: mid-clause it is "to" («رستوران تا محل»)
        elif ends and opened:
            opened, ends = False, False
        # «هست ک شما میگیرید»: «ک» is «که» typed short; «(… نداشت مثلا)»: never inside brackets
        inside = " ".join(pieces[-1]).count("(") > " ".join(pieces[-1]).count(")")
        inside = inside or (fold(token) in _CAN and following in _SAID)  # «میشه گفت …»
        if ends and not inside and following not in ("و", "که", "ک", "تا", "چون", "ولی", "اما"):
            pieces.append([])
    return [(" ".join(p), " " if i else "") for i, p in enumerate(pieces) if p]
