"""English clauses the bot must not say in its own voice, and run-ons parted at their seam.

A clause with a misspelt word ("wether", "immediantly") or a broken verb form ("it was
hack", "I'm suppose to", "it never crash") said back in the bot's voice reads as the bot's
own mistake; quoted, it is the customer's words, faithful by definition. A second clause
glued on with no seam ("it cracked I've had this for 4 years") is parted into a sentence of
its own, so the reply never says two main clauses run together.
"""

from __future__ import annotations

import re
from pathlib import Path

from dialogues.reflection.en_clause import is_verb, reads_as_clause

# Lower-case words of at least four letters that are common in English writing (from word
# frequency lists, Zipf >= 2), minus common misspellings ("wether", "aswell", "recieved").
_KNOWN = frozenset(
    (Path(__file__).parent / "lexicon" / "en_known.txt").read_text(encoding="utf-8").split()
)
_WORD = re.compile(r"(?<![\w@#/.'’-])[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?(?![\w@/'’-])")
_BROKEN = re.compile(
    r"\b(?:am|is|are|was|were|be|been|i'm|im|you're|it's)\s+suppose\s+to\b"  # "I'm suppose to"
    r"|\b(?:could|should|would|must|might)\s+of\b"  # "should of"
    r"|\bthere\s+not\b"  # "there not a single knock"
    r"|\b(?:was|were|been|be|being|got|get|gets|getting)\s+(?:hack|ban|lock|block|suspend"
    r"|charge|cancel|delete|disable|terminate|scam|steal)\b"  # "it was hack"
    r"|(?<!\bmake\s)(?<!\bmade\s)(?<!\blet\s)(?<!\bhelp\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bsee\s)"
    r"(?<!\bsaw\s)(?<!\bwatch\s)(?<!\bhear\s)(?<!\bcan\s)(?<!\bwill\s)(?<!\bdoes\s)(?<!\bdid\s)"
    r"(?<!\bcould\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)"
    r"\b(?:it|he|she)\s+(?:never\s+|just\s+|always\s+|still\s+|also\s+|often\s+)?"
    r"(?:crash|freeze|load|keep|show|happen|come|stop|start|open|close|work|let)\b",  # "it crash"
    re.IGNORECASE,
)


def misspelt(clause: str) -> bool:
    """Whether a clause carries a misspelt word or a broken verb form: quoted, never reworded."""
    text = clause.replace("’", "'")
    if _BROKEN.search(text):
        return True
    for word in _WORD.findall(text):
        if len(word) >= 4 and word.islower() and not _known(word) and _slip(word.lower()):
            return True  # a word one letter off a common one ("dollers"): a slip, not a name
    return False


# Common misspellings, left out of the known words: said back only in a quote.
_MISSPELT = frozenset(
    """wether aswell alot definately definatly recieve recieved recieving seperate seperately
    untill wich becuase beacuse becasue thier tommorow tomorow accross adress occured wierd
    realy basicly truely noone dissapointed dissapointing embarassing acess immediatly
    imediately recomend begining goverment refering responce payed wheather whith""".split()
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _slip(word: str) -> bool:
    """Whether one letter added, dropped, changed or swapped makes a known word or a known slip.

    A lower-case word no list knows is either a slip ("dollers", "sigin") or a name the
    customer wrote small ("volatol", "tezeract"); only a slip is one edit from a word.
    """
    if word in _MISSPELT or not word.isascii():
        return True  # "monétisation": an accent English does not write
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    return any(e in _KNOWN or e in _MISSPELT for e in edits if e != word)


_PREFIXES = ("un", "re", "de", "bi", "pre", "auto", "over", "under")


def _known(word: str) -> bool:
    """A common word, its possessive ("grader's"), or two of them run into one ("printhead")."""
    word = word.removesuffix("'s")
    if len(word) < 4 or word in _KNOWN or word in ("y'all", "ya'll"):
        return True
    for cut in range(2, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if (head in _PREFIXES or (len(head) >= 3 and head in _KNOWN)) and tail in _KNOWN:
            return True
    return False


# What a clause may end on before a glued "I …": a past verb ("it cracked I've had"), a verb
# ("never crash I can't", "rebook I need"), or a word that closes a telling ("unavailable").
_CLOSES = frozenset(
    """unavailable down broken dead gone missing useless stuck wrong again anymore already
    forever everywhere offline hardware delayed""".split()
)
# Past forms that take a clause of their own ("said I", "decided I", "annoyed I have to").
_TAKES_CLAUSE = frozenset(
    """said told asked assumed suggested realized realised noticed decided learned learnt
    promised informed warned expected worried scared convinced surprised shocked annoyed
    disappointed pissed relieved amazed pleased excited guaranteed claimed stated mentioned
    explained confirmed figured reckoned heard read showed""".split()
)
_NOUN_LEAD = frozenset(
    "the a an my this that these those every any some his her their our your each no so too".split()
)
_GLUED_I = re.compile(r"(?<=[a-z0-9])\s+(?=(?:I|i|I'm|i'm|im|I've|i've|ive|I'll|I'd)\s+[a-z])")
_BREAK = re.compile(r"[.,;:!?()]|\b(?:and|but|so|because|when|if|while|after|before)\b", re.I)


def parted(text: str) -> str:
    """A first-person clause glued on with no seam becomes a sentence of its own.

    "it cracked I've had this for 4 years", "it says services are unavailable im playing on
    ps4": said in the bot's voice, two main clauses run together; parted, each is whole.
    "the game I bought" (a noun with its determiner), "so tiny I can't" and "said I" are
    left as they are, and so is a glued "I" after anything but a whole clause.
    """
    plain = text.replace("’", "'")
    out: list[str] = []
    last = 0
    for match in _GLUED_I.finditer(plain):
        segment = _BREAK.split(plain[last : match.start()])[-1]
        before = re.findall(r"[A-Za-z0-9']+", segment)
        if len(before) < 2 or not _closes(before[-1].lower()):
            continue  # too little before it to be a clause, or a word that joins it on
        if any(w.lower() in _NOUN_LEAD for w in before[-3:-1]) or not reads_as_clause(segment):
            continue  # "the car I bought", "so tiny I can't": the "I" belongs to it
        out.append(text[last : match.start()] + ".")
        last = match.start()
    return "".join(out) + text[last:]


def _closes(word: str) -> bool:
    """Whether a clause can end on ``word`` with a new one glued after it."""
    if word in _CLOSES or (is_verb(word) and word not in _CLAUSE_VERBS):
        return True
    return word.endswith("ed") and len(word) > 4 and word not in _TAKES_CLAUSE


_CLAUSE_VERBS = frozenset(
    """say tell ask think know guess hope wish feel see mean suppose believe bet swear
    realize notice find assume expect suggest help let make like look seem""".split()
)
