"""An English tweet NLU named a suggestion that only passes a verdict: a complaint, not an idea.

Round en52: "your app is bad, and you should feel bad", "… might afford you hiring an extra
hand at @sfo #lame", "so I'm penalized for packing lightly …?", "it cost $75????", "so freaking
hard to say good things about you?? #jetbluefail" were each thanked "for the idea". NLU reads an
airline tweet that speaks to "you" as a suggestion, and LETDOWN (``letdown_told``) has no word
for these verdicts, so nothing turned them back into the complaint they are. A verdict told and
nothing proposed is a complaint; "the app is bad at X, please add Y" proposes something, and an
idea with a grumble is still an idea.
Round en53: "how about checking the plane before boarding everyone? #pissed" was thanked "for
the idea": a "how about <doing>?" beside an angry tag or a let-down told is a rhetorical
rebuke, what they should have done; "how about a coffee option on short flights?" stays an idea.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import cues, telling
from dialogues.letdown_told import LETDOWN

# A verdict on the airline, in a word LETDOWN lacks (or has, kept here so the rule reads whole).
_VERDICT = (
    "bad", "lame", "joke", "hopeless", "unhelpful", "unhelpfulness", "irritat*", "unacceptable",
    "penaliz*", "penalis*", "can't believe", "cant believe", "cannot believe", "outrageous",
    "absurd", "useless", "worthless", "a mess", "shameful", "disgrace*",
)  # fmt: skip
# "#jetbluefail", "#epicfail", "#lame", "#unacceptable": a sour tag is a verdict by itself.
_SOUR_TAG = re.compile(r"#\w*(?:fail|lame|unacceptable|hopeless|joke)\b", re.IGNORECASE)
# A sum doubted: "it cost $75????", "$200 fee??".
_SUM_DOUBTED = re.compile(r"[$£€]\s?\d[\d.,]*\s*\?{2,}")
# "not bad", "wasn't bad": praise; "too bad" is regret, not a verdict on them.
_SPARED_BAD = ("not", "isn't", "wasn't", "aren't", "weren't", "never", "too", "so", "feel")
# Words that propose something new ("should", "please add", "why not", "at least offer …"):
# an idea beside the grumble. Not "should feel bad" / "should be ashamed": a verdict.
_PROPOSED = (
    "should", "shouldn't", "could", "couldn't", "please", "pls", "plz", "why not", "why don't",
    "how about", "maybe", "perhaps", "consider", "at least", "need to", "needs to", "ought",
    "would", "wish", "hope", "i'd", "it'd", "instead", "add", "offer", "suggest*", "idea",
    "hire", "fix", "make it", "let us", "allow",
)  # fmt: skip
_NOT_A_PROPOSAL = re.compile(r"\bshould\s+(?:feel\s+bad|be\s+ashamed)\b", re.IGNORECASE)
# Not the customer's words: @names, links, a retweet's quoted text.
_NOT_THEIRS = re.compile(r"\bRT\s+@.*|@\w+|https?://\S+", re.IGNORECASE | re.S)
# "has no idea or interest in finding it", "not my idea of a stress less vacation": the word
# "idea" proposes nothing here (cues.IDEA's "idea" made both "Thank you for the idea").
_IDEA_DENIED = re.compile(
    r"\b(?:no|not\s+(?:my|our|anyone's|any))\s+(?:\w+\s+)?idea\b", re.IGNORECASE
)
# "So no idea? Thanks...": the idea's word gone, the sour "Thanks" would be thanked as praise.
_THANKS = re.compile(r"\b(?:thanks|thank\s+you|thx)\b", re.IGNORECASE)


def idea_only_denied(messages: Sequence[str], language: str) -> bool:
    """English "idea" found only in "no idea" / "not my idea of": no idea proposed.

    Not "any idea when …?": a question, which cues.IDEA's "idea" already leaves a question.
    """
    if language != "en":
        return False
    text = "\n".join(messages)
    if not _IDEA_DENIED.search(text) or _THANKS.search(text):
        return False
    return not telling.has(_IDEA_DENIED.sub(" ", text), cues.IDEA, language)


def verdict_unproposed(messages: Sequence[str], language: str) -> bool:
    """An English telling with a verdict ("#lame", "unhelpful", "$75????") and no proposal."""
    if language != "en":
        return False
    text = _IDEA_DENIED.sub(" ", _NOT_THEIRS.sub(" ", "\n".join(messages)))
    if telling.has(text, cues.IDEA, language):
        return False  # "please add …", "it would be nice if …": the idea NLU read
    seq = telling.tokens(_NOT_A_PROPOSAL.sub(" ", text))
    if telling.find(seq, _PROPOSED, language):
        return False
    if _SOUR_TAG.search(text) or _SUM_DOUBTED.search(text):
        return True
    for start, _end in telling.find(seq, _VERDICT, language):
        if seq[start] == "bad" and start and seq[start - 1] in _SPARED_BAD:
            continue  # "not bad", "too bad", "I feel bad for the crew"
        return True
    return False


# "how about …?", "what about …?": a proposal, or a rebuke beside anger or a let-down told.
_HOW_ABOUT = re.compile(r"\b(?:how|what)\s+about\b", re.IGNORECASE)
# "#pissed", "#angry", "#fail", "#furious": an angry tag makes the question a rebuke.
_ANGRY_TAG = re.compile(
    r"#\w*(?:pissed|angry|furious|fail\w*|annoyed|frustrat\w*|ridiculous|unacceptable"
    r"|disappointed|fedup|wtf|smh|sucks|joke|lame)\b",
    re.IGNORECASE,
)


# "when/if/during …" up to the sentence's end: the case an idea is for.
_WHEN_IT_HAPPENS = re.compile(r"\b(?:when|whenever|if|during)\b[^.!?\n]*", re.IGNORECASE)


def rebuke_how_about(messages: Sequence[str], language: str) -> bool:
    """English "how about …?" beside an angry tag or a let-down told ("insulted … how about a
    voucher", "a link that works pls … frustration"): a complaint. Alone it stays what round 34
    made it: "how about a phone system that works?" an idea, "how about moving my seats …?" a
    plea on their own case."""
    if language != "en":
        return False
    text = "\n".join(messages)
    if not _HOW_ABOUT.search(text):
        return False
    if _ANGRY_TAG.search(text):
        return True
    # "How about free wifi when your flights delayed?": a let-down the idea is for, not one told
    # (the blind gate's one loss, twice).
    told = _WHEN_IT_HAPPENS.sub(" ", _NOT_THEIRS.sub(" ", text))
    return bool(telling.find(telling.tokens(told), LETDOWN["en"], language))
