"""hazm's Normalizer with its patterns compiled once, and passes that cannot match skipped.

hazm keeps its patterns as strings and hands each to ``re.sub`` (``regex_replace``), to
``re.finditer`` or ``re.findall`` on every call: a look-up in ``re``'s cache per pattern,
~38 a Persian text (most of the ~30 ``re`` cache look-ups a customer message). Here the
same patterns are compiled once per Normalizer and called directly, in the same order,
with the same replacements; and three passes are skipped when the text lacks what every
match holds: the special Unicode forms (``unicodes_replacement``: each pattern is only
those letters, grouped or alternated), a letter written three times running
(``decrease_repeated_chars``) and «می» (``seperate_mi``). The output is hazm's:
``tests/nlu/test_hazm_lite.py`` compares it with hazm's own Normalizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import MethodType
from typing import Any

# The instance's pattern lists hazm runs through ``regex_replace``, and the method running each.
PATTERN_LISTS = {
    "extra_space_patterns": "correct_spacing",
    "punctuation_spacing_patterns": "correct_spacing",
    "affix_spacing_patterns": "correct_spacing",
    "persian_style_patterns": "persian_style",
    "diacritics_patterns": "remove_diacritics",
    "specials_chars_patterns": "remove_specials_chars",
}
_GROUPING = frozenset("()|")
_MI = "می"


# A replacement made only of group references \1-\9 (no digit after one) and other characters.
_SIMPLE_TEMPLATE = re.compile(r"(?:\\[1-9](?![0-9])|[^\\])*")
_GROUP_REFERENCE = re.compile(r"\\([1-9])")
Replacement = str | Callable[[re.Match[str]], str]


def expander(pattern: re.Pattern[str], template: str) -> Replacement:
    """``template`` as a function of the match, when it refers to groups: ``re``'s C ``sub``
    hands a template with a backslash to its Python side (``re._subx``: a cached parse and
    a new closure) on every call, matched or not (~20 calls a Persian text). The same text
    ``re`` makes of it (``expand_template``: each group's text, an unmatched group empty);
    a template without a backslash, with any other escape or a group ``pattern`` lacks is
    left to ``re``."""
    if "\\" not in template or _SIMPLE_TEMPLATE.fullmatch(template) is None:
        return template
    if any(int(group) > pattern.groups for group in _GROUP_REFERENCE.findall(template)):
        return template
    parts: list[str | int] = []
    for index, piece in enumerate(_GROUP_REFERENCE.split(template)):
        if index % 2:
            parts.append(int(piece))
        elif piece:
            parts.append(piece)
    frozen = tuple(parts)

    def expand(match: re.Match[str]) -> str:
        group = match.group
        return "".join([part if type(part) is str else group(part) or "" for part in frozen])

    return expand


def _replace(patterns: list[tuple[re.Pattern[str], Replacement]], text: str) -> str:
    """hazm's ``regex_replace`` over compiled patterns."""
    for pattern, repl in patterns:
        text = pattern.sub(repl, text)
    return text


def _correct_spacing(self: Any, text: str) -> str:
    # hazm's own, with its patterns compiled.
    text = _replace(self.extra_space_patterns, text)
    lines = text.split("\n")
    result = []
    for line in lines:
        tokens = self.tokenizer.tokenize(line)
        spaced_tokens = self.token_spacing(tokens)
        result.append(" ".join(spaced_tokens))
    text = "\n".join(result)
    text = _replace(self.affix_spacing_patterns, text)
    return _replace(self.punctuation_spacing_patterns, text)


def _persian_style(self: Any, text: str) -> str:
    return _replace(self.persian_style_patterns, text)


def _remove_diacritics(self: Any, text: str) -> str:
    return _replace(self.diacritics_patterns, text)


def _remove_specials_chars(self: Any, text: str) -> str:
    return _replace(self.specials_chars_patterns, text)


def _literal_letters(patterns: list[str]) -> frozenset[str] | None:
    """The letters of patterns made only of letters, groups and alternatives (one of which
    every match holds); None when any pattern has another metacharacter."""
    letters = set()
    for pattern in patterns:
        for char in pattern:
            if char in _GROUPING:
                continue
            if re.escape(char) != char:
                return None
            letters.add(char)
    return frozenset(letters)


def _unicodes_replacement(self: Any, text: str) -> str:
    if self._unicode_letters is not None and self._unicode_letters.isdisjoint(text):
        return text
    for pattern, new in self._unicode_patterns:
        text = pattern.sub(new, text)
    return text


def _decrease_repeated_chars(self: Any, text: str) -> str:
    # hazm's own, with its patterns compiled; no letter three times running, no match.
    more_than_two = self._more_than_two
    if more_than_two.search(text) is None:
        return text
    for m in self._repeated_chars.finditer(text):
        word = m.group()
        if word not in self.words:
            no_repeat = more_than_two.sub(r"\1", word)
            two_repeat = more_than_two.sub(r"\1\1", word)
            if (no_repeat in self.words) != (two_repeat in self.words):
                r = no_repeat if no_repeat in self.words else two_repeat
                text = text.replace(word, r)
            else:
                text = text.replace(word, two_repeat)
    return text


def _seperate_mi(self: Any, text: str) -> str:
    # hazm's own, with its patterns compiled; every match begins «می» or «نمی».
    if _MI not in text:
        return text
    for m in self._joint_mi.findall(text):
        r = self._mi_prefix.sub("\\1\u200c", m)
        if r in self.verbs:
            text = text.replace(m, r)
    return text


def compile_patterns(normalizer: Any) -> Any:
    """``normalizer`` with its patterns compiled and the guarded passes in place."""
    methods = {
        "correct_spacing": _correct_spacing,
        "persian_style": _persian_style,
        "remove_diacritics": _remove_diacritics,
        "remove_specials_chars": _remove_specials_chars,
    }
    for name, method in PATTERN_LISTS.items():
        if hasattr(normalizer, name):
            compiled = [(re.compile(p), r) for p, r in getattr(normalizer, name)]
            compiled = [(p, expander(p, r)) for p, r in compiled]
            setattr(normalizer, name, compiled)
            setattr(normalizer, method, MethodType(methods[method], normalizer))
    if hasattr(normalizer, "replacements"):
        olds = [old for old, _ in normalizer.replacements]
        normalizer._unicode_letters = _literal_letters(olds)
        normalizer._unicode_patterns = [(re.compile(o), n) for o, n in normalizer.replacements]
        normalizer.unicodes_replacement = MethodType(_unicodes_replacement, normalizer)
    if hasattr(normalizer, "more_than_two_repeat_pattern"):
        normalizer._more_than_two = re.compile(normalizer.more_than_two_repeat_pattern)
        normalizer._repeated_chars = re.compile(normalizer.repeated_chars_pattern)
        normalizer.decrease_repeated_chars = MethodType(_decrease_repeated_chars, normalizer)
    if hasattr(normalizer, "joint_mi_patterns"):
        normalizer._joint_mi = re.compile(normalizer.joint_mi_patterns)
        normalizer._mi_prefix = re.compile("^(ن?می)")
        normalizer.seperate_mi = MethodType(_seperate_mi, normalizer)
    return normalizer
