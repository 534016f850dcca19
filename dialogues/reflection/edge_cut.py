"""`noise._EDGE_END`'s substitution without trying its phrases at every position (r36).

The pattern is ``SEP* LOOKBEHINDS (?:PHRASE|PHRASE…) MARK* TRAIL*$``: every match runs to the
text's end, so ``sub("", text)`` keeps the text before the leftmost match and nothing after.
That start is the start of the separator run before the leftmost position where a phrase
(with the look-behinds before it) reaches the end, so the phrases are searched without the
run, and the run is added back. A phrase of bounded length (``getwidth``) can only start within
its width of the text's trailing marks, so those phrases are searched from there; the
unbounded few (``\\w+ team``, ``ah+``) from the text's start, as before. A search from a
position still sees the letters before it (look-behinds, ``\\b``), so each finds what the whole
pattern found there. Any pattern not of this shape is substituted as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from re import _parser

_SEP = r"[\s,،!.:\-]*"
_TRAIL = r"[\s!.…]*$"
_UNBOUNDED = _parser.MAXREPEAT


def _outside(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """Each index and character of ``text`` from ``start``, escapes and classes skipped."""
    i, in_class = start, False
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            yield i, char
        i += 1


def _top_level(alternatives: str) -> list[str]:
    """The alternatives split at the ``|`` outside any group or character class."""
    parts, depth, start = [], 0, 0
    for i, char in _outside(alternatives):
        if char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(alternatives[start:i])
            start = i + 1
    return [*parts, alternatives[start:]]


def _group_end(text: str, start: int) -> int:
    """The index of the ``)`` closing the group opened at ``start``."""
    depth = 0
    for i, char in _outside(text, start):
        if char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                return i
    raise ValueError("unclosed group")


def _parts(source: str) -> tuple[str, list[str], str]:
    """The look-behinds, the phrases and the marks of an ``_EDGE_END`` pattern's source."""
    if not (source.startswith(_SEP) and source.endswith(_TRAIL)):
        raise ValueError("not an edge-end pattern")
    body = source[len(_SEP) : -len(_TRAIL)]
    group = 0
    while body.startswith("(?<", group):  # the look-behinds, each a group of its own
        group = _group_end(body, group) + 1
    if not body.startswith("(?:", group):
        raise ValueError("no phrases' group")
    end = _group_end(body, group)
    marks = body[end + 1 :]
    if marks and not (marks.endswith("*") and _width(marks[:-1]) == (1, 1)):
        raise ValueError("marks not one repeated letter")
    return body[:group], _top_level(body[group + 3 : end]), marks


def _compiled(before: str, phrases: list[str], marks: str, flags: int) -> re.Pattern[str] | None:
    """The pattern without its separators, over these phrases only (none: no pattern)."""
    if not phrases:
        return None
    return re.compile(before + "(?:" + "|".join(phrases) + ")" + marks + _TRAIL, flags)


def _width(source: str) -> tuple[int, int]:
    return tuple(_parser.parse(source, re.IGNORECASE).getwidth())


class EdgeCut:
    """``pattern.sub("", text)`` for an ``_EDGE_END`` pattern, its phrases searched near the end."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self.cut: Callable[[str], str] = self._sub
        try:
            before, phrases, marks = _parts(pattern.pattern)
        except (ValueError, re.error):
            return
        widths = [_width(phrase)[1] for phrase in phrases]
        near = [p for p, w in zip(phrases, widths, strict=True) if w < _UNBOUNDED]
        far = [p for p, w in zip(phrases, widths, strict=True) if w >= _UNBOUNDED]
        self._near = _compiled(before, near, marks, pattern.flags)
        self._far = _compiled(before, far, marks, pattern.flags)
        self._width = max((w for w in widths if w < _UNBOUNDED), default=0)
        trailing = marks[:-1] + "|" + _TRAIL[:-2] if marks else _TRAIL[:-2]
        self._trailing = re.compile(trailing, pattern.flags)  # a letter the end may hold
        self._sep = re.compile(_SEP[:-1], pattern.flags)
        self.cut = self._search

    def _sub(self, text: str) -> str:
        return self._pattern.sub("", text)

    def _search(self, text: str) -> str:
        starts = []
        if self._near is not None:
            tail = len(text)
            while tail and self._trailing.match(text, tail - 1):
                tail -= 1
            if found := self._near.search(text, max(0, tail - self._width)):
                starts.append(found.start())
        if self._far is not None and (found := self._far.search(text)):
            starts.append(found.start())
        if not starts:
            return text
        start = min(starts)
        while start and self._sep.match(text, start - 1):
            start -= 1
        return text[:start]
