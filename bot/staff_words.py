"""What the bot says to staff, in the language each of them reads (``catalog/staff_*.yml``).

An owner reads the first language listed for them in owners.yml; the team chat reads the
team's language; someone who is not staff reads their own client's language.
"""

from __future__ import annotations

from dialogues.catalog import STAFF, keys, staff_text
from dialogues.languages import Language, first_supported


def say(language: str, key: str, /, **values: object) -> str:
    """The staff catalog's ``key`` in ``language`` with ``values`` filled in."""
    return staff_text(language, key).format(**values)


def term(language: str, code: str | None) -> str:
    """A code (topic, sentiment, status, language…) in words, or the code when it has none."""
    code = code or "other"
    key = f"term_{code}"
    return say(language, key) if key in keys(language, STAFF) else code


def client_language(language_code: str | None, default: Language) -> Language:
    """The language of someone known only by their Telegram client's language."""
    return first_supported([language_code], default)
