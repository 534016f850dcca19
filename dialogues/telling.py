"""What a customer's telling holds, read from word lists: pure, deterministic, small.

The listening stage asks for what is missing (what happened, how it affected them, what
they need) and skips asking when the telling already says it all; empathy is aimed by
the telling's kind (complaint, praise, idea) and topic. NLU gives intent and topic for a
whole burst; these lists read the words themselves, so an idea with a sad follow-up
stays an idea and "my order was charged twice" gets a billing apology.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from dialogues import cues, moods
from dialogues.excess import too_much
from dialogues.text import fold, without_marks, words

RICH = 24  # words (of any kind) that make a telling long enough to reflect at once
_AR_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب")
Cue = tuple[str, ...]
Span = tuple[int, int]
_Known = dict[int, tuple[tuple[str, ...], tuple[Span, ...]]]  # r38: a text's spans, by list
_Read = tuple[dict[str, list[int]], dict[str, list[str]], _Known]  # a token sequence's places
# «رووووعه»: a letter stretched for feeling; Arabic script never writes one thrice (not "coool")
_STRETCHED = re.compile(r"([^\W\d_a-zA-Z])\1{2,}")


@dataclass(frozen=True)
class Telling:
    """What a telling says: an event, its impact, a need; and what kind of telling it is."""

    event: bool
    impact: bool
    need: bool
    idea: bool
    praise: bool
    words: int

    @property
    def missing(self) -> str | None:
        """The first thing a listener would ask about, or None when nothing is missing."""
        if not self.event:
            return "event"
        if not self.impact:
            return "impact"
        if not self.need:
            return "need"
        return None

    @property
    def complete(self) -> bool:
        """Says what happened, how it landed and what they need, or says a lot."""
        return self.missing is None or self.words >= RICH


@lru_cache(maxsize=8192)  # a word's token, asked again for every text it is in
def _token(word: str) -> str:
    return _STRETCHED.sub(lambda m: m[1], fold(word)).replace("’", "'").replace("‘", "'")


def tokens(text: str) -> list[str]:
    """Folded word tokens (emoji kept as tokens of their own, they carry feeling)."""
    return list(_tokens(text))  # the caller's own list


@lru_cache(maxsize=128)  # a turn's text is read by several cues' checks in a row
def _tokens(text: str) -> tuple[str, ...]:
    found = [_token(w) for w in words(without_marks(text))]  # «ذُكر»: one word
    found.extend(c for c in text if c in "😡😠😢😞❤👏")
    return tuple(found)


@cache
def _compiled(entries: tuple[str, ...]) -> tuple[Cue, ...]:
    return tuple(tuple(_token(part) for part in entry.split()) for entry in entries)


@cache
def _variants(token: str, language: str) -> tuple[str, ...]:
    """A token and, in Arabic, the token without its clitic prefixes (و، ال، ب…)."""
    if language != "ar":
        return (token,)
    found = [token]
    for prefix in _AR_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            found.append(token[len(prefix) :])
    return tuple(found)


def _part_matches(part: str, token: str, language: str) -> bool:
    for form in _variants(token, language):
        if form == part or (part.endswith("*") and form.startswith(part[:-1])):
            return True
    return False


def _match_at(cue: Cue, seq: Sequence[str], start: int, language: str) -> bool:
    fits = start + len(cue) <= len(seq)
    return fits and all(_part_matches(p, seq[start + i], language) for i, p in enumerate(cue))


@dataclass(frozen=True)
class _Index:
    """A list's cues by their first word (exact), or by the first letters of a prefix*."""

    exact: dict[str, tuple[tuple[int, Cue], ...]]
    prefixed: dict[str, tuple[tuple[int, Cue], ...]]
    heads: dict[str, tuple[tuple[int, Cue], ...]]  # each exact first word's cues, built once
    starting: dict[str, tuple[tuple[int, Cue], ...]]  # memo: other words a prefix* may start
    short: bool  # a prefix* of one letter, or a bare "*" (no word can be passed over)


@cache
def _index(entries: tuple[str, ...]) -> _Index:
    exact: dict[str, list[tuple[int, Cue]]] = {}
    prefixed: dict[str, list[tuple[int, Cue]]] = {}
    for number, cue in enumerate(_compiled(entries)):
        if not cue:
            continue
        head = cue[0]
        if head.endswith("*"):  # by the stem's first two letters (fewer words share them)
            prefixed.setdefault(head[:-1][:2], []).append((number, cue))
        else:
            exact.setdefault(head, []).append((number, cue))
    index = _Index(
        {k: tuple(v) for k, v in exact.items()},
        {k: tuple(v) for k, v in prefixed.items()},
        {},
        {},
        any(len(key) < 2 for key in prefixed),
    )
    # Every word a cue starts with is answered from the lexicon itself, before any message:
    # a customer's first use of it is one look-up, not a scan (the memo below is bounded).
    index.heads.update((head, _matching(index, head)) for head in exact)
    return index


def _matching(index: _Index, form: str) -> tuple[tuple[int, Cue], ...]:
    """The cues whose first word matches ``form``, worked out from the list."""
    candidates = [*index.exact.get(form, ())]
    for key in {form[:2], form[:1], ""}:  # a prefix*'s stem starts with its key
        candidates.extend(index.prefixed.get(key, ()))
    return tuple(c for c in sorted(candidates) if _part_matches(c[1][0], form, ""))


_STARTING_MAX = 1024  # words memoised per list (customers' words: not a closed vocabulary)


def _starting(index: _Index, form: str) -> tuple[tuple[int, Cue], ...]:
    """The cues whose first word matches ``form``: the same few for a word every time."""
    hit = index.heads.get(form) or index.starting.get(form)  # a head starts at least its cue
    if hit is None:
        hit = _matching(index, form)
        if len(index.starting) >= _STARTING_MAX:
            index.starting.clear()
        index.starting[form] = hit
    return hit


# A list's index by the list's identity: @cache hashes the whole tuple (hundreds of cues) on
# every call, which cost more than the look-up itself. The lists are module constants; the
# tuple is kept with its index, so its id is never reused while the entry stands.
_BY_ID: dict[int, tuple[tuple[str, ...], _Index, tuple[Cue, ...]]] = {}
_BY_ID_MAX = 512  # a caller building tuples per call would otherwise grow it without end


def _indexed(entries: tuple[str, ...]) -> tuple[_Index, tuple[Cue, ...]]:
    held = _BY_ID.get(id(entries))
    if held is not None and held[0] is entries:
        return held[1], held[2]
    if len(_BY_ID) >= _BY_ID_MAX:
        _BY_ID.clear()
    index, compiled = _index(entries), _compiled(entries)
    _BY_ID[id(entries)] = (entries, index, compiled)
    return index, compiled


def prepare() -> int:
    """Index every cue list of the lexicons now (the bot's warm-up): a list is otherwise
    indexed by the first turn that reads it. How many lists there are."""
    lists = [
        found
        for module in (cues, moods)
        for value in vars(module).values()
        if isinstance(value, dict)
        for held in value.values()
        for found in (held.values() if isinstance(held, dict) else (held,))
        if isinstance(found, tuple)
    ]
    for entries in lists:
        _indexed(entries)
    return len(lists)


def find(seq: Sequence[str], entries: tuple[str, ...], language: str) -> list[tuple[int, int]]:
    """Where the entries occur in a token sequence, as (start, end) spans."""
    return list(_spans(seq := tuple(seq), _places(seq, language), entries, language))  # r37


def _spans(seq: Cue, read: _Read, entries: tuple[str, ...], language: str) -> tuple[Span, ...]:
    places, by_key, known = read
    if (held := known.get(id(entries))) and held[0] is entries:  # r38: a list's spans once a text
        return held[1]
    index, cues_found = _indexed(entries)
    starting = set(places) if index.short else index.heads.keys() & places.keys()  # set look-ups
    if index.prefixed:  # r38: most lists have no prefix* cue to look for
        starting |= {f for key in index.prefixed.keys() & by_key.keys() for f in by_key[key]}
    found: set[tuple[int, int]] = set()
    for form in starting:
        for start in places[form] if (hit := _starting(index, form)) else ():  # the cues it starts
            for number, cue in hit:
                if len(cue) == 1 or _match_at(cue, seq, start, language):  # one word: a match
                    found.add((number, start))
    spans = tuple((start, start + len(cues_found[number])) for number, start in sorted(found))
    if len(known) < 128:  # bounded: a list built per call is a new key each time
        known[id(entries)] = (entries, spans)
    return spans


@lru_cache(maxsize=256)  # a turn's text is read against a dozen lists: each form's places once
def _places(seq: Cue, lang: str) -> _Read:
    places: dict[str, list[int]] = {}  # each form (Arabic: also without prefixes) → where
    for start, token in enumerate(seq):
        for form in _variants(token, lang) if lang == "ar" else (token,):  # @cache: Arabic's only
            places.setdefault(form, []).append(start)
    by_key: dict[str, list[str]] = {}  # the forms by their first two letters
    for form in places:
        by_key.setdefault(form[:2], []).append(form)
    return places, by_key, {}  # r38: and each list's spans, once found (its id held with it)


def has(text: str, table: dict[str, tuple[str, ...]], language: str) -> bool:
    """Whether the text holds any entry of the table's list for the language."""
    entries = table.get(language, ())
    return bool(_spans(_tokens(text), _read_text(text, language), entries, language))


@lru_cache(maxsize=128)  # r47: a turn's text asked ``has`` by a dozen rules: its reading, by text
def _read_text(text: str, language: str) -> _Read:
    return _places(_tokens(text), language)  # the very reading ``find`` shares for these tokens


def read(messages: Sequence[str], language: str) -> Telling:
    """Read a telling: one or more messages from the same customer."""
    return _read(tuple(messages), language)


@lru_cache(maxsize=64)  # a turn reads its telling several times (kind, enough, prompt)
def _read(messages: tuple[str, ...], language: str) -> Telling:
    text = "\n".join(messages)
    seq = tokens(text)
    ideas = find(seq, cues.IDEA.get(language, ()), language)
    # "It would be great if …" is an idea, not praise: praise inside an idea's words is not.
    praise = [
        (start, end)
        for start, end in find(seq, cues.PRAISE.get(language, ()), language)
        if not any(a <= start and end <= b for a, b in ideas)
    ]
    return Telling(
        event=bool(find(seq, cues.EVENT.get(language, ()), language)),
        impact=bool(find(seq, cues.IMPACT.get(language, ()), language)),
        need=bool(find(seq, cues.NEED.get(language, ()), language)),
        idea=bool(ideas),
        praise=bool(praise),
        words=len(seq),
    )


def complains_after_contrast(messages: Sequence[str], language: str) -> bool:
    """ "Always happy with you, but this time the chicken smelled": praise, then the point.

    True when words after a contrast ("but", «ولی»، «لكن») tell of something that went wrong
    and hold no praise of their own ("late, but the food was great" stays praise).
    """
    seq = tokens("\n".join(messages))
    turns = find(seq, cues.CONTRAST.get(language, ()), language)
    if not turns:
        return False
    after = seq[turns[-1][1] :]
    went_wrong = bool(find(after, cues.EVENT.get(language, ()), language))
    went_wrong = went_wrong or too_much(" ".join(after))
    return went_wrong and not find(after, cues.PRAISE.get(language, ()), language)


def ironic(messages: Sequence[str], language: str) -> bool:
    """ "Great, another week without internet": praise beside "another" and a thing gone wrong.

    Sarcasm is a complaint: the praise words mean their opposite, and are never thanked.
    """
    seq = tokens("\n".join(messages))
    if not find(seq, cues.PRAISE.get(language, ()), language):
        return False
    again = find(seq, moods.AGAIN.get(language, ()), language)
    wrong = find(seq, moods.WENT_WRONG.get(language, ()), language)
    return bool(again) and any(not any(x <= a < y for x, y in again) for a, _ in wrong)
