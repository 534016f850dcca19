"""Properties every reflection holds, on the whole real-message corpus (6,000 messages).

These are necessary, not sufficient: whether a reflection reads right is judged by reading
(``tests/data/reflections/``, ``make bench``). What a rule can prove, it proves here: no
word is a broken piece of the customer's word, no first person is left unshifted outside a
quote (en), the length is bounded, no personal data comes back, the same input gives the
same output.
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dialogues.reflection import fa_why, reflect
from dialogues.reflection.noise import HEX_CODE, VERSION, clean, has_personal_data
from dialogues.text import fold, words

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»")
_FIRST_PERSON_EN = re.compile(r"\b(?:I|me|my|mine|myself|I'm|I've|I'll|I'd|im|ive)\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_LONG_DIGITS = re.compile(r"(?:[0-9۰-۹٠-٩][\s().-]?){7,}")
MAX_WORDS = 60
# Short words the bot itself writes: shifted pronouns and the frames' own words.
_OURS = {
    fold(w)
    for w in (
        "we us you our it it's is to for and a an at از به با را و هم آن لك بك منك عنك فيك قلت ما"
        " عن لا"
    ).split()
}  # «ما»: a glued «ماتوقع» ("I don't expect") is written apart, «ما تتوقع»; «عن»: topics' frame;
# «لا»: a glued «لاتصلح» is written apart, «لا تصلح» (r34); "at": an "@" read as "at" (en r34)
# "is": our "which is awful" (en_which)


def _corpus(language: str) -> list[str]:
    path = REAL / f"{language}.tsv"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return [row[0] for row in rows]


def _pieces_of(word: str, message_words: set[str]) -> bool:
    """Whether ``word`` is a proper piece cut from inside one of the message's words."""
    return any(word != m and word in m for m in message_words)


@pytest.fixture(scope="module", params=["fa", "ar", "en"])
def reflected(request: pytest.FixtureRequest) -> tuple[str, list[tuple[str, str]]]:
    language = request.param
    return language, [(m, reflect([m], language)) for m in _corpus(language)]


def test_no_word_is_a_broken_piece_of_the_customers_word(
    reflected: tuple[str, list[tuple[str, str]]],
) -> None:
    language, pairs = reflected
    broken = []
    for message, reflection in pairs:
        said = {
            fold(w)
            for w in words(fold(html.unescape(message))) + words(fold(clean(message, language)))
        }
        ours = reflection.replace(fa_why.START, "«")  # r33: «گله دارید که «…»» is our frame
        for word in words(fold(ours)):
            key = fold(word)
            if key in said or key in _OURS or len(key) > 2 or "و" + key in said:
                continue  # theirs (maybe without «و»), ours, or long enough to stand alone
            if _pieces_of(key, said):
                broken.append((message, reflection, word))
    assert broken == [], broken[:5]


def test_english_keeps_no_first_person_outside_a_quote(
    reflected: tuple[str, list[tuple[str, str]]],
) -> None:
    language, pairs = reflected
    if language != "en":
        pytest.skip("the first-person check is for English")
    left = [(m, r) for m, r in pairs if _FIRST_PERSON_EN.search(_QUOTED.sub("", r))]
    assert left == [], left[:5]


_FIRST_PERSON_AR = {fold(w) for w in "انا لي عندي معي نا".split()}


def _first_person_ar(reply: str) -> bool:
    """An Arabic "I" left in the bot's voice: «أنا/لي/عندي», «أنصح» (a known present), «ماروحه»."""
    from dialogues.reflection.ar import _ELATIVES, _PRESENT_STEMS

    for word in _QUOTED.sub(" ", reply).split():
        key = fold(word.strip(".,!?؟،:"))
        key = key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key
        if key in _FIRST_PERSON_AR or re.match(r"^(?:ما|لا)ا(?!ل)", key):
            return True
        if key[:1] == "ا" and key[1:] in _PRESENT_STEMS and key not in _ELATIVES:
            return True
    return False


def test_arabic_keeps_no_first_person_outside_a_quote(
    reflected: tuple[str, list[tuple[str, str]]],
) -> None:
    language, pairs = reflected
    if language != "ar":
        pytest.skip("the Arabic first-person check is for Arabic")
    # The tuning rows only: the rows after 1,000 are held out for judging and never tuned on.
    left = [row for row, (_m, r) in enumerate(pairs[:1000], 1) if _first_person_ar(r)]
    assert left == [], left  # row numbers only, never the messages


def test_length_is_bounded(reflected: tuple[str, list[tuple[str, str]]]) -> None:
    _language, pairs = reflected
    too_long = [(m, r) for m, r in pairs if len(r.split()) > MAX_WORDS]
    assert too_long == [], too_long[:3]
    # A long message is never read back whole.
    echoed = [(m, r) for m, r in pairs if len(m.split()) > 40 and r.strip() == m.strip()]
    assert echoed == []


def test_no_personal_data_is_echoed(reflected: tuple[str, list[tuple[str, str]]]) -> None:
    _language, pairs = reflected
    leaked = [
        (m, r)
        for m, r in pairs
        if _EMAIL.search(r)
        or _LONG_DIGITS.search(VERSION.sub(" ", HEX_CODE.sub(" ", r)))  # "15.5.2.1054", "0x5001"
        or (r and has_personal_data(r))
    ]
    assert leaked == [], leaked[:3]


def test_reflection_is_deterministic(reflected: tuple[str, list[tuple[str, str]]]) -> None:
    language, pairs = reflected
    for message, reflection in pairs[:500]:
        assert reflect([message], language) == reflection


_CHILD = """
import json, sys
from dialogues.reflection import reflect
language, messages = json.load(sys.stdin)
print(json.dumps([reflect([m], language) for m in messages]))
"""


@pytest.mark.parametrize("seed", ["1", "2"])
def test_reflection_does_not_depend_on_the_hash_seed(
    reflected: tuple[str, list[tuple[str, str]]], seed: str
) -> None:
    # Sets of strings iterate in an order PYTHONHASHSEED picks anew for every process: a rule
    # that lets that order choose (two spellings folding alike) answers differently per run.
    language, pairs = reflected
    sample = pairs[::4]
    child = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps([language, [m for m, _ in sample]]),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": seed},
        cwd=Path(__file__).resolve().parents[2],
    )
    theirs = json.loads(child.stdout)
    differ = [(m, r, t) for (m, r), t in zip(sample, theirs, strict=True) if r != t]
    assert differ == [], differ[:3]
