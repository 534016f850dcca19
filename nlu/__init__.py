"""Language understanding for Hamdel: language, normalisation and one ``parse()`` interface.

Import-light on purpose: ``dialogues`` imports ``nlu.language`` / ``nlu.normalize``, so this
package must not pull aiohttp or scikit-learn at import time. Backends live in submodules.
"""

from __future__ import annotations

from dialogues.languages import LANGUAGES as _LANGUAGES

INTENTS: tuple[str, ...] = (
    "greet",
    "affirm",
    "deny",
    "complaint",
    "praise",
    "suggestion",
    "question",
    "request_human",
    "done",
)
FALLBACK_INTENT = "nlu_fallback"
TOPICS: tuple[str, ...] = ("delivery", "billing", "product", "service", "app")
LANGUAGES: tuple[str, ...] = _LANGUAGES  # the one list, in dialogues.languages
