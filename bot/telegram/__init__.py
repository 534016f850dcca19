"""The Telegram channel: python-telegram-bot v22, kept apart from the dialogue.

Handlers turn an Update into a transport-neutral ``IncomingMessage`` and hand it on; the
policy never sees Telegram.
"""
