"""Whether an English clause, once shifted, reads as a sentence the bot can say.

A tweet is full of fragments: "Delays everytime", "crashed trying to check in", "hour 4
at the gate". Said in the bot's voice after "So …, and", a fragment with no subject or no
verb reads broken; quoted ("you said “Delays everytime”") it is the customer's own words
and reads right. So a shifted clause is kept only when it has a subject before a finite
verb; otherwise the caller quotes it. Its curated lists never take an unknown word for a verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from dialogues.reflection import en_thanked, en_wh_opened


class Told(Protocol):
    """A clause as the chooser holds it (clauses.Unit)."""

    @property
    def text(self) -> str: ...

    @property
    def question(self) -> bool: ...

    @property
    def sentence(self) -> int: ...


_AUX = frozenset(
    """am is are was were has have had do does did can could will would shall should may might
    must won't can't couldn't wouldn't shouldn't don't doesn't didn't isn't aren't wasn't weren't
    hasn't haven't hadn't cannot ain't dont cant wont didnt isnt doesnt wasnt arent werent
    havent hasnt couldnt wouldnt shouldnt keeps kept""".split()
)
_CONTRACTED = re.compile(r"^[a-z]+['’](?:s|re|ve|ll|d|m)$|^(?:youre|thats|theres|whats|im)$")
# Common verbs in customer care, as bases; their -s, -ed and -ing forms follow by rule.
_VERB_BASES = frozenset(
    """work crash freeze load open close start stop break fix help call answer reply respond
    charge refund cancel change delay lose miss book rebook send receive get give take make
    say tell ask need want like love hate know think see look seem feel happen come go keep
    let leave put show try use pay buy sell order ship deliver arrive land board check sit
    wait hold hang lock log sign update install download upload play stream buffer suck rock
    allow accept refuse deny deserve expect hope wish mean care own run find fail""".split()
)
_IRREGULAR_PAST = frozenset(
    """got lost took made said told went came left sent gave kept found paid bought flew sat
    saw felt heard broke hung ran put let thought knew meant began brought caught stood spent
    won wrote forgot became held""".split()
)
_SUBJECTS = frozenset(
    """you we it they he she this that these those there someone somebody nobody everyone
    everybody everything nothing none neither anyone anybody something who which i""".split()
)
_NOT_NOMINAL = frozenset(
    """to for with from at about in on of by as into onto over after before since until than
    and or but so because if when while once now then still just also even only really very
    too again already never always not no yes please ok well much totally""".split()
)
_VERB_ONLY = frozenset(
    """seem suck deserve refuse deny allow accept expect know think want need happen arrive
    keep say tell get give take make let go come""".split()
)
_OFTEN = "out off constantly randomly repeatedly intermittently continually".split()
_FAULTS = frozenset(f"{v} {o}" for v in "cuts drops buffers stutters lags".split() for o in _OFTEN)
_DETERMINERS = frozenset("the your our my their these those all some many his her its".split())
_PREPOSITIONS = frozenset("with at in on for from to by of about".split())
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&-]*")


def is_verb(word: str) -> bool:
    """Whether ``word`` is the base of a common customer-care verb ("work", "use")."""
    return word in _VERB_BASES


def is_past(word: str) -> bool:
    """Whether ``word`` is an irregular past of a common verb ("made", "sent")."""
    return word in _IRREGULAR_PAST


def _verb_forms(word: str, *, bare: bool = True) -> bool:
    """A form of a known verb; ``bare`` counts the base form ("wait" is also a noun)."""
    if (bare and word in _VERB_BASES) or word in _IRREGULAR_PAST:
        return True
    for suffix in ("es", "s", "ed", "d"):
        if word.endswith(suffix) and word[: -len(suffix)] in _VERB_BASES:
            return True
    return word.endswith("ied") and word[:-3] + "y" in _VERB_BASES


def _finite(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is a finite verb where it stands."""
    word = words[index]
    before = words[index - 1] if index else ""
    if word in _AUX or _CONTRACTED.match(word):
        return True
    if before in _SUBJECTS and before not in ("this", "that", "which", "who") and index:
        return word not in _NOT_NOMINAL  # "you love", "they cancelled": after a pronoun
    if (word in _VERB_ONLY and before != "to") or (" ".join(words[index : index + 2]) in _FAULTS):
        return True  # "the voucher and cot seem like enough", "Volume cuts out": never nouns
    if word in _VERB_BASES and before.endswith("s") and not before.endswith("ss"):
        return index > 1 and words[index - 2] in _DETERMINERS  # "our supervisors suck"
    if word.endswith("ed") and len(word) > 4 and index:
        return True  # "the flight delayed", "my bag arrived"
    return _verb_forms(word, bare=False) and not word.endswith("ing")


def reads_as_clause(text: str) -> bool:
    """A subject, then a finite verb: "your bag is lost", not "Delays everytime"."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    if not words:
        return False
    first = words[0]
    if first in _AUX or (_verb_forms(first) and first not in _SUBJECTS):
        return False  # "crashed trying to check in", "should contact me": no subject
    for index in range(1, len(words)):
        if _finite(words, index):
            if first in _PREPOSITIONS and "," not in text and words[index - 1] not in _SUBJECTS:
                return False  # "with Karen and found her rude": no subject, only a phrase
            return any(w not in _NOT_NOMINAL for w in words[:index])
    return _CONTRACTED.match(first) is not None  # "it's awful", "you're stuck"


# Words seen lower-case in messages (rows 1-1000, NLU examples): a capital only starts a sentence.
COMMON = frozenset(
    (Path(__file__).parent / "lexicon" / "en_words.txt").read_text(encoding="utf-8").split()
)

# What makes a short verbless piece worth keeping: a problem, a verdict or a feeling.
_WEIGHTY = frozenset(
    """delay cancel wait hold lost lose miss refund broke broken crash error problem issue fail
    late rude help never not no nothing worst bad terrible awful horrible garbage trash joke
    disgrace nightmare mess scam ripoff best great amazing awesome love thank excellent
    professional helpful friendly fast slow dirty cold hour hours day days week minute minutes
    again still ridiculous unacceptable disappointing disappointed frustrating frustrated
    depressing sad angry annoyed upset hate sucks worse poor useless unable stuck stranded
    charged overcharged why how what can't cannot won't don't didn't isn't doesn't not wasn't
    confused worried scared nervous tired exhausted furious pissed happy glad excited thrilled
    grateful thankful impressed nice improvement improved upgrade lovely wonderful fantastic
    superb pathetic disgusting rudest nicest slowest dumbest laziest friendliest greatest
    smoothest stinks stink dreadful appalling shocking abysmal atrocious horrendous disgraceful
    outrageous shambles shambolic woeful lousy""".split()
)
_REQUEST = frozenset(
    """please pls plz kindly help fix dm call contact respond reply advise review refund check
    look follow send give let get stop tell explain email update cancel change""".split()
)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_NO_ASIDE = re.compile(  # "Time for another redesign": a call; "Well done VT": the verdict
    r"\d\s*(?:hrs?|hours?|mins?|minutes?)\b|^(?:time|high time)\s+(?:for|to)\b|^well\s+done\b", re.I
)


def is_aside(text: str) -> bool:
    """A short piece with no verb and nothing weighty: a name, a title, "my favorite airline"."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    if not words:
        return True
    if len(words) > 4 or words[0] in _REQUEST or reads_as_clause(text) or _NO_ASIDE.search(text):
        return False  # "3hr30min right now", "At DCA for 5hrs": how long, the wait itself
    doing = len(words) > 1 and any(w.endswith("ing") or w == "been" for w in words)
    if doing or any(_verb_forms(w, bare=False) or w.endswith("ed") for w in words):
        return False  # "Already rebooked for tomorrow": something done, not a name
    return not any(w in _WEIGHTY or _stem(w) in _WEIGHTY for w in words)


# Where a tweet's sentences end though its punctuation does not say so, and where not.
_INITIAL = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\.|\s+[a-z]|\s+[A-Z][a-z]*\s+[a-z])")
_GLUED_QUESTION = re.compile(
    r"(?<![.!?,;])(?<!\bknow)(?<!\bwonder)(?<!\bsure)(?<!\bidea)(?<!\babout)(?<!\bof)(?<!\bis)"
    r"(?<!\bsee)(?<!\btell)(?<!\basking)(?<!\bexplain)(?<!\bunderstand)(?<!\bask)(?<!\bbut)"
    r"(?<!\band)(?<!\bor)(?<=[a-z0-9])\s+(?=(?:(?:what|why|how|where)(?:'s|’s|\s+(?:is|are|do|does"
    r"|did|am|should|can|could|would|will)\b)|when\s+(?:do|does|did|will|can|should|shall)\s+"
    r"(?i:i|we|you|u|my|it|they)\b)[^.!?]*$)"  # "…last night when do I receive": asked apart
)
# "… two seats in the morning can we get on those": a plea asked on after a telling, unmarked.
_GLUED_MODAL = re.compile(
    r"(?<=[a-z0-9]{3})(?<!\bthat)(?<!\bwhat)(?<!\bwhere)(?<!\bwhen)(?<!\bwhich)(?<!\bwhether)"
    r"(?<!\bknow)(?<!\bwonder)(?<!\bask)(?<!\bhow)(?<!\bwho)(?<!\band)(?<!\bbut)(?<!\bsee)"
    r"(?<!\bwhy)(?<!\bthen)(?<!\bunless)(?<!\bsomeone)(?<!\banyone)(?<!\bsure)(?<!\bidea)"
    r"(?<!\belse)(?<!\bthing)\s+(?=(?:can|could)\s+(?:we|i)\s+(?!not\b)[a-z]+\b[^.!?,]*\??$)",
    re.IGNORECASE,
)


def _glued_modal(text: str) -> str:
    """ "… in the morning can we get on those" asks apart, and asks: its question mark added."""
    parted = en_wh_opened.parted(_GLUED_MODAL, text)  # never "How long" | "can I …"
    return parted if parted == text or parted.endswith("?") else parted.rstrip(" .!") + "?"


_EN_GLUED = re.compile(
    r"(?<=[a-z])\s+\.(?!(?:docx?|pdf|exe|txt|jpe?g|png|gif|mp[34]|mov|zip|csv|xlsx?|pptx?|com|net|org)\b)"
    r"(?=[A-Za-z]{3})"
)
_EN_PAREN_END = re.compile(r"(?<=[.!?])\)\s+(?=[A-Z])")
_MIXED_END = re.compile(r"\s*\.*(?:\?+!+|!+\?+)[?!]*|\s*\.+\?+(?=[\s!]|$)|\s*\?+\.+")


# "the connection is lost.I'm using", "the code.I redeemed": a space lost before "I".
_GLUED_I = re.compile(r"(?<=[a-z]{3})\.(?=I(?:'m|’m|'ve|’ve|'d|’d)?\s)")
# "please help someone Hacked my account", "help i am unable to connect": a plea, then the
# telling as a sentence of its own (run together, the plea reads as helping the hacker).
_PLEA_THEN_TOLD = re.compile(
    r"^(?:(?:please|pls|plz)\s+)?help[!,]?\s+(?=(?:i|i'm|im|i've|i can't|i cannot)\s"
    r"|(?:someone|somebody)\s+(?:\w+ed|has|have|is|keeps)\b"
    r"|my\s+\w+\s+(?:is|was|has|got|keeps|won't|isn't|doesn't|can't)\b)",
    re.IGNORECASE,
)
# "…changed my password I am panicking": the feeling is a sentence of its own.
_GLUED_FEELING = re.compile(
    r"(?<=[a-z])(?<!\band)(?<!\bbut)(?<!\bso)(?<!\bthat)(?<!\bbecause)(?<!\bcause)"
    r"\s+(?=I(?:\s+am|'m|’m)\s+(?:so\s+|really\s+|very\s+)?(?:panicking|scared|worried"
    r"|frustrated|upset|angry|desperate|stressed|devastated|furious|annoyed|confused)\b)"
)
_ASIDE = re.compile(r"(?<=\w)\s+[-–—]\s+(\w+(?:\s+\w+){0,3})\s+[-–—]\s+(?=\w)")
_TIME_SEMICOLON = re.compile(r"(?<=\d)(?<!\d\d\d);(?=[0-5]\d\b)")
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z ']{3,}\]")  # "[TYPE YOUR QUESTION HERE]": a blank form
_GLUED_ANY = re.compile(  # but "Have you any idea how long …?" is one question
    r"(?i)(?<=[a-z0-9])(?<!\byou)(?<!\bgot)\s+"
    r"(?=any (?:ideas?|help|advice|suggestions?)\b[^.!?]*\?)"
)


def mark_sentences(text: str, held_dot: str) -> str:
    """Sentence ends made plain: "U.K." holds its dots, "?!" asks, "x .please" splits."""
    text = _PLACEHOLDER.sub(" ", text).strip()
    text = _ASIDE.sub(r", \1, ", text)  # "is - as expected - a mess": an aside, not a break
    text = _TIME_SEMICOLON.sub(":", text)  # "for 4;50 TOMORROW": a time, not two sentences
    text = _PLEA_THEN_TOLD.sub(lambda m: m.group(0).rstrip(" !,") + ". ", text)
    text = _GLUED_ANY.sub(". ", _GLUED_I.sub(". ", text))  # "…deal any ideas?" asks apart
    text = _GLUED_FEELING.sub(". ", text)
    text = _INITIAL.sub(held_dot, text)  # "U.K.", "L.A.": no sentence ends there
    text = _MIXED_END.sub("?", text)  # "…the planes weight?!" is a question
    text = text.replace("•", "\n")  # a bulleted list: each point is a sentence
    text = _glued_modal(_GLUED_QUESTION.sub(_asked_apart, text))  # "…no longer there what's …"
    return _EN_GLUED.sub(". ", _EN_PAREN_END.sub(")\n", text))  # "x .please", ".) The"


def _asked_apart(match: re.Match[str]) -> str:
    """A stop before the glued question, unless it answers an "If …" ("If no one answers, what's
    the point …"): the condition is never left dangling ("and if no one answers, and …")."""
    sentence = re.split(r"[.!?\n…]\s*", match.string[: match.start()])[-1].split()
    return ", " if sentence[:1] and sentence[0].lower() in ("if", "unless") else ". "


_TOLD = re.compile(
    r"^(?:i|i'm|i’m|im|i've|i’ve|ive|my|we|we're|we’re|our|none|nothing|the|this|there is no"
    r"|there's no|there’s no)\s",
    re.IGNORECASE,
)
_ASKED_WITHIN = re.compile(
    r"\b(?:what|why|how|any\w*|someone|somebody|help|(?:can|could|"
    r"will|would|do|does|did|is|are|should|may)\s+(?:you|u|i|we|there|it|someone|anyone))\b"
    r"|[,;]\s*(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|or)\b"
    r"|\b(?:with|for)\s+(?:this|that)\W*$"  # "I buy the game to deal with this?": rhetorical
    r"|\b(?:a|an|the)\W*$|\bright\W*$|\b(?:is|are|was|were|did|do|does|wo|ca|have|has)n['’]t\s+"
    r"(?:it|you|they|he|she|we|i|there|that|this)\W*$",
    re.IGNORECASE,
)


def told_not_asked(text: str) -> bool:
    """ "I keep getting this error?", "my laptop has issues?": a telling with a "?", not a question.

    Framed as "you're asking “I keep getting …”" it reads wrong; it is said back as a statement.
    A question asked within ("I'm getting a 503, do you have an outage?") stays asked.
    """
    text = text.strip()
    within = _ASKED_WITHIN.search(_EMBEDDED.sub(" ", text))  # "confused to why": told
    return bool(_TOLD.match(text)) and text.endswith("?") and not within


# "so I'm confused to why this happened ???": a wh-word inside a telling asks nothing.
_EMBEDDED = re.compile(
    r"\b(?:confused|understand|sure|idea)\s+(?:as\s+)?(?:to\s+|about\s+)?why\b", re.I
)


# A review's verdict ("never again"): a clause worth more, wherever it stands.
VERDICT = re.compile(
    r"never\s+(?:\w+\s+){0,4}again|never again|will never|"
    r"won't (?:be )?(?:fly|flying|go|back|using|use)|recommend|last time|switch",
    re.IGNORECASE,
)
# The verdict, or in customer care the request ("Can you help?", "What do I do?"): kept
# when it comes last, even when short, rather than a side remark.
ENDING = re.compile(
    VERDICT.pattern
    + r"|\bhelp\b|\bwhat (?:do|should|can) (?:i|we) do\b|\bhow (?:do|can|should) (?:i|we)\b"
    r"|\b(?:can|could|would|will) (?:you|u|someone|anyone|somebody)\b"
    r"|\bis there (?:a|any) (?:way|fix)\b|\bany (?:help|advice|ideas?|suggestions?)\b"
    r"|^(?:can|could|how|why|is there|are there|will|would|should|do|does|did|what(?! a\b))\b",
    re.IGNORECASE,
)
_SHORT_ASK = re.compile(  # "If not, why not?" after a question: its follow-up, asked too
    r"^(?:if (?:not|so),? )?(?:which|what|why|how|where|when|who|(?:can|could) (?:i|we))\b", re.I
)
_EXCLAIMED = re.compile(r"^(?:what|why)\s+(?:is|was|the)\s+(?:this|that|it|hell|heck|fuck)\b", re.I)
_WHAT_TO_DO = re.compile(r"^(?:so\s+|and\s+|now\s+)?what (?:do|should|can) (?:i|we) do\b", re.I)


def asks_last(units: Sequence[Told], language: str) -> bool:
    """An English telling that ends on its only request, after a problem said in a clause."""
    if language != "en" or len(units) < 2:
        return False
    asked_before = any(ENDING.search(u.text) for u in units[:-1])  # "any help…": asked already
    return (
        bool(ENDING.search(units[-1].text)) and not asked_before and reads_as_clause(units[-2].text)
    )


def request_first(
    units: Sequence[Told], opening: int, core: int, budget: int
) -> tuple[list[int], int]:
    """The closing question ("Where do I report it?") kept with the problem it asks about.

    It is the customer's request: the opening, the richest other clause and the question are
    kept together when a few words over the budget allow it.
    """
    last = len(units) - 1
    if last < 1 or units[last].sentence == units[last - 1].sentence:
        return [], budget  # "…, which only gets claim, is there any risk?": half a sentence
    text = units[last].text
    if len(text.split()) > 20 or not units[last].question:  # "… have help either": no ask
        return [], budget
    size = sum(len(units[i].text.split()) for i in {opening, core, last})
    if size > budget + _OVER:
        return [], budget  # no room: the opening and the richest clause, as before
    return [opening, core, last], max(budget, size)


_COUNTED = re.compile(
    r"\b(?:2|3|two|three|several|a few|a couple of|couple)\s+(?:\w+\s+)?"
    r"(?:problems|issues|questions|things|bugs|errors)\b",
    re.IGNORECASE,
)


def counted_next(units: Sequence[Told], first: int, budget: int) -> tuple[list[int], int]:
    """ "I have 2 problems: one is …, and two …": the second is kept with the first."""
    if not _COUNTED.search(units[first].text) or first + 1 >= len(units):
        return [], budget
    size = len(units[first].text.split()) + len(units[first + 1].text.split())
    if size > budget + 2 * _OVER:
        return [], budget
    return [first, first + 1], max(budget, size)


_OVER = 6  # words past the budget a closing question may take, rather than be dropped


_SARCASTIC_THANKS = re.compile(
    r"^\W*(?:thanks|thank you|thank u|thx)\s+(?:(?:so|very) much\s+|a (?:lot|bunch)\s+|again\s+)?"
    r"for\b.*\b(?:ruin\w*|strand\w*|spoil\w*|wreck\w*|ending\s+(?:my|our|the)"
    r"|no one|nobody|nothing|losing|los[et]\s+(?:my|our|me|us)|delay\w*|cancel\w*|miss\w*"
    r"|forg[eo]t\w*|wast\w*|ignor\w*|never|worst|leaving me|not|on hold|tarmac|rude\w*)\b",
    re.IGNORECASE,
)

# A thanks with a sting told after a dash is a complaint too ("Thanks for info- the seat was …").
_THANKS_THEN_STING = re.compile(
    r"^\W*(?:thanks|thank you|thank u|thx)\s+(?:so much\s+)?for\b[^-–—]{3,80}[-–—]+\s*\w.*"
    r"\b(?:was|were|had)\b",
    re.IGNORECASE,
)

# "That's lovely of @Shop to hang up on me": praise of a harm is sarcasm, never "you feel …".
_LOVELY_OF = re.compile(
    r"^\W*(?:that['’]?s|that is|how|so|real|really|very)\s+(?:lovely|nice|kind|sweet|good"
    r"|thoughtful|classy|considerate|great)\s+of\s+(?:\S+\s+){1,2}?to\s+(?:hang up|cancel|charge"
    r"|ignore|lose|leave|block|ban|delete|close|refuse|deny|strand|bump|waste|lie|ghost|cut)\b",
    re.IGNORECASE,
)


def sarcastic_thanks(piece: str, language: str) -> bool:
    """ "Thanks for ruining my vacation": a complaint in thanks' clothes, said back quoted."""
    sting = bool(_SARCASTIC_THANKS.match(piece) or _THANKS_THEN_STING.match(piece))
    sting = sting or bool(_LOVELY_OF.match(piece)) or en_thanked.stung(piece)
    return language == "en" and bool(sting) and not en_thanked.redressed(piece)


def asks_what_to_do(piece: str, language: str) -> bool:
    """ "What do I do?", "Which one is it?": all small words, yet the customer's request; kept."""
    text = piece.strip()
    short = text.endswith("?") and 3 <= len(text.split()) <= 6 and bool(_SHORT_ASK.match(text))
    short = short and not _EXCLAIMED.match(text)  # "WHAT IS THIS?": exasperation, not a request
    return language == "en" and (short or bool(_WHAT_TO_DO.match(text)))
