"""English person shift, word by word, or ``None`` when a clause cannot be shifted cleanly.

The customer's I/me/my/we become you/your, with the verb that agrees ("I was" → "you
were", "am I" → "are you"). "You" in a message to a company means the company: it becomes
we/us/our, with its verb ("you have lost" → "we have lost"), but only where the clause
reads that way for certain; a generic or unclear "you" sends the clause to a quote instead.
"""

from __future__ import annotations

import re

from dialogues.reflection import (
    en_capitals,
    en_guard,
    en_irony,
    en_its_getting,
    en_meaning,
    en_sarcasm,
    en_seams,
    en_thanked,
    en_whole,
)
from dialogues.reflection.en_clause import is_verb, reads_as_clause, sarcastic_thanks
from dialogues.reflection.en_dropped import customers_doing
from dialogues.reflection.en_feeling_noun import feeling_subject
from dialogues.reflection.en_formula import set_reply, unexclaimed
from dialogues.reflection.en_subjectless import not_theirs
from dialogues.reflection.en_unsaid import DANGLING, NOT_A_VERB, NOT_ORDERED, not_said
from dialogues.sarcastic_thanks import thanks_for_letdown

_FIRST = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "i'm": "you're", "im": "you're", "i've": "you've", "ive": "you've", "i'll": "you'll",
    "i'd": "you'd", "we": "you", "us": "you", "our": "your", "ours": "yours",
    "ourselves": "yourselves", "we're": "you're", "we've": "you've", "we'll": "you'll",
    "we'd": "you'd", "myy": "your", "imma": "you're gonna", "ima": "you're gonna",
}  # fmt: skip
_COMPANY = {
    "your": "our", "yours": "ours", "you're": "we're", "youre": "we're", "you've": "we've",
    "you'll": "we'll", "you'd": "we'd", "yourself": "ourselves", "yourselves": "ourselves",
    "ur": "our", "yr": "our", "y'all": "we",
}  # fmt: skip
# After "I": the verb that agrees with "you".
_AGREE_I = {"am": "are", "was": "were", "wasn't": "weren't", "'m": "'re"}
# Verbs and auxiliaries after which a "you" is the company doing something to the customer.
_COMPANY_VERBS = frozenset(
    """have has had did do does didn't don't doesn't are were aren't weren't will won't would
    wouldn't can can't cannot could couldn't should shouldn't need must lost lose cancelled
    canceled cancel changed change charged charge sent send delayed delay left leave made make
    gave give took take told tell said say kept keep broke break ruined ruin messed forgot forget
    refused refuse denied deny promised promise moved move raised raise removed remove lied lie
    booked book bumped bump stranded strand overbooked overbook got get offer offered provide
    provided fix fixed help helped answer answered reply
    replied respond responded ignore ignored call called email emailed treat treated owe sold
    sell shipped ship deliver delivered put place placed lose misplace misplaced post posted
    update updated add added bill billed hire hired ask asked expect expected want wanted follow
    followed continue continued owe""".split()
)
_GENERIC_AFTER = frozenset("know see get think can can't cannot could would'nt try".split())
_SUBJECT_BEFORE = frozenset(
    "and but because so when if that then since why how where what who whether once until "
    "after before while".split()
)
_TOKEN = re.compile(r"[A-Za-z0-9_]*[A-Za-z](?:['’][A-Za-z]+)?[A-Za-z0-9_]*|[^A-Za-z\s]+|\s+")
_FILLER = re.compile(r"(?<!let )\b(?:you know|y'know|ya know|you see|mind you),?\s*", re.IGNORECASE)
_THANKS = re.compile(
    r"^(?:thanks|thank you|thank u|thx)\s+(?:so much\s+|a lot\s+)?(?P<to>for|to)\b\s*", re.I
)


_KIDDING = re.compile(
    r"\b(?:you|u)\b.*\b(?:kidding|joking)\b|\bif (?:you|u) ask me\b|\byou never know\b"
    r"|\byou name it\b|\bbless (?:you|u)\b",
    re.IGNORECASE,
)
_GUYS = re.compile(r"\b(you|u) guys\b|\by'?all\b|\byou all\b(?! (?:day|night|week)\b)", re.I)
_ASKED_INSIDE = re.compile(
    r"(?<=\w)[\s,]+(?:what\s+)?(?:can|could|would|will|do|did)\s+(?:you|u)\s+(?!know\b)\w+"
    r"(?![^.!?]*\b(?:if|whether)\b)",
    re.IGNORECASE,
)
_GENERIC_YOU = re.compile(r"\byoursel(?:f|ves)\b", re.IGNORECASE)
_PLEASE = re.compile(r"^(?:(?:please|pls|plz|kindly)[,!]?\s+)+", re.IGNORECASE)
_STUTTER = re.compile(r"\b(i|you|my|your|the|an?|to|we|and|for|of|in|on|at|with)(?:\s+\1\b)+", re.I)
_TRAILING_PLEASE = re.compile(r",?\s+(?:please|pls|plz)[.!]*$", re.IGNORECASE)
_YOUR_ALL = re.compile(r"\b(?:you all's|y'all's|you guys's|you guys')", re.IGNORECASE)
_ADVERBS = frozenset(
    "already just still finally never always also even really so very extremely super totally "
    "pretty quite seriously literally honestly definitely actually obviously clearly certainly "
    "probably usually sometimes basically immediately instantly currently almost".split()
)
_IMPERATIVE = frozenset(
    """give put send help fix refund call dm tell let check find stop bring rebook add answer
    respond reply follow contact email update look explain change cancel return show
    hire upgrade honor reimburse compensate confirm advise assist trace track announce
    notify inform consider bring allow provide offer waive issue release reopen unlock reset
    restore resolve escalate transfer connect shut ban remove delete block suspend investigate
    do make sort""".split()
)
_PAST_OR_MODAL = frozenset(
    """got bought booked paid tried called waited spent lost missed made had took went came
    flew sat sent left need needed want wanted love loved hate hated can't cannot couldn't
    didn't haven't hadn't wasn't wish hope think thought appreciate enjoyed will would
    received ordered asked requested tweeted emailed landed arrived checked boarded
    purchased found heard saw felt filed submitted switched posted updated installed reinstalled
    uninstalled downloaded upgraded contacted reported deleted signed subscribed registered
    have has tweeted messaged dmed chatted followed applied completed used returned noticed
    realized realised placed preordered reordered""".split()
)
_DOING = frozenset(
    """trying waiting having getting looking hoping wondering calling flying going sitting
    stuck attempting struggling planning using unable facing working dealing sitting standing
    stranded finding experiencing""".split()
)
_FEELING = frozenset(
    """frustrated annoyed disappointed upset angry sad happy excited glad confused tired
    starving stuck stranded furious pissed thrilled impressed grateful thankful bummed
    worried scared nervous exhausted fed sick delighted""".split()
)
_EVALUATIVE = frozenset(
    """frustrating annoying disappointing ridiculous amazing awesome terrible awful horrible
    unacceptable sad great good nice unbelievable embarrassing pathetic shameful depressing funny
    crazy insane weird strange shocking hilarious disgraceful disgusting sickening outrageous
    absurd wonderful fantastic excellent superb lovely horrendous atrocious appalling
    infuriating maddening useless pointless painful exhausting""".split()
)


def shift(clause: str, slips: bool = True) -> str | None:
    """The clause from the listener's side, or ``None`` when unsure how or (``slips``) misspelt."""
    if _kept_as_written(clause):
        return None
    text = _plain(clause)
    verdict = en_guard.VERDICT_ON_US.match(text) or en_guard.VERDICT_ON_OURS.match(text)
    if verdict:  # "U guys suck" → "you think we suck": their judgement, said as theirs
        rest = _shift_tokens(_TOKEN.findall(verdict.group("rest")))
        if rest is not None:
            return f"you think {en_guard.whose(verdict)}{verdict.group('verb')}{rest}"
    if _KIDDING.search(text) or set_reply(text):  # r35: "You're welcome."
        return None  # "you've got to be kidding": never "we've got to be kidding"
    # en64: read on their words, before "THIRD" is lowered ("Thanks for the THIRD gate change")
    if sarcastic_thanks(text, "en") or thanks_for_letdown([clause], "en"):
        # "Thanks for ruining my vacation": never "you're grateful for ruining"; en64: the
        # let-down said plainly ("you've had a third gate change today"), else quoted.
        return en_sarcasm.plain_letdown(text)
    thanks = _THANKS.match(text)
    if thanks:
        rest = _shift_tokens(_TOKEN.findall(text[thanks.end() :]))
        return None if rest is None else en_thanked.grateful(thanks.group("to").lower(), rest)
    please = _PLEASE.match(text)
    if please and text[please.end() :].split(" ", 1)[0].lower() in ("i", "i'm", "my", "im"):
        text, please = text[please.end() :], None  # "Please I really need help": a plea
    if not_said(text, please):  # r36: "please in regards to …", "Making it … for people …"
        return None  # "please you have a problem…": not a request we can reword
    frame, body = en_guard.ask_apart(*_frame(text))  # "give me X and how can i…": not asked
    shifted = _shift_tokens(_TOKEN.findall(body))
    if shifted is None or (frame.endswith(" to ") and en_guard.runs_on(body)):  # "stop I am…"
        return None
    if slips and en_seams.misspelt(text):  # "wether", "it was hack": said by us, the slip is ours
        return None
    if not_theirs(frame, body):  # "rebooked me", "Stranded my family": not the customer's doing
        return None
    shifted = _voiced(frame, shifted)
    return shifted if reads_as_clause(shifted) and not en_whole.broken(shifted) else None


def _kept_as_written(clause: str) -> bool:
    """Whether the clause is theirs to keep, quoted: never worded in our voice."""
    if en_guard.QUOTED_OR_RUDE.search(clause):
        return True  # someone else's words, or the customer's anger: theirs to keep, quoted
    capitals = [w for w in clause.split() if w[:1].isalpha()]
    if len(capitals) >= 6 and sum(w.istitle() and w != "I" for w in capitals) > 0.6 * len(capitals):
        return True  # "I Have Probleme With Arabic Input": Title Case is theirs to keep, quoted
    if _ASKED_INSIDE.search(clause):
        return True  # "… and i wanted to download it could you help me": asked, so quoted
    if _GENERIC_YOU.search(clause):
        return True  # "once you've locked yourself out": everyone's "you", not the company's
    # "… seems like it", "There's my package": theirs, never ours
    return bool(en_guard.theirs(clause) or en_irony.taken_back(clause))


def _plain(clause: str) -> str:
    """The clause tidied for our voice: no stutter, filler, stray capitals or shouting."""
    text = clause.replace("’", "'")
    text = _STUTTER.sub(r"\1", DANGLING.sub("", text))  # "easy, but…", "every time I I set"
    text = en_capitals.unslipped(text)  # "…, It says" → "…, it says"; "someone Hacked"
    text = _TRAILING_PLEASE.sub("", _YOUR_ALL.sub("your", text))
    text = en_guard.with_subject(en_guard.unglued(text))  # "is pirated help": not told
    text = _GUYS.sub(lambda m: m.group(0).split()[0] if " " in m.group(0) else "you", text)
    text = _FILLER.sub("", unexclaimed(text))  # r35: "oh my goodness, …"
    return en_capitals.unshouted(text, en_guard.route_codes(text))


def _voiced(frame: str, shifted: str) -> str:
    """The shifted clause with the subject its frame supplies, or a verdict or praise of ours
    said as theirs ("you feel that's unacceptable", "you feel we're the best")."""
    if frame:
        head = shifted.split(" ", 1)[0]
        return frame + (shifted if head.isupper() else shifted[:1].lower() + shifted[1:])
    if _JUDGED.match(shifted) and en_guard.first_words(shifted) & _VERDICT_WORDS:
        return "you feel " + shifted[:1].lower() + shifted[1:]  # their verdict, not ours
    if _OURS.match(shifted) and set(_WORDS.findall(shifted.lower())) & _PRAISE:
        return "you feel " + shifted[:1].lower() + shifted[1:]  # their praise, not our boast
    return shifted


def _frame(text: str) -> tuple[str, str]:
    """A subject for what the customer said without one: "(you) bought", "(please) send"."""
    please = _PLEASE.match(text)
    if please:
        rest = text[please.end() :]
        if rest.split(" ", 1)[0].lower() in NOT_A_VERB:
            return "", text  # "please you have a problem…": not a request to shift
        negated = en_guard.DONT.match(rest)
        if negated:  # "please don't let him…" → "you'd like us not to let him…"
            return "you'd like us not to ", rest[negated.end() :]
        return "you'd like us to ", rest  # after "please", a request
    words = text.split()
    if not words:
        return "", text
    first = words[0].lower().strip(",.!")
    second = words[1].lower() if len(words) > 1 else ""
    if first == "keep" and second in ("my", "the", "it", "them", "me", "your", "our"):
        return "you'd like us to ", text  # "Keep my money until…" is a request
    done = second in NOT_ORDERED or second.endswith("ed")  # "Call gets dropped": a noun
    if first in _IMPERATIVE and (len(words) == 1 or not done):  # not "Change made in 3 hours"
        return "you'd like us to ", text
    if first in ("maybe", "perhaps") and len(words) > 1 and words[1].lower() in _IMPERATIVE:
        return "you'd suggest we ", " ".join(words[1:])
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in _ADVERBS:
        lead += 1
    head = words[lead].lower().strip(",.!")
    if head == "been" and lead <= 1:  # "Been on hold…" → "you've been…"; "Been down…": it's
        return ("it's " if en_meaning.its_state(text) else "you've "), text
    if head in _PAST_OR_MODAL and customers_doing(words, lead):  # not "you has no idea"
        return "you ", text
    if head in _FEELING and (head != "fed" or text.lower().split()[lead + 1 : lead + 2] == ["up"]):
        return feeling_subject(words, lead), text  # en44: "you're a happy customer"
    following = words[lead + 1].lower().strip(",.!") if lead + 1 < len(words) else ""
    if head in _EVALUATIVE and (following in _AFTER_VERDICT or words[lead].endswith(",")):
        return "it's ", text  # "awesome!", "ridiculous that…"; not "awesome flight" (a noun)
    if en_its_getting.situation(" ".join(words[lead:])):  # en66: "Getting worse": it is
        return "it's ", text
    if head in _DOING and customers_doing(words, lead) and not en_meaning.gerund_subject(text):
        return "you're ", text  # "trying to check in…" → "you're trying to check in…"
    known = is_verb(head[:-3]) or is_verb(head[:-3] + "e") or is_verb(head[:-4])
    others = _DONE_TO_OTHERS.search(text) or not customers_doing(words, lead, text)
    if head.endswith("ing") and known and following in _AFTER_DOING and not others:
        return "you're ", text  # "Working through more music…" → "you're working through…"
    return "", text


_JUDGED = re.compile(r"^(?:that's|that is|this is|it's|it is|this was|that was|it was)\s", re.I)
_WORDS = re.compile(r"[a-z']+")
_OURS = re.compile(r"^(?:we|our|we're|we've)\s", re.IGNORECASE)
_PRAISE = frozenset(
    """best great amazing awesome excellent wonderful fantastic phenomenal outstanding good
    superb brilliant""".split()
)
_VERDICT_WORDS = _EVALUATIVE | frozenset(
    """bad unethical wrong unfair fair poor joke disgrace shame worst best ridiculous
    unbelievable outrageous rude awesome""".split()
)
_AFTER_VERDICT = frozenset("that to how when and but as because though of".split()) | {""}
_DONE_TO_OTHERS = re.compile(
    r"\b(?:on|to|at)\s+(?:the\s+)?(?:customers|people|passengers|clients|users|everyone)\b", re.I
)
_NOT_DOING = frozenset("nothing something anything everything morning evening boarding".split())
_AFTER_DOING = frozenset(
    """to through on in for with the my this a an out up again around at about from over back
    it you some any all so""".split()  # r31: not me/us: "letting me down" is done to them
)


def _words(tokens: list[str]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t[:1].isalpha()]


def _shift_tokens(tokens: list[str], start: int = 0) -> str | None:
    index = _words(tokens)
    lowered = {i: tokens[i].lower().replace("’", "'") for i in index}
    out = list(tokens)
    mine = any(lowered[i] in ("i", "me", "my", "i'm", "im", "i've", "mine") for i in index)
    for n, i in enumerate(index):
        if i < start or (len(tokens[i]) == 1 and tokens[i + 1 : i + 2] == ["."]):
            continue  # "U.S.", "U.K.": initials, not "you"
        word = lowered[i]
        before = lowered[index[n - 1]] if n else ""
        after = lowered[index[n + 1]] if n + 1 < len(index) else ""
        if word in ("you", "u") and before in ("if", "when", "once", "whenever") and not mine:
            return None  # "once you take an extra flight": anyone's "you"
        helper = after in _AUX or after in _NEGATED
        if word in ("you", "u") and helper and not mine and not _acts(index[n + 2 :], lowered):
            return None  # "you don't receive the boomerang": anyone's "you", not the company
        if before in _ADVERBS and n > 1 and lowered[index[n - 2]] in ("i", "we"):
            before = "\x02" + before  # "I definitely was" → "you definitely were"
        new = _shift_word(word, before, after, n == 0 or _sentence_start(tokens, i))
        if new is None:
            return None
        if tokens[i] == "US":
            continue  # the country or an airline's name, not "us"
        if new != word:
            out[i] = _case_like(tokens[i], new, n == 0)
    return "".join(out)


def _shift_word(word: str, before: str, after: str, at_start: bool) -> str | None:
    if word == "us" and after in ("air", "airways", "airway"):
        return "US"  # "us air should be ashamed": the airline, written small
    if word in _FIRST:
        return _FIRST[word]
    if word in _AGREE_I and (
        before in ("i", "we") or before in _AFTER_ADVERB or _and_am(word, before)
    ):
        return _AGREE_I[word]
    if word in ("am", "was", "wasn't") and after in ("i", "we"):
        return {"am": "are", "was": "were", "wasn't": "weren't"}[word]  # "was I" → "were you"
    if word in ("you", "u", "ya"):
        return _company_you(before, after, at_start)
    if word in _COMPANY:
        return _COMPANY[word]
    if word == "thank" and after in ("you", "u"):
        return None  # thanks mid-clause: quote rather than bend it
    return word


def _and_am(word: str, before: str) -> bool:
    """ "and (now) am" goes on an "I" clause; "9:30 am" never follows "and" or "now"."""
    return word == "am" and before in ("and", "but", "now", "still", "also", "then", "just")


_KEEPING = frozenset("keeping getting leaving making letting helping having".split())
_AUX = frozenset(
    """did do does will won't can can't would wouldn't could couldn't should shouldn't are
    aren't were weren't have haven't has had is isn't""".split()
)
_OBJECT_BEFORE = frozenset(
    """to for with from at about called call told tell emailed email contacted contact
    messaged message dm asked ask paid pay sent send gave give trust trusted thank thanked
    reached reach follow followed love loved hate hated chose choose by than like messaging
    writing contacting tweeting asking telling emailing calling dming following paying""".split()
)


_ACTIONS = _COMPANY_VERBS - frozenset(
    """have has had do does did are were aren't weren't will won't would wouldn't can can't
    cannot could couldn't should shouldn't need must get got take took make made keep kept give
    gave be""".split()
)
_AFTER_ADVERB = frozenset("\x02" + w for w in _ADVERBS)
_NEGATED = frozenset("don't didn't doesn't haven't hasn't dont didnt doesnt".split())
_SKIP = frozenset("even not ever never just really still always already n't".split())


def _acts(rest: list[int], lowered: dict[int, str]) -> bool:
    """Whether the verb after "you don't / have / will" is something a company does to one."""
    for i in rest:
        if lowered[i] not in _SKIP:
            return lowered[i] in _ACTIONS or lowered[i].endswith("ed")
    return False


def _company_you(before: str, after: str, at_start: bool) -> str | None:
    """ "you" meaning the company: subject → we, object → us; unsure → None."""
    if (after in _GENERIC_AFTER and before not in _AUX) or before in _KEEPING:
        return None  # "you know", "you can't", "keeping you connected": generic, not the company
    if after in _COMPANY_VERBS or after.endswith("ed") or before in _AUX:
        return "we"  # a verb follows, or an inverted "won't you": the company acts
    if before in _OBJECT_BEFORE:
        return "us"  # "I called you", "told you", "for you"
    return None


def _sentence_start(tokens: list[str], index: int) -> bool:
    for token in reversed(tokens[:index]):
        if token.isspace():
            continue
        return token.strip()[-1:] in ".!?"
    return True


def _case_like(original: str, new: str, first: bool) -> str:
    if original.isupper() and len(original) > 1 and new not in ("you", "your"):
        return new.upper()
    if original[:1].isupper() and first:
        return new[:1].upper() + new[1:]
    return new
