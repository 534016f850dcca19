"""A Persian quote put back into the customer's own words.

Cleaning takes courtesy and prefaces out of the middle of a sentence («… واندرلند متشکرم و
بهشون …», «… چند نکته رو باید بگم من …»). That is right for a clause said in the bot's
voice, but a quote must be verbatim: a judge reads «… واندرلند، و بهشون …» as the
customer's words garbled. So before a clause is quoted, the words cleaning dropped from
between its words are looked up in the message and put back. Only plain Persian words
are put back (never digits, Latin letters or symbols: no personal data comes back), and
only short gaps, so a quote is never stitched from two far places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from dialogues.text import fold

_PUNCT = ".,،!؟?…:;؛«»()\"'"
_PLAIN_WORD = re.compile(r"^[\u0621-\u064a\u067e-\u06d3\u200c]+$")  # no «فرستاده.»: a sentence ends
_GAP = 3  # words dropped between two quoted words that may be put back


def _key(token: str) -> str:
    return fold(token.strip(_PUNCT))


@lru_cache(maxsize=64)  # a telling's messages are keyed again for each quote put back
def _keyed(message: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A message's words and their keys."""
    tokens = tuple(message.split())
    return tokens, tuple(_key(t) for t in tokens)


def restore(quote: str, messages: Sequence[str]) -> str:
    """``quote`` with the plain words cleaning took out of its middle put back, and a quote
    inside it parted from the words it was typed onto («صوتی«حالا» → «صوتی «حالا»)."""
    return _GLUED_CLOSE.sub("» ", _GLUED_OPEN.sub(" «", _restore(quote, messages)))


_GLUED_OPEN = re.compile(r"(?<=[\u0621-\u06cc])«(?=[^«»]*»)")
_GLUED_CLOSE = re.compile(r"(?<=[^\s«])»(?=[\u0621-\u06cc])")


def _restore(quote: str, messages: Sequence[str]) -> str:
    wanted = _reglued(quote.split(), messages)
    if len(wanted) < 2:
        return quote
    keys = tuple(_key(w) for w in wanted)
    for message in messages:  # said as it stands somewhere: nothing was taken out
        tokens = _keyed(message)[1]
        if any(tokens[i : i + len(keys)] == keys for i in range(len(tokens))):
            return " ".join(wanted)
    for message in messages:
        found = _match(wanted, message)
        if found is not None:
            return found
    return quote


def _match(wanted: list[str], message: str) -> str | None:
    """The span of the message's words holding ``wanted`` in order with short plain gaps,
    if any gap."""
    tokens, keys = _keyed(message)
    first = _key(wanted[0])
    for start, key in enumerate(keys):
        if key != first:
            continue
        out, position, gapped = [_same(wanted[0], tokens[start])], start + 1, False
        for word in wanted[1:]:
            target, skipped = _key(word), list[str]()
            while position < len(tokens) and keys[position] != target and len(skipped) < _GAP:
                skipped.append(tokens[position])
                position += 1
            if position >= len(tokens) or keys[position] != target:
                break
            if skipped and not all(_PLAIN_WORD.match(s) and _key(s) for s in skipped):
                break
            gapped = gapped or bool(skipped)
            out += [*skipped, _same(word, tokens[position])]
            position += 1
        else:
            return " ".join(out) if gapped else None
    return None


def _same(said: str, original: str) -> str:
    """The quoted word, without a comma cleaning added after it («واندرلند،»)."""
    bare = said.rstrip("،,")
    added = not original.rstrip("!.؟?…").endswith(("،", ","))
    return bare if bare != said and added and original.rstrip(_PUNCT) == bare else said


def _reglued(wanted: list[str], messages: Sequence[str]) -> list[str]:
    """«و ایستاده» back to «وایستاده» where the customer wrote it as one word."""
    said = {key for m in messages for key in _keyed(m)[1]}
    out: list[str] = []
    for word in wanted:
        if out and out[-1] == "و" and "و" + _key(word) in said and _key(word) not in said:
            out[-1] = "و" + word
        else:
            out.append(word)
    return out


_PLEAS = frozenset(fold(w) for w in "لطفا لطفاً خواهشا خواهشاً".split())


def plea(clause: str, messages: Sequence[str]) -> str:
    """The «لطفا» cleaning took off the front of a request («لطفا در انتخاب پیک دقت شود»)."""
    keys = [_key(w) for w in clause.split()[:3]]
    for message in messages:
        tokens = message.split()
        found = [_key(t) for t in tokens]
        for start in range(1, len(tokens) - len(keys) + 1):
            if found[start : start + len(keys)] == keys and found[start - 1] in _PLEAS:
                return tokens[start - 1].strip(_PUNCT)
    return ""
