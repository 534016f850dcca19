"""Language-understanding errors (their root, :class:`HamdelError`, is in ``dialogues.errors``)."""

from __future__ import annotations

from dialogues.errors import HamdelError


class NLUError(HamdelError):
    """Language understanding failed."""


class TrainingDataError(NLUError):
    """The Rasa-format training data could not be read."""


class ModelNotTrainedError(NLUError):
    """The embedded model is missing and could not be trained."""


class RasaUnavailableError(NLUError):
    """The Rasa server timed out, refused the connection or answered with an error."""
