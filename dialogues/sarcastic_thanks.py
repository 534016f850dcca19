"""English thanks for a let-down: sarcasm, a complaint that is never thanked back.

Tuning tweets got "That means a lot" for "Thanks so much for ruining my vacation", "thanks for
nothing", "Thank you for the worst experience ever", "great job losing one of my six bags":
the thanks thanks for what went wrong, so it means its opposite. Sincere thanks beside a
let-down ("thanks for your help! I left a message for lost and found") and thanks for a let-down
put right ("thank you for fixing my 5 hour delay", "for compensating us for our 4 lost bags")
stay praise. Convo51: thanks for a burden or a wait LETDOWN has no word for ("thanks for the
5 hour layover", "thanks for not even coming with a solution") is sarcasm too, and so is a
closing "Great job" / "Way to go" after a let-down ("… won't let me talk to any1. Great job").
Round en51: "love" and "glad" thank the same way ("I love being stuck here for two extra days",
"so glad I paid for a seat that doesn't recline", "There's nothing I love more than being on
hold"): a let-down as what they love is sarcasm, and so is a "sure love" / "gotta love" beside a
let-down told ("delayed 5 hours. No reason given. Sure love flying with your airline").
Round en63: readers found "That means a lot" after "Thanks for the THIRD gate change", "Thanks
for having us hang out at the airport forever", "well done, you have taken the fun out of air
travel" and "thanks for reminding me how much easier it is to fly Southwest": a repeat shouted
in capitals (or "yet another", "for the third time"), a time "forever", the fun taken out, and
a rival preferred are let-downs thanked for; a rival the customer wrote to is no rival.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues import telling
from dialogues.letdown_told import LETDOWN

# "Thanks (so much) for …", "thank you for …", "great job …", "way to go …": what follows is
# what they thank for, up to the clause's end.
_THANKED_FOR = re.compile(
    r"\b(?:thanks?(?:\s+you(?:\s+guys|\s+all)?)?(?:\s+(?:so|very)\s+much|\s+a\s+lot)?\s+for"
    r"|great\s+job|nice\s+job|good\s+job|way\s+to\s+go|well\s+done)\b(?P<rest>[^.!?;\n]*)",
    re.IGNORECASE,
)
# A burden as what they thank for, in words LETDOWN lacks: "for not even coming with a
# solution", "for making everyone wait in the dark", "for leaving our 3 year old in his own row".
_BURDEN = re.compile(
    r"^\s*(?:not\s+even|not\s+(?:getting|helping|answering|responding|replying|telling"
    r"|informing|calling|updating|coming|providing|caring)"
    r"|(?:making|having)\s+(?:me|us|everyone|everybody|people|passengers|my\s+\w+|our\s+\w+)"
    r"\s+(?:wait|sit|stand|miss|pay|sleep|stay|spend|run|hang)"
    r"|leaving\s+(?:me|us|my|our|everyone))\b",
    re.IGNORECASE,
)
# A time spent waiting: "the 5 hour layover", "wait … for an hour" (the wait word beside it),
# "two extra days" ("extra" its wait word).
_DURATION = re.compile(
    r"\b(?:\d+(?:\.\d+)?\+?|an?|one|two|three|four|five|six|seven|eight|nine|ten|half(?:\s+an)?)"
    r"[\s-]*(?:extra\s+|more\s+)?(?:hours?|hrs?|minutes?|mins?|days?)\b",
    re.IGNORECASE,
)
_WAITED = ("delay*", "layover*", "wait*", "hold", "tarmac", "sitting", "stuck", "late", "extra")
# "I love …", "so glad I …", "loving …": what follows is what they love, up to the clause's end.
# Not "would love" (a wish), "love you guys" nor "glad to hear" (news they welcome); nor a
# "love hate relationship" (both told plainly: its gate lost 2 / 1 when quoted as sarcasm).
_LOVED_FOR = re.compile(
    r"(?<!would\s)(?<!i'd\s)\b(?P<marker>(?:gotta|got\s+to|sure|just|nothing\s+i)\s+)?"
    r"(?:love|loving|loved|(?:so\s+|really\s+)?glad|enjoy(?:ed|ing)?)\b"
    r"(?!\s+(?:to\s+hear|you\b))(?![\s/-]+hate\b)"
    r"(?P<rest>[^.!?;\n]*)",
    re.IGNORECASE,
)
# Paid for something that does not work: "glad I paid for a seat that doesn't recline".
_PAID_FOR_NOTHING = re.compile(
    r"\bpaid\b.*\b(?:doesn't|doesnt|don't|didn't|not|no|never|won't|broken)\b", re.IGNORECASE
)
# A closing "Great job" / "Way to go" / "Well done", only tags, links or marks after it.
# Round en53: a comma or dash before it ("delayed again, great job @united"), the crew
# addressed after it ("great job guys!", "nice work team"), and "Keep up the #Failing".
_CLOSING_PRAISE = re.compile(
    r"(?:^|[.!?\n,\-–—]\s*)(?P<closer>(?:great|nice|good)\s+(?:job|work)|way\s+to\s+go"
    r"|well\s+done|keep\s+up\s+the\s+#?fail\w*)"
    r"(?:\s+(?:guys|team|folks|everyone|y'all|all|again))?"
    r"[^\w#@]*(?:(?:#\w+|@\w+|https?://\S+)[^\w#@]*)*$",
    re.IGNORECASE,
)
# Before the closer: a let-down told ("won't let me talk to anyone", "no idea when") and no
# word of praise ("on time today! Nice work!", "did a great job. Well done!" stay praise).
_COMPLAINED = LETDOWN["en"] + (
    "won't", "wont", "can't", "cant", "no idea", "nobody", "no one", "not", "never",
    "no reply", "no response", "no answer", "still no", "still waiting", "#fail*",
)  # fmt: skip
_PRAISED = (
    "great", "amazing", "awesome", "on time", "love*", "thank*", "thx", "kudos", "pleasant*",
    "helpful", "excellent", "best", "safe", "good", "nice", "glad", "happy",
)  # fmt: skip
_SARCASM_TAG = re.compile(r"(?<!\w)#(?:sarcasm|sarcastic)\b", re.IGNORECASE)
# A let-down as what they thank for, beyond LETDOWN's words ("for nothing", "losing my bag").
_THANKED_LETDOWN = LETDOWN["en"] + (
    "nothing", "losing", "subpar", "inconvenience",
    # en63: "hang out at the airport forever", "you have taken the fun out of air travel"
    "forever", "taken the fun out", "took the fun out", "take the fun out", "taking the fun out",
)  # fmt: skip
# en63: a repeat as what they thank for, shouted ("the THIRD gate change", "AGAIN", "ANOTHER")
# or told ("yet another", "for the third time"). Case-sensitive: "the second leg" is no repeat.
_REPEAT_SHOUTED = re.compile(
    r"\b(?:SECOND|THIRD|FOURTH|FIFTH|SIXTH|2ND|3RD|4TH|5TH|AGAIN|ANOTHER|YET\s+AGAIN)\b"
)
_REPEAT_TOLD = re.compile(
    r"\byet\s+another\b|\bfor\s+the\s+(?:third|fourth|fifth|sixth|umpteenth|nth|\d+(?:rd|th))"
    r"\s+time\b",
    re.IGNORECASE,
)
# Something good repeated is still praise: "thanks for the SECOND upgrade this year!"
_GOOD_REPEATED = (
    "upgrade*", "free", "great", "amazing", "awesome", "best", "lovely", "help*", "kind*",
    "nice", "good", "wonderful", "fantastic", "excellent", "perfect", "voucher*", "credit*",
)  # fmt: skip
# en63: a rival preferred, "reminding me how much easier it is to fly Southwest", "reminding
# me why I fly Delta": the rival named, not the one written to (an @handle holding its name).
_RIVAL_PREFERRED = re.compile(
    r"^\s*remind\w*\s+(?:me|us)\s+(?:why\s+(?:i|we)\s+(?:\w+\s+)?(?:fly|prefer|choose|book|use)"
    r"|how\s+much\s+(?:\w+\s+)?(?:easier|better|nicer|cheaper|more\s+\w+)\s+it\s+is\s+to"
    r"\s+(?:fly|use|book)(?:\s+with)?)\s+(?P<rival>[A-Z][\w&-]+)"
)
# Words before the let-down that put it right or set it aside: "fixing my delay", "vouchers
# after the long wait", "informed during the delays", "didn't need to worry about … late",
# "getting our daughter home when …", "the quick response, faster than sitting on hold",
# "one bright spot in a frustrating situation", "the offer, but I … hours late", "making
# good on my Cancelled flight" (a blind reader: "genuine praise, apologised for").
_PUT_RIGHT = (
    "fix*", "compensat*", "refund*", "voucher*", "credit*", "help*", "rebook*", "resolv*",
    "sorted", "apolog*", "during", "despite", "after", "through", "with", "not", "no", "never",
    "didn't", "don't", "without", "worry", "avoid*", "spite", "getting", "than", "but",
    "quick*", "fast*", "bright", "good", "accommodat*", "reschedul*", "care", "handl*",
    "mak* up", "sort*",
)  # fmt: skip


def thanks_for_letdown(messages: Sequence[str], language: str) -> bool:
    """Thanks (or "great job") for a let-down, a burden or a wait, or a #sarcasm tag: sarcasm."""
    if language != "en":
        return False
    text = "\n".join(messages)
    if _SARCASM_TAG.search(text):
        return True
    if _loves_letdown(text, language):
        return True
    for match in _THANKED_FOR.finditer(text):
        rest = match.group("rest")
        if _BURDEN.match(rest):
            return True
        if _repeat_thanked(rest, language) or _rival_preferred(rest, text):
            return True
        if _let_down_in(rest, _THANKED_LETDOWN, language):
            return True
    return False


def _repeat_thanked(rest: str, language: str) -> bool:
    """ "for the THIRD gate change", "for yet another delay": a let-down again, unless good."""
    if not (_REPEAT_SHOUTED.search(rest) or _REPEAT_TOLD.search(rest)):
        return False
    return not telling.find(telling.tokens(rest), _GOOD_REPEATED, language)


def _rival_preferred(rest: str, text: str) -> bool:
    """ "for reminding me how much easier it is to fly Southwest", not written to Southwest."""
    rival = _RIVAL_PREFERRED.match(rest)
    if not rival:
        return False
    name = rival.group("rival").lower()
    handles = [h.lower() for h in re.findall(r"@(\w+)", text)]
    return name not in ("you", "your", "with") and not any(name in h for h in handles)


_LOVED_LETDOWN = (*LETDOWN["en"], "on hold")  # "I love being on hold for an hour"


def _loves_letdown(text: str, language: str) -> bool:
    """ "I love being stuck here", "so glad I paid for a seat that doesn't recline": sarcasm."""
    for match in _LOVED_FOR.finditer(text):
        rest = match.group("rest")
        if match.group("marker") and telling.find(telling.tokens(text), LETDOWN["en"], language):
            return True  # "delayed 5 hours … Sure love flying with your airline"
        if _BURDEN.match(rest) or _PAID_FOR_NOTHING.search(rest):
            return True
        if _let_down_in(rest, _LOVED_LETDOWN, language):
            return True
    return False


def _let_down_in(rest: str, letdown: tuple[str, ...], language: str) -> bool:
    """A let-down (or a wait) in what they thanked or "loved" for, not put right before it."""
    seq = telling.tokens(rest)
    letdowns = telling.find(seq, letdown, language)
    if (waited := _DURATION.search(rest)) and telling.find(seq, _WAITED, language):
        letdowns.append((len(telling.tokens(rest[: waited.start()])), 0))
    if not letdowns:
        return False
    first = min(start for start, _ in letdowns)
    return not any(start < first for start, _ in telling.find(seq, _PUT_RIGHT, language))


def closes_in_sarcasm(messages: Sequence[str], language: str) -> bool:
    """A let-down told, then a closing "Great job" / "Way to go": sarcasm, no praise."""
    if language != "en":
        return False
    text = "\n".join(messages).strip()
    closing = _CLOSING_PRAISE.search(text)
    if not closing:
        return False
    seq = telling.tokens(text[: closing.start("closer")])
    return bool(telling.find(seq, _COMPLAINED, language)) and not telling.find(
        seq, _PRAISED, language
    )
