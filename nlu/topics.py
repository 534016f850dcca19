"""Find the `topic` of a text from lookup tables and annotated spans, and the order id by regex."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from nlu import LANGUAGES, TOPICS
from nlu.matching import PhraseIndex, tokenize
from nlu.normalize import normalize, to_ascii_digits
from nlu.training_data import TrainingData


class TopicMatcher:
    """Matches normalised lookup entries (one or more words) against a text's tokens."""

    def __init__(self, vocabulary: dict[str, set[str]]) -> None:
        """``vocabulary`` maps topic → surface forms (any language, not yet normalised)."""
        entries: set[tuple[tuple[str, ...], str]] = set()
        for topic, words in vocabulary.items():
            for word in words:
                # The language of a lookup entry is unknown; its normal form in each is added.
                for language in LANGUAGES:
                    tokens = tuple(tokenize(normalize(word, language)))
                    if tokens:
                        entries.add((tokens, topic))
        self._index = PhraseIndex(sorted(entries))

    @classmethod
    def from_training_data(cls, data: TrainingData) -> TopicMatcher:
        """Lookup tables named after topics plus every span annotated as a topic."""
        vocabulary: dict[str, set[str]] = defaultdict(set)
        for topic in TOPICS:
            vocabulary[topic].update(data.lookups.get(topic, []))
        for example in data.examples:
            for entity in example.entities:
                if entity.entity == "topic" and entity.value in TOPICS:
                    vocabulary[entity.value].add(entity.text)
        for surface, value in data.synonyms.items():
            if value in TOPICS:
                vocabulary[value].add(surface)
        return cls(vocabulary)

    def match(self, normalized_text: str, language: str) -> str | None:
        """The topic with the most matched words; ties go to the one mentioned first."""
        hits: dict[str, int] = defaultdict(int)
        first: dict[str, int] = {}
        seen: set[tuple[int, str]] = set()
        for start, length, topic in self._index.find(tokenize(normalized_text), language):
            if (start, topic) in seen:
                continue  # one entry per position and topic, else variants double-count
            seen.add((start, topic))
            hits[topic] += length  # a two-word phrase is stronger evidence
            first.setdefault(topic, start)
        if not hits:
            return None
        return min(hits, key=lambda t: (-hits[t], first[t]))


class OrderIdFinder:
    """Applies the training data's `order_id` regexes to digit-normalised text."""

    def __init__(self, patterns: Iterable[str]) -> None:
        """Compile the patterns once."""
        self._patterns = [re.compile(p) for p in patterns]

    def find(self, text: str) -> str | None:
        """The first order id in ``text`` as ASCII digits, or None."""
        ascii_text = to_ascii_digits(text)
        for pattern in self._patterns:
            match = pattern.search(ascii_text)
            if match:
                return match.group(0).lstrip("#")
        return None
