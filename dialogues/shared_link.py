"""English first messages that share a link with a few untroubled words: asked about it.

"@VirginAmerica I love this graphic. http://…", "good to be home #texas http://…", "Northern
California coast http://…" were asked "What happened?" or "Where did it all start?" (the link
pulls the classifier's tone down): a photo or an article shared with praise or a caption is
no problem told. "I see you shared this" asks about it without presuming anything went wrong.
A caption with a word of trouble ("so unhelpful... http://…", "the nightmare continues") or a
question keeps its problem prompt.
"""

from __future__ import annotations

import re

from dialogues import telling
from dialogues.first_reply_en import HANDLE, INSULT, LINK, TAG, WORD

MOST_OWN_WORDS = 8  # words beside the link up to which it is a caption, not a telling
# A word of trouble, blame or negation: the caption complains ("both are disgusting",
# "needs to hire more people", "I don't believe that you do", "look at the state of this").
TROUBLE = re.compile(
    r"\b(?:not?|never|nothing|don'?t|didn'?t|doesn'?t|isn'?t|wasn'?t|can'?t|won'?t|aren'?t"
    r"|su[ck]ks?|terrible|worst|awful|horrible|hate|joke|ridiculous|nightmare|disgust\w*"
    r"|unhelpful|useless|worthless|cockup|fail\w*|crazy|delay\w*|cancel+\w*|stuck|lost"
    r"|broke\w*|wait\w*|hire|learn|stop\w*|again|still|smh|ugh|wtf|bad|poor|sorry|help"
    r"|dies?|dead|death|kill\w*|rude|late|missed|mess|shame|unacceptable|incompetent|state of"
    r"|lack\w*|lies|lied|lying|liars?|concern\w*|unsafe|dangerous|happen\w*|install\w*|updat\w*)\b"
    r"|[😒🙄😡😠😤🤬👎💔😞😢😭😑😐😔❌]"
    r"|[\"“]\w+[\"”]",  # a scare-quoted word: stepping up their "service"
    re.IGNORECASE,
)
# Inside a hashtag the words run together ("#2daysofhell", "#safetyconcerns"): read without \b.
TAG_TROUBLE = re.compile(
    r"hell|concern|fail|delay|cancel|stuck|lost|broke|nightmare|worst|suck|never|unsafe|angry"
    r"|fraud|scam|rude|lie|shame|disgust|terrible|awful|horrible"
    r"|nofun|nocustomer|noservice|onhold|hold",  # en58: "#nofun #nocustomerservice #onhold"
    re.IGNORECASE,
)
PROBLEM_PROMPTS = ("listen_event", "listen_impact")
ASKING_OPENERS = frozenset("what why how where when who which".split())  # "is …" may tell
GREETINGS = frozenset("hey hi hello yo dear".split())


def caption_without_trouble(message: str) -> bool:
    """A link with a few words beside it that tell, ask or complain of nothing."""
    if not LINK.search(message) or "?" in message:
        return False
    own = WORD.findall(TAG.sub(" ", HANDLE.sub(" ", LINK.sub(" ", message))))
    opening = [w.lower() for w in own if w.lower() not in GREETINGS][:1]
    if opening and opening[0] in ASKING_OPENERS:
        return False  # "what is this <link>": a question without its "?"
    if len(own) > MOST_OWN_WORDS or TROUBLE.search(message) or INSULT.search(message):
        return False
    if any(TAG_TROUBLE.search(tag) for tag in TAG.findall(message)):
        return False  # g_first41x: "wall separating in row 1. #safetyconcerns <link>"
    read = telling.read([LINK.sub(" ", message)], "en")
    return not (read.event or read.impact or read.need)


def prompt_for_link(prompt: str, message: str, language: str) -> str:
    """``listen_link`` for a problem prompt on a shared link with an untroubled caption."""
    if language == "en" and prompt in PROBLEM_PROMPTS and caption_without_trouble(message):
        return "listen_link"
    return prompt
