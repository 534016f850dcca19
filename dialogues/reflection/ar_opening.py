"""An Arabic «و» opening the reflection before a word that reads whole without it (r47).

«وسيكون لنا تعامل …»، «وتجد صورا …»، «وانا لا اطيق …»، «وبالانتظار خارج المطعم …»: the
clause was cut from the one before it, whose «و» ("and") said back first reads as a piece
with no start. Without the «و» each is a whole clause: a future verb, a short present verb,
a pronoun, a preposition glued to an article's word. Words that own their «و» stay whole
(«وسيلة»، «وسيم»، «وسيط»).
"""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"^و(?=س(?!يل|يم|يط)[أاتني]\S{2,}(?!\S)"  # «وسيكون»، «وسأعود»، never «وسيلة»، «وسيم»
    r"|[يتن]\S{2}(?!\S)"  # «وتجد»، «ونحن»، «ويجي»: a present verb (longer ones: ar_edges)
    r"|(?:انا|أنا|احنا|إحنا|نحن|انت|أنت|انتم|أنتم|انتي|أنتِ)(?!\S)"  # «وانا لا اطيق …»
    r"|ب(?:ال)\S{2,}(?!\S))"  # «وبالانتظار خارج المطعم …»
)


def without_waw(text: str) -> str | None:
    """The clause without its opening «و» when it reads whole without it, else None."""
    return text[1:] if _OPENING.match(text) else None
