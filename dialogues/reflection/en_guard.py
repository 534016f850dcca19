"""English clauses that are not whole: left out of a reflection rather than said cut.

A handle, hashtag or link removed from the end of a clause ("rubber bumpers for my #HP",
"contributing to the #ToiletPaperPanic", "Pitcher and Bowl https://… via @eBay") leaves a
piece ending in "the", "for your" or "via": neither a shift nor a quote of it is faithful,
so it is left out (the issue: never output a cut piece).
"""

from __future__ import annotations

import re
from itertools import pairwise

from dialogues.reflection import en_dropped
from dialogues.reflection.clauses import MORE
from dialogues.reflection.units import Unit

# Words that cannot end an English clause: a determiner or possessive wants its noun, and
# these prepositions are no verb's particle ("hung up on", "paid for" and "taken care of" are
# whole; "his", "her", "this" may stand for a noun, so they are not here either).
_OPEN_ENDERS = frozenset(
    "the a an my your our their via from into onto than per as there's theres".split()
)  # "… passengers feel as if there's (1)": the rest was in the next tweet
_LAST_WORD = re.compile(r"(?<![-\w'])([A-Za-z']+)[\s.,;:!?…\"“”'’)]*$")


def cut_short(text: str) -> bool:
    """Whether a clause ends where a noun should follow (a removed handle, hashtag, link)."""
    match = _LAST_WORD.search(text)
    if match is None:
        return False
    word = match.group(1).lower()
    if word not in _OPEN_ENDERS:
        return False
    # "what are you looking at?", "who is it for?": a question may end on its preposition
    return not (text.rstrip().endswith("?") and word not in ("the", "a", "an", "my", "your"))


def drop_cut(units: list[Unit]) -> list[Unit]:
    """The units minus those cut short; a clause after a dropped one loses its "but"."""
    units = [_without_via(u) for u in units]
    kept: list[Unit] = []
    after_cut = False
    for unit in units:
        if unit.text != MORE and cut_short(unit.text):
            after_cut = True
            continue
        if after_cut and _LEADS_ON.match(unit.text):
            text = _LEADS_ON.sub("", unit.text, count=1)
            unit = Unit(text, unit.position, unit.question, unit.sentence, unit.glue)
        after_cut = False
        kept.append(unit)
    if not [u for u in kept if u.text != MORE]:
        return units
    while kept and kept[0].text == MORE:
        kept.pop(0)
    return kept


_VIA = re.compile(r"\s+via[\s.,]*$", re.IGNORECASE)


def _without_via(unit: Unit) -> Unit:
    """ "Pitcher and Bowl <link> via @eBay": the credit's "via" goes with its handle."""
    text = _VIA.sub("", unit.text)
    if text == unit.text or not text.strip():
        return unit
    return Unit(text, unit.position, unit.question, unit.sentence, unit.glue)


_LEADS_ON = re.compile(r"^(?:and|but|so|or)\s", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:if|when|whenever|since|because|although|though|unless)\b", re.I)


def asks_on(last: Unit, unit: Unit) -> bool:
    """Whether a question continues the clause before it ("if I were to …, and …, would I …?").

    Said apart, the first half dangles ("if you were to purchase …") and the quote opens on
    "and": together they are one question, quoted whole.
    """
    return bool(_LEADS_ON.match(unit.text) or _SUBORDINATE.search(last.text))


_I = frozenset("i i'm im i've ive i'll i'd".split())
_ENDS_A_REQUEST = frozenset("me it them this that now asap today already pls please plz".split())


def runs_on(request: str) -> bool:
    """Whether an "I" starts a second clause right after the request ("stop I am broke").

    "stop I am broke", "help me I can't log in": the request ends at its verb or object and
    the customer's own clause follows with no seam; said as "you'd like us to stop you are
    broke" it reads as one wrong clause, so the whole is quoted instead.
    """
    words = request.replace("’", "'").split()
    for n, (before, word) in enumerate(pairwise(words)):
        if word.lower() in _I and (n == 0 or before.lower() in _ENDS_A_REQUEST):
            return True
    return False


# "… a quick answer respectfully Lilian Surubaru", "Thanks, Christopher": a signed name is
# personal data, never read back; it goes with the sign-off that introduces it.
_SIGNED = re.compile(
    r"[\s,.;-]+(?i:respectfully|regards|kind regards|best regards|sincerely|thanks|thank you|"
    r"cheers)[\s,.;-]+[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+){0,2}[\s.!]*$"
)


# "… seems like it...   - a dissatisfied customers": a dash signing as "a … customer".
_SIGNED_AS = re.compile(
    r"\s+[-–—~]+\s*(?i:an?\s+(?:\w+\s+){0,2}(?:customers?|users?|fans?|travell?ers?"
    r"|passengers?|clients?|members?|subscribers?|players?|gamers?))[\s.!]*$"
)
_HANDLE_S = re.compile(r"(@\w+)\s+(['’]s)\b")


def unsigned(message: str) -> str:
    """The message without a closing signature naming its writer; "@Adobe 's" is "@Adobe's"."""
    message = _HANDLE_S.sub(r"\1\2", message)
    message = _SIGNED_AS.sub("", message) or message
    found = _SIGNED.search(message)
    if found is None:
        return message
    return message[: found.start()].rstrip() or message


DONT = re.compile(r"(?:don't|don’t|dont|do not)\s+(?=[a-z])", re.IGNORECASE)
# A bare "help" after a finished statement ("…is pirated help please"): a plea glued on.
_TRAILING_HELP = re.compile(
    r"\b(hacked|pirated|stolen|banned|locked|broken|frozen|stuck|blocked|suspended|gone)"
    r"\s+help(?:\s+(?:me|us))?[.!]*$",
    re.IGNORECASE,
)
# "my Xbox won't connect to WiFi whay is this?": a question run onto a statement, unpunctuated.
_GLUED_WHY = re.compile(
    r"(?<=[a-z])\s+(?:why|whay|y|wtf|how come)\s+(?:is|does|did|would)\s+(?:this|that|it)"
    r"(?:\s+(?:happening|happen|so))?\W*$",
    re.IGNORECASE,
)
ASKED_AFTER = re.compile(
    r"\s+and\s+(?:how|why|what|where|when)\s+(?:can|could|do|does|did|should|will|would)"
    r"\s+(?:i|we)\b.*$",
    re.IGNORECASE,
)
HEDGED_TAIL = re.compile(r"\w\s+(?:seems|looks|sounds)\s+like\s+it\W*$", re.IGNORECASE)
# "Look! There's my package", "Here's my channel": the customer points at what a photo or link
# shows; said by us it becomes our own "there's your package" (the parcel found). Quoted.
# "Email screenshot below", "Receipt attached": what is shown, never a request to "email".
PRESENTED = re.compile(
    r"^(?:look[!,.]*\s+)?(?:here|there)(?:'s|s|\s+is|\s+are)\s+my\b"
    r"|^(?:[\w']+\s+)?(?:screenshot|screen\s+shot|photo|pic|picture|receipt|proof|image)s?\s+"
    r"(?:below|attached|above|enclosed)\W*$",
    re.I,
)


def unglued(text: str) -> str:
    """A statement without the plea or the unpunctuated "why is this" run onto its end."""
    return _GLUED_WHY.sub("", _TRAILING_HELP.sub(r"\1", text))


QUOTED_OR_RUDE = re.compile(
    r"[\"“”‘]|(?<!\S)'(?=[A-Z])|"  # "saying ‘Some may die, I don’t know’": another's words
    r"(?:\b|bull|cluster|mother)(?:fuck\w*|shit\w*|wtf|damn\w*|crap\w*|ass|asshole\w*|bitch\w*|mfs?|"
    r"hell|dickhead\w*|dick\w*|bs|pos)\b|"
    r"\byou people\b",
    re.IGNORECASE,
)


# "Love being a standstill on the train for 10 mins": love said of a plight is sarcasm; said
# in our voice ("you love being …") it is taken literally. Quoted as written.
_HARM = (
    r"(?:[\w']+,?\s+){0,6}?(?<!never\s)(?<!not\s)(?<!n't\s)(?:cancel\w*|delay\w*|los[te]|losing"
    r"|stuck|stranded|bumped|overbooked|ignor\w*|hung\s+up|hang\s+up|on\s+hold|broke|broken"
    r"|damaged|charged|waiting)\b"
)
_SARCASTIC_LOVE = re.compile(
    r"^(?:just\s+|gotta\s+|got\s+to\s+|(?:don't|dont)\s+you\s+just\s+)?(?:love|loving)\s+"
    r"(?:being|sitting|waiting|getting|standing|having)\s+(?:[\w']+\s+){0,3}?(?:stuck|standstill"
    r"|stranded|delayed|on\s+hold|ignored|cancell?ed|canceled|bumped|hung\s+up|tarmac|runway)\b"
    # "Love how you cancel my flight and don't tell me": love of how a harm was done, the same
    r"|^(?:i\s+|just\s+|gotta\s+|(?:don't|dont)\s+you\s+just\s+)?(?:love|loving)\s+(?:how|that)\s+"
    + _HARM
    # "Good to know you lost my bag", "Way to go, lost my bag again", "Shoutout to X for losing
    # my bag", "Awesome, another delay": praise said of a harm, never "it's good to know …"
    + r"|^(?:it's\s+|so\s+|really\s+)?(?:(?:good|nice|great|glad|happy|lovely)\s+to\s+"
    r"(?:know|see|hear)"
    r"|way\s+to\s+go|just\s+what\s+i\s+needed|what\s+a\s+(?:great|nice|lovely|wonderful)\s+way"
    r"|shout\s*out\s+to|(?:awesome|great|perfect|brilliant|fantastic|wonderful|lovely|cool"
    r"|(?:nice|great|good|fine)\s+(?:work|job)|well\s+done|bravo|kudos|best\s+\w+\s+ever)\s*[,!]"
    r"(?:\s+another)?)(?:\b|(?<=[,!]))\W*" + _HARM,
    re.IGNORECASE,
)


# "Going to be a great day at the #GreatestSetting": the unsaid subject is "it", never "I";
# quoted, never "you're going to be a great day" (r27 gate fix).
_IT_GOING_TO_BE = re.compile(
    r"^\W*(?:going\s+to|gonna)\s+be\s+(?:a|an|the|another|one|such|some)\b", re.IGNORECASE
)


def theirs(clause: str) -> bool:
    """Whether the clause is hedged, sarcastic or points at a photo: quoted, never ours."""
    text = clause.replace("’", "'")
    said = HEDGED_TAIL.search(text) or PRESENTED.match(text) or _SARCASTIC_LOVE.match(text)
    return bool(said or _IT_GOING_TO_BE.match(text))


# "your customer service stinks": their verdict on something of ours, said as theirs.
VERDICT_ON_OURS = re.compile(
    r"^(?:(?:again|once again|also|and|honestly|seriously|btw|still|just)[,]?\s+)?"
    r"(?:your|ur|yr)(?P<who>)(?P<verb>\s+(?:\w+\s+)?(?:service|support|staff|app|website|site|airline"
    r"|company|team|agents?)\s+(?:sucks|stinks|rocks|is\s+(?:the\s+(?:best|worst)|awesome"
    r"|terrible|awful|horrible|useless|pathetic|a\s+joke|a\s+disgrace)))\b(?P<rest>[^,;]*)$",
    re.IGNORECASE,
)


def whose(verdict: re.Match[str]) -> str:
    """ "our" for a verdict on something of ours ("your support sucks"), else "we"."""
    return "our" if "who" in verdict.re.groupindex else "we"


VERDICT_ON_US = re.compile(
    r"^(?:you|u)(?:\s+guys|\s+all)?(?P<verb>\s+(?:suck|rock|rule|stink)\b|\s*(?:are|r|'re)\s+"
    r"(?=(?:the\s+(?:best|worst|greatest)|awesome|amazing|great|terrible|awful|horrible|the\s+man"
    r"|wonderful|fantastic|incredible|useless|ridiculous|a\s+joke|pathetic|a\s+disgrace)\b))"
    r"(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def ask_apart(frame: str, body: str) -> tuple[str, str]:
    """A request without the question glued after it ("give me solution and how can i …")."""
    if frame.startswith("you'd like us"):
        return frame, ASKED_AFTER.sub("", body) or body
    return frame, body


# "gorgeous day, hope the flight …", "…, keep seeing different stats": after a comma, a verb
# only a person does, with no subject, is the customer's; said in our voice as "you hope"
# (a quote keeps the customer's words as written).
_NO_I = re.compile(r"(?<=, )(?=(?:hope|wish|keep\s+\w+ing)\b)", re.IGNORECASE)


# "Very pleased.", "Rather unpleased with things currently": a sentence that opens on a feeling
# the customer names, with no subject, is theirs: said as "you're very pleased".
_BARE_FEELING = re.compile(
    r"^(?:(?:very|so|really|rather|quite|extremely|super|truly|pretty|incredibly|totally|beyond)"
    r"\s+)?(?:pleased|unpleased|displeased|disappointed|upset|frustrated|annoyed|unhappy|happy"
    r"|satisfied|dissatisfied|unsatisfied|impressed|unimpressed|thrilled|excited|grateful"
    r"|thankful|disgusted|furious|livid|stressed|worried|confused|angry|sad)(?=\s*$|\s*[,.!?]|\s+(?:with"
    r"|about|by|at|to|that|for|in|of|right|today|now|currently|again|and|but|so|as)\b)",
    re.IGNORECASE,
)


# "Flight delayed", "Bags lost again": a telegraphic report is said with its verb ("the
# flight was delayed"), never a bare "and flight delayed" in our voice.
_TELEGRAPHIC = re.compile(
    r"^(?:(my|our|the)\s+)?(flight|bag|luggage|connection|plane|trip|upgrade|refund|reservation"
    r"|booking|order|package|parcel|card|payment)(s?)\s+(delayed|cancell?ed|canceled|lost|missed"
    r"|diverted|overbooked|damaged|stuck|declined|declnd|rejected)\b(?!\s+(?:is|was|are|were|and|the|my|a|me|us)\b)",
    re.IGNORECASE,
)


def _reported(match: re.Match[str]) -> str:
    owner = (match.group(1) or "the").lower()
    verb = "were" if match.group(3) else "was"
    return f"{owner} {match.group(2).lower()}{match.group(3)} {verb} {match.group(4).lower()}"


# "… is the worst phone. Constantly freezes and restarts": a clause opening on a thing's fault,
# its subject dropped, is "it constantly freezes", never a bare "and constantly freezes".
_IT_FAILS = re.compile(
    r"^(?=(?i:(?:constantly|always|randomly|still|often|sometimes|continually"
    r"|repeatedly|now)\s+)?(?i:freezes|crashes|restarts|reboots|lags|glitches|disconnects"
    r"|drops|shuts|hangs|dies|stops|keeps\s+(?:freezing|crashing|restarting|dropping|lagging"
    r"|disconnecting|glitching|shutting|hanging|dying))\b)(\w+)"
)


def _it_fails(match: re.Match[str]) -> str:
    return "it " + match.group(1).lower()


# r30: "should be seeing this sunset from …", "Could have flown to Costa Rica by now", "Would
# have loved a refund": a modal with a person's verb after it, its "I" dropped; never "should
# be ashamed of themselves", "might be the worst airline" (theirs, or a thing's).
_MODAL_NO_I = re.compile(
    r"^(?=(?i:should|could|would)\s+(?:be\s+(?:seeing|sitting|flying|relaxing|enjoying|heading"
    r"|boarding|lounging|sleeping|watching|landing|home)|have\s+(?:saved|flown|driven|loved"
    r"|taken|gone|booked|bought|walked|stayed|flew))\b)"
)


def with_subject(text: str) -> str:
    """The clause with the customer's dropped "I" restored after a comma or before a feeling."""
    if _BARE_FEELING.match(text):
        text = "I'm " + text[:1].lower() + text[1:]
    text = en_dropped.it_dropped(text)  # r31: "would be nice if …" → "it would be nice if …"
    text = en_dropped.sent(text)  # r31: "DM sent" → "I've sent you a DM"
    if _MODAL_NO_I.match(text):
        text = "I " + text[:1].lower() + text[1:]
    text = _IT_FAILS.sub(_it_fails, _TELEGRAPHIC.sub(_reported, text))
    return _NO_I.sub("and I ", text)


def first_words(text: str) -> set[str]:
    """The words before "and", "but" or ", it's/you …", lower-cased: what "it's …" judges."""
    first = re.split(r" and | but |, (?=(?:it's|it’s|it|you|your)\b)", text.lower(), maxsplit=1)
    return set(re.findall(r"[a-z']+", first[0]))


# "PIT to FLL", "DEN-SAN": airport codes on a route are names, never lowered as a shout (r29)
_ROUTE = re.compile(r"\b([A-Z]{3})\s*(?:to|-|–|>)\s*([A-Z]{3})\b")


def route_codes(text: str) -> set[str]:
    """The three-capital airport codes on a route in the text ("PIT", "FLL")."""
    return {code for pair in _ROUTE.findall(text) for code in pair}


# r35: "Had this been rectified", "Do you have a bereavement fare as my …", "can you DM please":
# a question in question order with its "?" left off. Shifted, it reads "you had this been
# rectified", "you'd like us to do we have …": it is asked, so quoted as asked.
# After the blind gate (stop 26): not a rhetorical one: "Did I mention …" (an I-question),
# "Doesn't anyone …" (a negative one), "Can this get any worse" ("any worse/better").
_INVERTED = re.compile(
    r"^(?:(?:and|but|so|also|ok|okay|well)[,\s]+)?(?:is|are|was|were|am|do|does|did|can|could"
    r"|will|would|should|shall|has|have|had|may|might)\s+(?:you|u|it|this|that|there"
    r"|anyone|anybody|someone|somebody|he|she|they|we|y'?all)\s+\w",
    re.IGNORECASE,
)
_RHETORICAL = re.compile(
    r"\bany (?:worse|better|more|longer)\b|\b(?:kidding|joking|serious|reali[sz]e)\b", re.IGNORECASE
)  # "are you kidding me with this customer service!" nor "Do you realise …!" is an inquiry


def asked_unmarked(units: list[Unit]) -> list[Unit]:
    """The units with a question in question order but no "?" marked as asked."""
    return [
        Unit(u.text, u.position, True, u.sentence, u.glue)
        if not u.question
        and u.text != MORE
        and _INVERTED.match(u.text.strip())
        and not _RHETORICAL.search(u.text)
        else u
        for u in units
    ]
