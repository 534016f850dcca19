"""A Persian quote never opens on a connective whose other half was not said back (fa61).

A clause is quoted from where it was cut, and a cut can fall just after the word a
connective leans on. Read on the tune pool (issue 8, fa61), three shapes hung:

- «درود بر شما که همیشه کیفیتتون بی نظیر …» said back «گفتید «که همیشه کیفیتتون …»»:
  the greeting went as courtesy, its «که» stayed and opens the quote on nothing. The
  «که» goes: «گفتید «همیشه کیفیتتون …»» is what they said of the company.
- «… اما یک ساندویچ سرد … چرا یک ساعت … ارسال بشه؟» said back «گله دارید که «اما یک
  ساندویچ …»»: the turn stays outside the quote as it does for «گفتید» (``_OPENING_LINK``
  in ``__init__``): «اما گله دارید که «یک ساندویچ …»».
- «ولی ولی باید …» (a word typed twice) said back «ولی گفتید «ولی باید …»»: the turn said
  once, outside.

Only a quote's first word is touched, and only these connectives: «تا»، «چون» open a
clause of their own («تا شب معدم سنگین بود»، «چون ۲۸ دقیقه زمان نشان دادید …») and stay.
"""

from __future__ import annotations

import re

# The frames a Persian clause is quoted in: «گفتید «…»», «می‌پرسید «…»», «گله دارید که «…»».
_FRAMES = ("گفتید", "می‌پرسید", "گله دارید که")
_FRAME = "(?:" + "|".join(re.escape(f) for f in _FRAMES) + ")"
_TURN = "(?:ولی|ولى|اما|ولیکن)"
# «ولی گفتید «ولی …»»: the turn outside and again inside.
_TWICE = re.compile(rf"^({_TURN}) ({_FRAME}) «{_TURN}\s+")
# «گله دارید که «اما …»»: the turn inside a frame that does not already carry one.
_INSIDE = re.compile(rf"^({_FRAME}) «({_TURN})\s+")
# «گفتید «که همیشه …»»: «که» (or «ک») hung on a word that was not said back.
_THAT = re.compile(rf"^((?:{_TURN} )?{_FRAME}) «(?:که|ک)\s+(?=\S+\s+\S)")


def outside(piece: str) -> str:
    """``piece`` with a connective that opens its quote moved outside it or dropped."""
    twice = _TWICE.match(piece)
    if twice:
        return f"{twice.group(1)} {twice.group(2)} «{piece[twice.end() :]}"
    inside = _INSIDE.match(piece)
    if inside:
        return f"{inside.group(2)} {inside.group(1)} «{piece[inside.end() :]}"
    that = _THAT.match(piece)
    if that:
        return f"{that.group(1)} «{piece[that.end() :]}"
    return piece
