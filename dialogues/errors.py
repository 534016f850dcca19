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
        ├── CustomerBlockedError    Telegram answered Forbidden: the customer blocked the bot
        └── StaffOnlyError          a staff action by someone not on the staff list
            └── NotYourRequestError staff acting on a request outside their reach

It lives in ``dialogues`` because that package is the project's pure core: every other
package may depend on it, it depends on none of them.
"""

from __future__ import annotations


class HamdelError(Exception):
    """Root of every exception Hamdel raises on purpose."""


class ConfigurationError(HamdelError):
    """Settings or the owners directory are invalid."""


class CatalogError(HamdelError):
    """A prompt catalog lacks a key, a language or variants."""


class NLUError(HamdelError):
    """Language understanding failed."""


class TrainingDataError(NLUError):
    """The Rasa-format training data could not be read."""


class ModelNotTrainedError(NLUError):
    """The embedded model is missing and could not be trained."""


class RasaUnavailableError(NLUError):
    """The Rasa server timed out, refused the connection or answered with an error."""


class StorageError(HamdelError):
    """The database refused or lost something."""


class NotFoundError(StorageError):
    """A row the caller relied on does not exist."""


class TransportError(HamdelError):
    """Talking to a channel (Telegram, the terminal) failed."""


class CustomerBlockedError(TransportError):
    """The customer blocked the bot; do not retry."""


class StaffOnlyError(TransportError):
    """Someone who is not on the staff list tried a staff action."""


class NotYourRequestError(StaffOnlyError):
    """A staff member acted on a request that is neither theirs nor on their topics."""
