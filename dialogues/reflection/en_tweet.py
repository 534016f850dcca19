"""English tweets' own slips, mended before the telling is read (round 15).

- "I️" (a letter with an emoji's variation selector, the iOS 11 glitch) is the letter "I":
  the selector is no emoji, so no cut is made inside the sentence;
- a lone small "i" closing a tweet ("… a free user Help plus i", "… on @Acme i") is the same
  glitch's leftover, never the customer's "I" (said back it became a dangling "you");
- a handle inside a noun phrase ("an @Acme Echo Show", "my first @Acme Prime Now delivery") is
  the brand's tag, not a new sentence: an anonymised number goes, a name stays as a word;
- an e-mail address (or the corpus's "__email__" stand-in) goes and the telling around it
  stays: the address is personal data, the problem is not;
- a capitalised "Stop", "Can't", "It's", "Anyone" after a small word, with no stop between,
  is where a line ended ("… 2 songs Stop forcing …"), so the run-on is parted there; a closing
  "Anyone else" is asked, never told; "&amp;" is "&"; a "Love🖤 Annoyed user" sign-off goes;
- a question run on into the telling ("Do you guys see this It's 8:40 …", "If I order …, could
  I return it") is asked, never read as our order or our question;
- ". @Acme" and "@Acme is there a way …" leave no handle in the telling; handles between two
  sentences ("… help me @A @B my plan is wasting") end the first;
- a closing feeling ("… Frustrating") is said of its own; "Atleast let me know" and "any chance
  you could help?" are pleas to us; typed laughter ("Haw! Haw!") goes;
"""

from __future__ import annotations

import re

from dialogues.reflection import en_glued_stop, en_headline, en_thanked
from dialogues.reflection.en_clause import is_verb

# "it&amp;I had to pay": the tweet's HTML escape is "&", and "&" glued between words is spaced.
_ENTITIES = {"&amp;": "&", "&gt;": ">", "&lt;": "<"}
_GLUED_AMPERSAND = re.compile(r"(?<=[a-z]{2})&(?=[A-Za-z])")  # never "AT&T", "s&m"
_SELECTOR = re.compile(r"(?<=[A-Za-z])\ufe0f")
# "type the letter I", "this I thing": the letter named, not the customer; quoted, never "you".
_LETTER_I = re.compile(
    r"(\b(?i:type|typing|typed|types|letter|word|the|an)\s+)I\b(?!['’])"
    r"|()\bI(?=\s+(?i:situation|thing|glitch|problem|issue|bug)\b)"
)
# "I I I I" typed to show the glitch: a run of the letter, never a run of "you" ("I I" is a
# slip of the keys, left to the shift).
_I_RUN = re.compile(r"\bI(?:\s+I\b(?!['’])){2,}(?P<end>(?:\s+[@#]\w+|\s+https?://\S+)*\s*$)?")
# Links, handles, tags and emoji after the stray "i" are the tweet's tail, kept as they were;
# an "i" after a link ("… #Deals https://t.co/x i") is left, the link already closed the text.
_TRAILING_I = re.compile(
    r"(?:\s+i)+(?=(?:\s+(?:https?://\S+|[@#]\w+)|[\s\U0001f000-\U0001faff\u2600-\u27bf])*\s*$)"
)
_DETERMINER = r"(?:a|an|the|my|our|your|his|her|their|this|first|new|every)"
# Not a noun after the handle: "my @Acme has expired" keeps its handle as the subject.
_NOT_NOUN = frozenset(
    """is was are were has had have does did do will would can could won't isn't wasn't hasn't
    doesn't didn't got gets keeps just still and or but to for on in at of with""".split()
)
_HANDLE_IN_PHRASE = re.compile(rf"\b({_DETERMINER})\s+@(\w+)\s+(?=([A-Za-z][\w'’-]*))", re.I)
# "and email john@x.com", "email is x@y": the label goes with the address ("you'd like us to
# email" was left); "a response to email x@y" keeps its verb (blind: "a response to." lost).
_EMAIL = re.compile(
    r"(?:\s*\b(?:(?:and|or|my)\s+(?:my\s+)?e-?mail(?:\s+address)?(?:\s+is)?"
    r"|e-?mail(?:\s+address)?\s+is)(?=\s*\S+@))?"
    r"(?:\s+(?:at|to|is|as|:|-))?\s*(?:__email__|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?=\W|$)",
    re.I,
)
# "you charged me $45 twice on card 4111 1111 1111 1111": the card's number goes with its
# words, and the charge is said back (the clause holding it was left out whole).
_CARD = re.compile(
    r"\s*\b(?:(?:on|to|from|with|using|via)\s+)?(?:my\s+)?(?:credit\s+|debit\s+)?"
    r"(?:card|visa|amex|mastercard)(?:\s+(?:number|no\.?|#|ending(?:\s+in)?))?\s*(?::\s*)?"
    r"\d(?:[\s-]?\d){11,18}\b",
    re.I,
)
_SEAM = re.compile(
    r"(?<=[a-z]{2})(?<!\bstill)(?<!\bjust)(?<!\beven)(?<!\balso)(?<!\breally)\s+(?=(?:Stop|Still|Then|Anyone|Can['’]t|Cant|Don['’]t|Haven['’]t|Do|Does"
    r"|Is|Fix|It['’]s)\s+[a-z])"
)
# "… ripped off by US Airways today never fly this airline": the advice run on is a sentence
_NEVER_RUN_ON = re.compile(
    r"\b(today|tonight|yesterday|again)\s+(?=never\s+(?:fly|use|book|buy|shop)\b)", re.I
)
# "@united question:are there outlets …?": the label before a question is no word of it
_ASK_LABEL = re.compile(r"^(\s*(?:\.?@\w+\s+)*)(?:quick\s+)?(?:question|Q)\s*:\s*(?=\w)", re.I)
# "… flying out of atlanta since couldn't get any out of …": the customer's subject unsaid
_SINCE_NO_SUBJECT = re.compile(
    r"\b(since|because)\s+(?=(?:couldn|can|didn|wasn|won)['’]?t\b)", re.I
)
_WE = re.compile(r"\b(?:we|us|our)\b|\b(?:me|I) and my\b|\bmy \w+ and I\b", re.I)
# "… Fix the bad decisions Love🖤 Annoyed college kid": a sign-off and its signature, not told.
_SIGNED_LOVE = re.compile(r"(?<=[a-z]{2})\s+Love[^\w\s]*\s+[A-Z]\w*(?:\s+[a-z]\w*){0,3}\s*$")
# "Do you guys see this It's 8:40 …": a question to the company run on into the telling is
# asked up to the line's end, never read as an order ("you'd like us to do this").
_ASKED_RUN_ON = re.compile(
    r"^((?:\s*[@#.]?\w+\s+)*?\s*(?i:do|does|did|can|could|will|would)\s+(?:you|u)(?:\s+guys)?"
    r"\s+[a-z][^.!?]*?[a-z])(?=\s+(?:It|It's|It’s|This|That|My|We|They|There|What|Why|How)\s+[a-z0-9])"
)
# ". @Acme any ideas …": the stop that keeps a reply public is no sentence; "@Acme is there a
# way …" asks whether there is one, the handle is no subject ("Acme is there …").
_DOT_BEFORE_HANDLE = re.compile(r"^\s*\.\s+(?=@)")  # ".@JetBlue handled": a subject
_HANDLE_IS_THERE = re.compile(r"^(\s*(?:@\w+\s+)*)@\w+\s+(?=(?:is|are) there\b)", re.I)
# "… Please help me @Acme @AcmeHelp my prime subscription is wasting": handles between a
# sentence and a new one that opens on the customer's own word are where one ended.
_HANDLES_BETWEEN = re.compile(
    r"(?<=[a-z])(?<!\bto)(?<!\bfrom)(?<!\bwith)(?<!\bby)(?<!\bfor)(?<!\bat)(?<!\bon)(?<!\bof)"
    r"(?<!\bvia)(?:\s+@\w+)+\s+(?=(?i:my|i|i'm|we|our)\s)"
)
# "… to be delayed i Still waiting …": the glitch's "i" before a new line's capital goes too.
_STRAY_I_BEFORE = re.compile(
    r"(?<=[\w.])\s+i\s+(?=(?:It|Its|It's|It’s|Still|This|That|The|My|We|They|There|Then|Now|Why"
    r"|How|What|When|Please)\s)"
)
# "… until after I've entered my card information Frustrating": a feeling or verdict closing
# the tweet, capitalised after a small word, is said of its own, never buried in a quote.
_CLOSING_FEELING = re.compile(
    r"(?<=[a-z]{2})\s+(?=(?:Frustrating|Annoying|Ridiculous|Unacceptable|Disappointing"
    r"|Disappointed|Pathetic|Terrible|Horrible|Useless|Awful|Shameful|Disgraceful|Smh)"
    r"[\s!.]*(?:\s+(?:https?://\S+|[@#]\w+))*\s*$)"
)
# "If I order from Germany, could I return it in the UK": a conditional question left without
# its mark is asked, never said back as our own "could you return it …".
_IF_ASKED = re.compile(
    r"((?:^|[.!?]\s+)(?:[@#]\w+\s+)*If\b[^.!?]*?,?\s+(?i:could|can|would|will|do|does|should)"
    r"\s+(?:I|we|you|u)\b[^.!?]*?)(?=\s*$)"
)
# "… get stuck on the logo Atleast let me know the reason": a plea to the company, asked of
# us ("you'd like us to at least let you know"), never "Atleast let you know" in our voice.
_AT_LEAST_LET = re.compile(
    r"(?P<seam>(?<=[a-z]{2})\s+)?(?i:at\s*least)\s+(?=(?i:let|tell|give|send|show)\s+(?:me|us)\b)"
)
# "any chance you could help?": a plea, said whole ("please help"), never cut after "could".
_ANY_CHANCE = re.compile(
    r"\b(?:is there )?any chance (?:you|u)(?: guys)? (?:could|can|would|will) "
    r"(?P<verb>[a-z]+)(?P<rest>[^.!?]*)[?]*",
    re.I,
)
# "Haw! Haw! Haw!", "Ha ha ha": laughter typed out, no telling.
_LAUGHTER = re.compile(r"(?:\s*\b(?:H[ae]w?|LOL)\b[!.]*){2,}\s*$", re.I)
_ANYONE_ELSE = re.compile(r"(\bAnyone else\b[^.!?]*?)\s*$", re.I)


_WORD = re.compile(r"\S+")


def _spaced_ampersand(word: re.Match[str]) -> str:
    # A link's "&mv=social" is its own: spaced, it would outlive the link's removal.
    text = word.group(0)
    return text if "://" in text or text.startswith("www.") else _GLUED_AMPERSAND.sub(" & ", text)


# "800-433-7300 keeps calling me": a toll-free line is the company's, no one's personal data;
# said as "the toll-free number", so the clause it is in is heard, never dropped as private.
_TOLL_FREE = re.compile(
    r"(?<![\w.+-])(?:(the|a|an|your|our|my|this|that)\s+)?(?:\+?1[-. ]?)?"
    r"\(?(8(?:00|88|77|66|55|44|33))\)?[-. ]?\d{3}[-. ]?\d{4}(?![\w-])"
)


def _toll_free(match: re.Match[str]) -> str:
    before = re.sub(r"(?:\s*@\w+)+\s*$", "", match.string[: match.start()]).rstrip()
    owner = match.group(1) or ("The" if not before or before.endswith((".", "!", "?")) else "the")
    return f"{owner} toll-free number"


# "Can I just say your crew was amazing": no request, the customer's own telling; said as
# "you'd like to say …", never "can you just say" nor quoted as a question.
_CAN_I_SAY = re.compile(
    r"(^(?:\s*@\w+)*\s*|[.!?]\s+)(?i:can|may|could) (?:i|I) (?:just |only |simply )?say\b,?"
)


# "am Flight Booking Problems flights", "no reFlight Booking Problems": a corpus's export put its
# topic label in place of the word "booking"; the word is what the customer wrote.
_BOOKING_LABEL = re.compile(r"(?<![A-Za-z])(re)?Flight Booking Problems\b")


# "… never fly this airline  I am contacting my local news": two spaces typed between a word
# and a capital are the customer's full stop, never one run-on sentence said in our voice.
_SPACED_STOP = re.compile(
    r"(?<=[a-z])[ \t]{2,}(?=(?:I|I'm|I've|I'll|I'd|My|We|We're|Our|It|It's|This|That|They|He|She"
    r"|Now|Then|Still|Please|Hopefully|Why|What|How|When|Where|Can|Could|Will|Would|Is|Are|Do"
    r"|Does|Did|No|Never|Just|So|But|And)\b)"
)  # not "… Reviews  The Good …": a list's label


# "why are my friends @Meg @jordn7 having …": the handles after a friend or kin are their
# names, never said back as words ("your friends meg jordn7 having").
_KIN_HANDLES = re.compile(
    r"(?i)\b((?:my|our|his|her)\s+(?:friends?|wife|husband|son|daughter|mom|mum|dad|mother|father"
    r"|sister|brother|colleagues?|boss|kids|family|partner|girlfriend|boyfriend|buddy|cousin"
    r"|parents|co-?workers?))(?:\s+@\w+)+(?=[\s,.!?]|$)"
)


# "Have him call me.", "have someone email me": a request opening its sentence, never "you
# have him call you"; said with its "please" ("you'd like us to have him call you").
_HAVE_THEM = re.compile(
    r"(^\W*(?:@\w+\s+)*|[.!?]\s+)([Hh]ave)(?=\s+(?:him|her|them|someone|somebody|an agent"
    r"|a supervisor|a manager|a rep)\s+(?:call|email|e-mail|contact|text|dm|message|phone"
    r"|reach out to|get back to|get in touch with)\s+(?:me|us)\b)"
)


# "Thanks @Delta for the 5 hour delay", "Thank you @united for nothing": the handle thanked
# is the one addressed; without it the thanks reads whole ("Thanks for the 5 hour delay").
_THANKS_HANDLE_FOR = re.compile(
    r"((?:^\W*(?:@\w+\s+)*|[.!?]\s+)(?i:thanks|thank you|thank u|thx)"
    r"(?:\s+(?i:so much|a lot|again))?)\s+@\w+(?=\s+for\b)"
)  # a sentence's opening thanks only: "… more songs Thanks @1 for the rec" is en_stray's


def message(text: str) -> str:
    """The tweet with the glitches above mended; otherwise as written."""
    text = en_headline.named(text)  # r35: "@JetBlue unveils … - USA TODAY http…": its subject
    text = _THANKS_HANDLE_FOR.sub(r"\1", _ASK_LABEL.sub(r"\1", text))
    text = en_thanked.with_doer(_KIN_HANDLES.sub(r"\1", text))
    text = _HAVE_THEM.sub(
        lambda m: m.group(1) + ("Please h" if m.group(2) == "Have" else "please h") + "ave", text
    )
    text = _BOOKING_LABEL.sub(lambda m: (m.group(1) or "") + "booking", text)
    text = en_glued_stop.spaced(_SPACED_STOP.sub(". ", text))  # r48: "CLE.Would" is two
    text = _TOLL_FREE.sub(_toll_free, text)
    who = "we" if _WE.search(text) else "I"
    text = _SINCE_NO_SUBJECT.sub(lambda m: f"{m[1]} {who} ", text)
    if _CAN_I_SAY.search(text):
        text = _CAN_I_SAY.sub(lambda m: m.group(1) + "I'd like to say", text)
        text = re.sub(r"(I'd like to say[^.!?]*)\?+", r"\1.", text)  # said, not asked
    for entity, plain in _ENTITIES.items():
        text = text.replace(entity, plain)
    text = _SELECTOR.sub("", text)
    if "&" in text:  # each word is spaced around a glued "&" only: none, nothing to space
        text = _WORD.sub(_spaced_ampersand, text)
    text = _HANDLE_IS_THERE.sub(r"\1", _DOT_BEFORE_HANDLE.sub("", text))
    text = _I_RUN.sub(lambda m: m.group("end") if m.group("end") is not None else "“I”", text)
    text = _LETTER_I.sub(lambda m: (m.group(1) or "") + "“I”", text)
    text = _TRAILING_I.sub(_no_stray_i, text)
    text = _HANDLE_IN_PHRASE.sub(_in_phrase, text)
    text = _EMAIL.sub(_no_email, _CARD.sub("", text))
    text = _SEAM.sub(". ", _SIGNED_LOVE.sub("", _NEVER_RUN_ON.sub(r"\1. ", text)))
    text = _CLOSING_FEELING.sub(". ", _HANDLES_BETWEEN.sub(_new_sentence, text))
    text = _STRAY_I_BEFORE.sub(". ", text)
    text = _AT_LEAST_LET.sub(
        lambda m: ". Please at least " if m.group("seam") else "Please at least ", text
    )
    text = _LAUGHTER.sub("", _ANY_CHANCE.sub(_plea, text))
    text = _IF_ASKED.sub(r"\1?", _ASKED_RUN_ON.sub(r"\1?", text))
    return _ANYONE_ELSE.sub(r"\1?", text)


def _new_sentence(match: re.Match[str]) -> str:
    """Handles after a sentence of four words or more end it ("Oh dear god @Acme I …" not)."""
    before = re.split(r"[.!?]", match.string[: match.start()])[-1]
    return ". " if len(before.split()) >= 4 else match.group(0)


def _plea(match: re.Match[str]) -> str:
    """ "any chance you could upgrade us?" → "please upgrade us." (a verb must follow)."""
    if not is_verb(match.group("verb").lower()):
        return match.group(0)
    return f"please {match.group('verb')}{match.group('rest')}."


def _no_stray_i(match: re.Match[str]) -> str:
    """The stray "i" goes, unless a link came before it (the text had already ended)."""
    before = match.string[: match.start()].split()
    return match.group(0) if before and before[-1].startswith("http") else ""


def _in_phrase(match: re.Match[str]) -> str:
    """ "an @Acme Echo Show" → "an Echo Show" (a number) or "an Acme Echo Show" (a name)."""
    determiner, handle, following = match.group(1), match.group(2), match.group(3)
    if following.lower() in _NOT_NOUN:
        return match.group(0)
    if not handle.isdigit():  # "the @amazonhelp queue" is left to the handle rules
        return f"{determiner} {handle} " if following[:1].isupper() else match.group(0)
    if determiner.lower() in ("a", "an"):  # "an @115873 promo code" → "a promo code"
        vowel = following[:1].lower() in "aeiou"
        determiner = (
            ("an" if vowel else "a").capitalize()
            if determiner[0].isupper()
            else ("an" if vowel else "a")
        )
    return f"{determiner} "


def _no_email(match: re.Match[str]) -> str:
    """The address goes; what follows it starts a sentence of its own."""
    rest = match.string[match.end() :].lstrip()
    return "." if rest[:1].isalpha() else ""
