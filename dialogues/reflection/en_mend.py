"""English tweets' seams and corpus leftovers mended at the word level (round 19).

- a stop, "?" or "!" typed with no space before the next word ("it.where is it??I'm
  unhappy") is a seam: spaced, never said back as one glued word ("it?you're");
- the corpus's leftovers of "&amp;" and "3rd" ("reserved camp to wait", "the ord time") are
  "and" and "third", never said back as words the customer did not write.
"""

from __future__ import annotations

import re

from dialogues.reflection.cues import ASKING

# "it.where is it??I'm unhappy", "why not?i paid": the mark ends a sentence, the space was
# left out; links, handles, mail and file names ("amazon.com", "v1.2") keep theirs.
_GLUED = re.compile(r"(?<=[a-z]{2})(\.|[?!]+)(?=[A-Za-z][a-z'’]*\b)|(?<=[a-z])([?!]+)(?=[A-Za-z])")
_TOKEN = re.compile(r"[^\s.?!]*[.?!]\S*")  # r35: only a token with a mark can change
_SITE = frozenset(
    """com net org co uk io ly gl me tv us ca in de fr gov edu info html htm php app ai jpg png
    gif pdf mp3 mp4 exe txt js""".split()
)


def _spaced(token: str) -> str:
    """The token with its glued marks spaced, unless it is a link, handle or file name."""
    if re.search(r"[/@=]|^www|\w\.\w+\.\w", token, re.I):  # a link, or "index.out.of"
        return token
    return _GLUED.sub(lambda m: _mark(m, token), token)


def _mark(match: re.Match[str], token: str) -> str:
    mark = match.group(0)
    if mark == ".":
        after = re.match(r"[A-Za-z]+", token[match.end() :])
        if after is None or after.group(0).lower() in _SITE:
            return mark  # "amazon.com", "file.pdf": a name, not a seam
    return mark + " "


# "the ord time", "a ord party seller": the corpus turned "3rd" into "ord". "The ORD ground
# crew" is Chicago O'Hare's airport code, never "the third ground crew" (r35).
_ORD = re.compile(r"\b(the|a|an)\s+(ord)\b(?=\s+[a-z])", re.IGNORECASE)


def _ord(match: re.Match[str]) -> str:
    """ "the ord time" → "the third time"; "the ORD crew" (a code in a mixed-case tweet) stays."""
    if match.group(2) == "ORD" and not match.group(1).isupper():
        return match.group(0)
    return f"{match.group(1)} third"


# "reserved camp to wait", "£130 down camp no gift": the corpus's "&amp;" lost its "&a";
# "a camp", "my camp", "set up a camp" are camps.
_CAMP = re.compile(
    r"(?<=\S)(?<!\ba)(?<!\bmy)(?<!\bthe)(?<!\byour)(?<!\bour)(?<!\btheir)(?<!\bthis)"
    r"(?<!\bthat)(?<!\bhis)(?<!\bher)(?<!\bsummer)(?<!\bboot)(?<!\bbase)\s+camp\b(?=\s+[\w@])"
)


# "Lemme know when …": "let me", so the plea is heard as one ("you'd like us to let you know").
_LEMME = re.compile(r"\b([Ll])emme\b")
# "I preordered it Friday am I got …": "am" after a day is the morning, never the verb
# (said back as "Friday are you got").
_DAY_AM = re.compile(
    r"\b((?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day)\s+am\b(?=\s+(?:I|i|we)\b|\s*[,.!])",
    re.IGNORECASE,
)


# "if ur packing us to the gills", "why ur doing it": text-speak "ur" before a verb in -ing
# with its object or complement is "you're", never "your" (said back "if our packing you").
_UR_DOING = re.compile(
    r"\b[Uu]r\s+(?=[a-z]+ing\s+(?:me|us|it|them|to|2|the|a|an|my|our|your|for|on|up|out|about"
    r"|this|that|so|now|in|at|with|all|everyone|people|customers|passengers)\b)"
)


def _and(match: re.Match[str]) -> str:
    """ "down camp no gift" → "down and no gift"; between handles it goes."""
    before = match.string[: match.start()].split()[-1:]
    return "" if before and before[0][:1] == "@" else " and"


def message(text: str) -> str:
    """The tweet with glued marks spaced, run-ons parted and leftovers mended."""
    text = _TOKEN.sub(lambda m: _spaced(m.group(0)), text)
    if "ord" in text.lower():  # r28: its case-blind alternation is tried at every position
        text = _ORD.sub(_ord, text)
    if "camp" in text:  # _CAMP's lookbehinds are tried at every position: only when it can match
        text = _CAMP.sub(_and, text)
    text = _DAY_AM.sub(r"\1 morning", _LEMME.sub(r"\1et me", text))
    text = _UR_DOING.sub("you're ", text)  # r31: "if ur packing us …" is "you're", not "your"
    text = _TOLD_THEN_ASKED.sub(_told_apart, _AND_ASKED.sub(_asked_apart, text))
    text = _IS_THERE_A_WAY.sub(". ", text)
    text = _ANY_IDEAS.sub(lambda m: f"? {m[1][0].upper()}{m[1][1:]}?", text)
    text = _WONDERING.sub(r"\1I'm wondering", _GLUED_AND.sub(" &", text))
    text = _ANY_HELP.sub(r"\1Please help.", _SEE_BELOW.sub(r"\1", text))
    text = _HELP_RUN_ON.sub(". ", text)
    return _HUH.sub(r"\1", _WONDER.sub("I wonder", text))


# "any help here", "… Help plz?" (r29): a plea for help said as one ("you'd like us to
# help"), never quoted back as "you said “any help here”"; only a sentence of its own.
_ANY_HELP = re.compile(
    r"(^(?:[@#]\w+\s+)*|[.!?]\s*)(?i:(?:any\s+)?help(?:\s+(?:here|please|pls|plz))?)[ \t]*[?!.]*"
    r"(?=\s*(?:[@#]\w+\s*)*$)"
)


# "Wondering why my account is charged …": the customer's "I'm" left out, never a bare
# "wondering" in our voice; "… for students&amp; why …": the "&" is a word of its own.
_WONDERING = re.compile(
    r"(^(?:[@#]\w+\s+)*|[.!?]\s+)(?i:wondering)(?=\s+(?:how|why|if|what|when|whether|where|who)\b)"
)
_GLUED_AND = re.compile(r"(?<=[a-z]{2})&(?=\s+[a-z])")


# "I've contacted the seller but is there a way I can cancel …": the question asked apart,
# never said on in our voice ("but is there a way you can cancel").
_IS_THERE_A_WAY = re.compile(
    r"(?<=[a-z]{3}),?\s+(?:but|so|and)\s+(?=(?:is|are)\s+there\s+(?:a|any)\s+(?:way|chance"
    r"|option|reason|fix|update)\b)",
    re.IGNORECASE,
)
# "… crackling, very annoying any suggestions My system is …": a plea for ideas asked on its
# own, never glued to the telling in our voice.
_ANY_IDEAS = re.compile(
    r"(?<=[a-z]{3})(?<!\bhave)(?<!\bneed)(?<!\bget)(?<!\bgot)(?<!\bfor)(?<!\bwithout)"
    r"(?<!\bappreciate)(?<!\bwelcome)(?<!\bno)\s+((?i:any\s+(?:suggestions|ideas|advice|thoughts)))"
    r"[?!.]*(?=\s+[A-Z]|\s*$)"
)


# "Huh? What's going on", "… for unavailable track huh": a grunt of surprise, never asked back
# ("you're asking “Huh?”") nor said in our voice.
_HUH = re.compile(
    r"(^(?:[@#]\w+\s+)*|[.!?]\s+)(?i:huh|hmm+|eh)[?!.,]*\s+(?=[A-Z])"
    r"|(?<=[a-z])\s+(?i:huh)[?!.]*(?=\s*(?:[@#]\w+\s*)*(?:https?://\S+\s*)*$)"
)


# "… moved in with me. Wonder how long this will last": the customer's "I" left out, never a
# bare "Wonder" in our voice.
_WONDER = re.compile(r"(?:^|(?<=[.!?]\s))Wonder(?=\s+(?:how|why|if|what|when|whether|where|who)\b)")


# "Are there still plans for X to be released and how can I get info on it": two questions;
# cut at "and", the first one kept its dangling "and" and was told, not asked.
_AND_ASKED = re.compile(
    r"(?<=[a-z0-9])\s+and\s+(?=(?:how|what|where|why|when)\s+(?:can|could|do|does|did|should"
    r"|will|would|is|are)\s+(?:i|we|it|my|they)\b)",
    re.IGNORECASE,
)


# "I've bought an echo for a present do they also need an alexa?": the telling ends where the
# question that the "?" closes opens.
_TOLD_THEN_ASKED = re.compile(
    r"(?<=[a-z]{3})(?<!\bknow)(?<!\bwonder)(?<!\bsure)(?<!\bask)(?<!\basking)(?<!\bsee)"
    r"(?<!\bidea)(?<!\btell)(?<!\bwhy)(?<!\bhow)(?<!\bwhat)(?<!\bwhere)(?<!\bwhen)(?<!\bthat)"
    r"(?<!\bif)(?<!\bwhether)(?<!\band)(?<!\bbut)(?<!\bor)(?<!\bso)(?<!\bplease)(?<!\bpls)"
    r"\s+(?=(?:do|does|did|will|would|should|is|are)\s+(?:they|you|u|i|we|it|he|she|there)\s+\w"
    r"[^.!?]*\?)"
)


def _told_apart(match: re.Match[str]) -> str:
    """The telling ends with a stop, unless it opened as a question ("how long do they …")."""
    opened = _CALLING.sub("", re.split(r"[.!?\n]\s*", match.string[: match.start()])[-1])
    asking = ASKING["en"].match(opened) or _WH.search(opened)  # "At what point do you …"
    return match.group(0) if asking or len(opened.split()) < 3 else ". "


_WH = re.compile(r"\b(?:what|which|how|why|where|when|who)\b", re.IGNORECASE)


def _asked_apart(match: re.Match[str]) -> str:
    """The first question ends at "and" with its own mark, when it opens as a question."""
    opened = _CALLING.sub("", re.split(r"[.!?\n]\s*", match.string[: match.start()])[-1])
    return "? " if ASKING["en"].match(opened) else match.group(0)


# "Hey @Shop is there …": the call before the sentence, never its opening.
_CALLING = re.compile(r"^(?:(?:hey|hi|hello|yo|[@#]\w+)[\s,:]+)+", re.IGNORECASE)


# "See the pictures below, the email has no text": a pointer to what is attached leads the
# sentence it belongs to; it goes, so the sentence is heard, never quoted with its pointer.
_SEE_BELOW = re.compile(
    r"(^(?:[@#]\w+\s+)*|[.!?]\s+)(?i:see)\s+(?i:the\s+|my\s+)?(?i:attached\s+)?(?i:pics?|pictures?"
    r"|photos?|screenshots?|images?)(?:\s+(?i:below|above|attached))?\s*[,:;–-]\s*(?=[a-zA-Z])"
)


# "… linked to my premium account I need help logging back in": a plea for help with a
# doing ("help logging", "help getting") typed on after a noun with no stop starts a sentence;
# "a problem I need help with" and "that I need help …" are one clause and stay.
_HELP_RUN_ON = re.compile(
    r"(?<=[a-z]{3})(?<!\bthat)(?<!\bwhich)(?<!\band)(?<!\bbut)(?<!\bso)(?<!\bor)(?<!\bbecause)"
    r"(?<!\bplease)(?<!\bpls)(?<!\bwhy)(?<!\bwhat)(?<!\bhow)(?<!\bwhere)(?<!\bwhen)(?<!\bif)"
    r"\s+(?=[Ii] need (?:some |your )?help [a-z]+ing\b)"
)
