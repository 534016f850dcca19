"""A customer's capitals in our voice: shouting and slipped capitals lowered, names kept.

Said back by us, "ARE THE BEST" reads as our shout and "someone Hacked" as our slip, so both
are lowered; an acronym ("DM", "DCA"), a name beside another ("JET BLUE", "Xbox One") and the
country "US" stay as the customer wrote them, or the reflection would misname what they meant.
Mid-reflection a piece's first word is lowered ("The app…" → "the app…") unless it is a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection.en_clause import COMMON, is_verb
from dialogues.reflection.stopwords import STOPWORDS

_KNOWN = COMMON | STOPWORDS["en"]
_SHOUT = re.compile(r"\b[A-Z][A-Z']+\b")
_COMMA_CAPITAL = re.compile(r"(?<=, )(?:It|The|This|That|My|There|Its|They|He|She|A(?= [a-z]))\b")
_SHOUTED_A = re.compile(r"(?<=[a-z] )A(?= [a-z])")
_MID_TITLE = re.compile(r"(?<=[a-z] )[A-Z][a-z]+\b(?!['’]s)")
_NAMES_TOO = frozenset("united will may bill grant rich mark sky frontier spirit".split())


def unslipped(text: str) -> str:
    """ "…, It says" → "…, it says"; "someone Hacked" → "someone hacked": capitals that slipped."""
    text = _COMMA_CAPITAL.sub(lambda m: m.group(0).lower(), text)
    return _MID_TITLE.sub(lambda m: _small_if_common(m, text), text)


def unshouted(text: str, codes: set[str]) -> str:
    """A shouted clause in our voice, its acronyms and ``codes`` (route codes) kept as written."""
    shouted = [w for w in _SHOUT.findall(text) if w not in ("I", "US", *codes)]
    if len([w for w in shouted if w.lower() in _KNOWN]) >= 2 or any(len(w) >= 4 for w in shouted):
        kept = {w for w in shouted if _unshout_word(w) == w} | codes
        text = _SHOUT.sub(lambda m: _unshout(m, kept, text), text)  # "DM", "BET" stay
        text = _SHOUTED_A.sub("a", text)  # "ADD TEXT TO A PROJECT" → "… to a project"
    return text


def _small_if_common(match: re.Match[str], text: str) -> str:
    """A capital mid-sentence on a small word or past verb is a slip; "Xbox One" is a name."""
    word, plain = match.group(0), match.group(0).lower()
    before = text[: match.start()].split()[-1:]
    after = text[match.end() :].split()[:1]
    named = any(w[:1].isupper() or not w.isalpha() for w in before + after if w != "I")
    past = plain.endswith("ed") and len(plain) >= 6
    common = (plain in STOPWORDS["en"] or past) and plain not in _NAMES_TOO
    return plain if common and not named else word


def _unshout(match: re.Match[str], kept: set[str], text: str) -> str:
    """A shouted word next to a kept acronym is part of a name ("JET BLUE"): kept too."""
    word = match.group(0)
    around = re.findall(r"[A-Za-z']+", text[max(0, match.start() - 12) : match.end() + 12])
    index = around.index(word) if word in around else -1
    near = around[max(0, index - 1) : index] + around[index + 1 : index + 2]
    if index >= 0 and word.lower() not in STOPWORDS["en"] and any(w in kept for w in near):
        return word
    return word if word in kept else _unshout_word(word)


def _unshout_word(word: str) -> str:
    """ "ARE THE BEST" in our voice is "are the best"; "SWA", "DCA", "US" stay as written."""
    plain = word.lower()
    if word in ("I", "US", "TV", "ID", "PC", "ETA") or (len(word) < 5 and plain not in _KNOWN):
        return word
    return plain


_MID_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")
_HANDLE_PART = re.compile(r"(?<=@)[A-Z]?[a-z]+|(?<=[a-z])[A-Z][a-z]+")


def names(messages: Sequence[str]) -> frozenset[str]:
    """Words the customer capitalised mid-sentence, and the parts of handles: names."""
    found: set[str] = set()
    for message in messages:
        handles = " ".join(re.findall(r"@\w+", message))
        found.update(w.lower() for w in _HANDLE_PART.findall(handles) if len(w) > 3)
        found.update(w.lower() for w in _MID_CAPITAL.findall(re.sub(r"@\w+", ".", message)))
    return frozenset(found)


def lower_first(piece: str, named: frozenset[str] = frozenset()) -> str:
    """Mid-reflection, "The app…" reads "the app…"; names and "I" keep their capital."""
    first, *rest = piece.split(" ", 2)
    plain = first.lower().strip("“”\"'").rstrip(",;:")  # "Now, Minecraft …": a lead, no name
    plain = plain.split("'", 1)[0] if plain.endswith(("'ve", "'re", "'ll", "'d")) else plain
    if plain in _LEADERS and first[:1].isupper() and not first.isupper():
        return piece[:1].lower() + piece[1:]  # "Since Wells Fargo …": a clause's lead, no name
    stem = plain[:-3].removeprefix("re")  # "Reinstalling Minecraft": a verb, not a name's part
    verb = plain.endswith("ing") and (is_verb(stem) or is_verb(stem + "e"))
    titled = plain not in STOPWORDS["en"] and not verb and rest[:1] and rest[0].istitle()
    if plain in named - STOPWORDS["en"] or titled:
        return piece  # written with a capital mid-sentence too, or "Gate Agent Alavera": a name
    common = plain in STOPWORDS["en"] or plain in _COMMON_STARTS or plain in COMMON
    shaped = plain.startswith(("you", "we", "our")) or plain.endswith(_COMMON_ENDINGS)
    common = common or (plain.endswith("s") and plain[:-1] in COMMON)  # "Songs pause"
    shouted = first.isupper() and len(first.strip("“”\"'")) > 1  # "A video …" is no shout
    if first[:1].isupper() and not shouted and (common or shaped):
        return piece[:1].lower() + piece[1:]
    return piece


_COMMON_ENDINGS = (
    "ly", "ed", "ing", "tion", "ment", "ness", "ous", "ful", "less", "est", "ive", "able", "ible",
    "ity", "ies", "ers", "third", "second", "first", "fourth", "fifth",
)  # fmt: skip
_LEADERS = frozenset(
    "since because becuase cause when whenever after before while although though unless "
    "hopefully apparently now then also again finally despite".split()
)
_COMMON_STARTS = frozenset(
    """flight flights bag bags seat seats customer service app food order delivery still
    waiting broken great terrible worst best nobody no one never been got love hate
    please need want just really can't cannot cant won't already trying tried somehow
    apparently volume sound screen signal picture battery progress instructions error recovery
    road party crisis mission wife husband stewardess adult guess another pathetic sorry""".split()
)  # r27: "…, and Volume cuts out": a common word's capital only marks where the tweet began
