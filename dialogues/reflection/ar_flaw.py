"""Where an Arabic review turns from praise to its flaw inside one unpunctuated run (r49).

«الهاتف جيد جدا … ويعمل بشريحتين ولا يعيبه الا صغر مساحة التخزين»، «… الموقع مميز مشكلته
انه يحجز احيانا كامل المطعم»، «… سعر مناسب جداً لكل شخص المشكله الكبيرة في فرع المدينه
ازدحام»: the flaw word opens the complaint. The clause is cut before it, so the praise before
can give way and the flaw is said back whole, from its own word. A flaw clause running on past
FLAW_WORDS (the complaint, then a menu read out) is left in its clause as before: cut alone,
it would be said back with all it runs on to.
"""

from __future__ import annotations

import re

FLAW_WORDS = 26  # words from the flaw word to the clause's end: past this, no cut
_HEAD_WORDS = 4  # words before it: fewer, and the flaw already opens the clause
_MORE = r"(?:ال)?(?:كبير|وحيد|حقيقي|اساسي|أساسي|رئيسي)[ةه]"
# A flaw word opening a clause: «(و)لا/ما يعيبه»، «يعيب عليه»، «عيبه/عيبها»، «مشكلته»,
# «المشكلة الكبيرة/الوحيدة/الحقيقية»، «المشكلة هي». Never «المشكلة» alone, as often an
# object («حل المشكلة ان شاء الله»، «نفس المشكلة»), nor a bare «عيب» («فيها عيب بسيط» goes
# on from «فيها»); never after «يعني/لكن/بس/الا/إلا» (they open the flaw themselves) nor
# after a «و» written apart.
_FLAW = re.compile(
    r"(?<!يعني)(?<!لكن)(?<!بس)(?<!الا)(?<!إلا)(?<!\sو)(?<!^و)\s+(?=(?:و\s?|ف)?(?:(?:لا|ما)\s+)?"
    r"(?:يعيب(?:ه|ها|هم)?\s|عيب(?:ه|ها)\s|مشكلت(?:ه|ها|هم)\s"
    r"|ال?مشكل[ةه]\s+(?:" + _MORE + r"|هي|هى)\s))"
)


# r53: a flaws heading opening the let-down after a praise run: «… ممتازين العيوب هو سعر
# السلاطات مبالغ فية …»، «… ومنطقة العاب جيدة عيوب الأسعار ارتفعت …»: the heading, then
# «هو/هي» or the thing at fault. Never where it is denied, had, or a verb's subject («اي
# عيوب»، «لوجود عيوب صناعه»، «ولا تتضح العيوب الا بعد»).
_HEADING = re.compile(
    r"\s+(?=(?:و|ف)?(?:ال)?(?:عيوب|سلبيات)(?:ه|ها)?\s+(?:هو|هي|هى|:|[اأ]ل\S{2,}))"
)
_NOT_HEADING = re.compile(
    r"(?:^|\s)(?:[اأ]ي|لا|ما|من|به|بها|فيه|فيها|يوجد|توجد|لوجود|وجود|على|بدون|بلا|و|[يت]\S+)$"
)


def _first_flaw(piece: str) -> re.Match[str] | None:
    """The earliest flaw word (_FLAW) or flaws heading (_HEADING) in a clause."""
    heading = next(
        (m for m in _HEADING.finditer(piece) if not _NOT_HEADING.search(piece[: m.start()])), None
    )
    found = [m for m in (_FLAW.search(piece), heading) if m]
    return min(found, key=lambda m: m.start()) if found else None


def cut(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each (clause, glue) cut once before a flaw word that opens its closing complaint."""
    out: list[tuple[str, str]] = []
    for piece, glue in pieces:
        match = _first_flaw(piece)
        head, tail = (piece[: match.start()], piece[match.end() :]) if match else ("", "")
        if match and len(head.split()) >= _HEAD_WORDS and len(tail.split()) <= FLAW_WORDS:
            out += [(head, glue), (tail, match.group(0))]
        else:
            out.append((piece, glue))
    return out
