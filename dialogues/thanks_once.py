"""The thanks after "yes" does not quote again what the reflection has just said back.

Issue 8 ("no phrase repeated in a conversation"): the reflection says the praise or the idea
back, the customer says "yes", and the thanks quoted the same words a second time:

  «بگذارید ببینم درست متوجه شدم: گفتید «کاش یه گزینه داشتید که …». درست است؟»
  «ممنون که برایمان فکر کردید: «کاش یه گزینه داشتید که …». همان‌طور که گفتید ذخیره شد.»

On int36's tune pools the thanks re-quoted ≥12 characters of the reflection in fa 821 of
5,540 replies, ar 412 of 2,624, en 275 of 6,729. Once they said yes they have heard their
words once; the thanks now says what it thanks for without them:

- praise: by the things it named («ممنون از لطفتان درباره‌ی غذا و پیک», "the kind words
  about the crew": praise_named.py, whatever its length), else the unquoted line
  (``thanks_praise_heard``: «ممنونم که این را گفتید؛ …», "Thank you for telling us. …");
- an idea: the unquoted idea line (``thanks_idea_heard``: "Thank you for the idea. I've
  written it down in your own words …"): the reflection holds one idea, "the idea" is it.

Narrow on purpose: only praise with a word of praise and no "but", "not" or let-down in it
(praise_named.turns), only an idea with a wish in it (cues.IDEA). NLU's praise or idea that is
a let-down or sarcasm ("good luck, I've been waiting a week") is thanked wrongly either way;
an unquoted "That means a lot" is no better there, so it stays as it was.

The quote stays where it adds something: a part the reflection did not say back ("yes, but
also …" quoted beside it), or praise picked out of a reflection that said much more (a
let-down, a question: "…, but you said “love flying with you”"), where an unquoted "thank
you for telling us" would not say which part is thanked.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from dialogues import cues, telling
from dialogues.ar_praise_named import _letdown as ar_letdown
from dialogues.ar_praise_named import ar_praised, norm
from dialogues.feedback_quote import unlinked
from dialogues.heard_back import said_back, thanks_key
from dialogues.plain_question import LETDOWN
from dialogues.praise_named import named_praise, price_named_aside, turns
from dialogues.text import fold, words
from dialogues.whole_clause import thanks_quote

# Two quotes in one pair of the catalog's quote marks (feedback_quote._QUOTES_JOINED).
_JOINED = ('" and "', "» و «", "» و«")
# Praise is thanked unquoted only when the quote is most of what the reflection said back of
# the customer's words: otherwise the quote picks out which part of it is thanked.
_MOST_OF_IT = 0.5
_SHORT = 2  # «و», "a", «از»: too common to count
# A condition, an exception or staleness told (the integration gate): praise NLU heard there
# is not "You made us happy" unquoted; the quote keeps what they said.
_FA_HEDGE = re.compile(
    r"(?<!\S)(?:اگه|اگر|بجز|به جز|جز اینکه|کهنه|غیر ?تازه|ایراد\S*|مشکل\S*)(?!\S)"
)
# A request thanked as praise ("I would appreciate a call by 9am"): the quote keeps it asked.
_EN_ASKED = re.compile(r"\b(?:would|'d) appreciate\b|\bplease\b|\bpls\b", re.IGNORECASE)
# The price named alone: the thing praised beside it (a watch, «ممتاز») is not in the lists.
_PRICE_ALONE = {"السعر", "الأسعار", "قیمت"}


def _parts(quote: str) -> list[str]:
    for mark in _JOINED:
        if mark in quote:
            return [p for p in quote.split(mark) if p.strip()]
    return [quote]


def _content(text: str) -> set[str]:
    return {fold(w) for w in words(text) if len(w) > _SHORT}


def _most_of_it(quote: str, reflection: str, told: str) -> bool:
    """Whether the quote is most of the customer's words the reflection said back."""
    back = _content(reflection) & _content(told)
    if not back:
        return True
    return len(back & _content(quote)) >= _MOST_OF_IT * len(back)


def _one_dish(named: str, quote: str) -> bool:
    """Two named things close in the quote: one dish («جوجه کباب», «پیتزا فیله مرغ»)."""
    things = [t for t in re.split(r" و |، ", named) if t]
    said = quote.split()
    return len(things) > 1 and any(
        any(a.startswith(t) for t in things) and any(b.startswith(t) for t in things)
        for a, b in [*pairwise(said), *((a, b) for a, m, b in _triples(said) if _joins(m))]
    )


def _triples(said: list[str]) -> list[tuple[str, str, str]]:
    return list(zip(said, said[1:], said[2:], strict=False))


def _joins(middle: str) -> bool:
    """«پیتزا فیله مرغ»: a word between two things makes one dish, unless «و» or praise."""
    return middle != "و" and not telling.has(middle, cues.PRAISE, "fa")


def once(
    key: str, quote: str, kind: str, reflection: str | None, told: str, language: str
) -> tuple[str, dict[str, str]]:
    """The thanks' key and its fields, with no quote the reflection has just said."""
    if key not in ("thanks_praise", "thanks_idea") or not reflection:
        return key, {"quote": quote}
    if not all(said_back(part, reflection) for part in _parts(quote)):
        return key, {"quote": quote}  # a part they have not heard back yet: quoted
    if kind == "idea" or key == "thanks_idea":
        if not telling.has(quote, cues.IDEA, language):
            return key, {"quote": quote}  # no wish in it (a complaint read as an idea): as it was
        if not _most_of_it(quote, told, told):
            return key, {"quote": quote}  # one wish among more told: the quote names which
        return "thanks_idea_heard", {}
    if turns(quote, language) or not telling.has(quote, cues.PRAISE, language):
        return key, {"quote": quote}  # a let-down or no word of praise in it: as it was
    if language == "en" and (telling.has(told, LETDOWN, "en") or _EN_ASKED.search(told)):
        return key, {"quote": quote}  # "on hold for an hour!", "no wifi?": not "That means a lot"
    if language == "fa" and _FA_HEDGE.search(told):
        return key, {"quote": quote}  # «اگر گرم سرو بشه عالی میشه», «بجز اینکه …», «کهنه»
    if language == "ar" and ar_letdown(norm(told)):
        return key, {"quote": quote}  # «ممتاز والسعر غالى شوية»: the hedge stays heard (gate)
    named = named_praise("praise", quote, reflection, language, shortest=0)
    if language == "fa" and _one_dish(named, quote):
        named = ""  # «جوجه کباب بسیار لذیذ بود» is one dish, never «جوجه و کباب»
    if named in _PRICE_ALONE:
        named = ""  # «ساعه جيده والسعر معقول»: the watch was praised, not just its price
    if named:
        return "thanks_praise_named", {"things": named}
    if not _most_of_it(quote, reflection, told):
        return key, {"quote": quote}
    return "thanks_praise_heard", {}


def thanks_line(
    kind: str, quote: str, reflection: str | None, told: str, language: str
) -> tuple[str, dict[str, Any]]:
    """The thanks for praise or an idea (Closing.thank): its key and its fields."""
    key = thanks_key(kind, quote, reflection, language)
    key, quote = thanks_quote(key, quote, language)  # a whole clause, or none
    key, fields = once(key, unlinked(quote, language), kind, reflection, told, language)
    if key == "thanks_praise" and price_named_aside(kind, quote, reflection, language):
        # ar62: said back a moment ago, named by its price only: not quoted a second time
        key, fields = "thanks_praise_heard", {}
    praised = ar_praised([told], language) if key == "thanks_praise_heard" else ""
    if praised:  # ar60: not quoted, thanked for what the review mainly praised
        return "thanks_praise_named", {"things": praised}
    return key, fields
