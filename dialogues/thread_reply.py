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
