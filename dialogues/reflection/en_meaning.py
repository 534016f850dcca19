"""English, round 11: what a support tweet says, read by meaning before it is cut or shifted.

Found on customers' tweets to tech support (a genre the airline rows lack), each tested in
tests/dialogues/test_reflection_en_r11.py:

- A name the customer introduces ("my name is …", "I'm Jane Doakes") is personal data: the
  introduction goes, the telling around it stays (``message``).
- A spec sheet ("Model No. - 15-ab123", "Operating system - Windows 10") is said as facts,
  never as bare labels; a label whose value is a link is what they sent (``message``).
- "… the issue. Which didn't work" is a statement about the clause before, never a question;
  "premierI try" is two words; "… is closed and don't know" lost its "I" (``prepared``).
- "Updating my driver didn't help": the -ing phrase is the subject, not "you're updating"
  (``gerund_subject``).
- "It says your account is suspended": the system's words to the customer keep their "your",
  quoted (``reported``); "the charges has not appear" is their slip, quoted (``slip``).
"""

from __future__ import annotations

import re

from dialogues.reflection import en_how_come
from dialogues.reflection.en_clause import COMMON, is_aside
from dialogues.reflection.en_gerund import gerund_subject as gerund_subject  # r43: moved
from dialogues.reflection.units import Unit

# "Hi my Name is Jane Doakes my email …", "I'm Jane Doakes and …": the introduction goes.
_INTRODUCED = re.compile(
    r"(?:\b(?i:hi|hello|hey)[,!]?\s+)?"
    r"(?:\b(?i:my\s+name\s+is|my\s+name's)\s+[A-Z][\w-]*[a-z](?:\s+[A-Z][a-z]+)?"
    r"|\b(?:I\s+am|I'm|I’m)\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b)"
    r"(?:\s*[,.!]|\s+(?=(?i:and|my|i|i'm|i’m)\b))?\s*"
)
# A lone first name closing the message ("thx for all.\nLior,"): a signature.
_SIGNED_NAME = re.compile(r"\n\s*[A-Z][a-z]{2,}\s*[,.]?\s*$")
# "Model No. - 15-ab123", "Operating system: Windows 10": a label and its value on one line.
_SPEC = re.compile(
    r"^[ \t]*(?:my\s+)?(?P<label>[A-Za-z][A-Za-z']*(?:\s+[A-Za-z][A-Za-z']*){0,3}?)"
    r"(?P<no>\s+No\.?|\s+#)?\s*(?:-|–|:)\s+(?P<value>\S[^\n]{0,40}?)[ \t.]*$",
    re.MULTILINE | re.IGNORECASE,
)
_GLUED_HANDLE = re.compile(r"(?<=[a-z])\.(?=@\w)")  # "on Friday itself.@HP": a stop, then a tag
_EMOTICON = re.compile(r"(?:&gt;|>)[:;]-?[(\[/\\|]")  # ">:(" leaves no ">" behind
_LINKED = re.compile(r"https?://|\blink\s*$")
_HERE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:\s*@\w+)*\s*)(?:Here's|Here’s|Here is|Here are)\s+"
    r"(?=(?:my|the|a|an|some|all|few|these|those|two|three|four|five|six|\d+)\s)",
    re.M,
)
_THIS_IS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:\s*@\w+)*\s*)[Tt]his is (?=(?:my|the)\s+\w+(?:\s+\w+)?"
    r"\s*(?:[.!:]|$|\s+and\b))",
    re.M,
)
_HERE_LINK = re.compile(r"((?:Here's|Here’s|Here is) my [^.:\n]{1,30}?)\s*:?\s*https?://\S+\s*")
# "please resolve this soon @gmail.": the company called on at the plea's end, a vocative.
_CALLED_AFTER = re.compile(
    r"\b(soon|now|asap|ASAP|please|today|again|already|though)\s+@\w+(?=\s*[.!?,])"
)
_OBJECT_HANDLE = re.compile(
    r"\b((?:stand|hate|love|trust|contacted|called|emailed|messaged|blame|thank)\s+)@(\w+)"
    r"(?=\s*(?:[.!?]|$|#))",
    re.IGNORECASE,
)
_TITLE_LINE = re.compile(r"^\s*(?:The|My)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?[ \t]*\n")
_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


# "(1/2) … and showed me": the first tweet of a thread ends mid-sentence.
_FIRST_OF = re.compile(r"^\s*\(?1/[2-9]\)?\s|\s\(?1/[2-9]\)?\s*$")
_UNFINISHED = re.compile(r"(?<=[.!?])\s+[^.!?]{3,}$")
_TRAILING = re.compile(r"(?:\s+(?:@\w+|https?://\S+|link|\(?1/[2-9]\)?))+\s*$")


def message(text: str) -> str:
    """The message without the name introduced in it, its spec lines said as facts."""
    text = _GLUED_HANDLE.sub(". ", _INTRODUCED.sub(_unnamed, _EMOTICON.sub(" ", text)))
    text = _OBJECT_HANDLE.sub(
        r"\1\2", _CALLED_AFTER.sub(r"\1", text)
    )  # "I can't stand @Adobe.": whom, not whom to
    text = _TITLE_LINE.sub("", text)  # "The Ugly\n@hulu: …": a heading, not a telling
    if _LINKED.search(text):  # "Here are five random ones <links>": what they sent
        text = _HERE.sub(lambda m: f"{m[1]}I sent ", _HERE_LINK.sub(r"\1. ", text))
        text = _THIS_IS.sub(lambda m: f"{m[1]}I sent the link to ", text)  # "This is my channel."
    if _FIRST_OF.search(text):  # its last, unfinished sentence goes on in the next tweet
        body = _TRAILING.sub("", text)
        text = (
            _UNFINISHED.sub(_finished, body)
            if not body.rstrip().endswith((".", "!", "?"))
            else text
        )
    text = _SIGNED_NAME.sub("", text) if "\n" in text.strip() else text
    if "\n" not in text:
        return text
    return _SPEC.sub(_spec_line, text)


_LAST_SEAM = re.compile(r",?\s+(?:and|but|so|because)\s+|,\s+")


def _finished(match: re.Match[str]) -> str:
    """An unfinished sentence up to its last seam ("…, but it said X and showed me" → "…, but
    it said X"); with no seam after its first six words it goes whole."""
    sentence = match.group(0)
    seams = [m for m in _LAST_SEAM.finditer(sentence) if len(sentence[: m.start()].split()) > 6]
    return sentence[: seams[-1].start()] + "." if seams else ""


def _unnamed(match: re.Match[str]) -> str:
    """The name goes; what the customer said next opens a sentence of its own."""
    named = match.group(0).lower().replace("’", "'")
    if "name" not in named and any(w in COMMON for w in re.findall(r"[a-z]+", named)[-2:]):
        return match.group(0)  # "I'm Flight Booking …": words, not a name
    return ". " if match.start() > 0 else ""


def _spec_line(match: re.Match[str]) -> str:
    label, value = match.group("label"), match.group("value").strip()
    if label.lower() in _NOT_LABELS or len(value.split()) > 5:
        return match.group(0)
    label = label[:1].lower() + label[1:] + (" number" if match.group("no") else "")
    if _LINK.match(value):
        return f"I sent my {label}."  # "My Channel's URL : https://…": the link is what it gives
    return f"My {label} is {value}."


_NOT_LABELS = frozenset("i it this that but and so note update edit ps p.s".split())

_WHICH = re.compile(
    r"[.!]\s+Which\s+(?=(?:didn't|didn’t|did not|doesn't|doesn’t|does not|wasn't|wasn’t|isn't"
    r"|isn’t|is|was|has|hasn't|hasn’t|made|makes|means|meant|caused|causes|led|also|only|still"
    r"|just|worked|helped|fixed)\b)"
)
# "If you could please DM me I would greatly appreciate it": the plea says it all.
_APPRECIATE = re.compile(
    r",?\s+I(?:'d|’d|\s+would)\s+(?:greatly\s+|really\s+|truly\s+|very\s+much\s+)?"
    r"appreciate\s+it\b"
)
_PLEA_BEFORE = re.compile(r"\b(?:please|pls|could you|can you|if you could)\b[^.!?]*$", re.I)


def _after_plea(match: re.Match[str]) -> str:
    return "" if _PLEA_BEFORE.search(match.string[: match.start()]) else match.group(0)


_GLUED_I = re.compile(
    r"(?<=[a-z]{4})I(?=\s+(?:try|tried|have|had|am|was|can|can't|could|do|don't|did|didn't"
    r"|get|got|use|used|open|want|need|think|see|just|still|also|will|would)\b)"
)
_LOST_I = re.compile(
    r"\b(and|but|so)\s+(?=(?:don't|don’t|dont|do not|didn't|didn’t|can't|can’t|cannot"
    r"|couldn't|couldn’t|have no|have not|haven't|haven’t)\s+(?:know|understand|remember"
    r"|see|think|want|find|idea|clue)\b)",
    re.IGNORECASE,
)
# "… because they have a higher skill and don't want …": the clause's subject is theirs.
_OTHER_SUBJECT = re.compile(
    r"\b(?:(?P<i>i)|they|he|she|we|you|u|people|someone|somebody|everyone|he/she)\b(?![.!?])",
    re.IGNORECASE,
)


def _lost_i(match: re.Match[str]) -> str:
    """ "and don't know" gets its "I", unless another subject in the sentence owns the verb."""
    sentence = re.split(r"[.!?]\s", match.string[: match.start()])[-1]
    subjects = list(_OTHER_SUBJECT.finditer(sentence))
    if subjects and subjects[-1].group("i") is None:
        return match.group(0)
    return f"{match.group(1)} I "


# "Attempted to watch it but …": the customer's own doing, its "I" left out.
_TRIED_TO = re.compile(
    r"(?:^|(?<=[.!?]\s))(Attempted|Tried|Wanted|Needed|Decided|Managed|Planned|Hoped)\s+to\b"
)
# "No still the same": the fix tried did not work, a verdict, not nothing.
_STILL_SAME = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:No|Nope|Nah)[,.!]*\s+)?[Ss]till\s+(?:the\s+)?same(?=\s*(?:[.!]|$))"
)
_SO_HAD = re.compile(r"\bso had to\b")  # "didn't work so had to initialize": the customer
_ITS_SAY = re.compile(r"\b(?:it'?s|it’s|its|it)\s+say\b", re.IGNORECASE)
_ASIDE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Not that it matters(?:\s+(?:anyway|much))?[.!]*\s*"
    r"|(?:Right|Ok|Okay|Alright),\s+(?=I\s))",
    re.IGNORECASE,
)


# "help website crashed and …": "help" before a thing that broke is a cry of its own, never
# "you'd like us to help website crashed"; the bare thing gets its "the".
_CRY = re.compile(
    r"(?:^|(?<=[.!?]\s))[Hh]elp\s+(?:(the|my|our|your)\s+)?(?=(?:website|site|app|system|page"
    r"|phone|card|account|flight|booking|order|payment|wifi|internet|router)s?\s+(?:crashed|is|was"
    r"|isn't|wasn't|won't|keeps|has|broke|died|stopped|froze|crashes|isnt|wont|went down)\b)"
)


def _cry(match: re.Match[str]) -> str:
    return f"Help! {match[1] or 'the'} "


# "make that on hold for 20 mins": "make that" corrects a figure, never a request to "make".
_MAKE_THAT = re.compile(
    r"(?:^|(?<=[.!?]\s))[Mm]ake that\s+(?=(?:on|in|at|over|another|almost|nearly|\d)\b)"
)


# "gotta give thanks to gate agents …": what the customer wants to do, "I want to"; said
# "you've got to give thanks" it would read as our order to them.
_GOTTA = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:[Gg]otta|[Gg]ot to)\s+(?=(?:give|say|thank|commend|applaud)\b)"
)


# "there was a flight?1153 Lax-EWR": a question mark typed without its space ends the question.
_GLUED_ASK = re.compile(r"(?<=[a-z]{3})[?!](?=\d|[A-Z][a-z])")


# "F it, these people are already delayed", "Screw it, I'm driving": an oath opening a sentence
# is left out like "Fuck it," (civility), never said back in our voice.
_OATH_OPENING = re.compile(r"(?:^|(?<=[.!?]\s))(?:F|Screw|Sod|Frick|Frig)\s+it\s*[,!.]+\s+(?=\w)")


# "three hours on hold then disconnected", "43 minutes on hold!": a sentence opening on the
# wait is the customer's: "I spent three hours on hold, then got disconnected".
_WAIT_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s))((?:\d+|an?|one|two|three|four|five|six|ten)\s+(?:hours?|hrs?|minutes?"
    r"|mins?))\s+on\s+hold\b(?:(\s+then)\s+(?=(?:disconnected|cut\s+off|hung\s+up)\b))?",
    re.IGNORECASE,
)


def _waited(match: re.Match[str]) -> str:
    then = ", then got " if match.group(2) else ""
    return f"I spent {match.group(1)} on hold{then}"


# "Not a happy flyer.", "One unhappy customer": the customer naming themself, "I'm not a …".
_SELF_NAMED = re.compile(
    r"(?:^|(?<=[.!?]\s))(not\s+a|one|a|very)\s+((?:very\s+)?(?:happy|unhappy|satisfied|dissatisfied"
    r"|disappointed|angry|frustrated|annoyed|upset)\s+(?:flyer|flier|customer|camper|traveller"
    r"|traveler|passenger))\b(?=\s*(?:[.!,]|$))",
    re.IGNORECASE,
)


def _self_named(match: re.Match[str]) -> str:
    lead = match.group(1).lower()
    lead = "an" if lead in ("one", "a") and match.group(2)[:1].lower() in "aeiou" else lead
    lead = "a" if lead in ("one", "very") else lead
    very = "very " if match.group(1).lower() == "very" else ""
    return f"I'm {lead} {very}{match.group(2).lower()}"


def prepared(text: str) -> str:
    """Seams read by meaning: "…. Which didn't work", "premierI try", "and don't know"."""
    text = en_how_come.asked(text)  # r45: "how come it's cheaper …!" asks
    text = _TRIED_TO.sub(lambda m: f"I {m[1].lower()} to", _WHICH.sub(", which ", text))
    text = _APPRECIATE.sub(_after_plea, _GLUED_I.sub(" I", text))
    text = _LOST_I.sub(_lost_i, text)
    text = _ITS_SAY.sub(
        "it says", _SO_HAD.sub("so I had to", _STILL_SAME.sub("It's still the same problem", text))
    )
    text = _GOTTA.sub("I want to ", _MAKE_THAT.sub("", _GLUED_ASK.sub(r"\g<0> ", text)))
    text = _WAIT_OPENING.sub(_waited, _OATH_OPENING.sub("", _SELF_NAMED.sub(_self_named, text)))
    return _ASIDE.sub("", _CRY.sub(_cry, text))


# "Been like this for 30 min", "Been down all morning": a state with no subject is the thing
# the customer just named (the speed, the site), said "it's been", never "you've been".
_ITS_STATE = re.compile(
    r"^(?:\w+\s+)?been\s+(?:like\s+(?:this|that)|(?:this|that)\s+way|the\s+same|happening"
    r"|going\s+on|down|broken|offline|out\s+of\s+(?:service|order|stock)"  # en r41: a time
    r"|(?:a|an|one|such\s+an?)\s+(?:[a-z]+\s+){0,2}?(?:day|night|week|morning|while|year|ride"
    r"|trip|journey|nightmare|mess|disaster|saga|ordeal)s?)\b",  # "Been a rough day": no "you"
    re.IGNORECASE,
)


def its_state(text: str) -> bool:
    """Whether a subjectless "been …" tells of a thing's state ("Been like this all day")."""
    return _ITS_STATE.match(text) is not None


# The system's message to the customer: "It says your account is suspended".
_REPORTED = re.compile(
    r"^(?P<head>(?:it|this|that|the\s+(?:app|site|page|screen|error|message|game|console))"
    r"\s+(?:just\s+|still\s+)?(?:says|said|shows|showed|reads|keeps\s+saying))\s+(?:that\s+)?"
    r"(?P<rest>[^.!?]*\b(?:your|you)\b[^.!?]*)$",
    re.IGNORECASE,
)


def reported(clause: str) -> tuple[str, str] | None:
    """The head ("it says") and the system's words ("your account is suspended"), if reported."""
    found = _REPORTED.match(clause.strip())
    return None if found is None else (found.group("head"), found.group("rest").strip())


# "the charges has not appear": a bare verb after a perfect "has not": their slip.
_PERFECT_SLIP = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:not|never)|hasn't|haven't|hadn't|hasn’t|haven’t)\s+"
    r"(?:appear|arrive|show|receive|reach|respond|reply|load|work|start|stop|open|happen"
    r"|change|return|refund)\b",
    re.IGNORECASE,
)


# "came back anf checked", "an still same thing", "not received it too": slips a reader
# would take for ours.
_SLIPS = re.compile(
    r"\b(?:anf|adn|abd|teh|hte|taht|thta|waht|jsut)\b|\ban\s+(?:still|then|now|so|i|my|it|the)\b"
    r"|\b(?:not|never|\w+n't|\w+n’t)\s+(?:\w+\s+){1,4}too\s*$"
    r"|\bit['’]s\s+(?:(?!and|but|so|because|that|if|when|or)\w+\s+){1,4}it['’]s\b"  # run on
    # "nothing didn't work out" (meaning the opposite), "over an over", "wasn't send",
    # "the password don't work": the customer's grammar, never ours
    r"|(?i:\b(?:nothing|nobody|no\s+one|noone)\s+(?:didn|doesn|don|won|can)['’]?t\b"
    r"|\bover\s+an\s+over\b|\b(?:was|wasn't|wasn’t|were|weren't|weren’t|been|be)\s+"
    r"(?:send|receive|deliver)\b|\b(?:it|he|she|password|system|app|site|code|link|card)"
    r"\s+don['’]?t\s+(?:work|load|open|exist|show)\b)",
)


def slip(clause: str) -> bool:
    """Whether the clause holds a grammar slip no tidy can mend: quoted, never said by us."""
    return _PERFECT_SLIP.search(clause) is not None or _SLIPS.search(clause) is not None


# Harm the role lexicon lacks: "destroyed my restore point", "scratched to a halt", "None of
# your solutions worked", "makes it very hard to remain a customer".
_IMPACT = re.compile(
    r"\b(?:destroy\w*|ruin\w*|wiped|erased|corrupt\w*|damag\w*|brick\w*|halt|died|dead"
    r"|overheat\w*|blown|lags?|lagging|laggy|worse|dissapear\w*|disappear\w*|vanish\w*"
    r"|stop(?:s|ped)?\s+working|(?:told|says|said)\s+(?:that\s+)?i(?:'m|’m|\s+am)\s+not"
    r"|none\s+of\s+(?:\w+\s+){0,3}work\w*|nothing\s+(?:\w+\s+)?work\w*|no\s+result"
    r"|no\s+way\s+to|lose\s+everything|hard\s+to\s+(?:remain|stay)"
    r"|(?<=n['’]t)\s+(?:work|load|open|connect|start|sync|boot|launch)"  # as "does not work"
    r"|(?:can't|cannot|couldn't|can’t|couldn’t)\s+(?:\w+\s+)?(?:claim|roll|log|login|sign"
    r"|use|download|install|play|connect|get|watch|upload|export|import|change|view|access))\b",
    re.IGNORECASE,
)


def impact(text: str) -> int:
    """What harm words add to a clause's problem count: 2 when it tells of harm done."""
    return 2 if _IMPACT.search(text) else 0


# "All discs pretty much. It'll eventually read them …": the clause after leans on the aside.
_LEANS_BACK = re.compile(r"^(?:\S+\s+){0,5}?(?:them|those|these)\b", re.IGNORECASE)


def asides(units: list[Unit]) -> list[Unit]:
    """The asides among ``units`` (names, titles), save one the next clause refers back to."""
    out: list[Unit] = []
    for index, unit in enumerate(units):
        if unit.question or not is_aside(unit.text):
            continue
        after = units[index + 1] if index + 1 < len(units) else None
        if after is None or not _LEANS_BACK.match(after.text):
            out.append(unit)
    return out


def without_asides(found: list[Unit]) -> list[Unit]:
    """Names, titles, "my favorite airline": kept only when alone (the rest numbered again)."""
    left = asides(found)  # "All discs pretty much. It'll read them": kept
    if left and len(left) < len(found):
        found = [Unit(u.text, i, u.question, u.sentence, u.glue)
                 for i, u in enumerate(u for u in found if u not in left)]  # fmt: skip
    return found


# The part before the comma a clause of its own, with its subject: "it's been 3 days already",
# never a lead ("for your cancelled flights,", "obviously,", "when you put the email,").
_CLAUSE_FIRST = re.compile(
    r"^(?:it's|its|it|you|you're|you've|you'd|your|this|that|there|they|we)\s+[^,]+\s[^,]+,"
)
_SPLICE = re.compile(
    r"(?<=[a-z0-9]), (?=you (?:don't|can't|cannot|have|had|are|were|need|want|know|think|just"
    r"|still|also|really|tried)\b)"
)


def unspliced(clause: str) -> str:
    """ "it's been 3 days already, you don't know what to do": a comma splice in our voice is
    joined with "and" when both sides are clauses with their subjects."""
    if not _CLAUSE_FIRST.match(clause) or clause.count(",") != 1:
        return clause
    return _SPLICE.sub(", and ", clause)
