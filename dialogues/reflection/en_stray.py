"""English tweets' stray marks, mended before the telling is read (round 16).

- a handle the corpus made a number ("@115940") inside a sentence is never content: beside
  another handle it goes ("on @115937 @Shop" → "on Shop"); after a preposition it is "them"
  ("going to be on @115940?" → "on them?"); as the subject after a conjunction (or "and",
  past an adverb) it is "they", its verb agreeing ("every time @115830 uses Hermes" → "they
  use Hermes", "and @115821 just does not care" → "and they just do not care"); closing a
  sentence it goes ("killing my battery @115858." → "killing your battery."); before "latest"
  or "most recent" it is "the"; after an outcry, a hashtag or a stray "i" it goes ("WTF
  @115821 this is …"), after "this" only before a hashtag ("this @240 #gaming mouse"), in
  "How useless @117795 is" it is "they are"; after "about" or a verb of feeling ("Love
  @115940 but …") it is "them" (round 22);
- an "am" whose "I" the typist left out after "told", "said", "think" … gets it back ("but am
  told am not providing" → "told you are not"), never a half shift;
- a closing "plus help" / "plus explain" is the plea ("please help"), never glued on;
- "excuse me" opening a tweet is a courtesy (or an outcry), never the customer's "me": said
  back it became "excuse you";
- a lone small "i" before a word no subject "I" is followed by ("first/last i seconds",
  "porch i amazon") is a slip of the keys, never the customer's "I" ("you seconds");
- a capitalised word that opens a sentence ("There's", "Never", "Really", "Browsing …") after a
  small word, with no stop between, is where a line ended, so the run-on is parted there (so
  is "It's" before a time: "… all day It's 7:40 am …");
- "Not sure if …" opening a sentence left out the customer's "I'm" ("you're not sure if …"),
  never our own doubt;
- the full name after "my friend", "my brother" … is personal data: "your friend" says who;
- a time that opens a line before a dash ("8:03am - 60% battery left") is when it was so, kept
  with what it times, never cut away as a stamp;
- a tweet addressed to no one, with no "I" and a link, that invites everyone ("Come grab a bag
  of candy …") is a company's promo: quoted (``promo``), never said as if to the customer;
- a greeting and the name it calls the company by ("Hello dear youtube officers,", "Hello Tim
  Youtube I have …") go (``uncalled``), never said back as if they named the customer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import en_mend
from dialogues.reflection.en_clause import is_past, is_verb
from dialogues.reflection.en_seams import KNOWN, named_now

_PREPOSITIONS = r"(?:on|from|at|with|to|by|for|of|via|through|than|not|using)"
# A numbered handle beside a named one ("on @115937 @Shop", "@Shop @115937"): the name says it.
_NUMBERED = re.compile(r"\s+@\d+\b")
_NUMBERED_AFTER = re.compile(
    rf"(?<!going )\b({_PREPOSITIONS})\s+@\d+\b(?![’'@]|\s*@|\s+(?:is|was|has|are)\b)", re.I
)
# "complain a lot about @115858 but …", "Love @115940 but …": the handle a verb of feeling
# (or "about" closing its clause) takes is the company, "them", never a number in our voice
# ("you love 115940"); "about @1 failure" names the company's failure, left to other rules.
_OBJECT_NUMBERED = re.compile(
    r"\b((?i:love|loved|hate|hated|blame|blamed|trust|thank|thanked|contacted)|(?i:about)"
    r"(?=\s+@\d+(?:\s*[.!?,;]|\s*$|\s+(?:but|and|or|so|because|since|again|anymore)\b)))"
    r"\s+@\d+\b(?![’'@]|\s*@|\s+(?:is|was|has|are)\b)"
)
_CONJUNCTIONS = (
    r"(?:when|whenever|everytime|if|because|cause|since|time|after|before|until|while|that"
    r"|but|so|why|how)"
)
# "… and @115821 just simply does not care": "and" too, unless it joins handles ("@A and @1").
_NUMBERED_SUBJECT = re.compile(
    rf"\b({_CONJUNCTIONS}|and)\s+@\d+\s+"
    r"(?P<adv>(?:(?:just|simply|really|still|never|always|clearly|obviously)\s+)*)"
    r"(?P<verb>[a-z][\w'’]*)\b",
    re.I,
)
_AGREE = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
          "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}  # fmt: skip
_EXCUSE_ME = re.compile(r"^((?:\s*[@#.]?\w+\s+)*?\s*)(?i:excuse me)\b[,.!]*\s*", re.I)
# Words no subject "I" is followed by: the "i" before them is a slip ("the iphone i and …").
_NEVER_AFTER_I = frozenset(
    """and or to this that the a an both of for in on at with from is are has it its my your
    his her their our these those situation seconds minutes""".split()
)
_SMALL_I = re.compile(r"(?<=[a-z/,])\s+i\s+(?=([a-z][\w'’]*))")
# The numbered handle is a whole name ("from @35592 the last two days" → "from them the last
# …") unless a capitalised name follows that it tags ("on @116090 Prime" → "on Prime").
_CLOSING = frozenset(
    """the this that these a an for to or and but since because right now yet anymore again
    at in on last please so""".split()
)
_OPENERS = (
    r"There['’]s|There|Never|Really|Now|Nothing|Also|Why|How|What|When|Please|Need|Worked"
    r"|Saved|Started|Battery|Not sure|Any|[A-Z][a-z]{3,}ing"
)
# Capitalised words in "-ing" that are no line's opening verb: greetings, names, nouns.
_NOT_GERUND = frozenset(
    """Morning Evening Spring Boeing Beijing Sterling Viking Thanksgiving Wedding Building
    Ceiling Pudding Darling Reading Sibling Kindling Wellington Redding Ring""".split()
)
_SEAM = re.compile(
    rf"(?<=[a-z]{{2}})(?<!\bstill)(?<!\bjust)(?<!\beven)(?<!\balso)(?<!\breally)(?<!\bthe)"
    rf"(?<!\band)(?<!\bof)\s+(?=(?:{_OPENERS})\s+[a-z]|It['’]s\s+\d)"
)


# "Not sure if you want my business": the customer's "I'm" left out, never our doubt.
_NOT_SURE = re.compile(
    r"(^|[.!?]\s+)(?:[@#]\w+\s+)*Not sure\b(?=\s+(?:if|whether|why|what|how|when))"
)
# "My friend, Jane Roe left his phone …": the full name of someone the customer knows is
# personal data; "your friend" says who it was.
_RELATIVE_NAMED = re.compile(
    r"\b((?i:my|our)\s+(?:friend|brother|sister|wife|husband|mum|mom|dad|father|mother|son"
    r"|daughter|colleague|boss|partner|cousin|uncle|aunt|grandma|grandmother|grandfather))"
    r",?\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b,?"
)


# "8:03am - 60% battery remaining": the time is when it was so, never a stamp cut away.
_TIMED = re.compile(r"(^|\n|[.!?]\s+)(\d{1,2}[:.]\d{2}\s?(?i:am|pm)?)\s+[-–—]+\s+(?=\w)")


def message(text: str) -> str:
    """The tweet with the stray marks above mended; otherwise as written."""
    text = _TIMED.sub(r"\1\2, ", _NUMBERED.sub(_beside, text))
    text = _NUMBERED_SUBJECT.sub(_they, text)
    text = _OBJECT_NUMBERED.sub(_them, _NUMBERED_AFTER.sub(_them, text))
    text = _EXCUSE_ME.sub(r"\1", text)
    text = _SMALL_I.sub(_no_small_i, text)
    text = _RELATIVE_NAMED.sub(r"\1", _SEAM.sub(_seam, text))
    text = _RECENT_NUMBERED.sub(" the ", text)
    text = _CLOSING_NUMBERED.sub(_closing, _PLUS_PLEA.sub(_plea, _DROPPED_I.sub(r"\1 I am", text)))
    text = _LEFT_NUMBERED.sub(_left, _NOT_SURE.sub(r"\1I'm not sure", text))
    text = _HOW_NUMBERED.sub(lambda m: f"{m[1]} they {_AGREE[m[2]]}", text)
    text = _CALLED_NUMBERED.sub("", _RUN_IN_TAG.sub(_tag_apart, text))
    text = _ASKED_THEN_TOLD.sub(_asked_apart, _THANKS_RUN_IN.sub(". ", text))
    return en_mend.message(_OPENING_NUMBERED.sub(_opening_they, text))


# "… but keep getting an error Acc: 11156486351": an account or order tag typed on after the
# last word with no stop is a sentence of its own (left out as data), never a reason to leave
# out the clause it ends ("keep getting an error"). After a word wanting its noun ("against
# the ORDER # 407…") it stays where it is.
_RUN_IN_TAG = re.compile(
    r"(?<=[a-z])(?P<last>\s+)(?=(?:acc(?:oun)?t?|order|ref(?:erence)?|case|ticket|conf)"
    r"\s*(?:#|:|no\.?|number)\s*[A-Z0-9-]{5,}\s*(?:https?://\S+\s*)*$)",
    re.I,
)
# "… to new iPhone 8. @28598 so frustrating", "Ugh! @115873 is there a reason …": a numbered
# handle opening a sentence before an outcry, a plea or a question calls the company; it goes,
# never said as a number ("you said “28598 so frustrating”", "“115873 is there a reason”").
_CALLED_NUMBERED = re.compile(
    r"(?<=[.!?])[ \t]+@\d+(?=[ \t]+(?:so|is there|are there|can you|could you|do you|will you"
    r"|would you|why|what|how|when|where|please|plz|pls)\b)",
    re.I,
)
# "… I'd pay $ for more songs Thanks @78949 for the rec via IG!": thanks to a handle typed on
# after the last word is a sentence of its own, never glued onto the telling ("… more songs
# Thanks 78949 for the rec").
_THANKS_RUN_IN = re.compile(r"(?<=[a-z])[ \t]+(?=(?:Thanks|Thank you|Thx|Ty)[ \t]+@\w+)")
# "why is this taking so long I started the update an hour ago …", "how can i get premium Ive
# searched all around the app": a question with no mark run on into what the customer did
# ("I started", "Ive searched") ends before that "I"; the deed is told, never quoted as asked.
_ASKED_THEN_TOLD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:[@#]\w+\s+)*(?i:how|why|what|where|are|is|can|could|do|does|will)\s"
    r"[^.!?\n()]*?(?P<last>[a-z]+)\s+(?=(?:I|i)(?:['’]ve|ve)?\s+(?:just\s+|already\s+)?"
    r"(?:[a-z]{3,}ed|had|bought|got|paid|made|tried|sent|spent)\b)"
)
_DETERMINERS = frozenset(
    "the my your our their this that these those all any some every a an".split()
)
# Words after which "I" goes on the same clause ("how come I paid", "after I updated", "when in
# fact I already paid").
_GOES_ON = frozenset(
    """come after before when whenever while until since as if because cause that so and but or
    fact even whereas unless whether
    where which who than though although once can do did does have has had will would should
    could am was is are were why how what""".split()
)


def _asked_apart(match: re.Match[str]) -> str:
    """A question mark where the asked part ends, unless the "I" goes on its clause."""
    words = match[0].lower().split()
    if match["last"].lower() in _GOES_ON or len(words) < 4 or words[-2] in _DETERMINERS:
        return match[0]  # "why do all the songs I downloaded …": a relative clause goes on
    return match[0].rstrip() + "? "


_WANTS_NOUN = frozenset("the a an my your our their this that of for to with against on in".split())


def _tag_apart(match: re.Match[str]) -> str:
    """A stop before the closing tag, unless the word before it wants its noun."""
    before = match.string[: match.start()].split()
    return match[0] if before and before[-1].lower() in _WANTS_NOUN else ". "


# "@115830 says my order is delivered", "@115858 creates amazing technology but …": a numbered
# handle opening the tweet before a verb that agrees with it is who did it: "they say".
_OPENING_NUMBERED = re.compile(r"^((?:@[A-Za-z_]\w*\s+)*)@\d+\s+([a-z]+s)\b(?!\s*[.!?]*$)")


def _opening_they(match: re.Match[str]) -> str:
    """ "@1 says …" → "They say …"; "@1 problems with …" (a noun) is left."""
    verb = match[2]
    if verb in _AGREE:
        return f"{match[1]}They {_AGREE[verb]}"
    stem = verb[:-2] if verb.endswith(("shes", "ches", "sses", "xes")) else verb[:-1]
    made = stem.endswith(("ate", "ize", "ise")) and stem in KNOWN
    return f"{match[1]}They {stem}" if is_verb(stem) or made else match.group(0)


# "WTF @115821 this is …", "this @240 #gaming mouse", "#hulu @115940 why …": a numbered handle
# after an outcry, a hashtag or "this" names nothing the reader can see: it goes, unless a verb
# follows whose subject it is. "How useless @117795 is": the exclamation's "they are".
_LEFT_NUMBERED = re.compile(
    r"(?:(?<=^)|(?<=\s))((?i:wtf|omg|smh|lol|lmao|ugh|wow|so+|god|seriously|this|these)|#\w+|i)"
    r"\s+@\d+\b(?!\s*@|['’])(?=\s+(\S+)|\s*$)"
)
_HOW_NUMBERED = re.compile(r"\b((?i:how)\s+[a-z]+)\s+@\d+\s+(is|was)\b")


def _left(match: re.Match[str]) -> str:
    """The handle goes, unless the word after it is a verb it is the subject of."""
    after = (match.group(2) or "").lower().replace("’", "'")
    verb = after in _AGREE or is_verb(after) or after.endswith("ed") or is_verb(after[:-1])
    shown = match[1] in ("this", "these") and after[:1] != "#"  # "this @1 #gaming mouse" only
    if (verb and after not in ("this", "is")) or shown:
        return match.group(0)
    return "" if match.group(1) == "i" else match.group(1)  # "… this week i @115851": a slip


# "iOS 11 is killing my battery @115858.", "What is it this time @115858?!": a numbered handle
# closing a sentence tags the company, never a word of the telling ("your battery 115858").
_CLOSING_NUMBERED = re.compile(r"(?<=[\w)%])(?<!\bnotify)\s+@\d+(?:\s*(?=[.!?,;:])|\s*$)")
# "What a disappointment @115858 most recent updates have been": the company's latest is "the"
# latest, never "115858 most recent updates".
_RECENT_NUMBERED = re.compile(
    r"(?<=[a-z])\s+@\d+\s+(?=(?:most recent|latest|newest|recent)\s+[a-z])"
)
# "… but am told am not providing enough info": the "I" the typist left out before the second
# "am" is restored, so it shifts ("you're told you're not …"), never a half shift "are told am".
_DROPPED_I = re.compile(
    r"\b(told|said|think|thought|feel|felt|says|saying|realised|realized|because|cause|that"
    r"|guess|know|hope|(?-i:But))\s+am\b(?!\s*[.!?,]|\s+(?:i|we)\b)",
    re.I,
)
# "… go to 20% within a second plus explain @AppleSupport": a closing "plus <verb>" is the
# plea added on ("please explain"), never glued onto the telling ("a second plus explain").
_PLUS_PLEA = re.compile(
    r"(?<=[\w)%])\s+plus\s+(help|explain|advise|assist|fix it|sort it out)\b"
    r"(?=(?:\s+@\w+)*\s*[.!?]*\s*(?:https?://\S+\s*)*$)",
    re.I,
)


def _closing(match: re.Match[str]) -> str:
    """The closing handle goes, unless a verb before it takes it ("Don't you love @1?")."""
    before = match.string[: match.start()].split()
    last = before[-1].lower() if before else ""
    return match.group(0) if is_verb(last) or last.endswith("ed") else ""


def _plea(match: re.Match[str]) -> str:
    """ "… within a second plus explain" → "… within a second. Please explain"."""
    return f". Please {match.group(1).lower()}"


def _beside(match: re.Match[str]) -> str:
    """The number goes beside a named handle inside the telling; the opening run stays."""
    before = match.string[: match.start()].split()
    after = match.string[match.end() :].split()
    named = any(w[:1] == "@" and not w[1:].isdigit() for w in (before[-1:] + after[:1]))
    told = any(w[:1] not in "@#." for w in before)
    return "" if named and told else match.group(0)


def _they(match: re.Match[str]) -> str:
    """ "when @115821 take £55" → "when they take £55"; a verb must follow."""
    verb, adv = match.group("verb"), match.group("adv") or ""
    lower = verb.lower().replace("’", "'")
    before = match.string[: match.start()].split()[-1:]
    if match.group(1).lower() == "and" and (not before or before[0][:1] in "@#"):
        return match.group(0)  # "both @Shop and @1 refuse": a list of handles, or the opening
    if lower in ("won't", "can't", "didn't", "don't", "never"):
        return f"{match.group(1)} they {adv}{verb}"
    if lower in _AGREE:
        return f"{match.group(1)} they {adv}{_AGREE[lower]}"
    if lower.endswith("ed") or is_verb(lower) or is_past(lower):  # "since @1 made me update"
        return f"{match.group(1)} they {adv}{verb}"
    if lower.endswith("es") and _verb_like(lower[:-2]):
        return f"{match.group(1)} they {adv}{verb[:-2]}"
    if lower.endswith("s") and _verb_like(lower[:-1]):
        return f"{match.group(1)} they {adv}{verb[:-1]}"
    return match.group(0)


# "that @115888 autoplays music", "since @1 overcharges me": a known verb behind a prefix that
# makes verbs is still that verb ("that they autoplay", never "that 115888 autoplays").
_VERB_PREFIX = re.compile(r"^(?:auto|re|un|over|mis|pre|double)-?(?=[a-z]{3})")


def _verb_like(word: str) -> bool:
    """Whether the word is a known verb, or one behind a verb-making prefix ("autoplay")."""
    return is_verb(word) or is_verb(_VERB_PREFIX.sub("", word))


def _no_small_i(match: re.Match[str]) -> str:
    """The "i" goes when what follows could not follow the customer's "I"."""
    return " " if match.group(1).lower() in _NEVER_AFTER_I else match.group(0)


def _them(match: re.Match[str]) -> str:
    """ "on @115940?" → "on them?"; "on @116090 Prime" → "on Prime" (the name it tags)."""
    rest = match.string[match.end() :]
    following = re.match(r"\s+([A-Z][\w'’]*)", rest)
    word = following.group(1).lower() if following else ""
    if word and word not in _CLOSING and not word.endswith("ed") and not is_verb(word):
        return match.group(1)
    return f"{match.group(1)} them"


def _seam(match: re.Match[str]) -> str:
    """A stop where the line ended, unless the word in "-ing" is a noun or a name ("Morning")."""
    following = match.string[match.end() :].split(maxsplit=1)[0]
    noun = following in _NOT_GERUND or (following.endswith("thing") and following != "Nothing")
    return match.group(0) if noun or named_now(match) else ". "


# "… Come grab a big bag of candy … https://t.co/x": an invitation to all, a company's promo.
_INVITATION = re.compile(
    r"(?:^|[.!:]\s+|[a-z]\s+)(?:Come (?:grab|get|try|see|visit|join|check)|Grab yours|Stop by"
    r"|Shop now|Order now|Don't miss|Check out our|Get yours)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i’m|im|i've|i’ve|me|my|mine)\b", re.I)


def promo(messages: Sequence[str]) -> bool:
    """Whether the tweet invites everyone to come and buy, addressed to no one, with a link."""
    text = " ".join(messages)
    if text.lstrip().startswith("@") or _FIRST_PERSON.search(text):
        return False
    return bool(_INVITATION.search(text)) and "http" in text


# "Hello dear youtube officers, my channel …", "Hello Tim Youtube I have …": a greeting and
# the name it calls the company by, never said back as if it named the customer.
_CALLED = re.compile(
    r"^(?P<handles>(?:@\w+\s+)*)(?:hello|hi|hey|dear|good\s+(?:morning|afternoon|evening))"
    r"[\s,!]+(?:dear\s+)?(?:[A-Za-z.]+\s+){0,2}?(?:team|officers?|support|staff|admins?|youtube"
    r"|google|apple|microsoft|ebay|adobe|spotify|dropbox|rockstar)(?:[,!.:]+\s*|\s+(?=(?:i|my|we|our"
    r"|i'm|i’m|im)\b))",
    re.IGNORECASE,
)


def uncalled(message: str) -> str:
    """``message`` without the greeting that calls the company by a name ("Hello Tim Youtube")."""
    return _CALLED.sub(lambda m: m.group("handles"), message, count=1)
