"""Whether a message asks about the data we keep: the privacy commands answer it.

«الخصوصية» alone names our keeping only in a short message («وش عن الخصوصية؟»); in a review
it is a place's privacy for families («جلسات تراعي الخصوصية») and is heard as the review.
"""

from __future__ import annotations

from functools import lru_cache

from dialogues import asides, moods, telling
from dialogues.text import words


@lru_cache(maxsize=256)  # a turn's text is asked in passing (aside) and again when listening
def names_their_data(text: str, language: str) -> bool:
    """ "Delete my data", «امسحوا بياناتي», «الخصوصية؟»: a question the privacy commands answer."""
    if asides.privacy_ask(text, language):  # "my data" only with an action (round 13)
        return True
    short = len(words(text)) <= moods.PRIVACY_WORD_MAX_WORDS
    return short and telling.has(text, moods.PRIVACY_WORD, language)
