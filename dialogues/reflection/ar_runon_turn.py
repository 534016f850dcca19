"""A «لكن/بس …» let-down inside an unpunctuated Arabic run-on, weighed as the turn it is (r54).

«مطعم جيد نوعاً ما ويقدم اطباق مختلفه ولكن لاتوجد اماكن خاصه … ويفتقر الى العماله …»:
reviews typed with no comma are cut into clauses at «و» + a verb (ar_split), so the clause
after a «لكن» turn is followed by a bare space, never a comma. ar_sides.turned read that as a
turn cut short («… إلا مع») and the let-down ranked as scene-setting: the reflection said the
praise back and dropped what went wrong, and the reply after "yes" thanked. A turn followed
by a clause cut at a word still ends where its last word can end a clause (not «مع»، «على»،
«الا»), and a let-down is also told by a glued denial («لاتوجد»), a lack («ينقصه»،
«يفتقر») or a need («يحتاج الى تطوير»), which the cue lists do not weigh. Never a «لكن إذا/حينما …»
piece: that is advice to the readers («… فتأكد بأنك تحمل نقود»), said in the bot's voice an
order to the customer; nor «يجب/لازم …» (r54's first reading: «لكن يجب عدم الاكثار من
الحلويات» said back as the bot's own preaching).
"""

from __future__ import annotations

import re

from dialogues.text import fold

# Words a clause cannot end on: cut after one, the clause goes on in the next piece.
_OPEN_END = frozenset(
    fold(w)
    for w in """مع على علي عن من في فى الى إلى لل ب ل و او أو ثم الا إلا غير سوى بس لكن ان أن
    إن انه انها اللي الي التي الذي الذين ما لا لم لن مثل زي حتى بين عند لدى بعد قبل كل""".split()
)
# A let-down the cue lists do not weigh: a glued denial, a lack, a need.
_LETDOWN = re.compile(
    r"(?<!\S)[وف]?(?:لا|ما)(?:يوجد|توجد|يتوفر|تتوفر|فيه|في|فيش)(?!\S)"
    r"|(?<!\S)[وف]?(?:ي|ت)(?:نقص|فتقر|فتقد)\S{0,3}(?!\S)"
    r"|(?<!\S)[وف]?(?:يحتاج|تحتاج|يبيله|يبيلها|محتاج|محتاجه|محتاجة)(?!\S)"
)
# «لا ينقصه شيء»، «ما يحتاج»: the lack or the need denied is praise, never a let-down
_DENIED = re.compile(r"(?<!\S)(?:لا|ما|مو|مش|لم|ليس)\s+(?:\S+\s+)?(?:ي|ت)?(?:نقص|فتقر|فتقد|حتاج)")


def ends_whole(text: str) -> bool:
    """Whether a clause cut at a word ends where a clause can end (never «… إلا مع»)."""
    last = text.split()[-1:] if text.split() else [""]
    return fold(last[0].strip(".,!؟?،")) not in _OPEN_END


def lets_down(text: str) -> bool:
    """A lack, a glued denial or a need in a turn clause: a let-down told."""
    return bool(_LETDOWN.search(text)) and not _DENIED.search(text)


# «لكن حينما تقرر …»، «بس اذا …»: a condition after the turn, advice to whoever goes next
_ADVICE = re.compile(r"^[وف]?\s*(?:لكن|لاكن|ولكن|بس)\s+(?:[اإ]ذا|لو|حينما|عندما|لما)\s")


def advises(text: str) -> bool:
    """A turn that opens on a condition: advice to the readers, never a let-down told."""
    return bool(_ADVICE.match(text.strip()))
