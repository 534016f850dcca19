"""hazm's Normalizer without the rest of hazm.

``import hazm`` runs the package's ``__init__``, which imports every tool it has (POS
tagger, parsers, corpus readers, word embeddings with gensim, fastText): about 140 MB and
seconds of CPU, of which the Normalizer needs none. Here the package is entered without
its ``__init__`` and only the modules the Normalizer imports are loaded, in the order the
``__init__`` would load them; the Normalizer itself is hazm's, unchanged.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

# What hazm.normalizer and the modules it imports take from the package namespace.
_FROM_UTILS = (
    "default_verbs",
    "default_words",
    "stopwords_list",
    "words_list",
    "maketrans",
    "regex_replace",
    "NUMBERS",
    "informal_verbs",
    "informal_words",
    "abbreviations",
)
_CLASSES = (
    ("hazm.stemmer", "Stemmer"),
    ("hazm.word_tokenizer", "WordTokenizer"),
    ("hazm.lemmatizer", "Lemmatizer"),
    ("hazm.lemmatizer", "Conjugation"),
    ("hazm.normalizer", "Normalizer"),
)


def normalizer_class() -> Any:
    """``hazm.Normalizer``, loading as little of hazm as it needs."""
    package = sys.modules.get("hazm")
    if package is None:
        spec = importlib.util.find_spec("hazm")
        if spec is None or spec.submodule_search_locations is None:
            raise ImportError("hazm is not installed")
        package = types.ModuleType("hazm")
        package.__path__ = list(spec.submodule_search_locations)
        package.__spec__ = spec
        sys.modules["hazm"] = package
    if hasattr(package, "Normalizer"):  # the whole of hazm was imported, or this ran before
        return package.Normalizer
    utils = importlib.import_module("hazm.utils")
    for name in _FROM_UTILS:
        setattr(package, name, getattr(utils, name))
    for module, name in _CLASSES:
        setattr(package, name, getattr(importlib.import_module(module), name))
    return package.Normalizer
