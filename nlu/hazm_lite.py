"""hazm's Normalizer without the rest of hazm.

``import hazm`` runs the package's ``__init__``, which imports every tool it has (POS
tagger, parsers, corpus readers, word embeddings with gensim, fastText): about 140 MB and
seconds of CPU, of which the Normalizer needs none. Here the package is entered without
its ``__init__`` and only the modules the Normalizer imports are loaded, in the order the
``__init__`` would load them; the Normalizer itself is hazm's, unchanged.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import sys
import types
from abc import ABCMeta, abstractmethod
from collections.abc import Iterator
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
# scikit-learn and scipy (~100 MB) through its classifiers, and even the two ``api`` modules
# alone load nltk.internals, the regex package, xml.etree and xml.sax (~2.5 MB, 24
# modules); hazm calls none of what they define but the abstract methods it overrides.
_NLTK_MODULES = ("nltk.stem.api", "nltk.tokenize.api")


class StemmerI(metaclass=ABCMeta):
    """Stands in for ``nltk.stem.api.StemmerI`` (the same one abstract method)."""

    @abstractmethod
    def stem(self, token: str) -> str:
        """The stem of ``token``."""


class TokenizerI(metaclass=ABCMeta):
    """Stands in for ``nltk.tokenize.api.TokenizerI`` (hazm overrides ``tokenize``)."""

    @abstractmethod
    def tokenize(self, s: str) -> list[str]:
        """The tokens of ``s``."""


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


@contextlib.contextmanager
def _nltk_interfaces() -> Iterator[None]:
    """While hazm's modules load: nltk's two interfaces (stand-ins unless nltk is loaded).

    The stand-ins leave ``sys.modules`` afterwards, so a later ``import nltk`` is the real one.
    """
    if all(name in sys.modules for name in _NLTK_MODULES):
        yield
        return
    stand_ins: dict[str, dict[str, Any]] = {
        "nltk.stem.api": {"StemmerI": StemmerI},
        "nltk.tokenize.api": {"TokenizerI": TokenizerI},
    }
    added = []
    for name in ("nltk", "nltk.stem", "nltk.tokenize", *_NLTK_MODULES):
        if name not in sys.modules:
            module = types.ModuleType(name)
            module.__dict__.update(stand_ins.get(name, {}))
            sys.modules[name] = module
            added.append(name)
    try:
        yield
    finally:
        for name in added:
            sys.modules.pop(name, None)


def normalizer_class() -> Any:
    """``hazm.Normalizer``, loading as little of hazm as it needs."""
    package = _bare_package("hazm")
    if hasattr(package, "Normalizer"):  # the whole of hazm was imported, or this ran before
        return package.Normalizer
    utils = importlib.import_module("hazm.utils")
    for name in _FROM_UTILS:
        setattr(package, name, getattr(utils, name))
    # Normalizer.normalize builds the same two translation tables on every call (a dict
    # comprehension per text); the same arguments give equal tables, which translate
    # only reads: built once each.
    package.maketrans = functools.lru_cache(maxsize=8)(utils.maketrans)  # type: ignore[attr-defined]
    with _nltk_interfaces():
        for module, name in _CLASSES:
            setattr(package, name, getattr(importlib.import_module(module), name))
    return package.Normalizer
