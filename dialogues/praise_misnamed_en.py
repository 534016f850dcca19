"""English praise NLU named a complaint, whatever its tone: thanked, never apologised for.

"the crew on flight 1234 to Boston was wonderful, they helped my mother with her bags" (NLU:
complaint 0.39, tone -0.05: "bags" pulls it), "Ann Marie at LGA is the best ticket agent ever!"
(complaint 0.73), "received my bag. I appreciate taking care of the matter" (complaint 0.79):
NLU reads an airline tweet as a complaint and its tone as cold whatever the words say, and the
customer got "I'm sorry; you had every right to travel as you planned". Sarcasm is the danger
("Brilliant.", "Nice try", "Again, excellent service", "thanks for the seat that doesn't
recline"): a tweet is praise here only when its words praise, plainly, and nothing in it is
denied, waited for, wished for, contrasted, costly, ironic or let down.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import telling
from dialogues.letdown_told import LETDOWN, praised_plainly
from dialogues.sarcastic_thanks import closes_in_sarcasm, thanks_for_letdown
from dialogues.turn import Turn
from dialogues.warm import nothing_wrong

# Not the customer's words: @names ("@love_dragonss"), links, and a retweet's quoted text
# ("Awesome! RT @VirginAmerica: Watch …": only "Awesome!" is theirs). "Love Field" is Dallas.
_NOT_THEIRS = re.compile(r"\bRT\s+@.*|@\w+|https?://\S+|\blove\s+field\b", re.IGNORECASE | re.S)
# Words beside praise that make it sarcasm, a let-down or a wish: a denial ("not nice", "doesn't
# recline", "can't get cold air"), "nice try", "still sitting", "yet we sit", "too bad", "at
# least", "would be lovely", a wait, a problem or an issue, "GRR", "sorry"; a "but" ("Very nice
# at LHR, but I'm sticking with AA"); "this is how I always start my vacations" (a photo: sarcasm);
# "what kind of service is that"; "falling apart … #DoBetter"; "thx, just sent the DM" (a step).
_DOUBT = (
    "not", "no", "never", "nobody", "nothing", "none", "n't", "can't", "cant", "won't", "wont",
    "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "wasn't", "aren't",
    "weren't", "couldn't", "wouldn't", "shouldn't", "haven't", "hasn't", "cannot",
    "nice try", "still", "yet", "too bad", "at least", "would", "wait*", "problem*", "issue*",
    "grr*", "ugh", "smh", "sorry", "except", "only if", "if only", "otherwise", "instead",
    "again", "finally", "apparently", "supposedly", "sure", "wow", "really",
    "but", "however", "though", "although", "this is how", "this is what", "could use",
    "kind of", "what kind", "fall* apart", "do better", "dobetter", "half assed",
    "dm", "dms", "dm'd", "dmed", "sent",
)  # fmt: skip
# Denials that praise: "can't wait to fly again", "no problems", "couldn't be happier".
_PRAISING_DENIAL = (
    "can't wait", "cant wait", "cannot wait", "no problem*", "couldn't be happier",
    "could not be happier", "can't thank", "cant thank", "cannot thank",
)  # fmt: skip
# Blind gate: "Lied to my face at the gate about upgrades. Thanks. #badservice", "Thanks for
# making my flight a nightmare", "strand my bag … thanks for the bullshit" were thanked: a
# thanks alone is no praise here, and harsh words or a sour hashtag tell the let-down.
_HARSH = (
    "nightmare*", "bullshit", "bs", "lied", "lie", "lies", "lying", "liar*", "strand*", "forc*",
    "scam*", "joke", "shame*", "wtf", "useless", "worthless", "hell",
)  # fmt: skip
_SOUR_TAG = re.compile(r"#\w*(?:suck|bad|worst|fail|never|disappoint|shame|hate|fire)\w*", re.I)
_THANKS = re.compile(r"\b(?:thank(?:s|\s+you)?|thx|ty)\b", re.IGNORECASE)
# A closing word of praise after a statement with none is sarcasm: "… at the gate. Brilliant."
_SENTENCE_END = re.compile(r"[.!?\n]+")
_CLOSING_WORDS = 2


def praise_misnamed_en(turn: Turn, messages: Sequence[str], language: str) -> bool:
    """An English first telling NLU named a complaint whose words only praise: praise."""
    if language != "en" or not nothing_wrong(turn, language):
        return False
    text = _NOT_THEIRS.sub(" ", "\n".join(messages))
    if _SOUR_TAG.search(text) or not praised_plainly([_THANKS.sub(" ", text)], language):
        return False
    if thanks_for_letdown(messages, language) or closes_in_sarcasm(messages, language):
        return False
    read = telling.read([text], language)
    if read.impact or read.need or read.idea:
        return False  # "two hours …", "please …", "it would be great if …": not praise alone
    if _praised_only_in_closing(text, language):
        return False
    seq = telling.tokens(text)
    if telling.find(seq, LETDOWN["en"], language) or telling.find(seq, _HARSH, language):
        return False
    spared = telling.find(seq, _PRAISING_DENIAL, language)
    for start, _ in telling.find(seq, _DOUBT, language):
        if not any(a <= start < b for a, b in spared):
            return False
    return True


def _praised_only_in_closing(text: str, language: str) -> bool:
    """ "Charging for bags forces checking at the gate. Brilliant.": a closing word, sarcasm."""
    sentences = [s for s in _SENTENCE_END.split(text) if telling.tokens(s)]
    if len(sentences) < 2 or len(telling.tokens(sentences[-1])) > _CLOSING_WORDS:
        return False
    return not praised_plainly(sentences[:-1], language)
