"""Staff words: the catalog's wording in the reader's language, codes in words."""

import pytest

from bot.staff_words import say, term
from dialogues.catalog import staff_text
from dialogues.turn import LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_buttons_and_terms_are_in_the_language(language: str) -> None:
    claim = say(language, "button_claim")
    assert claim and claim == {"fa": "برعهده می‌گیرم", "ar": "أتولّاه", "en": "Claim"}[language]
    assert term(language, "delivery") == staff_text(language, "term_delivery")
    assert term(language, "unresolved") == "unresolved"  # a code without words stays a code
    assert term(language, None) == staff_text(language, "term_other")
