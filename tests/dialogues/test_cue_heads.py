"""A cue list's first words are answered from the list itself, before any message, and the
look-up finds exactly what trying every cue at every word finds (round 24)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from dialogues import cues, moods, telling

TEXTS = (
    "they charged me twice and I want my money back, the app keeps crashing",
    "سفارشم دیر رسید و پیک هم جواب تلفنم را نمی‌داد، پولم را پس بدهید",
    "الطلب تأخر كثير والمندوب ما يرد على التلفون وبالفلوس راحت",
)


def _lists() -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every cue list of the policy's lexicons, with its language."""
    for module in (cues, moods):
        for value in vars(module).values():
            if not isinstance(value, dict):
                continue
            for key, entries in value.items():
                tables = entries if isinstance(entries, dict) else {key: entries}
                for language, found in tables.items():
                    if language in ("fa", "ar", "en") and isinstance(found, tuple):
                        yield language, found


def _scan(seq: Sequence[str], entries: tuple[str, ...], language: str) -> list[tuple[int, int]]:
    """Every cue tried at every word: what ``find`` must equal."""
    compiled = telling._compiled(entries)
    found = {
        (number, start)
        for number, cue in enumerate(compiled)
        if cue
        for start in range(len(seq))
        if telling._match_at(cue, seq, start, language)
    }
    return [(start, start + len(compiled[number])) for number, start in sorted(found)]


def _spoken(entries: tuple[str, ...], language: str) -> list[str]:
    """The list's own cues as words, a prefix* given an ending (and Arabic a clitic)."""
    ending = {"fa": "ها", "ar": "ين", "en": "ed"}[language]
    seq = [t for entry in entries for t in telling.tokens(entry.replace("*", ending))]
    return seq + ["و" + t for t in seq[:50]] if language == "ar" else seq


def test_find_equals_every_cue_tried_at_every_word() -> None:
    lists = list(_lists())
    assert len(lists) > 50
    for language, entries in lists:
        texts = [telling.tokens(text) for text in TEXTS] + [_spoken(entries, language)]
        for seq in texts * 2:  # the second time from the heads and the memo
            assert telling.find(seq, entries, language) == _scan(seq, entries, language)


def test_a_lists_first_words_are_known_before_any_message() -> None:
    entries = ("refund*", "money back", "*ache", "charged twice", "charge* me", "ok")
    index = telling._index(entries)
    assert set(index.heads) == {"money", "*ache", "charged", "ok"}
    assert index.heads["charged"] == ((3, ("charged", "twice")), (4, ("charge*", "me")))
    assert not index.short  # no prefix* of one letter: a word outside "re", "ch" is passed
    seq = telling.tokens("my money back was fine, ok")
    assert telling.find(seq, entries, "en") == [(1, 3), (5, 6)]
    assert index.starting == {}  # nothing memoised: every word was a head or passed over
    assert telling.find(telling.tokens("refunded"), entries, "en") == [(0, 1)]
    assert set(index.starting) == {"refunded"}  # a prefix*'s word, memoised once met


def test_a_one_letter_prefix_makes_every_word_a_candidate() -> None:
    entries = ("a*", "zoo")
    index = telling._index(entries)
    assert index.short
    seq = telling.tokens("an apple at the zoo")
    assert telling.find(seq, entries, "en") == _scan(seq, entries, "en")


def test_the_warm_up_indexes_every_list_of_the_lexicons() -> None:
    assert telling.prepare() == len(list(_lists()))
    for _, entries in _lists():
        held = telling._BY_ID[id(entries)]
        assert held[0] is entries and held[1] is telling._index(entries)
