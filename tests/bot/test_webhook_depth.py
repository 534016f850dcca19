"""The webhook's nesting check: counting a body's brackets first never changes its answer."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.web import MAX_DEPTH, nested_deeper, too_deep

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='{[]} ab"\\', max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None)
@given(_JSON, st.integers(min_value=0, max_value=8), st.booleans())
def test_the_bracket_count_answers_as_the_walk_does(
    value: Any, limit: int, ascii_only: bool
) -> None:
    body = json.dumps(value, ensure_ascii=ascii_only)
    assert nested_deeper(body, json.loads(body), limit) == too_deep(value, limit)


def test_an_update_and_a_deep_body() -> None:
    update = {"update_id": 5, "message": {"chat": {"id": 5}, "text": "{[" * 40}}
    body = json.dumps(update)
    assert not nested_deeper(body, update, MAX_DEPTH)  # brackets in a text: walked, not deep
    for lists, refused in ((MAX_DEPTH, False), (MAX_DEPTH + 1, True)):
        nested: Any = []
        for _ in range(lists - 1):
            nested = [nested]
        body = json.dumps(nested)
        assert too_deep(nested, MAX_DEPTH) is refused
        assert nested_deeper(body, nested, MAX_DEPTH) is refused
