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

from dialogues.reflection.en_clause import COMMON, is_verb, reads_as_clause
from dialogues.reflection.en_unsaid import texted  # r36: "me2make", "2 be"

# Lower-case words of at least four letters that are common in English writing (from word
# frequency lists, Zipf >= 2), minus common misspellings ("wether", "aswell", "recieved").
# The keys of a dict, not a frozenset: 87k words, looked up as quickly, in a table of 1.9 MB
# instead of 4.2 (a dict of strings keeps 16 bytes a slot, 2/3 full; a set's table is at
# most 3/5 full and grows fourfold), in every process.
_KNOWN = dict.fromkeys(
    (Path(__file__).parent / "lexicon" / "en_known.txt").read_text(encoding="utf-8").split()
)
KNOWN = _KNOWN  # for en_stray's verbs made of known words ("@115858 creates …")
_WORD = re.compile(r"(?<![\w@#/.'’-])[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?(?![\w@/'’-])")
_BROKEN = re.compile(
    r"\b(?:am|is|are|was|were|be|been|i'm|im|you're|it's)\s+suppose\s+to\b"  # "I'm suppose to"
    r"|\b(?:could|should|would|must|might)\s+of\b"  # "should of"
    r"|\bthere\s+not\b"  # "there not a single knock"
    r"|(?<!\bhave\s)(?<!\bhad\s)\b(?:i|we|they)\s+been\b"  # "I been trying"
    r"|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!\bdid\s)"
    r"(?<!\bwhy\s)\b(?:they|we|he|she)\s+not\b"  # "they not tryna let me in"
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
    if _BROKEN.search(text) or texted(text):
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
        if (head in _PREFIXES and tail in COMMON) or (
            (head in _PREFIXES or (len(head) >= 3 and head in _KNOWN)) and tail in _KNOWN
        ):  # "rebuy", "printhead"
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
_SUBORDINATE = frozenset("because when if while after before".split())


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
        breaks = list(_BREAK.finditer(plain, last, match.start()))
        if breaks and breaks[-1].group(0).lower() in _SUBORDINATE:
            continue  # "when I went to pay for it I used my email": the main clause follows
        segment = plain[breaks[-1].end() if breaks else last : match.start()]
        before = re.findall(r"[A-Za-z0-9']+", segment)
        if len(before) < 2 or not _closes(*[w.lower() for w in before[-2:]]):
            continue  # too little before it to be a clause, or a word that joins it on
        if any(w.lower() in _NOUN_LEAD for w in before[-3:-1]) or not reads_as_clause(segment):
            continue  # "the car I bought", "so tiny I can't": the "I" belongs to it
        out.append(text[last : match.start()] + ".")
        last = match.start()
    return "".join(out) + text[last:]


def _closes(verb: str, word: str) -> bool:
    """Whether a clause can end on ``word`` with a new one glued after it."""
    if word in _OBJECTS:  # "kidding with you I'll send…"; not "told you I would"
        return verb not in _TAKES_CLAUSE and verb not in _CLAUSE_VERBS and verb not in _TELLS
    if word in _CLOSES or (is_verb(word) and word not in _CLAUSE_VERBS):
        return True
    return word.endswith("ed") and len(word) > 4 and word not in _TAKES_CLAUSE


_OBJECTS = frozenset("you them him it".split())
_TELLS = frozenset(
    "tell tells show shows promise promised assure assured remind reminded warn".split()
)
_CLAUSE_VERBS = frozenset(
    """say tell ask think know guess hope wish feel see mean suppose believe bet swear
    realize notice find assume expect suggest help let make like look seem""".split()
)


# "(1/2)", "1/3": a thread's numbering, not said; left in, the handle after it reads as a name.
_THREAD_MARK = re.compile(r"^\s*\([1-9]/[1-9]\)\s+|\s+\([1-9]/[1-9]\)\s*$")


# "How about you look @aircanada?": a handle after a verb is its object, named, not noise.
_LOOK_AT = re.compile(r"\b(look|looking|take a look)\s+@(\w+)", re.IGNORECASE)


# "@VirginAmerica, @reallytallchris dropped a track on you": after the addressee and a comma, a
# handle before a past verb is who did it, named.
_DOER = re.compile(r"^(\s*@\w+),\s*@(\w+)(?=\s+[a-z]+ed\b)")


# "I am a premium #DividendMiles #cardholder.": tags that end "a <word> …" are its words
# ("for my #Laptop #Model9" is still cut: see en_guard.drop_cut).
_TAGGED_NOUN = re.compile(r"\b((?:a|an)\s+[A-Za-z]+\s+)((?:#\w+\s*){1,3})(?=[.!?,])", re.I)


# "@AmericanAir and @iTunesMusic have put me in bad mood": the addressee is a doer too.
_BOTH = re.compile(r"^(\s*@(\w+))\s+and\s+@(\w+)\s+(?=[a-z])")


def unthreaded(message: str) -> str:
    """A message without the thread numbering at its start or end."""
    message = _BOTH.sub(lambda m: f"{m[1]} {m[2]} and {m[3]} ", message)
    message = _TAGGED_NOUN.sub(lambda m: m[1] + m[2].replace("#", "").rstrip(), message)
    message = _DOER.sub(r"\1 \2", message)
    message = _LOOK_AT.sub(lambda m: f"{m.group(1)} at {m.group(2)}", message)
    return _THREAD_MARK.sub(" ", message).strip()


# "Hi All, I have…", "Dawg, @Yahoo has…": the customer addressing people, not telling.
_VOCATIVE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:hi|hello|hey|dear)\s+)?(?:all|everyone|everybody|dawg|fam|bruh"
    r"|bro|dude|man|people|friends|folks|mate|sir|madam|ma'am|maam)\s*[,!]\s*",
    re.IGNORECASE,
)
# "is gone lmao send help", "… recover my gmail help me": a plea glued on, said as a plea.
_SEND_HELP = re.compile(r"\bsend\s+help\b", re.IGNORECASE)
_GLUED_HELP_ME = re.compile(r"(?<=[a-z]),?\s+(?=help\s+me[!.?]*\s*$)", re.IGNORECASE)
# Words before "help me" that make it the clause's own verb ("you didn't even help me").
_HELP_IS_VERB = frozenset(
    """to can could will would please pls plz you u someone anyone somebody nobody they he she
    we didn't don't doesn't won't can't cannot couldn't wouldn't not never even just also still
    i i'll i'd gonna wanna must should may might""".split()
)
# "… in my arcade can u pls fix it": the plea said apart, never a quote ending on "can u".
_ASKED_PLEA = re.compile(
    r"(?<=[a-z0-9])(?<!\bor)(?<!\band)(?<!\bbut)\s+(?:can|could|would|will)\s+(?:you|u)\s+"
    r"(?=(?:please|pls|plz)\s+[a-z])",
    re.IGNORECASE,
)
# "FIX. THE. ROKU. APP.": one shouted sentence, a stop after each word for weight.
_DOTTED = re.compile(r"\b(?:[A-Z][A-Z']*\.\s+){2,}[A-Z][A-Z']*\.")


# "… on their platform While Ebay has become …": a capital on a small word after a small word,
# with no stop between, is where a line ended; a new sentence, not a run-on ("the game The
# Last of Us" is a title: the word after it is capitalised too).
_LINE_SEAM = re.compile(
    r"(?<=[a-z]{2})\s+(?=(?:This|That|These|Those|The|It|It's|My|While|But|So|Now|They|We"
    r"|There|What|Why|How|Also|Please)\s+[a-z])"
)


def _line_seam(match: re.Match[str]) -> str:
    return match.group(0) if named_now(match) else ". "  # "on Prime Now but"


def named_now(match: re.Match[str]) -> bool:
    """ "an order on Prime Now but …": "Now" after a capitalised word ends a name."""
    before = match.string[: match.start()].split()[-1:]
    now = match.string[match.end() :].startswith("Now ")
    return now and bool(before) and before[0][:1].isupper()


# "Textures max. 64 pixels?": an abbreviation's stop before a number ends no sentence.
_ABBREVIATED = re.compile(r"\b(max|min|approx|vs|nr|ca|est)\.(?=\s+\d)", re.IGNORECASE)
# "lines … for self service, cust. Support, and bag check in": a shortened word's stop ends no
# sentence; the word is said whole. "I really down think": "don't" mistyped before a verb.
_SHORTENED = {"cust": "customer", "dept": "department", "acct": "account", "svc": "service",
              "govt": "government", "mgr": "manager", "appt": "appointment"}  # fmt: skip
_SHORT_STOP = re.compile(
    r"\b(cust|dept|acct|svc|govt|mgr|appt)\.(\s+[A-Z][a-z]+\b)?", re.IGNORECASE
)
_DOWN_THINK = re.compile(
    r"(?:(?<=\bi )|(?<=\bwe ))((?:really|just|honestly)\s+)?down\s+(?=(?:think|know|want|like|care"
    r"|understand)\b)",
    re.IGNORECASE,
)
# "Cheers to less snow …", "Thank you for X. And to @Pam for …": a toast or a thanks passed on
# is courtesy; its "to …" said back alone means nothing.
_TOAST = re.compile(r"(?:^|(?<=[.!?]\s))(?:cheers|here's|heres)\s+to\b[^.!?]*[.!?]*", re.I)
_PASSED_ON = re.compile(
    r"(\bthank(?:s| you) for [^.!?]{1,80}[.!]\s+)(?:and|also)\s+to\s+@?\w+\s+for\b[^.!?]*[.!?]*",
    re.I,
)
# “We don’t care. We’re automated.": a quotation opened curly and closed straight is one span.
_MIXED_QUOTE = re.compile(r"“([^”\"]{1,300})\"")
# "Followback so I can DM", "GF was on hold": shorthand said in full, with its owner.
_FOLLOW_BACK = re.compile(r"^(?:(?:please|pls|plz)\s+)?follow\s?back\b", re.IGNORECASE)
_KIN = re.compile(r"(?:^|(?<=[.!?]\s))(gf|bf)\b(?=\s+(?:was|is|has|had|got|and)\b)", re.I)
_SHOUTED_HELP = re.compile(r"(?:^|(?<=[.!?]\s))HELP(?=[!.?]*(?:\s|$))")  # "HELP!!!": a plea
# "need 2 get home", "trying 2 print": "2" before a verb is "to" ("2 bags" is a number);
# "Phone hold 4 46mins": "4" before a number is "for". "- not really the service …": "it's".
_TWO = re.compile(r"(?<=[a-z] )2 (?=([a-z]+)\b)")
_FOUR = re.compile(r"(?<=[a-z] )4 (?=\d)")
_NOT_REALLY = re.compile(r"(?<=[-–—] )not\s+(?=(?:really|exactly|quite|what)\b)", re.I)
# "Well the bar is set low!": an opening "well" is a sigh; "no return call back #": a bare "#".
_WELL = re.compile(r"(?:^|(?<=[.!?]\s))well\s+(?=(?:the|i|that|it|you|we|my|this)\b)", re.I)
_BARE_HASH = re.compile(r"(?<!\ba)(?<!\bthe)(?<!\bmy)(?<!\byour)(?<!\bany)\s+#+(?=[\s.!?]*$)")
# "@AmericanAir has been almost a month and …": no name has been a month; it has.
_IT_HAS_BEEN = re.compile(
    r"^[A-Z]\w+(?= has been (?:almost|nearly|over|about|more than|a|an|\d+|two|three|several)"
    r"\s+(?:\w+\s+)?(?:months?|weeks?|days?|hours?|years?|minutes?)\b)"
)
# "Never. Flying. US Air again.": stops between single words are emphasis, not sentences.
_WORD_STOPS = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][a-z]+)\.\s+([A-Z][a-z]+)\.\s+(?=[A-Z])")
# "now told no.Worse day of my life", "my account.please help": a stop typed without a space.
_NO_SPACE = re.compile(r"(?<=[a-z]{2})\.(?=(?:[A-Z][a-z]+|please|pls|plz)\s)")
# "… put on headphones...but not toddlers": the exception belongs to its clause.
_BUT_NOT = re.compile(r"\s*(?:\.{2,}|…)\s*(?=but not\b)", re.IGNORECASE)
_CHEER = re.compile(r"\b(?:ya+y+(?:a+y+)+|woo+ ?hoo+|yippee+)\b[!.]*", re.I)  # "Yayayay!!"
# "Why nothing from Buffalo? except for 2 cities?": a small-letter exception asks on.
_ASKS_ON = re.compile(r"\?+\s+(?=(?:except|besides|other than|apart from)\b)")
# "they don't show on my. Screen but …": a stop typed where a noun still had to come.
_OPEN_STOP = re.compile(r"\b(my|the|your|our|their|an?)\.\s+([A-Z])(?=[a-z])")
# "Come on @hulu put up X for me!": a plea to the company, not a report of what it did.
_COME_ON = re.compile(
    r"\bcome on,?\s+[A-Za-z_]+,?\s+(?=(?:put|give|fix|add|bring|make|let|get|release|send"
    r"|stop|update)\b)",
    re.IGNORECASE,
)


# "… which I need resolving, how can I speak to someone": the question asked apart, never
# said on in the bot's voice ("…, how can you speak to someone").
_GLUED_WH = re.compile(
    r"(?<=[a-z0-9]),?\s+(?=(?:how|what|where|who|why)\s+(?:can|could|do|does|should|would|will"
    r"|shall)\s+(?:i|we)\b)",
    re.IGNORECASE,
)


# "… suspended my account for 'content' how?": the telling, then a one-word question after it;
# "help me please, …": the plea said once, as a plea.
_BARE_WH = re.compile(
    r"(?<=[\w'\"”])(?<!\bme)(?<!\bus)(?<!\byou)(?<!\bknow)(?<!\bwondering)(?<!\bask)"
    r"\s+(?=(?:how|why)\?)",
    re.IGNORECASE,
)
_HELP_ME_PLEASE = re.compile(r"\bhelp me,?\s+(?:please|pls|plz)\b,?", re.IGNORECASE)
_HELP_ME_WHAT = re.compile(r"\bhelp me (?=(?:what|which)\b)", re.IGNORECASE)  # "… with what"
_PLEASE_HELP_END = re.compile(r"\s+(?:please|pls|plz)\s+(?=help[!.?]*\s*$)", re.IGNORECASE)


# "my online id is iamfunny100", "my PSN: x_y": an account name is personal data, never said.
_ACCOUNT_NAME = re.compile(
    r",?\s*\b(?:and\s+)?(?:(?:my|the)\s+)?(?:online\s+id|psn(?:\s+id)?|gamertag|gamer\s+tag|username"
    r"|user\s*name|user\s*id|account\s+name|ign|ytc\s+name|channel\s+name)\s*(?:is|:)\s*"
    r"(?:\"[^\"]*\"|[\"']?\S+)",
    re.IGNORECASE,
)


def prepared(text: str) -> str:
    """English text with vocatives, glued pleas and word-by-word stops made plain."""
    text = _DOTTED.sub(lambda m: m.group(0).replace(". ", " "), _ABBREVIATED.sub(r"\1", text))
    text = _SHORT_STOP.sub(
        lambda m: _SHORTENED[m.group(1).lower()] + (m.group(2) or "").lower(), text
    )
    text = _PASSED_ON.sub(r"\1", _TOAST.sub("", text))
    text = _DOWN_THINK.sub(lambda m: f"{m.group(1) or ''}don't ", text)
    text = _MIXED_QUOTE.sub(r"“\1”", text)
    text = _FOLLOW_BACK.sub("please follow me back", text)
    text = _KIN.sub(
        lambda m: "My " + ("girlfriend" if m.group(1).lower() == "gf" else "boyfriend"), text
    )
    text = _ASKS_ON.sub(" ", _CHEER.sub("", _BUT_NOT.sub(", ", text)))
    text = _BARE_HASH.sub("", _WELL.sub("", _IT_HAS_BEEN.sub("It", text)))
    text = _NO_SPACE.sub(". ", _WORD_STOPS.sub(lambda m: f"{m[1]} {m[2].lower()} ", text))
    text = _SHOUTED_HELP.sub("help", _NOT_REALLY.sub("it's not ", _FOUR.sub("for ", text)))
    text = _TWO.sub(lambda m: "to " if is_verb(m.group(1)) else m.group(0), text)
    text = _OPEN_STOP.sub(lambda m: f"{m.group(1)} {m.group(2).lower()}", text)
    text = _COME_ON.sub("please ", text)
    text = _LINE_SEAM.sub(_line_seam, _ACCOUNT_NAME.sub("", _VOCATIVE.sub("", text)))
    text = _HELP_ME_WHAT.sub(
        "help me with ", _PLEASE_HELP_END.sub(" ", text)
    )  # "… or desktop plz help": no "plz" left behind
    text = _HELP_ME_PLEASE.sub("please help me.", _SEND_HELP.sub("help", _BARE_WH.sub(". ", text)))
    glued = _GLUED_HELP_ME.search(text)
    near = (
        re.findall(r"[a-z']+", text[: glued.start()].lower().replace("’", "'"))[-3:]
        if glued
        else []
    )
    if glued and not _HELP_IS_VERB & set(near):  # "… recover my gmail help me"
        text = text[: glued.start()] + ". please " + text[glued.end() :]
    return _GLUED_WH.sub(". ", _ASKED_PLEA.sub(". ", text))


# "you guys keep saying check your internet connection": the order's "your" is the
# customer's own, as the company said it; quoted, never "check our internet connection".
_REPORTED_ORDER = re.compile(
    r"\b(?:say|says|saying|said|tell|tells|telling|told)\s+(?:me\s+|us\s+)?(?:to\s+)?"
    r"(?:check|restart|reset|update|clear|try|reinstall|turn|make|go|use|contact|wait|change"
    r"|log|sign|delete|remove|unplug|plug)\b[^.!?]*\b(?:your|yours)\b",
    re.IGNORECASE,
)


def reported_order(clause: str) -> bool:
    """Whether a clause reports an order the company gave ("saying check your …") or exclaims
    a question ("What's wrong with the game!"): either is quoted, never said in our voice."""
    return _REPORTED_ORDER.search(clause) is not None or _EXCLAIMED_WH.match(clause) is not None


_EXCLAIMED_WH = re.compile(
    r"^(?:what's|what is|why is|why are|why do|why does|how is|how come|where is|where are)\s",
    re.IGNORECASE,
)


_ASKS = re.compile(
    r"^(?:\W*)(?:what|what's|why|how|where|who|which|when|is|are|was|were|do|does|did|can|could|"
    r"will|would|should|shall|may|has|have|had|isn't|aren't|don't|doesn't|didn't|can't|won't|any"
    r"|anyone|anybody|someone|thoughts|ideas|help|please)\b",
    re.IGNORECASE,
)


def asks(text: str) -> bool:
    """Whether a question asks something: "Viewing distance only 9 chunks?" only exclaims."""
    return bool(_ASKS.match(text) or reads_as_clause(text))
