"""English first messages that share a news headline with its link: asked about, not said back.

"@JetBlue Airways Sees Significant Decline in Short Interest (JBLU) - WKRB News http://…",
"@United Airlines Is Changing Its MileagePlus Program: Winners And Losers http://…" were said
back as the customer's own words ("you said “JetBlue Airways Sees …”"): a headline in Title
Case with its link is an article shared, not something the customer told. "I see you shared
this" asks what they make of it, as it does for a photo with a caption (``shared_link``).
A message that speaks in its own voice (I, my, you, a "?" or "!") is no bare headline.
"""

from __future__ import annotations

import re

from dialogues.first_reply_en import HANDLE, LINK, TAG, reacts_to_post, thanks_for_post

MOST_WORDS_BELOW = 4  # headline words below which a link's caption is no headline
# Words a headline keeps in lower case: "Sees Significant Decline in Short Interest".
SMALL = frozenset(
    "a an the and or but nor of in on at to for from by with as via vs into onto per up off out"
    " over than".split()
)
# A word of the customer's own voice: a headline speaks of others, never to or for itself.
OWN_VOICE = frozenset("i i'm i've me my mine we we're our us you your you're u ur pls".split())
# The source after a dash at the end ("- WKRB News", "- #Travel Agent", "- @MarketWatch").
SOURCE = re.compile(r"\s+[-–|]\s+[^-–|]*$")
HEADLINE_WORD = re.compile(r"[A-Za-z0-9$][\w'’.%$&-]*")


def shares_headline(message: str) -> bool:
    """A link with a Title Case headline beside it: every word but the small ones capitalised."""
    if not LINK.search(message) or "?" in message or "!" in message:
        return False
    text = LINK.sub(" ", message).replace("...", " ").replace("…", " ")
    text = SOURCE.sub(" ", text.strip())
    text = HANDLE.sub(lambda m: m.group(0)[1:], TAG.sub(lambda m: m.group(0)[1:], text))
    words = HEADLINE_WORD.findall(text)
    if len(words) < MOST_WORDS_BELOW:
        return False
    if any(word.lower() in OWN_VOICE for word in words):
        return False
    capitalised = [w for w in words if w.lower() not in SMALL]
    shouting = sum(1 for w in capitalised if w.isupper() and len(w) > 3)
    if shouting * 2 > len(capitalised):
        return False  # "THIS IS THE YEAR FOR VAN GOGH FANS": a shout, not a headline
    return all(w[0].isupper() or w[0].isdigit() or w[0] == "$" for w in capitalised)


def reaction_to_share(message: str) -> str | None:
    """The first reply to a shared post or headline (en), or ``None`` when it shares neither."""
    if reacts_to_post(message):
        return "thanks_first" if thanks_for_post(message) else "listen_post"
    return "listen_link" if shares_headline(message) else None
