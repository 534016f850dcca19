"""Persian praise typed in Latin letters (Finglish): «Hame chi awli ham qaza ham peik express».

NLU reads no Finglish and our cues hold Persian script only, so «mesle hmishe awli mmnon» and
«Kheili khoshmaze bodo» were asked «دیگر چه چیزی باید درباره‌اش بدانم؟», their «yes» to the
quoted reflection then met with leave to ask two questions, as if something had gone wrong.
A listener thanks for it. Praise here is a Finglish word of praise with nothing beside it
that says something went wrong, was denied, contrasted or asked.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z]+")
_RUN = re.compile(r"([a-z])\1+")  # «aaaallliii», «khooob»: letters held for feeling, once
# Words of praise and thanks, read with their letters held once («khoob» → «khob»).
_PRAISE_WORDS = """ali aali awli awly alie aliye alieh alin alian olaghe
    khob khub khoub khube khobe khoube
    khoshmaze khoshmazeh khoshmazast khoshmazas khoshmzeh khoshmz
    khoshtam khoshtame lazize lazizeh laziz
    mamnun mamnon mamnoon mmnon mamnonam mamnunam mmnun merci mersi mrc
    tashakor tashakr tashakur tashakoor tashakkor moteshakeram mchkrm
    keyfiyat kefiyat keyfiat kifiyat keifiat keyfiyate
    mahshar binazir behtarin perfect great good excellent nice awesome best"""
_PRAISE = frozenset(_RUN.sub(r"\1", word) for word in _PRAISE_WORDS.split())
# Something went wrong, or the praise is denied, contrasted, held back or asked about:
# «sard bud vali khoshmaze bud», «khub nabud», «bi keyfiyat», «dir resid».
_AGAINST = frozenset(
    """na nah nabud nabod nabood nist nis naboodan nadasht nadad nayomad nayumad
    vali amma ama faghat fqt bad bade badd sard kharab dir kam ziad shor shour bimaze bi
    gheymat geron gerun gerone gheimat soukhte sukhte khaam kasif zaeef zaif
    not no but bad cold late""".split()
)
# «nemidad», «nmiad», «narsid», «nakardan»: a verb denied.
_AGAINST_HELD = frozenset(_RUN.sub(r"\1", word) for word in _AGAINST)
_NEGATED = re.compile(r"^(?:nemi|nmi|nami|nab[ou]|nars|nares|nadas|nadad|nay[ou]m|nakar|naf[er])")


def finglish_praise(text: str) -> bool:
    """Finglish praise alone: a word of praise, nothing wrong, denied or asked beside it."""
    if "?" in text or "؟" in text or re.search("[\u0600-\u06ff]", text):
        return False
    said = [_RUN.sub(r"\1", word) for word in _WORD.findall(text.lower())]
    if not said or any(word in _AGAINST_HELD or _NEGATED.match(word) for word in said):
        return False
    return any(word in _PRAISE for word in said)
