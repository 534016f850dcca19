"""Prompt catalogs: per-language YAML files of phrase variants, loaded once.

Wording lives in ``catalog/{fa,ar,en}.yml``, not in code, so a company can tune its voice
without touching the policy. Every language must define the same keys. What the bot says to
staff (cards, buttons, confirmations, notices) lives beside it in ``catalog/staff_{fa,ar,en}.yml``:
one wording a key, read by the same loader.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from dialogues.errors import CatalogError
from dialogues.turn import LANGUAGES

CATALOG_DIR = Path(__file__).parent / "catalog"
STAFF = "staff_"  # the staff catalogs' file-name prefix


@cache
def variants(language: str, key: str) -> tuple[str, ...]:
    """All variants of ``key`` in ``language``."""
    catalog = _load(language)
    try:
        found = catalog[key]
    except KeyError:
        raise CatalogError(f"catalog {language}.yml has no key {key!r}") from None
    return found


@cache
def staff_text(language: str, key: str) -> str:
    """The staff catalog's wording of ``key`` in ``language`` (placeholders unfilled)."""
    try:
        return _load(language, STAFF)[key][0]
    except KeyError:
        raise CatalogError(f"catalog {STAFF}{language}.yml has no key {key!r}") from None


@cache
def _load(language: str, book: str = "") -> dict[str, tuple[str, ...]]:
    if language not in LANGUAGES:
        raise CatalogError(f"no catalog for language {language!r}")
    path = CATALOG_DIR / f"{book}{language}.yml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise CatalogError(f"{path} is not a mapping of keys to variants")
    catalog: dict[str, tuple[str, ...]] = {}
    for key, value in raw.items():
        if book and isinstance(value, str):
            value = [value]  # staff texts have one wording: no conversation to vary
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise CatalogError(f"{path}: key {key!r} needs a non-empty list of strings")
        catalog[str(key)] = tuple(value)
    return catalog


def keys(language: str, book: str = "") -> frozenset[str]:
    """The keys a language's catalog (or staff catalog) defines; all languages must agree."""
    return frozenset(_load(language, book))


def reload() -> None:
    """Forget the loaded catalogs (after their files changed)."""
    for cached in (variants, staff_text, _load):
        cached.cache_clear()
