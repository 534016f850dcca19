"""A heart typed as the verb: "I ❤️ your company", "I <3 pretty graphics" mean "I love …".

The emoji and emoticon cleaning took the heart out and left a hole where the verb was: "I ❤️
your company and fly all the time" was said back as `you said "your company and fly all the
time"`, "I &lt;3 pretty graphics" as "So you pretty graphics" (en61). A heart between "I"/"we"
and the words it loves is read as "love" before the cleaning; a heart anywhere else (a
sign-off, "thanks ❤️") is still noise, and a heart glued to a word ("i❤usair") is left alone.
"""

from __future__ import annotations

import re

_HEART = r"(?:❤\ufe0f?|♥\ufe0f?|<3|💙|💕|💜|💗|💖|😍)"
_HEART_VERB = re.compile(
    rf"\b(I|i|we|We|WE)[ \t]*{_HEART}(?:[ \t]*{_HEART})*[ \t]+(?=[A-Za-z@#])"
    r"(?!(?:you|You|YOU|u|U|ya|y'all)\b)"  # "I 💙 you!" is thanks: no reflection (en61's gate)
)


def hearts_as_love(text: str) -> str:
    """The text with "I ❤️ X" written "I love X" (after the HTML entities were decoded)."""
    return _HEART_VERB.sub(r"\1 love ", text)
