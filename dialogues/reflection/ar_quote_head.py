"""Arabic: a second quote never opens on the «و» or «كما» that joined it to the one before (r55).

A second quote in one frame was joined «…»، و«…»; one that opened on its own «و» was joined
«…»، «وفوقها بشمسل …»» (the quote's first word a dangling "and on top of it"), and one that
opened on «كما» ("as also") got a second «و»: «…»، و«كما أعجبت صاحبة الهدية»». The joining
word is ours to say, outside the quote: «…»، و«فوقها بشمسل …»»، «…»، كما «أعجبت صاحبة
الهدية»». A word of «و» itself («وجبة»، «وصل»، «واضح») stays inside.

A quote opening on «الذي …» had lost its head to the noise cut («الحمدلله الذي اكرمنا بزيارة
…» → «قلت: «الذي اكرمنا …»»): the thanks to God is put back, as written, inside the quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection.ar_edges import without_opening_waw
from dialogues.text import fold

# «كما» (or «وكما») opening a quote: said before it, outside.
_AS_ALSO = re.compile(r"^«و?(كما)\s+(?=\S)")
# Words a joining «و» is glued to at a quote's start: «وفوقها»، «وغير»، «ولا»، «وايضا».
_JOINED = frozenset(
    fold(w)
    for w in """فوق فوقها فوقه فوقهم غير ايضا أيضا ايضاً أيضاً لا لم لن ما حتى كمان لقد قد
    كذلك بعدها بعده عليه عليها فيه فيها منها منه لكن لاكن""".split()
)


def joined(piece: str) -> str:
    """A second quote of the frame with the word that joins it: «، و«…»», «، كما «…»»."""
    also = _AS_ALSO.match(piece)
    if also:
        return f"، {also.group(1)} «{piece[also.end() :]}"
    if piece.startswith("«و"):
        body = piece[1:]
        first = fold(body.split(" ", 1)[0][1:].rstrip(".,!?؟،"))
        if first in _JOINED or without_opening_waw(body) == body[1:]:
            return f"، و«{body[1:]}"  # «وفوقها …» → و«فوقها …»: the «و» is ours
        return "، " + piece  # «وجبة …»: a word of «و» itself, quoted whole
    return "، و" + piece


# «الحمدلله الذي …»، «الحمد لله الذي …»: the head a relative opening a quote was cut from.
_RELATIVE = re.compile(r"^(?:الذي|التي|الذين)\s")
_PRAISED_GOD = re.compile(r"(الحمد\s?لله)\s+$")


def with_head(body: str, messages: Sequence[str]) -> str:
    """A quote opening on «الذي …» with the «الحمدلله» it was cut from, as written."""
    if not _RELATIVE.match(body):
        return body
    start = " ".join(body.split()[:3])
    for message in messages:
        at = " ".join(message.split()).find(start)
        head = _PRAISED_GOD.search(" ".join(message.split())[:at]) if at > 0 else None
        if head:
            return f"{head.group(1)} {body}"
    return body
