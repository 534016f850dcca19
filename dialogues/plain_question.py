"""An English telling that only asks, with nothing gone wrong in it, is a question.

"are pets allowed in first class?", "can you send me another confirmation email?", "how much
is baggage check for international flights?" were read as complaints (NLU's cold tone on a
neutral tweet) and heard "I'm truly sorry. That shouldn't have happened." after yes: an
apology for nothing told, where a listener routes the question (issue 8, en56). A policy or
fee question ("is it only $50 for my 2nd bag?") is asked too: no apology, no idea thanks.

Narrow on purpose: every sentence is a question, no "!", "??" nor hashtag, and no word of a
let-down, a wait, a missing answer or a jab ("where are my bags?", "will anyone answer the
phone?", "are you an incompetent airline …?") is in it; those keep their apology.

Requests asked plainly (en60): "can you help me add my AAdvantage number to a reservation?",
"can you DM me please?", "is that still a thing?", "any flights with lie flat seats …?" heard
"I'm truly sorry …" because "help", "please", "still", "lie" are let-down words elsewhere ("still
no answer", "please help!"). Only these request phrases are set aside (`_ASKED`) before the
let-down words are looked for; every other word still keeps the apology. A message that only
asks to be followed or DMed ("follow me back so I can DM you", "I need help with a ticket. DM
me") is such a request too (`asks_to_dm`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import telling

_HANDLE = re.compile(r"[@.]?@\w+:?|https?://\S+|&amp;|&lt;|&gt;")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")

# What went wrong, a wait, an answer not given, a jab or a feeling: the question is a let-down
# told as a question ("is the website down?", "where are my bags?", "how can I when the system
# always hangs up on me?") and the apology stays.
LETDOWN: dict[str, tuple[str, ...]] = {
    "en": (
        "delay*", "cancel*", "lost", "lose", "losing", "loose", "miss*", "late", "stuck",
        "strand*", "still", "never", "no one", "nobody", "noone", "hung", "hang*", "hold",
        "wait*", "hour*", "hrs", "broke*", "damag*", "rude*", "worst", "bad", "terrible",
        "horrible", "awful", "ridiculous", "kidding", "seriously", "why", "down", "not", "no",
        "nothing", "fail*", "wrong", "joke", "suck*", "hate", "angry", "upset", "disappoint*",
        "incompetent", "inadequate", "complain*", "complaint*", "problem*", "issue*",
        "trouble", "error*", "crash*", "where is my", "where are my", "where's my", "answer*",
        "respond*", "reply", "pick up", "get through", "anyone", "anybody", "did you", "then",
        "or what", "or just", "again", "even", "really", "supposed", "point", "unacceptable",
        "embarrass*", "frustrat*", "annoy*", "smh", "ugh", "wtf", "hell", "damn", "fuck*",
        "shit*", "crap", "stupid", "legal", "lie*", "lied", "bump*", "overbook*", "reimburs*",
        "compensat*", "refund*", "sorry", "unfortunately", "only", "just", "broken", "dirty",
        "cold", "help", "please", "pls", "plz", "urgent*", "asap", "expired", "denied",
        "refus*", "charged", "twice", "forgot*", "forgotten", "left", "instead",
        # Jabs and let-downs asked (tune pool): "what is going on with …?", "any chance ORD
        # will ever bring the bags out?", "is it so hard to be nice …?", "am I illiterate or
        # …?", "so I'm penalized for …?", "so you're saying the call center is understaffed?"
        "going on", "what's with", "whats with", "ever", "hard", "illiterate", "magic",
        "penaliz*", "purpose", "but now", "what's up", "whats up", "understaff*",
        "you're saying", "you say", "where is mine*", "where's mine*", "returning",
        "back to the gate", "work out", "sold out", "too",
        # en56's gate: rhetorical or sore questions read as plain ones ("would it kill you to
        # …?", "can you do one thing right …?", "you want me to talk to the wall?", "has it
        # been 4-6hrs yet?", "when will one of these agents be available?", "so what's the
        # solution?")
        "kill", "one thing right", "also want", "want me to", "yet", "available", "solution",
        "line i stood", "stood",
    ),
}  # fmt: skip


# A request's own words, not a let-down: "can you help me …?", "please", "is it still on?",
# "lie flat seating", "I just booked …", "and then from IAD". Set aside before LETDOWN is read.
_ASKED = re.compile(
    r"\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:help|assist)(?:\s+(?:me|us))?\b"
    r"|\b(?:please|pls|plz)\b"
    r"|\bstill\s+(?:on|going|a thing|valid|open|running|in effect|flying)\b"
    r"|\blie[- ]flat\b"
    r"|^(?:hi\s+|hello\s+)?(?:i\s+)?just\s+(?:booked|bought|reading|curious|wondering|checking)\b"
    r"|\band then\b",
    re.IGNORECASE,
)

# Help asked for and nothing told: no question to say back.
_BARE_HELP = re.compile(
    r"^(?:(?:hi|hello|hey)\W*)?(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:help|assist)"
    r"(?:\s+(?:me|us))?(?:\s+out)?(?:\s+(?:please|pls|plz))?\W*$",
    re.IGNORECASE,
)

# The whole message asks to be followed or DMed: "follow me back so I can DM you", "can you DM
# me please?", "I need help with a ticket. DM me", "you need to follow me so I can dm you".
_DM_ASK = re.compile(
    r"^(?:(?:i think|i believe|think)\s+)?(?:(?:you|u)\s+(?:need|have)\s+to\s+|(?:can|could)\s+"
    r"(?:you|u)\s+(?:please\s+)?)?(?:follow\s+(?:me|us)(?:\s+back)?|dm\s+(?:me|us))"
    r"(?:\s+(?:back|please|pls|plz))?(?:\s+(?:so|so that)\s+i\s+can\s+(?:dm|message|send)"
    r"(?:\s+(?:you|u))?(?:\s+(?:guys|a message|a dm|the info|my info|details))?"
    r"(?:\s+to\s+give\s+you\s+the\s+info)?|\s+for\s+a\s+dm)?$"
    r"|^i need help (?:with|about) (?:a|my) (?:ticket|booking|reservation|flight)$"
    r"|^dm (?:me|us)$",
    re.IGNORECASE,
)


def asks_to_dm(messages: Sequence[str], language: str) -> bool:
    """English, every sentence asks to be followed or DMed, nothing else told (en60)."""
    if language != "en":
        return False
    text = _HANDLE.sub(" ", " ".join(messages)).strip()
    sentences = [" ".join(s.split()).strip(" .?,") for s in re.split(r"[.?!]+", text)]
    sentences = [s for s in sentences if s]
    if not sentences or len(sentences) > 2:
        return False
    return all(_DM_ASK.match(s) for s in sentences)


def asks_only(messages: Sequence[str], language: str) -> bool:
    """English, every sentence a question, no "!" nor hashtag, and no let-down word told."""
    if language != "en":
        return False
    text = _HANDLE.sub(" ", " ".join(messages)).strip()
    if asks_to_dm(messages, language):
        return True
    if not text or "!" in text or "??" in text or "#" in text:
        return False  # "so a second checked bag costs $90????": indignation, a verdict (en52)
    if "n't" in text.lower() or "’t" in text:
        return False
    if text.lower().startswith("and "):
        return False  # "and the 20min line I stood in …?": more of a let-down told before
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip(" .!?")]
    if not sentences or len(sentences) > 2 or not all(s.endswith("?") for s in sentences):
        return False
    if _BARE_HELP.match(text):
        return False  # "can you help me out?" asks nothing yet: a listening prompt (en60's gate)
    return not telling.has(_ASKED.sub(" ", text), LETDOWN, language)
