"""The reflection's cheap pre-checks skip a regex pass only where the pass finds nothing.

Each pre-check (a letter pair, a word, a run of spaces, a pattern's own text) is a condition
every match of its pattern needs. Checked on rows 1-1000 of the real messages of each
language: where the trigger is absent the pattern finds nothing, and the guarded function
gives what it gave without the pre-check; constructed messages show the pass still runs.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from dialogues.reflection import ar_spell, ar_typed, en_tweet, fa_slips, noise, stretch
from dialogues.text import _DIACRITICS, _FOLD, ZWNJ, fold

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"


@cache
def _rows(language: str) -> tuple[str, ...]:
    path = REAL / f"{language}.tsv"
    if not path.exists():
        pytest.skip("the shared real messages are not here")
    lines = path.read_text(encoding="utf-8").splitlines()[1:1001]
    return tuple(line.split("\t")[0] for line in lines if line.split("\t")[0].strip())


def _all_rows() -> list[str]:
    return [row for language in ("fa", "ar", "en") for row in _rows(language)]


def _old_mended(match: re.Match[str]) -> str:
    """ar_typed's callback as it was: the word's count asked before its pairs."""
    word = match.group(0)
    if ar_typed._count(word):
        return word
    stem_at = next(
        (len(a) for a in ar_typed._ARTICLES if word.startswith(a)), int(word[0] in "وفبكل")
    )
    found = {
        word[:at] + word[at + 1 :]
        for at in range(max(2, stem_at + 2), len(word) - 1)
        if word[at] == word[at - 1] and not ar_typed._joins_parts(word, at)
    }
    often = [w for w in found if ar_typed._count(w) >= ar_typed._OFTEN]
    return often[0] if len(often) == 1 else word


def test_held_keys_mended_as_before_and_skipped_without_a_letter_pair() -> None:
    for row in [*_rows("ar"), "المكان جمميل جدا", "الاكل ممتاازه والخدمه محتررم"]:
        assert ar_typed.mend_held_keys(row) == ar_typed._WORD.sub(_old_mended, row)
        if not ar_typed._PAIR.search(row):
            assert ar_typed._WORD.sub(_old_mended, row) == row
    assert ar_typed.mend_held_keys("المكان جمميل") == "المكان جميل"


def test_no_ampersand_no_word_spaced() -> None:
    for row in _all_rows():
        if "&" not in row:
            assert en_tweet._WORD.sub(en_tweet._spaced_ampersand, row) == row
    spaced = en_tweet._WORD.sub(en_tweet._spaced_ampersand, "bags&shoes")
    assert spaced == "bags & shoes"


def test_no_letter_held_three_times_no_stretch_pass() -> None:
    held = (stretch._LONE_RUN, stretch._AR_STRETCHED_WORD, stretch._GLUED_RUN, stretch._STRETCH)
    alif = (stretch._AR_MA_RUN_ON, stretch._AR_DOUBLES)
    for row in _all_rows():
        if not stretch._STRETCH.search(row):
            assert all(p.search(row) is None for p in held)
        if "اا" not in row:
            assert all(p.search(row) is None for p in alif)
    assert stretch.destretch("soooo good", "en") == "so good"
    assert stretch.destretch("رااااائع جداا", "ar") == "رائع جدا"


def test_held_twice_anchor_is_the_letter_pair() -> None:
    assert fa_slips.anchors.anchor(fa_slips._HELD_TWICE) == "اا"


def test_clean_and_personal_data_as_without_the_prechecks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = {language: _rows(language) for language in ("fa", "ar", "en")}
    extra = ["My name is Sara Lee", "thanks to agent John Smith", "اسمم علی است", "a\tb   و c"]
    checked = {
        language: [(noise.clean(r, language), noise.has_personal_data.__wrapped__(r)) for r in rs]
        for language, rs in rows.items()
    }
    checked["en"] += [(noise.clean(r, "en"), noise.has_personal_data.__wrapped__(r)) for r in extra]
    monkeypatch.setattr(noise, "_gap", lambda text: True)
    monkeypatch.setattr(noise, "_NAME_HINTS", ("",))  # "" is in every text: never skipped
    unchecked = {
        language: [(noise.clean(r, language), noise.has_personal_data.__wrapped__(r)) for r in rs]
        for language, rs in rows.items()
    }
    unchecked["en"] += [
        (noise.clean(r, "en"), noise.has_personal_data.__wrapped__(r)) for r in extra
    ]
    assert checked == unchecked
    assert all(named for _, named in checked["en"][-3:-1])


def test_fold_in_one_table_as_in_three_passes() -> None:
    def three_passes(text: str) -> str:
        return _DIACRITICS.sub("", text).translate(_FOLD).replace(ZWNJ, "").lower()

    for row in _all_rows():
        assert fold.__wrapped__(row) == three_passes(row)
    for code in range(0x10000):  # every character of the basic plane, between letters
        if not 0xD800 <= code < 0xE000:
            text = f"a{chr(code)}ب{chr(code)}"
            assert fold.__wrapped__(text) == three_passes(text)


def test_no_word_twice_nothing_pasted_again() -> None:
    for row in _all_rows():
        split = row.split()
        if len(set(split)) == len(split):
            assert ar_spell._REPEATED_WORD.search(row) is None
            assert ar_spell._PASTED.search(row) is None
        if "لالا" not in row:
            assert noise._LAM_ALEF_RUN.search(row) is None
    pasted = "جميلة ولكن اللون لا يثبت جميلة ولكن اللون لا يثبت"
    assert ar_spell.respell(pasted, ar_spell.known) == "جميلة ولكن اللون لا يثبت"
    assert ar_spell.respell("جدا جدا جدا", ar_spell.known) == "جدا"
