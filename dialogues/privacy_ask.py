"""Whether a message asks about the data we keep: the privacy commands answer it.

«الخصوصية» alone names our keeping only in a short message («وش عن الخصوصية؟»); in a review
it is a place's privacy for families («جلسات تراعي الخصوصية») and is heard as the review.
"""

from __future__ import annotations

from dialogues import asides, moods, telling
from dialogues.text import words


def names_their_data(text: str, language: str) -> bool:
    """ "Delete my data", «امسحوا بياناتي», «الخصوصية؟»: a question the privacy commands answer."""
    if asides.privacy_ask(text, language):  # "my data" only with an action (round 13)
        return True
    short = len(words(text)) <= moods.PRIVACY_WORD_MAX_WORDS
    return short and telling.has(text, moods.PRIVACY_WORD, language)
