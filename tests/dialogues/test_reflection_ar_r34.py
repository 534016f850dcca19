"""Arabic reflections and first replies, round 34: the wording (constructed lines only, never a
pool or judged message)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.reflection import ar_glue, reflect
from tests.dialogues.script import Script


def _one_of(key: str, reply: str) -> bool:
    return any(line.split("{")[0] in reply for line in variants("ar", key))


# ---- 1. a negation typed onto its verb is two words ----------------------------------------
@pytest.mark.parametrize(
    ("text", "said", "glued"),
    [
        ("الشاحن لايعمل ولايوجد له كابل", ("لا يعمل", "ولا يوجد"), ("لايعمل", "ولايوجد")),
        ("المكيف ضعيف ولاتبرد الغرفة", ("ولا تبرد",), ("ولاتبرد",)),
        ("السماعة سيئة جدا لاأنصح بها لصديق", ("لا أنصح",), ("لاأنصح",)),  # quoted, parted
    ],
)
def test_a_negation_glued_to_its_verb_is_parted(
    text: str, said: tuple[str, ...], glued: tuple[str, ...]
) -> None:
    reply = reflect([text], "ar")
    assert all(words in reply for words in said), reply
    assert not any(word in reply for word in glued), reply


def test_a_first_person_verb_is_parted_only_inside_its_quote() -> None:
    # «لااحبذ» in our voice would be "I" left unshifted: the shift quotes it, we part the quote
    assert ar_glue.not_glued("إذن لااحبذ الاكل") == "إذن لااحبذ الاكل"
    assert ar_glue.not_glued("قلت: «لااحبذ الاكل»") == "قلت: «لا احبذ الاكل»"


@pytest.mark.parametrize(
    "text",
    [
        "المطعم جميل لانه نظيف",  # «لأنه»: because
        "في حي لاتينو",  # a name
        "لايجاد طاولة",  # «لـ» + «إيجاد»
        "الزائر يرغب لاتجديد",  # «لـ» + a noun
        "عليه لايكات كثيرة",  # a plural
    ],
)
def test_a_word_that_only_opens_like_a_negation_is_left_whole(text: str) -> None:
    assert ar_glue.not_glued(text) == text


def test_no_harm_glued_is_said_as_the_phrase() -> None:
    assert ar_glue.not_glued("قلت: «منتج لااباس به»") == "قلت: «منتج لا بأس به»"


# ---- 2. short English praise in an Arabic chat ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent"),
    [("good headphone", "greet"), ("Vary good", "greet"), ("nice lamp", "nlu_fallback")],
)
def test_short_english_praise_is_thanked_naming_it(text: str, intent: str) -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says(text, intent=intent, sentiment="positive")
    assert _one_of("thanks_praise", reply) and f"«{text}»" in reply, reply  # never a hello
    chat.assert_well_spoken()


@pytest.mark.parametrize("text", ["not good", "good but small", "All good", "medium quality"])
def test_english_that_is_not_only_praise_is_not_thanked(text: str) -> None:
    chat = Script("ar")
    chat.start()
    reply = chat.says(text, intent="nlu_fallback", sentiment="neutral")
    assert not _one_of("thanks_praise", reply), reply


def test_an_english_clause_in_an_arabic_reflection_is_quoted() -> None:
    assert reflect(["good headphone"], "ar") == "قلت: «good headphone»"
