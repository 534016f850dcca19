"""The interface every NLU backend implements."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from nlu.result import ParseResult


@runtime_checkable
class Parser(Protocol):
    """A backend: initialise once, parse many texts, shut down once."""

    name: str

    async def initialize(self) -> None:
        """Load or train the model, open connections."""

    async def shutdown(self) -> None:
        """Release connections and resources."""

    async def parse(self, text: str, language: str | None = None) -> ParseResult:
        """Understand one text; ``language`` overrides detection when given."""
        ...
