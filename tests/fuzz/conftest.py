"""The fake Bot API for the fuzz tests (the same one the Telegram tests use)."""

from tests.telegram.conftest import fake

__all__ = ["fake"]
