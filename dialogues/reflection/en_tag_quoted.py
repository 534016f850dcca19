"""A glued hashtag quoted back keeps its "#": “big surprise #nogate”, never “big surprise nogate”.

Hashtags lose their "#" early, so a tag that is an ordinary word ("#fail", "#Disney", "#JAX")
reads on as the sentence's word. A glued tag ("#nogate", "#epicfail", "#DividendMiles",
"#worst2unitedflightsever") is no word: inside a quote of the customer's words without its
"#" it reads as a typo or a non-word. Quoted, it is the customer's own writing, so its "#"
goes back. Outside a quote (our voice) nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

_KNOWN = frozenset(
    (Path(__file__).parent / "lexicon" / "en_known.txt").read_text(encoding="utf-8").split()
)
_TAG = re.compile(r"(?<![\w#&/])#(\w+)")
_CODE = re.compile(r"[A-Za-z]{1,3}\d+")  # "#aa106", "#US3645", "#B737": a flight or a plane
_QUOTED = re.compile(r"“[^“”]*”")


def glued(tag: str) -> bool:
    """Whether a tag is no plain word: words run together, a camel-cased name, digits inside."""
    if tag.isdigit() or _CODE.fullmatch(tag) or "_" in tag:
        return False
    if any(c.isdigit() for c in tag) or re.search(r"[a-z][A-Z]", tag):
        return True
    return len(tag) > 3 and tag.lower() not in _KNOWN


def tagged(said: str, messages: Sequence[str]) -> str:
    """The reflection with each glued tag inside a quote given back its "#"."""
    tags = {t.lower(): t for m in messages if "#" in m for t in _TAG.findall(m) if glued(t)}
    if not tags or "“" not in said:
        return said
    word = re.compile(
        r"(?<![\w#@])(" + "|".join(re.escape(t) for t in tags) + r")(?![\w@])", re.IGNORECASE
    )

    def mend(quote: re.Match[str]) -> str:
        text = quote[0]  # "… belt!toolong" → "… belt! #toolong": the tag a word of its own
        return word.sub(lambda m: _spaced(text, m.start()) + "#" + tags[m[1].lower()], text)

    return _QUOTED.sub(mend, said)


def _spaced(text: str, at: int) -> str:
    """A space before a tag glued to a mark ("belt!#toolong"), else nothing."""
    return " " if at and text[at - 1] in "!?.,;:" else ""
