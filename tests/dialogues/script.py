"""Drive the pure policy through a scripted conversation with stated understandings."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from dialogues.outcome import Effect, Outcome
from dialogues.policy import new_state, respond
from dialogues.state import ConversationState
from dialogues.turn import Language, Turn, Understanding

QUESTION = re.compile(r"[?؟]")
SENTENCE = re.compile(r"(?<=[.!?؟])\s+")


@dataclass
class Script:
    """A conversation under test: feed turns, keep every outcome."""

    language: Language
    name: str | None = None
    state: ConversationState = field(init=False)
    outcomes: list[Outcome] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.state = new_state(self.language, seed=7)

    def start(self) -> str:
        return self._turn(
            Turn(messages=(), language=self.language, kind="start", display_name=self.name)
        )

    def says(
        self,
        *messages: str,
        intent: str = "nlu_fallback",
        topic: str | None = None,
        sentiment: str = "neutral",
        score: float = 0.0,
        confidence: float = 0.9,
    ) -> str:
        understanding = Understanding(
            intent=intent,
            confidence=confidence,
            topic=topic,
            sentiment=sentiment,
            sentiment_score=score,
        )
        turn = Turn(messages=messages, language=self.language, understanding=understanding)
        return self._turn(turn)

    def _turn(self, turn: Turn) -> str:
        # Round-trip the state through JSON every turn, as storage does between turns.
        restored = ConversationState.from_dict(json.loads(json.dumps(self.state.to_dict())))
        outcome = respond(restored, turn)
        self.outcomes.append(outcome)
        self.state = outcome.state
        return " ".join(r.text for r in outcome.replies)

    @property
    def stage(self) -> str:
        return self.state.stage

    def effects(self) -> list[Effect]:
        return [e for o in self.outcomes for e in o.effects]

    def replies(self) -> list[str]:
        return [r.text for o in self.outcomes for r in o.replies]

    def assert_well_spoken(self) -> None:
        """One question a message at most; no sentence said twice in the conversation."""
        seen: set[str] = set()
        for reply in self.replies():
            assert len(QUESTION.findall(reply)) <= 1, reply
            for sentence in SENTENCE.split(reply):
                assert sentence not in seen, f"repeated: {sentence}"
                seen.add(sentence)
