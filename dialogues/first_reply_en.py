"""English first messages whose reflection at once would misframe them: prompted instead.

English tweets are often rhetorical questions, "When you …" memes, photo captions, fragments
or insults; said back at once they read as "you're asking 'Why are X always delayed'", "what
happen to our system", "you said '2017 and you … cant even'" (first30en, a blind gate on
first replies: 21 of 60 worse). A listening prompt fits such a message better.
"""

from __future__ import annotations

import re

from dialogues.sarcastic_thanks import thanks_for_letdown

HANDLE = re.compile(r"@\w+")
LINK = re.compile(r"https?://\S+")
WORD = re.compile(r"[A-Za-z']+")
QUOTED = re.compile(r"“[^”]*”")
# "When you buy strawberries … and theyre mouldy": a meme without a main clause.
# "When I try to log in it gives me an error" has its main clause and stays said back.
MEME = re.compile(r"^\W*when\s+(you|your|@)", re.IGNORECASE)
LEADING_HANDLES = re.compile(r"^(\s*@\w+)+")
# Insults and swearing: said back in our voice, or cut to "your DVR is up", they read badly.
INSULT = re.compile(
    r"idiot|\bliars?\b|pussy|fuck|\bwtf\b|stupid|moron|\bclowns\b",
    re.IGNORECASE,
)
# A question word in our own voice that keeps the customer's grammar: "what happen to our
# system", "check your booking why your meals is gone", "look what X did to your bag". "What
# you are put off by is …", "which didn't work", "that's why" read well and are kept.
WH_CLAUSE = re.compile(
    r"(^|, (and|but) )(what|why|how|where|who) (?!(you|we|they|he|she|it|i)\b)", re.IGNORECASE
)
WH_GRAMMAR = re.compile(r"\blook what\b|(?<![\w'’])([\w'’]+) why\b", re.IGNORECASE)
WHY_READS_WELL = {"that's", "that’s", "that", "is", "know", "wonder", "see", "and", "but", "reason"}
# Said back from a number or a bare request, the reflection is a fragment: "17.15 was told to
# come off then …", "any updates on the 09:31 …".
FRAGMENT_START = re.compile(r"^(\d|any\b)", re.IGNORECASE)
RHETORICAL = re.compile(r"\balways\b|\bso (horrible|bad|slow|terrible|awful)\b", re.IGNORECASE)
QUESTION_WORD = re.compile(r"^\W*(why|what|how|who)\b", re.IGNORECASE)
FEW_WORDS_WITH_LINK = 9  # words beside a link below which the link is most of the message
# A caption that praises ("So far so good!", "you can't beat X") is thanked well when said
# back; a prompt would ask what happened or what it meant for them.
PRAISING = re.compile(r"\b(good|great|love|best|beat|awesome|amazing)\b", re.IGNORECASE)


# "“@JetBlue: Our fleet's on fleek. http://…” SMH", "STAHP!! RT @JetBlue Our fleet's …": the
# airline's own post (or someone else's) quoted, with a word or two of their own around it.
SHARED_POST = re.compile(r"[“\"]\s*\.?@\w+\s*:[^”\"]*[”\"]?|\bRT\s*@\w+\b.*$", re.DOTALL)
TAG = re.compile(r"#\w+")
FEW_OWN_WORDS = 3  # own words beside a shared post up to which it is a reaction, not a telling


def shares_post(message: str) -> bool:
    """Whether the message quotes or retweets a post ("“@JetBlue: …”", "RT @JetBlue …")."""
    return bool(SHARED_POST.search(message))


# "Thanks. “@USAirways: … We're sorry for the delay.”": thanks for the post, thanked back.
THANKS = re.compile(r"\b(thanks|thank\s+(you|u)|thx|ty)\b", re.IGNORECASE)
# "Nice RT @VirginAmerica: …", "Cool! “@JetBlue: …”": praise is said back as before.
PRAISE_WORD = re.compile(
    r"\b(nice|lovely|cool|awesome|great|love|best|amazing|beautiful|wonderful)\b", re.IGNORECASE
)


def own_words(message: str) -> list[str]:
    """The words of a message beside a quoted or retweeted post, its handles, tags and links."""
    own = TAG.sub(" ", HANDLE.sub(" ", LINK.sub(" ", SHARED_POST.sub(" ", message))))
    return WORD.findall(own)


def reacts_to_post(message: str) -> bool:
    """A shared post with a reaction of a few words ("NOOOO", "this happened") around it."""
    if not shares_post(message):
        return False
    own = own_words(message)
    return len(own) <= FEW_OWN_WORDS and not PRAISE_WORD.search(" ".join(own))


def thanks_for_post(message: str) -> bool:
    """ "Thank you! “@JetBlue: … Enjoy the ride!”": thanks around a shared post."""
    return reacts_to_post(message) and bool(THANKS.search(" ".join(own_words(message))))


def misframed(message: str, reflection: str) -> bool:
    """Whether saying this English first message back at once would misframe it."""
    text = HANDLE.sub(" ", message)
    words = WORD.findall(LINK.sub(" ", text))
    ours = QUOTED.sub(" ", reflection)
    return (
        bool(MEME.match(LEADING_HANDLES.sub("", message)))
        or _caption(text, words)
        or bool(INSULT.search(text))
        or _keeps_their_grammar(_frame_free(ours).strip())
        or _rhetorical(text)
        or _sneer_quoted(message, ours)
    )


def _sneer_quoted(message: str, ours: str) -> bool:
    """en64: sarcastic thanks we can only quote whole ("you said “Thanks for nothing”"): the
    sneer said back as if it were their point; "how has that affected you?" listens instead."""
    return not re.search(r"\w", _frame_free(ours)) and thanks_for_letdown([message], "en")


def _caption(text: str, words: list[str]) -> bool:
    """A photo or a link with a few words that do not praise: "grapes bought on Saturday"."""
    few = len(words) < FEW_WORDS_WITH_LINK
    return bool(LINK.search(text)) and few and not PRAISING.search(text)


def _rhetorical(text: str) -> bool:
    """ "Why are X always delayed #nightmare", "Why is X so horrible!": a complaint, not a query."""
    if not QUESTION_WORD.match(text):
        return False
    return bool(RHETORICAL.search(text)) or "#" in text or "!!" in text


def _frame_free(ours: str) -> str:
    """Our own words of the reflection, without the frames around quotes ("you said")."""
    return re.sub(r"you're asking|you said|you sent", " ", ours, flags=re.IGNORECASE)


def _keeps_their_grammar(ours: str) -> bool:
    """A question word in our voice that carries the customer's grammar ("what happen to")."""
    # only where our words open the reflection: after a quote, "“No window for 10A”, 10F has
    # one, …" is a list (reflection.en_chain), not a fragment
    if WH_CLAUSE.search(ours) or (not ours.startswith(",") and FRAGMENT_START.search(ours)):
        return True
    return any(  # "look what …" has no word before a "why" to read: it always misframes
        m.group(1) is None or m.group(1).lower() not in WHY_READS_WELL
        for m in WH_GRAMMAR.finditer(ours)
    )
