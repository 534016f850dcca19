"""The production backend: a Rasa 3.6 server over HTTP, with the embedded parser as fallback."""

from __future__ import annotations

import logging
from typing import Any

import aiohttp

from nlu import FALLBACK_INTENT, TOPICS
from nlu.errors import RasaUnavailableError
from nlu.language import detect_language
from nlu.normalize import normalize
from nlu.parser import Parser
from nlu.result import ParseResult, understood
from nlu.topics import OrderIdFinder, TopicMatcher
from nlu.training_data import DEFAULT_DATA_DIR, load_dir

log = logging.getLogger(__name__)

_TOPICLESS_INTENTS = frozenset({"greet", "affirm", "deny", "done", FALLBACK_INTENT})


class RasaParser:
    """POSTs to ``{url}/model/parse``; on any failure answers with ``fallback`` instead."""

    name = "rasa"

    def __init__(
        self, url: str, timeout: float = 1.0, *, fallback: Parser, default_language: str = "fa"
    ) -> None:
        """No connection is opened until ``initialize()``."""
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.fallback = fallback
        self.default_language = default_language
        self._session: aiohttp.ClientSession | None = None
        # The same lookups and regex Rasa trains on, for answers where DIET found no entity.
        data = load_dir(DEFAULT_DATA_DIR)
        self._topics = TopicMatcher.from_training_data(data)
        self._order_ids = OrderIdFinder(data.regexes.get("order_id", []))
        self._outage = False  # True from the first failure until the next success

    @property
    def in_outage(self) -> bool:
        """True while the server is failing (the fallback is answering)."""
        return self._outage

    async def initialize(self) -> None:
        """Open the session, prepare the fallback and check the server's health once."""
        await self.fallback.initialize()
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
        try:
            status = await self._get_status()
            log.info("Rasa server at %s is up: %s", self.url, status.get("model_file", status))
        except RasaUnavailableError as exc:
            # Not fatal: the bot answers with the embedded parser until Rasa comes up.
            self._outage = True
            log.warning("Rasa server at %s is not available (%s); using %s", self.url, exc,
                        self.fallback.name)  # fmt: skip

    async def shutdown(self) -> None:
        """Close the HTTP session and the fallback."""
        if self._session is not None:
            await self._session.close()
            self._session = None
        await self.fallback.shutdown()

    async def _get_status(self) -> dict[str, Any]:
        """GET /status (the model Rasa has loaded)."""
        return await self._request("GET", "/status")

    async def _request(
        self, method: str, path: str, payload: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """One JSON request; every failure becomes RasaUnavailableError."""
        if self._session is None:
            raise RasaUnavailableError("RasaParser.initialize() was not called")
        try:
            async with self._session.request(method, self.url + path, json=payload) as response:
                if response.status != 200:
                    raise RasaUnavailableError(f"{method} {path} answered {response.status}")
                body = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise RasaUnavailableError(f"{method} {path}: {exc!r}") from exc
        if not isinstance(body, dict):
            raise RasaUnavailableError(f"{method} {path}: unexpected body {body!r:.100}")
        return body

    async def parse(self, text: str, language: str | None = None) -> ParseResult:
        """Rasa's answer, or the fallback's when Rasa fails; never raises on an outage."""
        try:
            body = await self._request("POST", "/model/parse", {"text": text})
        except (TimeoutError, RasaUnavailableError) as exc:
            if not self._outage:
                self._outage = True  # log once per outage, not once per message
                log.warning("Rasa at %s failed (%s); falling back to %s", self.url, exc,
                            self.fallback.name)  # fmt: skip
            return await self.fallback.parse(text, language)
        if self._outage:
            self._outage = False
            log.info("Rasa at %s answers again", self.url)
        return self._to_result(text, language, body)

    def _to_result(self, text: str, language: str | None, body: dict[str, Any]) -> ParseResult:
        """Map Rasa's JSON (intent, intent_ranking, entities) onto ParseResult."""
        lang = language or detect_language(text, self.default_language)
        intent_info = body.get("intent") or {}
        intent = str(intent_info.get("name") or FALLBACK_INTENT)
        confidence = float(intent_info.get("confidence") or 0.0)
        ranking = tuple(
            (str(item.get("name")), float(item.get("confidence") or 0.0))
            for item in body.get("intent_ranking") or []
        )
        topic: str | None = None
        order_id: str | None = None
        for entity in body.get("entities") or []:
            name, value = entity.get("entity"), str(entity.get("value", ""))
            if name == "topic" and topic is None and value in TOPICS:
                topic = value
            elif name == "order_id" and order_id is None:
                order_id = self._order_ids.find(value) or value
        if intent in _TOPICLESS_INTENTS:
            topic = None
        elif topic is None:
            topic = self._topics.match(normalize(text, lang), lang)
        return understood(
            text, lang, ranking, intent, confidence, topic, order_id or self._order_ids.find(text)
        )
