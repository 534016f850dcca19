"""hazm's Normalizer without the rest of hazm.

``import hazm`` runs the package's ``__init__``, which imports every tool it has (POS
tagger, parsers, corpus readers, word embeddings with gensim, fastText): about 140 MB and
seconds of CPU, of which the Normalizer needs none. Here the package is entered without
its ``__init__`` and only the modules the Normalizer imports are loaded, in the order the
``__init__`` would load them; the Normalizer itself is hazm's, unchanged.
"""

from __future__ import annotations

import functools
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


# The two nltk interfaces hazm's stemmer and tokenizer subclass. nltk's ``__init__`` imports
# scikit-learn and scipy (~100 MB) through its classifiers; these modules need none of it.
_NLTK_MODULES = ("nltk.stem.api", "nltk.tokenize.api")


def _bare_package(name: str) -> types.ModuleType:
    """Package ``name`` entered without running its ``__init__`` (or the one imported)."""
    package = sys.modules.get(name)
    if package is None:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.submodule_search_locations is None:
            raise ImportError(f"{name} is not installed")
        package = types.ModuleType(name)
        package.__path__ = list(spec.submodule_search_locations)
        package.__spec__ = spec
        sys.modules[name] = package
    return package


def _import_nltk_interfaces() -> None:
    """Load the nltk modules hazm needs without nltk's ``__init__``.

    The bare packages are taken out of ``sys.modules`` afterwards, so a later ``import
    nltk`` runs the real ``__init__`` (which finds these submodules already loaded).
    """
    if all(name in sys.modules for name in _NLTK_MODULES):
        return
    bare = [n for n in ("nltk", "nltk.stem", "nltk.tokenize") if n not in sys.modules]
    for name in bare:
        _bare_package(name)
    try:
        for name in _NLTK_MODULES:
            importlib.import_module(name)
    finally:
        for name in bare:
            sys.modules.pop(name, None)


def normalizer_class() -> Any:
    """``hazm.Normalizer``, loading as little of hazm as it needs."""
    package = _bare_package("hazm")
    if hasattr(package, "Normalizer"):  # the whole of hazm was imported, or this ran before
        return package.Normalizer
    _import_nltk_interfaces()
    utils = importlib.import_module("hazm.utils")
    for name in _FROM_UTILS:
        setattr(package, name, getattr(utils, name))
    # Normalizer.normalize builds the same two translation tables on every call (a dict
    # comprehension per text); the same arguments give equal tables, which translate
    # only reads: built once each.
    package.maketrans = functools.lru_cache(maxsize=8)(utils.maketrans)  # type: ignore[attr-defined]
    for module, name in _CLASSES:
        setattr(package, name, getattr(importlib.import_module(module), name))
    return package.Normalizer
