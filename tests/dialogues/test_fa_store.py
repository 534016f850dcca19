"""The Persian lists loaded together (``fa_store``) are the sets word-by-word loading gave,
share their words, and leave ``fold``'s turn cache alone."""

from __future__ import annotations

from pathlib import Path

from dialogues.reflection import fa_lexicon, fa_store, fa_words
from dialogues.text import fold

LEXICON = Path(fa_store.__file__).parent / "lexicon"


def _file(name: str) -> str:
    return (LEXICON / f"fa_{name}.txt").read_text(encoding="utf-8")


def _verb_lines() -> list[list[str]]:
    return [line.split("#") for line in _file("verbs").split()]


def test_each_list_is_the_set_word_by_word_loading_gives() -> None:
    fold_word = fold.__wrapped__
    for name in fa_store.LISTS:
        assert set(fa_lexicon._lines(name)) == {fa_store.norm(w) for w in _file(name).split()}
    known = {fold_word(w) for name in fa_store.KNOWN for w in _file(name).split()}
    known |= {fold_word(part) for parts in _verb_lines() for part in parts}
    assert set(fa_words._known()) == known
    past = set(fa_store.INFORMAL_PAST) | {fa_store.norm(parts[0]) for parts in _verb_lines()}
    assert fa_lexicon._stems()[0] == past
    present: dict[str, str] = {}
    for _, formal, informal in ([fa_store.norm(p) for p in parts] for parts in _verb_lines()):
        present.setdefault(formal, formal)
        present.setdefault(informal, formal)
    loaded = fa_lexicon._stems()[1]
    assert set(loaded) >= set(present)
    overridden = {"گ", "گو", "آ", "ا", "یا", "خوا", "خا", "ر", "د", "ش", "ک", "ذار", "دون"}
    overridden |= {"تون", "مون", "خون", "بر"}  # fa_lexicon's own choices, after the lists
    assert {k: v for k, v in loaded.items() if k not in overridden} == {
        k: v for k, v in present.items() if k not in overridden
    }
    stems = {fold_word(part) for parts in _verb_lines() for part in parts}
    assert fa_words._stems() == stems | fa_words._SHORT_STEMS


def test_a_word_in_several_sets_is_one_string() -> None:
    words = fa_lexicon._lines("words")
    nouns = {w: w for w in fa_lexicon._lines("nouns")}
    known = {w: w for w in fa_words._known()}
    both = [w for w in words if w in nouns]
    assert len(both) > 1000  # the lists overlap, so there is something to share
    assert all(nouns[w] is w for w in both)
    spelt_alike = [w for w in words if fold.__wrapped__(w) == w]
    assert len(spelt_alike) > 0.9 * len(words)
    assert all(known[w] is w for w in spelt_alike)


def test_a_marks_only_word_is_kept_as_the_empty_spelling() -> None:
    text = "کتاب \u064b\u064c دفتر"  # the middle word is harakat only
    assert fa_store._words(text, fa_store.norm) == ["کتاب", "", "دفتر"]
    assert fa_store._words("کتاب دفتر", fa_store.norm) == ["کتاب", "دفتر"]


def test_loading_the_lists_leaves_folds_cache_to_the_turns() -> None:
    fa_store.store.cache_clear()
    fold.cache_clear()
    fa_store.store()
    assert fold.cache_info().currsize == 0
