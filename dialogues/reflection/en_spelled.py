"""English spellings mended before a message is read: "@" for "at", "you're" for "your"."""

from __future__ import annotations

import re

from dialogues.reflection.handles import at_signs

# "you're customer service is terrible", "how horrible you're attendants are": "your" typed as
# "you're", with the noun and its verb after it; never "we're customer service" in our voice.
_YOURE_FOR_YOUR = re.compile(
    r"\b(?i:(y)ou['’]?re)\s+(?=(?!(?i:not|so|too|very|really|still|just|only|all|also|always"
    r"|never|right|wrong|sure|correct|welcome|aware|able|the|a|an|that|this|it|there|here|now"
    r"|saying|telling|kidding|asking|going)\b)[a-z]+(?<!ing)(?<!ed)(?<!ly)(?:\s+[a-z]+(?<!ly))?"
    r"\s+(?:is|are|was|were)\b)"
)

# "… cover my reasons I'm afraid": a hedge of regret, no fear (never "you're afraid" said back);
# "you are still human I hope,", "AA138 I believe.": a comment on the clause, set off by a comma
# (never run on as "we are still human you hope").
_AFRAID_AFTER = re.compile(r"(?<=[a-z0-9])[ \t]+I(?:['’]m| am) afraid(?=\s*(?:[.!,;]|$))")
_HEDGE_AFTER = re.compile(
    r"(?<=[a-z0-9]{2})(?<!\balright)(?<!\bok)(?<!\bokay)[ \t]+"
    r"(?=I (?:hope|guess|believe|suppose|think)\s*(?:[.!,;]|$))",
    re.IGNORECASE,
)


# r36: "yes but you are still human I hope": a whole clause hoped, said "I hope you are still
# human" (shifted "you hope we are still human"), never "we are still human, you hope".
_CLAUSE_HOPED = re.compile(
    r"(?P<lead>^(?:\s*\.?@\w+)*\s*|[.!?]\s+|\b(?:but|and|so)\s+)"
    r"(?P<clause>(?i:you|we|they|it|he|she|everything|everyone)(?:['’](?:re|s|ll))?"
    r"\s+[a-z][^.!?,;@#]*?)[ \t]+I (?P<verb>hope|think|believe)(?=\s*(?:[.!,;]|$))"
)


def _hoped(match: re.Match[str]) -> str:
    """ "you are still human I hope" said as "I hope you are still human"."""
    return f"{match.group('lead')}I {match.group('verb')} {match.group('clause')}"


# r43: "is not@my idea", "computers@were@down", "chk@preboard": an "@" typed between two
# lower-case words, no handle and no e-mail address (no domain, no digit or dot before), is a
# space; said back as typed it reads "is not@your idea". A word named as a handle elsewhere in
# the tweet ("thanks@united … @united") stays a handle.
_GLUED_AT = re.compile(r"(?<![\w.+@-])[a-z]+(?:@[a-z]+)+(?![\w.@-])")


def unglued(message: str) -> str:
    """The message with an "@" glued between two lower-case words made a space."""
    handles = {name.lower() for name in re.findall(r"(?<!\w)@(\w+)", message)}

    def spaced(found: re.Match[str]) -> str:
        words = found.group(0).split("@")
        return found.group(0) if handles & set(words[1:]) else " ".join(words)

    return _GLUED_AT.sub(spaced, message) if "@" in message else message


def spelled(message: str) -> str:
    """The message with an "@" for "at" and a "you're" for "your" said as meant."""
    message = at_signs(unglued(message))  # "still @ layover airport": "at", never a handle
    message = _CLAUSE_HOPED.sub(_hoped, message)
    message = _HEDGE_AFTER.sub(", ", _AFRAID_AFTER.sub("", message))
    return _YOURE_FOR_YOUR.sub(lambda m: f"{m.group(1)}our ", message)
