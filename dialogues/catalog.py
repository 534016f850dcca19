"""Prompt catalogs: per-language YAML files of phrase variants, loaded once.

Wording lives in ``catalog/{fa,ar,en}.yml``, not in code, so a company can tune its voice
without touching the policy. Every language must define the same keys.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from dialogues.errors import CatalogError
from dialogues.turn import LANGUAGES

CATALOG_DIR = Path(__file__).parent / "catalog"


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
def _load(language: str) -> dict[str, tuple[str, ...]]:
    if language not in LANGUAGES:
        raise CatalogError(f"no catalog for language {language!r}")
    path = CATALOG_DIR / f"{language}.yml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise CatalogError(f"{path} is not a mapping of keys to variants")
    catalog: dict[str, tuple[str, ...]] = {}
    for key, value in raw.items():
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise CatalogError(f"{path}: key {key!r} needs a non-empty list of strings")
        catalog[str(key)] = tuple(value)
    return catalog


def keys(language: str) -> frozenset[str]:
    """The keys a language's catalog defines (tests check all languages agree)."""
    return frozenset(_load(language))
