"""Round 34's policy cuts keep every answer: a cue list's early "no cue here", the turn's text
kept, a privacy question remembered per text, and the guards before three long searches."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from dialogues import asides, cues, moods, no_answer, privacy_ask, telling
from dialogues.fine_parts import _contrast
from dialogues.reflection import noise
from dialogues.text import words
from dialogues.turn import Turn
from tests.dialogues.tuning_rows import tuning_rows


def _lists(language: str) -> list[tuple[str, ...]]:
    found = []
    for module in (cues, moods):
        for value in vars(module).values():
            if not isinstance(value, dict):
                continue
            for held in value.values():
                table = held if isinstance(held, dict) else {language: held}
                entries = table.get(language)
                if isinstance(entries, tuple) and entries:
                    found.append(entries)
    return found


def _every_start(seq: list[str], entries: tuple[str, ...], language: str) -> list[tuple[int, int]]:
    """Every cue tried at every word: what ``find`` means, with no index and no shortcut."""
    compiled = telling._compiled(entries)
    spans = {
        (number, start)
        for number, cue in enumerate(compiled)
        if cue
        for start in range(len(seq))
        if telling._match_at(cue, seq, start, language)
    }
    return [(start, start + len(compiled[number])) for number, start in sorted(spans)]


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_find_is_every_cue_tried_at_every_word(language: str) -> None:
    lists = _lists(language)
    assert len(lists) > 20
    texts = [*tuning_rows(language)[:40], "", "ok", "late late late"]
    for text in texts:
        seq = telling.tokens(text)
        for entries in lists:
            assert telling.find(seq, entries, language) == _every_start(seq, entries, language)


def test_the_turns_text_is_kept_and_a_changed_turn_has_its_own() -> None:
    turn = Turn(("my order", "  ", "is late"), "en")
    assert turn.text == "my order\nis late" and turn.text is turn.text
    other = replace(turn, messages=("still nothing",))
    assert other.text == "still nothing" and turn.text == "my order\nis late"
    assert turn == Turn(("my order", "  ", "is late"), "en")  # the kept text is no field
    assert hash(turn) == hash(Turn(("my order", "  ", "is late"), "en"))


def test_a_privacy_question_remembered_is_the_one_worked_out_again() -> None:
    assert privacy_ask.names_their_data.cache_info().maxsize == 256  # bounded
    texts = ["delete my data", "امسحوا بياناتي", "اطلاعاتم رو پاک کنید", "my order is late", ""]
    for text in texts:
        for language in ("en", "fa", "ar"):
            plain = privacy_ask.names_their_data.__wrapped__(text, language)
            assert privacy_ask.names_their_data(text, language) is plain
            assert privacy_ask.names_their_data(text, language) is plain  # again, remembered
    # Keyed by the language too: one customer's answer is never another language's.
    assert privacy_ask.names_their_data("delete my data", "en") is True


def test_the_contrast_pattern_is_built_once_a_language() -> None:
    for language in ("en", "fa", "ar"):
        pattern = _contrast(language)
        assert pattern is _contrast(language)
        words_ = sorted(cues.CONTRAST.get(language, ()), key=len, reverse=True)
        alone = r"(?<!\S)(?:" + "|".join(map(re.escape, words_)) + r")(?!\S)"
        assert pattern.pattern == alone and pattern.flags & re.I


_OLD_NOT_AN_ANSWER = no_answer._NOT_AN_ANSWER


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_not_an_answer_is_the_long_search_alone(language: str) -> None:
    texts = [
        *tuning_rows(language),
        "that's not an answer",
        "THAT’S NOT AN ANSWER",
        "this is no reſponse",  # a long s matches s under the case-blind flag, in both
        "you didn't answer my question",
        "این که جواب نیست",
        "جواب سوالمو ندادی",
        "هذا مو جواب",
        "ما جاوبت على سؤالي",
        "شو هذا الرد",
    ]
    for text in texts:
        plain = _OLD_NOT_AN_ANSWER.search(text.replace("’", "'")) is not None
        assert no_answer.not_an_answer.__wrapped__(text) is plain


def _old_keeping(text: str) -> bool:
    found = asides._KEEPING.search(text)
    if not found or len(words(text)) > asides._MAX_WORDS + 3:
        return False
    before = asides.WORD.findall(text[: found.start()].lower())
    return text.rstrip().endswith(("?", "؟")) or all(w in asides._LEADS for w in before)


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_about_our_keeping_asks_as_before(language: str) -> None:
    texts = [
        *tuning_rows(language),
        "who can see this?",
        "ok so where do you store my messages",
        "کجا ذخیره می‌کنید؟",
        "مين يشوف كلامي؟",
        "who can see this? " + "word " * 20,
    ]
    for text in texts:
        assert asides.about_our_keeping(text) is _old_keeping(text)


def _old_personal(text: str) -> bool:
    digits = noise._DIGITS.search(noise.VERSION.sub(" ", noise.HEX_CODE.sub(" ", text)))
    named = noise._EMAIL.search(text) or noise._STREET.search(text) or noise._NAME.search(text)
    return bool(named or digits or noise._BOOKING_CODE.search(text) or noise._booking_letters(text))


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_personal_data_is_found_as_before(language: str) -> None:
    texts = [
        *tuning_rows(language),
        "call me on 0912 345 6789",
        "۰۹۱۲۳۴۵۶۷۸۹ شماره منه",
        "رقمي ٠٥٥١٢٣٤٥٦٧",
        "mail me at sara.k@example.com",
        "driver 15.5.2.1054 crashed",
        "code 0x1F2E3D4C and 1234567",
        "an @ alone",
    ]
    for text in texts:
        assert noise.has_personal_data.__wrapped__(text) is _old_personal(text)
