"""The scorer's char_wb words without sklearn's whitespace squeeze, and the shared token read."""

from __future__ import annotations

import re
import sys

from nlu.fastlinear import _words_of
from nlu.matching import PhraseIndex, _token_heads, tokenize

_SKLEARN_SQUEEZE = re.compile(r"\s\s+")  # sklearn's ``_white_spaces``
_SPACE = re.compile(r"\s")


def test_split_alone_gives_sklearns_words_for_every_character() -> None:
    # ``\\s`` and ``str.split`` treat the same code points as white space ...
    chars = [chr(point) for point in range(sys.maxunicode + 1)]
    assert [c for c in chars if _SPACE.fullmatch(c)] == [c for c in chars if c.isspace()]
    # ... so squeezing their runs first changes no word; checked on each of them.
    for char in (c for c in chars if c.isspace()):
        for text in (f"a{char}b", f"a{char}{char}b", f"{char} X{char}\t{char}y {char}"):
            assert _words_of(text) == _SKLEARN_SQUEEZE.sub(" ", text.lower()).split()
    assert _words_of("Late  \u200c again\n\n") == ["late", "\u200c", "again"]


def test_tokens_are_a_tuple_read_once_and_found_as_before() -> None:
    tokens = tokenize("سفارشم هنوز نرسیده")
    assert tokens == ("سفارشم", "هنوز", "نرسیده")
    assert tokenize("سفارشم هنوز نرسیده") is tokens
    index = PhraseIndex([(("سفارش",), "order"), (("نرسیده",), "late")])
    assert list(index.find(tokens, "fa")) == [(0, 1, "order"), (2, 1, "late")]
    assert _token_heads("سفارشم", "fa")[1] >= {"سفارش"}
    assert list(tokenize("the delivery's late, isn't it?")) == [
        "the",
        "delivery's",
        "late",
        "isn't",
        "it",
    ]
