"""Choosing which of the customer's words to quote back."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import content_words
from dialogues.text import sentences

MAX_QUOTE_WORDS = 14


def key_sentence(messages: Sequence[str], language: str) -> str:
    """The sentence that carries the most content: the one worth quoting or building on."""
    candidates = [s for message in messages for s in sentences(message)]
    if not candidates:
        return ""
    return max(candidates, key=lambda s: len(content_words(s, language)))


_WHOLE_PAST_LIMIT = 3
_TRAILING = re.compile(r"[\s.!؟?،,;؛…]+$")


def short_quote(text: str, max_words: int = MAX_QUOTE_WORDS) -> str:
    """A verbatim fragment short enough to quote inside a sentence."""
    # «جيد ..........», «.جيده»: the marks around it are no words; never «جيد » nor «.جيده».
    text = text.strip().lstrip(".،,;؛").lstrip()
    words = text.split()
    # "… find my drafts where I left…": cutting the last word or three away reads as a slip,
    # not as a shorter quote; a sentence only just past the limit is quoted whole.
    if len(words) <= max_words + min(_WHOLE_PAST_LIMIT, max_words // 4):
        # «عالی بود …»: a trailing-off closes the praise; quoted it reads as words cut away.
        return _TRAILING.sub("", text) or text
    return " ".join(words[:max_words]).rstrip(".!؟?،,;؛") + "…"


def quote_full(messages: list[str]) -> str:
    """The customer's telling verbatim, one line per message."""
    return "\n".join(m.strip() for m in messages if m.strip())


# A link, or a handle closing a sentence, is no word of the customer's idea or praise: quoted
# back ("That's a thoughtful suggestion: "… @Shop https://t.co/…"") it reads as a machine's
# echo. A handle inside the sentence is a name it needs ("the menu at @Shop is great"): the
# name stays, without its "@" (never a hole: "at is great").
_LINKS = re.compile(r"https?://\S+|www\.\S+|\bt\.co/\S+")
_CLOSING_HANDLES = re.compile(r"(?:\s*(?<![\w@])@\w+)+\s*$")
_HANDLE = re.compile(r"(?<![\w@])@(?=\w)")
# «بسیار عالی بود👌👌👌»: emoji closing the praise are its tone, not words to quote back; nor a
# letter stretched for feeling («رووووعه» is quoted «روعه»: the script never writes one thrice).
_CLOSING_EMOJI = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+$")
_STRETCHED = re.compile(r"([\u0621-\u064a\u067e-\u06cc])\1{2,}")
# «مممتازة» is «ممتازة» stretched: a word may open on «مم» (ممتاز، ممكن، مميز), never on three.
_STRETCHED_MIM = re.compile(r"(?<![\u0621-\u064a\u067e-\u06cc])م{3,}")


def without_links(text: str) -> str:
    """The text without links, closing @handles or emoji; a handle inside it said as its name."""
    text = _CLOSING_HANDLES.sub("", " ".join(_LINKS.sub(" ", text).split()))
    text = _STRETCHED_MIM.sub("مم", _CLOSING_EMOJI.sub("", _HANDLE.sub("", text)))
    return _STRETCHED.sub(r"\1", text)
