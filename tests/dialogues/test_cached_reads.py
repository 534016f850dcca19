"""The policy's cached pure reads answer as the uncached functions do, whatever the caller
does with its list afterwards (the cache keys on a copy)."""

from __future__ import annotations

from dialogues import answers, cues, telling
from dialogues.reflection.fa_words import is_known
from dialogues.text import fold
from nlu.normalize import normalize


def test_a_tellings_read_follows_the_callers_list_not_a_stale_cache() -> None:
    messages = ["my order never arrived"]
    first = telling.read(messages, "en")
    messages.append("I need a refund please")  # the same list object, now a longer telling
    second = telling.read(messages, "en")
    assert (first.need, first.words) == (False, 4)
    assert (second.need, second.words) == (True, 9)
    assert second == telling._read.__wrapped__(tuple(messages), "en")


def test_cached_fold_and_normalize_equal_their_uncached_forms() -> None:
    texts = ["Ｋأحمد", "سلام، سفارشم كجاست؟", "I can't log in!!!", "ۀ ي ك ١٢٣"]
    for text in texts * 2:  # the second round is served from the caches
        assert fold(text) == fold.__wrapped__(text)
        for language in ("fa", "ar", "en"):
            assert normalize(text, language) == normalize.__wrapped__(text, language)


def test_a_cue_list_indexed_by_identity_finds_what_an_equal_new_list_finds() -> None:
    seq = telling.tokens("my order never arrived and I need a refund, the app keeps crashing")
    for table in (cues.EVENT, cues.NEED, cues.IMPACT, cues.PRAISE):
        entries = table["en"]
        fresh = tuple(list(entries))  # equal, another object: indexed on its own
        assert fresh is not entries
        assert telling.find(seq, entries, "en") == telling.find(seq, fresh, "en")
    assert telling.find(seq, cues.NEED["en"], "en")  # "I need a refund" is found
    assert telling.find(seq, ("refund",), "en") == [(8, 9)]


def test_phrases_by_first_word_match_as_the_whole_list_scanned() -> None:
    texts = ["no that's all thanks", "نه ممنون همین بود", "لا شكرا هذا كل شي", "yes ok 👍", "nope"]
    lists = (answers._YES_P, answers._NO_P, answers._NOT_IT_P, answers._CLOSING_P)
    lists += (answers._LEAD_IN_P, answers._POLITE_P)
    for text in texts:
        seq = [w for w, _, _ in answers._words(text)]
        for phrases in lists:
            scanned = tuple(list(phrases))  # not a listed constant: every phrase is tried
            assert scanned is not phrases
            for at in range(len(seq) + 1):
                assert answers._match(seq, at, phrases) == answers._match(seq, at, scanned)
    assert answers.closes("no that's all thanks")


def test_cached_is_known_equals_its_uncached_form() -> None:
    for word in ("سانذویچ", "غذا", "میخورد", "بودکیک", "شیرینی\u200cها", "ک") * 2:
        assert is_known(word) == is_known.__wrapped__(word)


def test_a_words_memoised_cues_are_those_whose_first_word_it_matches() -> None:
    entries = ("refund*", "money back", "*ache", "charged twice", "charge* me")
    index = telling._index(entries)
    for form in ("refunded", "money", "charged", "charges", "headache", "refund", "x"):
        expected = tuple(
            (number, cue)
            for number, cue in enumerate(telling._compiled(entries))
            if telling._part_matches(cue[0], form, "en")
        )
        assert telling._starting(index, form) == expected
        held = index.heads if form in index.exact else index.starting
        assert held[form] == expected  # from the list's heads, or the memo the next time
    seq = telling.tokens("they charged me twice and I want my money back, refunded")
    # by cue, then by place: "refund*", "money back", "charge* me"
    assert telling.find(seq, entries, "en") == [(10, 11), (8, 10), (1, 3)]
