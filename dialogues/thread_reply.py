"""English first messages that only answer an earlier tweet: "deal!", "Good point!", "done".

"@united deal!", "Good point!", "finally!", "Sorry! Thought I did. It's done now.": a reply in a
thread we never saw, with nothing told yet. Asked "What happened?" or "Where did it all start?",
they are asked about a story they never began; a listener says they are listening instead.
"""

from __future__ import annotations

import re

from dialogues.text import clean

# Each sentence one of these and nothing else: an agreement, a "done", an apology for a slip.
_ACK = (
    r"(?:ok|okay|sure|yes|yep|yeah|no|nope|cool|great|perfect|deal|true|agreed|noted|indeed"
    r"|finally|fair enough|good point|good call|good idea|touch[eé]|will do|got it|gotcha"
    r"|sounds good|no worries|no problem|np|sorry|oops|my bad|my mistake"
    r"|(?:it['’]?s\s+|all\s+)?done(?:\s+now)?(?:\s+as\s+requested)?|(?:i\s+)?thought\s+i\s+did"
    r"|or\s+(?:she|he|they)|please|you\s+can|understood|(?:now\s+)?i\s+(?:understand|see)"
    r"|i\s+(?:just\s+)?did|apology\s+accepted|i(?:['’]ll|\s+will)\s+dm(?:\s+you)?)"
)
_ACK_SENTENCE = re.compile(rf"^(?:{_ACK}\W*\s*)+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def only_acknowledges(text: str, language: str) -> bool:
    """Whether an English message only agrees, says it is done, or says sorry for a slip."""
    if language != "en":
        return False
    said = " ".join(re.sub(r"@\w+|https?://\S+|#\w+", " ", clean(text)).split())
    said = re.sub(r"[^\w\s'’.,!?é-]", " ", said).strip(" .!,")
    sentences = [s for s in _SENTENCE_END.split(said) if s.strip(" .!?,")]
    return bool(sentences) and all(_ACK_SENTENCE.match(s.strip()) for s in sentences)


# r37: "I hope so too :)", "On Sunday! Can't wait! See you then", "Glad to have been of
# service!", "you're killing me now. :-) You got me!": a few warm words with nothing gone
# wrong were asked "What happened?" or "What has been the hardest part of it for you?".
_WARM = re.compile(
    r"[:;]-?[)D]|[\U0001f600-\U0001f60f\U0001f60a\u263a\u2764\U0001f499]"
    r"|\b(?:can['’]?t\s+wait|see\s+you|glad|hope|good\s+(?:morning|night|evening)|lol|lmao"
    r"|lmfao|haha\w*|you\s+got\s+me)\b",
    re.IGNORECASE,
)
# Anything that may be a trouble keeps the prompt: a question, a negation, a delay, a loss.
_TROUBLE = re.compile(
    r"\?|n['’]?t\b(?<!can['’]t)(?<!cant)|\b(?:not|no|never|nobody|nothing|still|late|delay\w*"
    r"|cancel\w*|lost|(?<!can't )(?<!cant )(?<!can’t )wait(?:ing|ed)?|hours?|hrs?|refund\w*"
    r"|bags?|luggage|problems?|issues?"
    r"|worst|bad|terrible|awful|sorry|help|sad|sigh|ugh|why|fail\w*|broke\w*|miss\w*)\b",
    re.IGNORECASE,
)
_FEW_WARM_WORDS = 8


def only_warm(text: str, language: str) -> bool:
    """Whether an English message is a few warm words ("I hope so too :)") with no trouble told."""
    if language != "en":
        return False
    said = re.sub(r"@\w+|https?://\S+|#\w+", " ", text)
    words = re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", said)
    if not words or len(words) > _FEW_WARM_WORDS or _TROUBLE.search(said):
        return False
    return bool(_WARM.search(said)) and not _WARM_ONLY_IRONY.search(said)


# "when your flights delayed :)))": a smile after a trouble is irony (caught above); "thanks 😒"
# holds no warm sign at all. A lone "lol" after a verdict ("this sucks lol") is no warmth.
_WARM_ONLY_IRONY = re.compile(r"\b(?:sucks?|suck|hate|joke|ridiculous|seriously|really)\b", re.I)
