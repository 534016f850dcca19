"""Hamdel's exceptions: one root, so a caller can catch everything the project raises.

The tree::

    HamdelError
    ├── ConfigurationError          settings or owners.yml are wrong (names the bad line)
    ├── CatalogError                a prompt catalog is missing a key or a language
    ├── NLUError
    │   ├── TrainingDataError       nlu/data is not valid Rasa YAML
    │   ├── ModelNotTrainedError    the embedded model is missing and could not be trained
    │   └── RasaUnavailableError    the Rasa server did not answer in time or answered badly
    ├── StorageError
    │   └── NotFoundError           a row the caller relied on does not exist
    └── TransportError
        ├── DeliveryRejected        Telegram refused a message for good (400): not retried
        ├── CustomerBlockedError    Telegram answered Forbidden: the customer blocked the bot
        └── StaffOnlyError          a staff action by someone not on the staff list
            └── NotYourRequestError staff acting on a request outside their reach

The root and the policy's own errors live here, in ``dialogues``, the project's pure core that
every package may import; each package keeps its own branch: ``nlu/errors.py`` (NLUError…),
``storage/errors.py`` (StorageError…), ``bot/errors.py`` (TransportError…, and the one
table that maps Telegram's library errors onto them).
"""

from __future__ import annotations


class HamdelError(Exception):
    """Root of every exception Hamdel raises on purpose."""


class ConfigurationError(HamdelError):
    """Settings or the owners directory are invalid."""


class CatalogError(HamdelError):
    """A prompt catalog lacks a key, a language or variants."""
