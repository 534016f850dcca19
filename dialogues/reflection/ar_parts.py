"""A long Arabic sentence that cannot be shifted whole is said back clause by clause.

Issue 8 (round ar64): a message of fifteen words or more whose one sentence held a single
unshiftable word came back as one whole verbatim quote, «قلت: «طلبت من المتجر ساعة ذكية ووصلتني
بعد أسبوعين والشاشة مكسورة، وخدمة العملاء لا ترد على الإطلاق»»: a word-for-word echo of a long
telling, which the rubric reads as a reply that did not listen. A listener says it back in the
bot's own voice: «طلبت من المتجر ساعة ذكية، ووصلتك بعد أسبوعين، والشاشة مكسورة، …».

Only where certain: the sentence is parted at seams that are always seams (a comma, «بس»،
«لكن»، «ولكن» and «و» glued to a word it can only be the conjunction on: «وال…»، «وو…»، «ولم» …),
each part is shifted by ``ar.shift`` (the conjunction set aside first: «ووصلتني» is «و» +
«وصلتني» → «ووصلتك»), and a part that still cannot be shifted is quoted alone, short
(«وقلت: «الموظف كان متعصب معنا»»). When no part shifts, or a part is too short to stand alone,
the whole quote stays: a narrower rule that is always right.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

_LONG = 15  # words in a telling from which a whole-sentence quote reads as an echo
# «و» glued to these can only be the conjunction: «والشاشة»، «ووصلتني»، «ولم يردوا». A bare «و…»
# word may be a root's own «و» («وصلت»، «وقت»، «وجدت»), so it is never a seam.
_GLUED_AND = (  # each opens a clause of its own, never a noun joined to a list
    r"ووصل|وكان\b|وكانت\b|وتم\b|وهذا\b|وهذه\b|وصار\b|وصارت\b|ولقد\b|وقد\b"
)  # «والجوده العاليه» is a noun in a list, «ولا وقت طويل» "nor", «وهي تدق» a "while" clause,
# «علما تعاملت … ولم اواجه اي مشاكل» one clause: «ولم …» apart would read "no problems"
_SEAM = re.compile(rf"\s*[،,]\s*|\s+(?=(?:بس|لكن|ولكن|لاكن)\s)|\s+(?=(?:{_GLUED_AND}))")
_AND = re.compile(rf"^(?:{_GLUED_AND})")
_MIN_WORDS = 2  # «جدا»: a part of one word is no clause; the whole quote stays
_QUOTED_WORDS = 3
_AFTER_PREPOSITION = re.compile(r"(?:^|\s)(?:في|فى|من|على|عن|مع|ل)\s+أنت")
# a part that leans on the next («بما …»، «اذا …»، «كما …»): never said apart from it
_HANGING = re.compile(r"^و?(?:بما|اذا|إذا|لو|حيث|كما|لان|لأن|لانه|لأنه|عشان|علما|من خلال)(?:\s|$)")


def _parts(text: str) -> tuple[list[str], list[str]]:
    """The parts and, before each, the seam it was written after («، » or a space)."""
    parts: list[str] = []
    seams: list[str] = []
    start = 0
    for seam in _SEAM.finditer(text):
        if _NO_PREDICATE.search(text[start : seam.start()]) and _LINK.match(text[seam.end() :]):
            continue  # ar65: «وكان طعمه بس مش ابداع» is one clause: «طعمه» has no word yet
        parts.append(text[start : seam.start()])
        seams.append(seam.group(0))
        start = seam.end()
    parts.append(text[start:])
    kept = [(p.strip(), s) for p, s in zip(parts, ["", *seams], strict=True) if p.strip()]
    return [p for p, _ in kept], [("، " if "،" in s or "," in s else " ") for _, s in kept]


def _shifted(part: str, shift: Callable[[str], str | None]) -> str | None:
    """The part in the bot's voice; a glued «و» is set aside so «ووصلتني» reads «ووصلتك»."""
    whole = shift(part)
    if whole is not None:
        return whole
    if _AND.match(part):
        rest = shift(part[1:])
        return None if rest is None else "و" + rest
    return None


# Stop 36's gate (20 / 10): parts said in the bot's voice lost where the bot then hedged for
# the customer («ربما هو جيد، ولكن قلت: …»), spoke as them («الواحد ممكن يحس …»), left "my
# wife" unturned («العطر شاريه للمدام»), or cut "they just need to" at «بس» («محترم محتاجين، بس
# قلت: «يعملوا …»»): such sentences keep the whole quote.
_HEDGED = re.compile(r"^و?(?:ربما|يمكن|ممكن|الواحد|قد|اكيد|أكيد)(?:\s|$)")
_THEIR_OWN = re.compile(
    r"(?:^|\s)(?:لل|ل|ال|وال)?(?:مدام|مدامه|اهل|عيال|اولاد|أولاد|والده|والدة|الوالد)(?:\s|$)"
)
_NEED = re.compile(r"(?:محتاج|محتاجين|محتاجه|ناقص|ناقصه|ناقصهم|لازم|يحتاج|تحتاج|يبيله|يبغاله)$")


def _unsafe_voice(parts: list[str]) -> bool:
    """Whether saying these parts apart would put a hedge or the customer's own in our voice."""
    if any(_HEDGED.match(p) or _THEIR_OWN.search(p) for p in parts[:-1]):
        return True
    return any(_NEED.search(a) and b.startswith("بس ") for a, b in itertools.pairwise(parts))


def parted(
    text: str,
    message_words: int,
    shift: Callable[[str], str | None],
    quote: Callable[[str], str],
) -> str | None:
    """A long unshiftable sentence said back by its parts, or ``None`` to keep the whole quote.

    ``quote`` frames a part that cannot be shifted (``قلت: «…»``).
    """
    if message_words < _LONG:
        return None
    parts, seams = _parts(text)
    if len(parts) < 2 or any(len(p.split()) < _MIN_WORDS for p in parts):
        return None
    if _unsafe_voice(parts):
        return None
    said = [_shifted(p, shift) for p in parts]
    if any(s is not None and _AFTER_PREPOSITION.search(s) for s in said):
        return None  # «المشكلة فى انا» → «فى أنت»: a pronoun after a preposition is «فيك»
    if said[-1] is None and len(parts[-1].split()) < _QUOTED_WORDS:
        return None  # «وقلت: «جدا»»: a quote of a word or two is no clause
    if said[-1] is None and not (parts[-1].startswith("و") or _LINK.match(parts[-1])):
        return None  # r21: «مطعم البيت المغربي، يقع على …»: no «وقلت» where no «و» was written
    if any(s is None for s in said[:-1]):
        return None  # «قلت: «…»، وهي من العطور»: only the last part may be quoted, once
    if any(_HANGING.match(p) for p in parts):
        return None  # «وبما أنك اول واحد يقيم، وقلت: …»: a "since" clause left hanging
    out = ""
    quoted = False  # the part before was quoted: a comma, never a space, after its «»»
    for part, seam, shifted in zip(parts, seams, said, strict=True):
        if shifted is None:  # «بس قلت: «…»»، «وقلت: «…»»: the link stays outside the quote
            link = _LINK.match(part)
            lead = link.group(0) if link else "و" if _AND.match(part) else ""
            body = part[len(lead) :]
            lead = "و" if lead.strip() == "و" or (out and not lead) else lead
            shifted = lead + quote(body)
        if out:
            out += "، " if quoted or shifted.endswith("»") else seam
        quoted = shifted.endswith("»")
        out += shifted
    return out


_LINK = re.compile(r"^(?:بس|لكن|ولكن|لاكن)\s+")
# ar65: a «كان» whose subject is a noun with a pronoun and nothing after it («وكان طعمه بس مش
# ابداع», "and its taste was, but not great"): the predicate comes after «بس», so parting there
# said back «وكان طعمه، بس قلت: «مش ابداع»», a subject cut from what it was.
# «كانت حلوه بس غالية» is a predicate (an adjective's «ه» is its «ة»): after «كانت» only a noun's
# «ته»، «ها»، «هم» («كانت شاشته»، «كانت جودتها») is read as a pronoun.
_NO_PREDICATE = re.compile(
    r"(?:^|\s)[وف]?(?:(?:كان|صار)\s+\S+(?:ه|ها|هم)|(?:كانت|صارت)\s+\S+(?:ته|ها|هم))\s*$"
)
