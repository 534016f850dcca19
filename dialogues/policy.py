"""The conversation policy: one pure function from (state, turn) to an outcome.

Stages and transitions are drawn in ``flow.md``. Principles it encodes (from
``shared/docs/conversations.md``): listen before answering, one question a message,
reflect in the customer's own words, ask permission before asking questions, apologise
without defending, ask "anything else?" before acting, thank for something specific.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from dialogues import answers
from dialogues.followup import FOLLOW_UP_NO, FOLLOW_UP_YES, rating_buttons, read_rating
from dialogues.jtbd import build_job
from dialogues.outcome import (
    Button,
    Effect,
    FollowUpAnswered,
    LogFeedback,
    LogJob,
    OpenHandoff,
    Outcome,
    Rated,
    RelayToOwner,
    Reply,
)
from dialogues.quotes import key_sentence, short_quote
from dialogues.reflection import content_words, reflect
from dialogues.state import ConversationState
from dialogues.turn import Turn
from dialogues.voice import Voice

MAX_PROMPTS = 3  # open prompts before we reflect, however little we heard
MAX_CORRECTIONS = 2  # re-reflections after "no, that's not it" before moving on honestly
RICH_ENOUGH = 10  # content words that make a telling worth reflecting at once
JTBD_ORDER = ("goal", "solved", "expectation")
_INTENT_WEIGHT = {"request_human": 5, "complaint": 4, "question": 3, "suggestion": 2, "praise": 1}
_APOLOGY_TOPICS = {"delivery", "billing", "product", "service", "app"}


def new_state(
    language: str, seed: int, previous: ConversationState | None = None
) -> ConversationState:
    """A fresh conversation; a returning customer keeps their spent phrases and is welcomed back."""
    state = ConversationState(language=language, seed=seed)
    if previous is not None:
        state.returning = True
        state.used = list(previous.used)
    return state


def respond(state: ConversationState, turn: Turn) -> Outcome:
    """Answer one turn. Never mutates ``state``; the new state is in the outcome."""
    talk = _Talk(copy.deepcopy(state), turn)
    talk.state.turns += 1
    talk.state.language = turn.language
    talk.run()
    return talk.outcome()


@dataclass
class _Talk:
    """One turn being answered: the working state, the lines to say, the effects to apply."""

    state: ConversationState
    turn: Turn
    lines: list[str] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    buttons: tuple[Button, ...] = ()

    def __post_init__(self) -> None:
        self.voice = Voice(self.state)

    # ---- plumbing -----------------------------------------------------------------
    def say(self, key: str, **values: object) -> None:
        line = self.voice.say(key, **values)
        if line:
            self.lines.append(line)

    def outcome(self) -> Outcome:
        text = " ".join(line for line in self.lines if line)
        replies = (Reply(text, self.buttons),) if text else ()
        return Outcome(state=self.state, replies=replies, effects=tuple(self.effects))

    @property
    def intent(self) -> str:
        return self.turn.understanding.intent

    @property
    def cycle(self) -> list[str]:
        return self.state.heard[self.state.cycle_start :]

    def content(self, texts: list[str] | tuple[str, ...]) -> list[str]:
        return content_words(" ".join(texts), self.state.language)

    # ---- dispatch -----------------------------------------------------------------
    def run(self) -> None:
        stage = self.state.stage
        if self.turn.kind == "attachment":
            self.attachment()
            return
        if self.turn.kind == "button" and stage not in ("follow_up", "rating"):
            return  # a stale button from an earlier question: nothing to answer
        if stage == "handed_off":
            self.relay()
            return
        if self.intent == "request_human" and stage not in ("new",):
            self.person_requested()
            return
        handler = {
            "new": self.opening,
            "closed": self.reopen,
            "listening": self.listening,
            "confirming": self.confirming,
            "correcting": self.correcting,
            "permission": self.permission,
            "jtbd": self.jtbd,
            "anything_else": self.anything_else,
            "follow_up": self.follow_up,
            "rating": self.rating,
        }[stage]
        handler()

    # ---- stages -------------------------------------------------------------------
    def opening(self) -> None:
        """First contact: greet, then either ask the opening question or start listening."""
        self.greet()
        said = self.content(self.turn.messages)
        if self.intent == "request_human":
            self.person_requested()
            return
        if self.turn.kind == "start" or self.intent == "greet" or len(said) < 2:
            self.say("opening")
            self.state.stage = "listening"
            return
        self.state.stage = "listening"
        self.listening()

    def reopen(self) -> None:
        """A message after we closed: a new telling in the same conversation."""
        self.state.returning = True
        self.start_cycle()
        self.opening()

    def greet(self) -> None:
        if self.state.returning:
            self.say("welcome_back")
        elif self.turn.display_name:
            self.say("greet_named", name=self.turn.display_name)
        else:
            self.say("greet")

    def listening(self) -> None:
        """Take in what they say; prompt for more, or reflect when we have heard enough."""
        if answers.nothing_more(self.turn) and not self.cycle:
            self.say("goodbye_nothing")
            self.state.stage = "closed"
            return
        if self.intent == "greet" and not self.cycle and len(self.content(self.turn.messages)) < 3:
            self.say("opening")  # a hello back: ask again, in other words
            return
        short_answer = (
            self.intent in ("affirm", "deny", "done")
            and len(self.content([answers.after_yes_or_no(self.turn)])) < 2
        )
        if short_answer and self.cycle:
            self.reflect_back("reflect")  # a bare "yes"/"no" to a prompt: they have said it
            return
        if not answers.nothing_more(self.turn):
            if short_answer or (
                not self.content(self.turn.messages) and self.intent not in _INTENT_WEIGHT
            ):
                self.say("unclear")
                return
            self.hear()
        if self.heard_enough():
            self.reflect_back("reflect")
            return
        self.state.prompts_in_cycle += 1
        self.say(self.listening_prompt())

    def confirming(self) -> None:
        """They answer our reflection: yes moves on, no (with or without details) corrects."""
        if self.intent == "done":
            self.after_confirmation()  # "no, that's all": nothing left to correct
            return
        if answers.is_yes(self.turn):
            extra = answers.after_yes_or_no(self.turn)
            if len(self.content([extra])) >= 4:
                self.state.heard.append(extra)
            self.after_confirmation()
            return
        if answers.is_no(self.turn):
            correction = answers.after_yes_or_no(self.turn)
            if len(self.content([correction])) >= 2:
                self.correct_with([correction])
            else:
                self.say("ask_missed")
                self.state.stage = "correcting"
            return
        if self.content(self.turn.messages):
            self.correct_with(list(self.turn.messages))  # more detail: treat as a correction
            return
        self.after_confirmation()

    def correcting(self) -> None:
        """They tell us what we missed; reflect that, or move on honestly after two tries."""
        if not self.content(self.turn.messages):
            self.after_confirmation()
            return
        self.correct_with(list(self.turn.messages))

    def permission(self) -> None:
        """They answer whether we may ask a few questions."""
        if (
            answers.is_yes(self.turn)
            and len(self.content([answers.after_yes_or_no(self.turn)])) < 3
        ):
            self.ask_next_jtbd()
            return
        if answers.is_no(self.turn) or answers.nothing_more(self.turn):
            self.say("permission_declined")
            self.ask_anything_else()
            return
        # They went straight to the point: that is consent, and an answer to the first question.
        self.state.jtbd_asked.append(JTBD_ORDER[0])
        self.record_answer()
        self.ask_next_jtbd()

    def jtbd(self) -> None:
        """An answer to the last job-to-be-done question."""
        self.record_answer()
        self.ask_next_jtbd()

    def anything_else(self) -> None:
        """After "anything else?": act on "no"; listen again on more."""
        if answers.nothing_more(self.turn) or (
            answers.is_no(self.turn) and len(self.content([answers.after_yes_or_no(self.turn)])) < 2
        ):
            self.act()
            return
        if (
            answers.is_yes(self.turn)
            and len(self.content([answers.after_yes_or_no(self.turn)])) < 2
        ):
            self.say("what_else")
            self.start_cycle()
            self.state.stage = "listening"
            return
        self.start_cycle()
        self.state.stage = "listening"
        self.listening()

    def relay(self) -> None:
        """A human owns the conversation: pass the customer's words on, briefly acknowledged."""
        self.state.heard.extend(self.turn.messages)
        self.effects.append(RelayToOwner(self.turn.text))
        if self.state.owner_name:
            self.say("relay_ack", name=self.state.owner_name)

    def follow_up(self) -> None:
        """Their answer to "did that meet your need?": thanks and a rating, or reopen."""
        payload = self.turn.payload
        if payload == FOLLOW_UP_YES:
            met = True
        elif payload == FOLLOW_UP_NO:
            met = False
        elif answers.is_yes(self.turn) and not answers.is_no(self.turn):
            met = True
        elif answers.is_no(self.turn):
            met = False
        else:
            met = self.turn.understanding.sentiment == "positive"
        self.effects.append(FollowUpAnswered(met, self.turn.text))
        if met:
            self.say("followup_thanks")
            self.buttons = rating_buttons()
            self.state.stage = "rating"
        else:
            self.say("followup_reopened", name=self.state.owner_name or "")
            self.state.stage = "handed_off"

    def rating(self) -> None:
        """A 1–5 rating closes the conversation; anything else starts a new telling."""
        score = read_rating(self.turn.text, self.turn.payload)
        self.state.stage = "closed"
        if score is None:
            self.reopen()
            return
        self.effects.append(Rated(score))
        self.say("rating_thanks", rating=score, name=self.state.owner_name or "")

    def attachment(self) -> None:
        """A photo, voice note, …: keep it (the caller stores the file) and say so."""
        kind = self.voice.term(f"kind_{self.turn.attachment_kind or 'document'}")
        if self.state.stage == "handed_off":
            self.effects.append(RelayToOwner(f"[{self.turn.attachment_kind}]"))
        self.say("attachment_ack", kind=kind)
        if self.state.stage == "new":
            self.greet()
            self.say("opening")
            self.state.stage = "listening"

    def person_requested(self) -> None:
        """They asked for a person: honour it, but check nothing is left unsaid first."""
        self.hear_if_meaningful()
        self.state.wants_person = True
        self.say("request_human_ack")
        self.ask_anything_else()

    # ---- steps --------------------------------------------------------------------
    def start_cycle(self) -> None:
        self.state.cycle_start = len(self.state.heard)
        self.state.prompts_in_cycle = 0
        self.state.corrections = 0

    def hear(self) -> None:
        self.state.heard.extend(m for m in self.turn.messages if m.strip())
        self.absorb()

    def hear_if_meaningful(self) -> None:
        if len(self.content(self.turn.messages)) >= 3:
            self.hear()

    def absorb(self) -> None:
        """Fold this turn's understanding into what we know of the conversation."""
        u = self.turn.understanding
        old = _INTENT_WEIGHT.get(self.state.intent or "", 0)
        if _INTENT_WEIGHT.get(u.intent, 0) > old:
            self.state.intent = u.intent
        if u.topic and not self.state.topic:
            self.state.topic = u.topic
        if u.sentiment != "neutral" and abs(u.sentiment_score) >= abs(self.state.sentiment_score):
            self.state.sentiment = u.sentiment
            self.state.sentiment_score = u.sentiment_score

    def heard_enough(self) -> bool:
        richness = len(self.content(self.cycle))
        return (
            self.state.prompts_in_cycle >= MAX_PROMPTS
            or richness >= RICH_ENOUGH
            or (len(self.turn.messages) >= 2 and richness >= 5)
            or (len(self.cycle) >= 3 and richness >= 6)
            or (answers.nothing_more(self.turn) and bool(self.cycle))
        )

    def listening_prompt(self) -> str:
        mood = {"negative": "listen_negative", "positive": "listen_positive"}
        key = mood.get(self.state.sentiment, "listen_neutral")
        if self.state.intent == "complaint":
            key = "listen_negative"
        return key if self.voice.can_say(key) else "listen_neutral"

    def reflect_back(self, key: str, messages: list[str] | None = None) -> None:
        heard = messages if messages is not None else self.cycle
        reflection = reflect(heard, self.state.language)
        if not reflection:
            self.after_confirmation()
            return
        self.state.reflection = reflection
        self.say(key, reflection=reflection)
        self.state.stage = "confirming"

    def correct_with(self, messages: list[str]) -> None:
        self.state.heard.extend(messages)
        self.absorb()
        if self.state.corrections >= MAX_CORRECTIONS:
            self.say("move_on_unsure")
            self.after_confirmation()
            return
        self.state.corrections += 1
        self.reflect_back("reflect_again", messages)

    def after_confirmation(self) -> None:
        """We understood (or honestly tried): decide what this telling is and what comes next."""
        kind = self.kind_of_telling()
        quote = short_quote(key_sentence(self.cycle or self.state.heard, self.state.language))
        if self.state.wants_person:
            self.ask_anything_else()
        elif kind in ("praise", "idea"):
            self.effects.append(
                LogFeedback(kind, quote_full(self.cycle), self.state.topic, self.turn.language)  # type: ignore[arg-type]
            )
            self.say("thanks_praise" if kind == "praise" else "thanks_idea", quote=quote)
            self.state.next_action = self.state.next_action or "close"
            self.ask_anything_else()
        elif self.state.asked_permission:
            self.ask_anything_else()  # a later telling in the same conversation
        else:
            if kind == "complaint":
                self.apologise()
            self.state.next_action = "handoff"
            self.state.asked_permission = True
            self.say("permission")
            self.state.stage = "permission"

    def kind_of_telling(self) -> str:
        if self.state.intent == "praise" or (
            self.state.intent is None and self.state.sentiment == "positive"
        ):
            return "praise"
        if self.state.intent == "suggestion":
            return "idea"
        if self.state.intent == "complaint" or self.state.sentiment == "negative":
            return "complaint"
        return "question"

    def apologise(self) -> None:
        topic = self.state.topic
        key = f"apology_{topic}" if topic in _APOLOGY_TOPICS else "apology"
        if not self.voice.can_say(key):
            key = "apology"
        self.say(key)

    def record_answer(self) -> None:
        question = self.state.jtbd_asked[-1]
        if answers.is_no(self.turn) and len(self.content([answers.after_yes_or_no(self.turn)])) < 2:
            self.state.jtbd_answers[question] = ""
            return
        self.state.jtbd_answers[question] = self.turn.text

    def ask_next_jtbd(self) -> None:
        pending = [q for q in JTBD_ORDER if q not in self.state.jtbd_asked]
        goal = self.state.jtbd_answers.get("goal", "")
        # The third question is only worth the customer's time when the goal was thin.
        thin_goal = len(self.content([goal])) < 3
        if "expectation" in pending and len(self.state.jtbd_asked) >= 2 and not thin_goal:
            pending.remove("expectation")
        if pending:
            question = pending[0]
            self.state.jtbd_asked.append(question)
            self.say(f"jtbd_{question}")
            self.state.stage = "jtbd"
            return
        self.log_job()
        self.ask_anything_else()

    def log_job(self) -> None:
        job = build_job(self.state, self.voice)
        self.state.statement = job.statement
        self.effects.append(LogJob(job))

    def ask_anything_else(self) -> None:
        act = self.state.next_action
        if self.state.wants_person or act == "handoff":
            key = "anything_else_handoff"
        else:
            key = "anything_else_close"
        if not self.voice.can_say(key):
            self.act()
            return
        self.say(key)
        self.state.stage = "anything_else"

    def act(self) -> None:
        """Nothing more to add: hand off to a person, or close."""
        if self.state.wants_person or self.state.next_action == "handoff":
            goal = self.state.jtbd_answers.get("goal") or self.state.jtbd_answers.get("solved")
            if goal:
                self.say("thanks_specific", quote=short_quote(goal))
            else:
                self.say("thanks_patience")
            reason = "request_human" if self.state.wants_person else self.kind_of_telling()
            self.effects.append(
                OpenHandoff(
                    reason=reason if reason in ("complaint", "request_human") else "question",  # type: ignore[arg-type]
                    topic=self.state.topic,
                    language=self.turn.language,
                    sentiment=self.state.sentiment,
                    reflection=self.state.reflection or "",
                    statement=self.state.statement,
                    quotes=tuple(self.state.heard)
                    + tuple(a for a in self.state.jtbd_answers.values() if a),
                )
            )
            self.state.stage = "handed_off"
            return
        self.say("closing")
        self.state.stage = "closed"


def quote_full(messages: list[str]) -> str:
    """The customer's telling verbatim, one line per message."""
    return "\n".join(m.strip() for m in messages if m.strip())
