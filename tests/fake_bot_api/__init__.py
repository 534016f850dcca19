"""A fake Telegram Bot API server for end-to-end tests (the network edge we cannot reach)."""

from tests.fake_bot_api.server import BOT_ID, FakeBotAPI

__all__ = ["BOT_ID", "FakeBotAPI"]
