"""Handles that open a tweet: whom it addresses, and when the company is the subject.

"@united lost my bag" makes the company the doer ("you lost", shifted to "we" later);
"@united booked a ticket" drops the customer as subject; "@ebay is allowing …" keeps the name.
"""

from __future__ import annotations

import re

from dialogues.reflection import en_tag_words
from dialogues.reflection.en_object_tags import object_handle_kept
from dialogues.reflection.en_subjectless import suffered

# Verbs that, right after the handle, make the company the subject ("@united lost my bag");
# other verbs there have the customer as their dropped subject ("@united booked a ticket").
_SUBJECT_VERBS = frozenset(
    """lost cancelled canceled changed charged messed ruined broke damaged overbooked
    bumped stranded refused denied forgot misplaced lied keeps continues owes sucks rocks
    rules""".split()
)
# "@gmail forgot the password to my email": the customer forgot it, not the company.
_OWN_LAPSE = re.compile(  # r40: "@AmericanAir Lost and Found is …": a desk, no "we lost"
    r"forgot\s+(?:the|my)\s+(?:\w+\s+)?(?:password|login|username|pin)|lost\s+(?:and|&|n)\s+found\b",
    re.I,
)
# "@united should contact me": told what to do to the customer, the company is the subject.
# r34: "@jetblue offered me a drink", "@united blocked me from DM'ing": a past verb done to
# "me"/"us" has the company as its doer (the customer would say "myself"); never a subject-less
# "offered you a drink", never "you took your plane". "took me 4 hours" has "it" for subject.
_DONE_TO_ME = re.compile(
    r"(?:[a-z]{3,}ed|took|gave|sent|left|told|got|kept|made|stole|sold|brought|threw|hung)"
    r"\s+(?:me|us)\b(?!\s+(?:\d|over|almost|about|nearly|forever|ages|an?\b|hours|days))",
    re.IGNORECASE,
)
# en r37: "@SouthwestAir took our BOS to BWI plane …", "@VirginAmerica moved my seat": the
# company did it to what was the customer's, never "you took your plane" ("@united took my
# flight to Denver" is the customer's own trip: "took" only with a thing one can be deprived of).
_TAKEN_FROM_ME = re.compile(
    r"(?:(?:moved|delayed|downgraded|stole|sold|gave\s+away)\s+(?:my|our)\b"
    r"|took\s+(?:my|our)\s+(?:[\w-]+\s+){0,4}?(?:plane|aircraft|bags?|luggage|carry-?on|suitcases?"
    r"|seats?|stroller)\b)",
    re.IGNORECASE,
)
# "… checked me in under the wrong name and given the wrong pass": a bare participle after
# "and" leaves the sentence broken in our voice; it stays the customer's, quoted.
_AND_PARTICIPLE = re.compile(
    r"^[^.!?]*\band\s+(?:given|taken|shown|written|spoken|driven|forgotten|eaten|done|gone|seen)\b",
    re.IGNORECASE,
)
_MODAL_SUBJECT = re.compile(r"(?:should|needs to|must)\s+(?!be\b)[a-z]+\s+(?:me|us|my|our)\b", re.I)
# "@BA lost my bag, now refuses to pay for the damages they caused": the company told of in
# the third person after its verb, so named, never "we lost …, now refuses …" (r28).
_TOLD_OF = re.compile(
    r"^[^.!?]*?(?:\bthey\b|\bthem\b|(?:,|\bthen\b|\bnow\b)\s+(?:(?:now|then|still|and)\s+)*"
    r"(?:refuses|says|claims|keeps|won't|doesn't|isn't|hasn't|wants|tells|denies|ignores|blames)\b)",
    re.IGNORECASE,
)
_HANDLE_SUBJECT = frozenset("is isn't was wasn't has hasn't does doesn't needs wants keeps".split())
# "@united wins top marks …", "@SouthwestAir adds new flights …": the company told of, named
# like "@ebay is …", never a subject-less quote "wins top marks …" (r29).
_IS = frozenset(_HANDLE_SUBJECT)  # these keep the name as typed, as before
_HANDLE_SUBJECT |= frozenset(
    "wins deserves creates adds posts partners goes coins offers launches announces ticks".split()
)
_AGREE = {
    "is": "are", "isn't": "aren't", "was": "were", "wasn't": "weren't", "has": "have",
    "hasn't": "haven't", "does": "do", "doesn't": "don't", "keeps": "keep", "continues": "continue",
    "needs": "need", "wants": "want", "owes": "owe", "sucks": "suck", "rocks": "rock",
    "rules": "rule",
}  # fmt: skip


_IT_IS = re.compile(
    r"(?:is|was)\s+(?:so\s+|just\s+|really\s+)?(?:amazing|funny|crazy|sad|ridiculous|insane"
    r"|incredible|unbelievable|interesting|weird|strange|hilarious|shocking|pathetic|annoying"
    r"|frustrating|disappointing|amusing|ironic|unreal)\s+(?:how|that)\b",
    re.IGNORECASE,
)


# r32: "@VirginAmerica is my new go to airline", "@united has the best pilots ever": a verdict
# on the one addressed, told without a stop, never asked ("you're asking “is my new go to …”").
_VERDICT = re.compile(
    r"(?:is|are|was|has|have)\s+(?:the|my|a|an|our)\s+(?:\w+\s+)?(?:best|worst|most|favou?rite"
    r"|fave|new|absolute|greatest|biggest|nicest|rudest|slowest|cheapest)\b(?![^.!?]*@)",
    re.IGNORECASE,
)


# r36: "@SouthwestAir @livvyports16 and I became best friends", "@X and Carol Thrower are …":
# the last handle and the name after "and" are the subject; never "you became best friends".
# Not "@JetBlue And we are glad …" (the airline's own reply quoted; stop 26's blind gate).
_AND_SUBJECT = re.compile(
    r"and\s+(?:I|i|(?:[A-Z][a-z]+\s+){1,2}|@\w+\s+)\s*(?:are|were|became|both|met)\b"
    r"(?![^.!?]*\?)"
)
# r39: leading_handles' opening, compiled once
_OPENING = re.compile(r"^[\s“\"']*(?:(?:hey|hi|hello|dear)\s+)?(?:\s*\.?@\w+[:,]?)+\s*", re.I)


def leading_handles(text: str, language: str) -> str:
    """Handles that open a tweet address it; they are not part of what was said.

    When the handle was the sentence's subject ("@united lost my bag"), it becomes "you"
    (the company, shifted to "we" later) and its verb agrees ("@delta is" → "you are").
    """
    found = _OPENING.match(text)
    if not found:
        return text
    rest = text[found.end() :]
    names: list[str] = re.findall(r"@(\w+)", found.group(0))
    if language == "en" and rest.startswith(("'s ", "’s ")):  # "@JetBlue's flight": a name
        return names[-1] + rest
    if language == "en" and re.match(r"Air(?:lines|ways)?\b", rest):  # its name's rest (r29)
        return names[-1][:1].upper() + names[-1][1:] + " " + rest  # never "Airways Sees …"
    if language == "en" and _AND_SUBJECT.match(rest) and not found.group(0).rstrip().endswith(":"):
        name = named(names[-1]) if names[-1].isalpha() else names[-1]  # "livvyports16" as typed
        return name + " " + rest  # r36: "@X and I became friends": X is a subject
    first = re.match(r"[A-Za-z']+", rest)
    if language == "en" and first and not found.group(0).rstrip().endswith((":", ",")):
        verb = first.group(0).lower()
        if (
            (verb in _SUBJECT_VERBS and not _OWN_LAPSE.match(rest) and not suffered(rest))
            or _MODAL_SUBJECT.match(rest)
            or (_DONE_TO_ME.match(rest) and not _AND_PARTICIPLE.match(rest))
            or _TAKEN_FROM_ME.match(rest)
        ):
            doer = (
                "you " + _AGREE.get(verb, verb)
                if len(names) == 1
                else named(names[-1]) + " " + verb
            )
            if len(names) == 1 and _TOLD_OF.match(rest[first.end() :]):
                doer = brand(names[0]).replace("_", " ") + " " + verb
            return doer + rest[first.end() :]  # "@united @delta lost my bag": delta did
        sentence = re.match(r"[^.!?]*[.!?]?", rest)
        end = sentence.group(0)[-1:] if sentence else ""
        inverted = re.match(r"\S+\s+(?:the|this|that|there|it|my|your|a|an|any)\b", rest)
        question = end == "?" or (
            end not in ("!", ".") and inverted is not None and not _VERDICT.match(rest)
        )
        if _IT_IS.match(rest):  # "@united is amazing how hard …": "it" was dropped, not named
            return "it " + rest
        if verb in _IS and not question and first.group(0).islower():  # "@ebay is …": named
            return named(names[-1]) + " " + rest
        if verb in _HANDLE_SUBJECT - _IS and not question and not names[-1].isdigit():
            return names[-1][:1].upper() + names[-1][1:] + " " + rest  # no anonymised number
    return rest


# Tags and handles in a telling: what `noise.clean` drops or keeps as words.
_HANDLE = re.compile(r"(?<![\w@])@\w+")
_TRAILING_HANDLES = re.compile(r"(?:\s+(?:cc:?\s*)?@\w+)+(?=\s*[.!?]*\s*$)", re.IGNORECASE)
# en: "… how to gas a plane @AmericanAir 😒😒": emoji or marks after the closing tag end it too
_TRAILING_HANDLES_EN = re.compile(  # never after a comma: "the party, @delta?" keeps its word
    r"(?<!,)(?:\s+(?:cc:?\s*)?@\w+)+(?=(?:\s*(?:[:;]-?[()]+|[^\w\s@#()]))*\s*$)",
    re.I,
)  # but "(via @ParachuteGuy)": a credit in brackets, not a closing tag
# en: "When is the party, @delta?", "What @SW_Help ?!": a handle said to the company just
# before the closing mark is a vocative; the comma goes with it, never "the party, delta?".
_CALLED_BEFORE_MARK = re.compile(
    r"(?:,\s*|\b(what|really|seriously|why|huh|eh|right)\s+)@\w+\s*(?=[?!])", re.I
)
_VOCATIVE_HANDLE = re.compile(
    r"(?<=[\s(])@\w+,\s*|(?<!\bfrom)(?<!\bwith)(?<!\bto)(?<!\bby)(?<!\bfor)(?<!\bat)"
    r"(?:\s+@\w+)+(?=\s*[,:]\s)"
)
# "done with @Adobe All I want is…": a capital after a handle starts a new sentence.
# "… for $8,400. @eBay this is unethical": a handle opening a sentence addresses the company.
_HANDLE_ADDRESSED = re.compile(
    r"(?<=[.!?])\s+@\w+[,:]?\s+(?=(?:this|that|it's|i|i'm|my|we|our|you|your|please|pls|why|how|"
    r"what)\b)",
    re.IGNORECASE,
)
_HANDLE_THEN_SENTENCE = re.compile(r"@(\w+)\s+(?=(?!I\b)[A-Z][a-z])")
_COMMA_GLUE = re.compile(r"(?<=[a-z]),(?=[a-z]|\d+\s+[a-z])")  # "1k subs,i use" → "1k subs, i use"
_COMMA_HANDLE = re.compile(r"(?<=[a-z]),(?=@\w)")
_LONE_AT = re.compile(r"(?<=[.!?,])@(?=\s|$)")
# "still @ layover airport", "email @3:30 AM", "leave @ 830": an "@" standing for "at", no handle
_AT_SIGN = re.compile(
    r"(?<=\w)\s+@(?:\s+(?=[\w#])|(?=\d{1,2}(?::\d\d\s*|\s*)(?:[ap]\.?m\b)|\d{1,2}:\d\d\b))",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"(\S+)\s*$")
_HASHTAG_RUN = re.compile(r"(?:(?<!\S)#\w+\s*){2,}")  # "#a #b" anywhere: tags, not words
_HASHTAG = re.compile(r"(?<![\w#])#(\w+)")
_HASHTAG_RUN_IN_SENTENCE = re.compile(r"(?:(?<!\S)#[A-Za-z]\w*\s+){2,4}(?=[a-z]{3,}\s+[a-z])")
_THANKS_TAG = re.compile(
    r"(?<![\w#])#(?:thankyou|thanks|thankful|thx|ty)\b\s*(?!\s*(?:for|to)\b)", re.I
)
# "#upsscam why ups …?": a tag opening the tweet before its question is no word of it (r28)
_TAG_BEFORE_ASKING = re.compile(
    r"^(\s*(?:@\w+\s+)*)#[a-z]\w*\s+(?=(?:why|what|how|when|where|who|which)\b)"
)
# "… @Southwest Air why don't you …": the one called, by its whole name (r28)
_HANDLE_NAME_TAIL = re.compile(r"(?<=\S\s)@(\w+)\s+(Air(?:lines|ways)?)\b(?=\s+[a-z])")
# "thank u for not leaving me  @me": a handle saying the word before it again (r28)
_SAID_AGAIN = re.compile(r"(?<![@\w])(\w+)[ \t]+@\1\b", re.I)
_CASHTAG = re.compile(r"(?<!\S)\$[A-Z]{1,5}\b")  # "$ZM": a stock ticker, not a word


def _tags_as_words(match: re.Match[str]) -> str:
    """The last two tags before the sentence go on as its words; earlier ones are tags."""
    return " ".join(tag.lstrip("#") for tag in match.group(0).split()[-2:]) + " "


_HASHTAG_RUN_END = re.compile(r"(?:\s*#\w+)+\s*[.!?]*\s*$")
# r30 en: "… to meet Imagine Dragons #DestinationDragons 😋": an emoji or a mark after the
# closing tags still ends the tweet; the tag is no word of it ("Imagine Dragons DestinationDragons")
_HASHTAG_RUN_END_EN = re.compile(r"(?:\s*#\w+)+(?:\s*[^\w\s#@]+)*\s*$")
_BRAND_PARTS = re.compile(
    r"^Ask(?=[A-Z])|_?(?:us|support|help|cares?)$|(?<=[a-z])(?:Support|Help|Cares?)$"
)


# "… aired during @BET's #BookofNegroes": a tag after a possessive or a preposition is the
# sentence's last word, never dropped to leave it dangling on "during BET's".
_TAG_NEEDED = re.compile(  # r27: after "my"/"the" too ("… and I missed my #wedding")
    r"(?:['’]s|\b(?:during|on|at|in|of|for|from|with|about|to|my|our|your|the|a|an|his|her"
    r"|their|this|that|these|those))$",
    re.IGNORECASE,
)


def _end_tags(match: re.Match[str], language: str) -> str:
    before = match.string[: match.start()].rstrip()
    tags = match.group(0).strip().rstrip(".!?")
    tags = re.sub(r"(?<=\w)\s*[^\w\s#@]+$", "", tags) if language == "en" else tags  # "#x 😋"
    if language == "en" and _TAG_NEEDED.search(before) and " " not in tags:
        return " " + en_tag_words.spoken_in(tags.lstrip("#"), before)  # en66: "to #NewOrleans"
    return ""


def brand(handle: str) -> str:
    """ "zoom_us" → "zoom", "AskPlayStation" → "PlayStation": the name inside a handle."""
    return _BRAND_PARTS.sub("", handle) or handle


def named(name: str) -> str:
    """A handle said as a name: "united" → "United" (r34: a name in our voice is capitalised)."""
    return name[:1].upper() + name[1:] if name.islower() and name[:1].isalpha() else name


def at_signs(text: str) -> str:
    """An "@" that stands for "at" ("@ layover airport", "@3:30 AM") said as "at"."""
    return _AT_SIGN.sub(lambda m: _at_or_none(m.string[: m.start()]), text) if "@" in text else text


def _at_or_none(before: str) -> str:
    """ "at", unless a handle comes just before: "@SouthwestAir @ LAX is a mess" is of LAX."""
    last = _LAST_WORD.search(before)
    return " " if last and last.group(1).startswith("@") else " at "


def _handle_word(match: re.Match[str]) -> str:
    """A handle inside a sentence names someone: keep the name, drop the @ ("from Delta")."""
    return match.group(0)[1:]


def _tag_said(match: re.Match[str], language: str) -> str:
    tag = match.group(1)
    before = match.string[: match.start()]
    return en_tag_words.spoken_in(tag, before) if language == "en" else tag


def tags_and_handles(text: str, language: str) -> str:
    """The text's hashtags and @handles taken out, or kept as the words they stand for."""
    if language == "en":  # "I'll be trying @Delta": the closing name is the object (r40)
        text = object_handle_kept(text, brand)
    tags = "#" in text  # every tag pattern needs its "#" (and a handle's its "@")
    ending = _HASHTAG_RUN_END_EN if language == "en" else _HASHTAG_RUN_END
    text = ending.sub(lambda m: _end_tags(m, language), text) if tags else text
    if language == "en":  # "#ZOOM #webinar application sucks": the tags are the sentence's words
        text = _CASHTAG.sub(" ", _HANDLE_NAME_TAIL.sub(r"\1 \2,", _SAID_AGAIN.sub(r"\1", text)))
        text = _TAG_BEFORE_ASKING.sub(r"\1", text) if tags else text
        text = _HASHTAG_RUN_IN_SENTENCE.sub(_tags_as_words, text) if tags else text
    if tags and language == "en":  # "#thankyou the route makes my day": a thanks, no word
        text = _THANKS_TAG.sub("", text)
    if tags:  # en66: "#DisabledTraveler" inside a sentence is said "Disabled Traveler"
        text = _HASHTAG.sub(lambda m: _tag_said(m, language), _HASHTAG_RUN.sub(" ", text))
    handles = "@" in text
    if handles:
        text = _CALLED_BEFORE_MARK.sub(r"\1", text) if language == "en" else text
        text = (_TRAILING_HANDLES_EN if language == "en" else _TRAILING_HANDLES).sub("", text)
        text = _VOCATIVE_HANDLE.sub("", text)
    if language == "en" and handles:
        text = _HANDLE_ADDRESSED.sub(" ", text)
        text = _HANDLE_THEN_SENTENCE.sub(lambda m: m.group(1) + ". ", text)
    if language == "en" and handles:  # "Cristian,@Not it was …", "ideologias.@": no glue, no "@"
        text = _LONE_AT.sub("", _COMMA_HANDLE.sub(", ", text))
    text = _COMMA_GLUE.sub(", ", text) if language == "en" else text
    if handles and language == "en":  # "use @zoom_us", "with @AskPlayStation": the brand's name
        text = _HANDLE.sub(lambda m: brand(m.group(0)[1:]), text)
    text = _HANDLE.sub(_handle_word, text) if handles else text
    return text
