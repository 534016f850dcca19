"""An English message that only says it is done or fine now is thanked, not questioned.

"okay I just sent it", "just added one. Ty", "everything's good now, thanks!", "nope all set.
Thx for checking." tell us nothing went wrong: the customer did what was asked, or the trouble
is behind them. After their "yes" they heard "Could I ask two brief questions first …?" (or
an apology): questions for a case that is closed (issue 8, en58). A listener thanks them and
lets them go: "Thanks for letting me know, and for taking care of it."

Narrow on purpose: every piece of the message (split at . ! , ; and dashes) is a "done" or
"fine" clause, a thanks, or a filler ("ok", "got it", "nope"), and at least one piece is done
or fine. Any other word ("just sent it, still no reply", "all good except the bag") leaves
the message to the rest of the dialogue, and no let-down word may appear anywhere.

A DM sent with what was asked for is done too (en60): "Just DMed you my confirmation number",
"just sent you a DM w/ additional info", "I'm resending the confirmation code in a DM", "I am
following you now" heard "I'm sorry; you deserved better than this." (`_DM_DONE`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.shared_link import caption_without_trouble

_HANDLE = re.compile(r"[@.]?@\w+:?|https?://\S+|&amp;|&lt;|&gt;")
_PIECES = re.compile(r"[.!?,;:]+|\s[-–—]+\s|\s[-–—]+$|^[-–—]+\s")

# "I just sent it", "just did", "just added one", "just dmd back", "sent it over": an action
# the customer finished. "I just sent a screen shot of the incident report" names more
# (an incident): only a short object is let through.
_DONE = re.compile(
    r"^(?:(?:ok|okay|ok so|so)\s+)?(?:i\s+|i've\s+|i have\s+)?(?:just\s+)?(?:now\s+)?"
    r"(?:sent|resent|added|did|done|dm'?d|dmd|dm-ed|messaged|emailed|submitted|followed)"
    r"(?:\s+(?:it|one|that|this|you|u|them|back|over|it over|to you|the dm|a dm|dm|you a dm))?"
    r"(?:\s+(?:now|again))?$",
    re.IGNORECASE,
)

# en60: a DM sent, and what it carries ("just DMed you my confirmation number", "I'm resending
# the confirmation code in a DM", "DM sent"), or a follow done ("I am following you now").
_DM_DONE = re.compile(
    r"^(?:(?:ok|okay|so)\s+)?(?:i\s+|i['’]ve\s+|i['’]m\s+|i am\s+)?(?:just\s+)?"
    r"(?:(?:dm['’]?d|dmed|dm-ed)\b(?:\s+\S+){0,6}"
    r"|(?:sent|sending|resending)(?:\s+(?:you|u))?\s+(?:a\s+|the\s+)?dm\b(?:\s+\S+){0,10}"
    r"|(?:sent|sending|resending)(?:\s+\S+){1,4}\s+in\s+(?:a|the)\s+dm)$"
    r"|^dm sent$"
    r"|^(?:i am|i'm)\s+(?:now\s+)?following\s+(?:you|u|the \w+ page)(?:\s+now)?$",
    re.IGNORECASE,
)

# "all set", "it's all good", "everything's good now", "it's done now", "all sorted".
_FINE = re.compile(
    r"^(?:(?:and|but|so|ok|okay|nope|no)\s+)?(?:(?:it's|its|it is|we're|we are|i'm|i am|"
    r"everything's|everything is|everything)\s+)?(?:all\s+)?(?:set|good|goods|fine|sorted|"
    r"good now|fine now|sorted now|set now|done now|all good now)(?:\s+now)?$",
    re.IGNORECASE,
)

# Pieces that carry no content of their own beside a done or fine clause.
_THANKS = re.compile(
    r"^(?:(?:ok|okay|great|perfect|cool|awesome)\s+)?(?:thanks?|thank you|thank u|thx|ty|tysm|"
    r"many thanks|thanks so much|thank you so much|thanks again|thank you again)"
    r"(?:\s+(?:so much|again|for checking|for the help|for checking in|for following up))?$"
    r"|^(?:ok|okay|k|got it|nope|no|yes|yep|yeah|sure|great|perfect|cool|awesome|hi|hey)$"
    r"|^[\s:;)(\-pd👍🙏😊🙂❤️☺️]*$",
    re.IGNORECASE,
)

# Never when a let-down is anywhere in it: "all set, but my bag is still missing".
_LETDOWN = re.compile(
    r"\b(?:not|no one|nobody|never|still|yet|but|except|wait\w*|delay\w*|cancel\w*|lost|miss\w*|"
    r"problem|issue|wrong|why|sorry|help me|please|pls|hours?|days?)\b|n't",
    re.IGNORECASE,
)


def settled(messages: Sequence[str], language: str) -> str | None:
    """ "done" or "fine" when an English telling only says so (with thanks); else None."""
    if language != "en":
        return None
    text = _HANDLE.sub(" ", " ".join(messages)).strip()
    if not text or len(text.split()) > 14 or _LETDOWN.search(text):
        return None
    found = None
    for piece in _PIECES.split(text):
        piece = " ".join(piece.split()).strip(" '\"")
        if not piece:
            continue
        if _DONE.match(piece) or _DM_DONE.match(piece):
            found = found or "done"
        elif _FINE.match(piece):
            found = "fine"
        elif not _THANKS.match(piece):
            return None
    return found


def light_thanks(messages: Sequence[str], language: str, kind: str) -> str | None:
    """The catalog key of a light thanks for a first telling where nothing went wrong, or None.

    "okay I just sent it", "all set, thx": thanked, no questions asked; "good to be home
    #texas <link>" (NLU: a complaint or a question): a photo or news shared, thanked lightly,
    never "I'm truly sorry" nor two questions (en58).
    """
    done = settled(messages, language)
    if done:
        return f"thanks_settled_{done}"
    shared = language == "en" and len(messages) == 1 and caption_without_trouble(messages[0])
    return "thanks_shared" if shared and kind in ("complaint", "question") else None
