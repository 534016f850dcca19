"""Whether a first message is said back at once rather than met with a listening prompt.

"What happened?" after a message that says what happened, "how has that affected you?" after
praise: a stock prompt on a first message that told something does not listen. Such a message
gets the reflection at once; a prompt stays for what cannot be said back well: a greeting, one
or two words («سفارشم», "my order"), a bare topic, or a message our reflection leaves empty
or cuts to a fragment.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues import telling
from dialogues.first_reply_en import misframed
from dialogues.reflection import content_words, reflect

TELLS_SOMETHING = 3  # content words in which a first message tells something
# «غذا خیلی سرد بود», «المنتج سيء», "still waiting": a complaint that says what went wrong
# tells it in two words; "what happened?" would ask it again. A bare topic («وضعیت سفارشم»,
# "my order status") says nothing went wrong and is prompted.
TELLS_WRONG = 2
_QUOTE_MARKS = ("“", "«")
KEPT_ENOUGH = 2  # content words the reflection must hold: fewer is a fragment
# Of the message's content words, the share a reflection must keep: "Silver Color" from a
# review heading of six, "you play on Xbox One" of a tweet that gives a gamer tag, are
# fragments; a prompt asks for the rest instead.
KEPT_SHARE = 0.4


def reflects_at_once(
    messages: Sequence[str], language: str, greeting: bool = False, complaint: bool = False
) -> bool:
    """A first message with a few content words whose reflection keeps most of them.

    ``greeting``: NLU read a greeting. "Hi, good morning, how are you today?" tells nothing
    to say back; «سلام، سفارشم نرسید» tells what happened, and is. ``complaint``: the telling
    is read as one; two words that say what went wrong are enough.
    """
    said = len(content_words(" ".join(messages), language))
    wrong = complaint and said >= TELLS_WRONG and telling.read(messages, language).event
    if said < TELLS_SOMETHING and not wrong:
        return False
    if greeting and not telling.read(messages, language).event:
        return False
    reflection = reflect(messages, language)
    if language == "en" and misframed(" ".join(messages), reflection):
        return False  # a meme, a rhetorical question, a caption, an insult: prompted
    if said < TELLS_SOMETHING and any(mark in reflection for mark in _QUOTE_MARKS):
        return False  # two words we can only quote ("you said “Close down”") are no telling
    kept = len(content_words(reflection, language))
    return kept >= KEPT_ENOUGH and kept >= KEPT_SHARE * said
