"""Round 35's regex cuts keep every answer: the sentence split's look-behinds reordered, and
the English mending's per-token pass over only the tokens that hold a mark."""

from __future__ import annotations

import re

import pytest

from dialogues.reflection import clauses, en_mend
from tests.dialogues.tuning_rows import tuning_rows

# Round 34's forms, kept here to compare against.
_OLD_STRONG = re.compile(
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\bMrs\.)(?<=[.!?؟…])\s+"
    r"|\s*[\n;؛]\s*|\s+[-–—]+\s+|^\s*[-–—]+\s*"
)
_EVERY_TOKEN = re.compile(r"\S+")
CRAFTED = [
    "Mr. Smith said no. Then Dr. Who left!  Mrs. X?? St. Louis vs. NY… ok",
    "it.where is it??I'm unhappy; why not?i paid — see amazon.com or v1.2 or file.pdf",
    "www.x.com/a?b=c @user.name index.out.of ...?! . ? !",
    "«گفتم.» بعد؛ رفتم - اما نه. خب؟ آره…",
    "- first\n- second",
    "",
    "   ",
]


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_strong_splits_as_before(language: str) -> None:
    for text in tuning_rows(language) + CRAFTED:
        assert clauses._STRONG.split(text) == _OLD_STRONG.split(text)


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_mend_tokens_as_before(language: str) -> None:
    for text in tuning_rows(language) + CRAFTED:
        old = _EVERY_TOKEN.sub(lambda m: en_mend._spaced(m.group(0)), text)
        assert en_mend._TOKEN.sub(lambda m: en_mend._spaced(m.group(0)), text) == old


def test_a_token_without_a_mark_is_left_as_it_is() -> None:
    for token in ("hello", "x@y", "naïve", "٣٤", "a-b", "(ok)"):
        assert en_mend._TOKEN.search(token) is None
        assert en_mend._spaced(token) == token
    assert en_mend.message("it.where is it??I'm unhappy") == "it. where is it?? I'm unhappy"
