"""Choose the NLU backend from settings."""

from __future__ import annotations

from pathlib import Path

from dialogues.errors import ConfigurationError
from nlu.parser import Parser


def build_parser(
    backend: str,
    *,
    rasa_url: str,
    rasa_timeout: float,
    model_dir: Path,
    default_language: str = "fa",
) -> Parser:
    """ "local" → the embedded parser; "rasa" → Rasa with the embedded parser as fallback."""
    from nlu.embedded import EmbeddedParser

    embedded = EmbeddedParser(model_dir, default_language=default_language)
    if backend == "local":
        return embedded
    if backend == "rasa":
        from nlu.rasa import RasaParser

        return RasaParser(rasa_url, timeout=rasa_timeout, fallback=embedded)
    raise ConfigurationError(f"NLU_BACKEND must be 'local' or 'rasa', not {backend!r}")
