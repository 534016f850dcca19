"""PhraseIndex.find turns away entries whose first word cannot match before trying them:
the same matches, in the same order, as trying every entry of the prefix (rows 1-1000)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nlu import matching
from nlu.matching import PhraseIndex, forms, tokenize, word_matches
from nlu.normalize import normalize
from nlu.sentiment import _lexicon
from nlu.topics import TopicMatcher
from nlu.training_data import load_dir

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"


def _every_entry(index: PhraseIndex[Any], tokens: list[str], language: str) -> Iterator[Any]:
    """find as it was: every entry under a form's two letters tried with _matches_at."""
    token_forms = [forms(t) for t in tokens]
    for start, candidates in enumerate(token_forms):
        found = [
            (words, payload)
            for form in candidates
            for words, payload in index._index.get(form[:2], ())
            if matching._matches_at(words, token_forms, start, language)
        ]
        found.sort(key=lambda item: (-len(item[0]), -sum(map(len, item[0]))))
        for words, payload in found:
            yield start, len(words), payload


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_the_same_matches_in_the_same_order_on_real_messages(language: str) -> None:
    lines = (REAL / f"{language}.tsv").read_text(encoding="utf-8").splitlines()[1:1001]
    texts = [line.split("\t")[0] for line in lines]
    indexes: list[PhraseIndex[Any]] = [
        TopicMatcher.from_training_data(load_dir())._index,
        _lexicon(language).index,
    ]
    matched = 0
    for text in texts:
        tokens = tokenize(normalize(text, language))
        for index in indexes:
            found = list(index.find(tokens, language))
            assert found == list(_every_entry(index, tokens, language)), text
            matched += len(found)
    assert matched > 500  # the rows do match entries: the comparison is not of empty lists


def test_heads_are_exactly_the_words_that_match_a_form() -> None:
    candidates = [*forms("والطلبات"), "سفارش\u200cهام", "orders"]
    prefixes = {c[:end] for c in candidates for end in range(1, len(c) + 1)}
    for language, stem in (("ar", "الطلب"), ("fa", "سفارش"), ("en", "order")):
        heads = matching._heads(candidates, matching._SUFFIXES[language])
        assert heads == {
            w for w in prefixes if any(word_matches(w, c, language) for c in candidates)
        }
        assert stem in heads


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_continues_is_matches_at(language: str) -> None:
    """An entry's words among its tokens' heads is ``_matches_at``, entry by entry (rows 1-300)."""
    lines = (REAL / f"{language}.tsv").read_text(encoding="utf-8").splitlines()[1:301]
    index = TopicMatcher.from_training_data(load_dir())._index
    entries = [e for bucket in index._index.values() for e in bucket]
    entries += [e for bucket in _lexicon(language).index._index.values() for e in bucket]
    tried = agreed = 0
    for line in lines:
        tokens = tokenize(normalize(line.split("\t")[0], language))
        read = [matching._token_heads(t, language) for t in tokens]
        token_forms = [list(c) for c, _ in read]
        heads_at = [h for _, h in read]
        for start, (_, heads) in enumerate(read):
            for words, _ in entries:
                if words[0] not in heads:
                    continue
                fast = len(words) == 1 or matching._continues(words, heads_at, start)
                tried += 1
                agreed += fast == matching._matches_at(words, token_forms, start, language)
    assert tried == agreed > 100
