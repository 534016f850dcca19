"""Staff catalogs: every language says everything, with the same placeholders."""

import string

from dialogues.catalog import STAFF, keys, staff_text
from dialogues.turn import LANGUAGES


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_languages_define_the_same_staff_keys() -> None:
    assert keys("fa", STAFF) == keys("ar", STAFF) == keys("en", STAFF)


def test_every_language_fills_the_same_placeholders() -> None:
    for key in keys("en", STAFF):
        wanted = _fields(staff_text("en", key))
        for language in LANGUAGES:
            assert _fields(staff_text(language, key)) == wanted, (language, key)
