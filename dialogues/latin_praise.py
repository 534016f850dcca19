"""Short English praise in an Arabic chat: "good headphone", "Vary good".

A customer of an Arabic shop may praise in two English words. Too short for the service to
switch the chat to English, it is read with Arabic cues, which hold no English word: NLU
called "good headphone" a hello and "nice perfume" nothing, so it was met with «أهلاً بك …»
or "what else?". A listener thanks for it, naming it, in the chat's language.
"""

from __future__ import annotations

import re

from dialogues.reflection.stretch import destretch

_SCRIPT = re.compile("[\u0600-\u06ff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_PRAISE = re.compile(
    r"\b(?:good|great|nice|excellent|amazing|awesome|perfect|wonderful|fantastic|lovely"
    r"|beautiful|love|loved|best|brilliant|superb|recommended)\b",
    re.IGNORECASE,
)
# "not good", "good but small", "medium quality", "so bad": no praise, or not only praise;
# "all good" answers "what's on your mind?" with "nothing", and thanks are thanked as thanks.
_AGAINST = re.compile(
    r"\b(?:not|no|never|bad|poor|worst|but|though|medium|average|ok|okay|all\s+good|thanks?"
    r"|thx)\b|n't\b|[?]",
    re.IGNORECASE,
)
MOST_WORDS = 4  # longer English is read as English by the service


def english_praise(text: str, language: str) -> bool:
    """A few English words of praise, and nothing else, in an Arabic chat (Persian: not tuned)."""
    if language != "ar" or _SCRIPT.search(text):
        return False
    said = destretch(text, "en")  # "veeeeeery good"
    words = _WORD.findall(said)
    if not 0 < len(words) <= MOST_WORDS or _AGAINST.search(said):
        return False
    return _PRAISE.search(said) is not None
