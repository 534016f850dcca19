"""English first messages whose only praise is a thanks word: told, or thanked, never asked.

"@united Thanks. It is on the same ticket." (NLU: praise, for its "thanks") was asked "What did
you like most about it?": nothing was praised. What the customer told besides the thanks is
said back at once; a thanks with a word or two beside it ("thanks bae", "Thank you, busy
times.") is taken kindly, as a thanks alone is.
"""

from __future__ import annotations

import re

from dialogues import telling
from dialogues.reflection.noise import clean as clean_noise
from dialogues.text import clean

# "thank you", "thanks", "thank" (a slip: "Ok thank again"), "thx", "ty": the thanks itself.
_THANKS = re.compile(r"\b(?:thank\s*(?:you|u|ya)|thanks|thank|thnx|thanx|thx|ty|tysm)\b", re.I)
# "thanks for nothing", "thanks a lot for the delay 😒": no thanks at all.
_SOUR = re.compile(r"\b(?:nothing|not|never|no|ruin\w*)\b|[😒🙄😡😠😤🤬👎💔😞😢😭😑😐]", re.I)
# A sentence of its own besides the thanks: "It is on the same ticket", "my bag came" (never
# "Going to dm you now", "busy times": a word or two beside a thanks are part of it).
_SENTENCE = re.compile(
    r"^(?:it|it's|i|i'm|i've|we|we're|my|our|the|this|that|they|he|she|there)\s",
    re.I,
)
# "made it! Thanks AA!", "landed safe, thanks": good news told with the thanks is part of it,
# as is an airline's two-letter code beside it ("AA", "UA": a name, not a word told).
_GOOD_NEWS = re.compile(
    r"\b(?:made\s+it(?:\s+(?:home|back|safe(?:ly)?|in\s+time))?|landed(?:\s+safe(?:ly)?)?"
    r"|home\s+safe(?:ly)?)\b|\b[A-Z]{2}\b",
)
TOLD_WORDS = 4  # words of that sentence, at least
LITTLE_WORDS = 2  # words beside a thanks that are still part of it: "busy times", "I am"


def thanks_is_the_praise(text: str, language: str) -> bool:
    """An English message with a thanks in it whose rest praises nothing and is no sourness."""
    if language != "en" or not _THANKS.search(text) or _SOUR.search(text):
        return False
    rest = _THANKS.sub(" ", clean(text))
    return not telling.read([rest], language).praise


def told_besides_thanks(text: str, language: str) -> bool:
    """Whether what is left once the thanks is off tells something: a sentence of its own."""
    if not thanks_is_the_praise(text, language):
        return False
    rest = " ".join(_THANKS.sub(" ", clean_noise(text, language)).split()).strip(" .,!-")
    sentences = re.split(r"(?<=[.!?])\s+", rest)
    return any(len(s.split()) >= TOLD_WORDS and _SENTENCE.match(s) for s in sentences)


def thanks_with_little(text: str, language: str) -> bool:
    """A thanks with a word or two beside it that tell, praise or ask nothing: "thanks bae"."""
    if not thanks_is_the_praise(text, language) or told_besides_thanks(text, language):
        return False
    rest = _GOOD_NEWS.sub(" ", _THANKS.sub(" ", clean_noise(text, language)))
    if "?" in rest or len(re.findall(r"\w+", rest)) > LITTLE_WORDS:
        return False  # "Thanks for the ride to Chicago", "thanks! yall have me sleeping …"
    read = telling.read([rest], language)
    return not (read.event or read.impact or read.need or read.idea)


# en r41: "appreciated" thanks as "thank you" does ("Thank you. Any help is appreciated.").
_APPRECIATED = re.compile(r"\b(?:much\s+)?appreciat\w*\b", re.I)


def praise_is_thanks(text: str, language: str) -> bool:
    """en r41: the only praise is a thanks ("thanks. 😒", "no thank you", "Going to dm you now!
    Thank you!"): "What made it stand out for you?" would ask a thanks to explain itself."""
    if language != "en" or not _THANKS.search(text):
        return False
    rest = _APPRECIATED.sub(" ", _THANKS.sub(" ", clean(text)))
    return not telling.read([rest], language).praise
