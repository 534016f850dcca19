"""Language detection with each script's letters counted once and each word's evidence
remembered answers as the loops it replaced (kept here as the reference), score for score."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu import language
from nlu.language import _arabic_script_scores, _word_evidence, detect_language, language_scores

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"
CRAFTED = (
    "",
    "   ",
    "123 !!",
    "پژ",
    "چگیک",
    "ولى براى خیلى",
    "رووووعه عاااالی",
    "الapp ما يفتح، always crash",
    "salam",
    "3 rooze montazeram",
    "el talab ma wesel, 3 ayam",
    "my order never came",
    "باب",
    "ما من",
    "سلام 😍 ok",
)


def _reference_scores(text: str) -> tuple[float, float]:
    """The loop over characters and words that ``_arabic_script_scores`` was."""
    fa = sum(
        language._FA_ONLY_WEIGHT if ch in language._FA_ONLY_LETTERS else 1.0
        for ch in text
        if ch in language._FA_LETTERS
    )
    ar = float(sum(1 for ch in text if ch in language._AR_LETTERS))
    for word in map(language._known_form, language._WORD.findall(text)):
        persian = word.translate(language._YEH_FORMS)
        if word in language._SHARED_WORDS:
            pass
        elif persian in language._FA_WORDS and persian not in language._SHARED_WORDS:
            fa += 2
        elif word in language._AR_WORDS:
            ar += 2
        if persian.startswith(language._FA_PREFIXES) or persian.endswith(language._FA_SUFFIXES):
            fa += 1
        if persian != word and language._fa_word(persian):
            ar -= word.count("ى")
        if len(word) > 3 and word.startswith("ال"):
            ar += 1
    return fa, ar


def _reference_detect(text: str, default: str, previous: str | None) -> str:
    """``detect_language`` as it searched and counted each script's letters again."""
    text = language._STRETCHED.sub(r"\1", text)
    mixed = language._LATIN.search(text) and language._ARABIC_SCRIPT.search(text)
    held = previous or default
    if mixed and held in ("fa", "ar") and len(language._ARABIC_SCRIPT.findall(text)) >= 4:
        fa, ar = _reference_scores(text)
        return "fa" if fa > ar else "ar" if ar > fa else held
    latin_only = bool(language._LATIN.search(text)) and not language._ARABIC_SCRIPT.search(text)
    reading = language.latin_reading(text) if latin_only else "script"
    if previous in ("fa", "ar") and reading is None:
        return previous
    if reading == "either":
        return previous or default
    scores = language_scores(text)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] > ranked[1]:
        return max(scores, key=lambda k: scores[k])
    fallback = previous or default
    arabic_letters = len(language._ARABIC_SCRIPT.findall(text))
    if previous not in ("fa", "ar") and arabic_letters >= 5:
        decided = language.persian_or_arabic(text)
        if decided is not None:
            return decided
    if arabic_letters:
        for candidate in (fallback, default):
            if candidate in ("fa", "ar"):
                return candidate
        return "fa"
    return fallback


def _texts() -> list[str]:
    texts = list(CRAFTED)
    for name in ("fa", "ar", "en"):
        lines = (REAL / f"{name}.tsv").read_text(encoding="utf-8").splitlines()[1:2001]
        texts.extend(line.split("\t")[0] for line in lines)
    return texts


def test_scores_are_the_loops_scores_value_and_type() -> None:
    for text in _texts():
        for _ in range(2):  # cold, then each word's evidence remembered
            fa, ar = _arabic_script_scores(text)
            want_fa, want_ar = _reference_scores(text)
            assert (fa, ar) == (want_fa, want_ar), text
            assert (type(fa), type(ar)) == (type(want_fa), type(want_ar)), text
    assert _word_evidence.cache_info().hits > 0


@pytest.mark.parametrize("previous", [None, "fa", "ar", "en"])
def test_detection_is_the_references(previous: str | None) -> None:
    for text in _texts():
        for default in ("fa", "en"):
            want = _reference_detect(text, default, previous)
            assert detect_language(text, default, previous) == want, (text, default)


def test_in_script_as_before() -> None:
    """``in_script`` with its mark test compiled once and the text lowered once."""
    import re

    from nlu.latin import _SPELLED, _WORD, MAX_WORDS, in_script

    def reference(text: str, language: str) -> str | None:
        spelled = _SPELLED.get(language)
        words = _WORD.findall(text.lower())
        if not spelled or not words or len(words) > MAX_WORDS:
            return None
        if re.search(r"[^\sa-z0-9',.!?]", text.lower()):
            return None
        if not all(w in spelled for w in words):
            return None
        return " ".join(spelled[w] for w in words).replace("ال السلامة", "السلامة")

    texts = [
        *_texts(),
        "Are",
        "na hamin",
        "la bas hek",
        "ma3 el salama",
        "BALE!",
        "ok 😍",
        "tfadal",
    ]
    for lang in ("fa", "ar", "en"):
        assert [in_script(t, lang) for t in texts] == [reference(t, lang) for t in texts]
    assert in_script("na hamin", "fa") == "نه همین"
