"""The conversation policy: one pure function from (state, turn) to an outcome.

Stages and transitions are drawn in ``flow.md``; the stages themselves live in
``listening.py`` and ``closing.py``. Principles it encodes (from
``shared/docs/conversations.md``): listen before answering, one question a message,
reflect in the customer's own words, ask permission before asking questions, apologise
without defending, ask "anything else?" before acting, thank for something specific, and
when someone asks for a person, name that person at once.
"""

from __future__ import annotations

from dataclasses import replace

from dialogues import answers, asides, echo, privacy_ask
from dialogues.closing import JTBD_ORDER, Closing
from dialogues.events import ClockTurn, EditTurn, StaffTurn, clock_turn, edit_turn, staff_turn
from dialogues.insults import civil
from dialogues.languages import is_language
from dialogues.listening import MAX_CORRECTIONS, Listening
from dialogues.no_answer import not_an_answer
from dialogues.outcome import Outcome
from dialogues.prompting import MAX_PROMPTS, RICH_ENOUGH
from dialogues.quotes import key_sentence, quote_full
from dialogues.state import ConversationState
from dialogues.switching import without_switch
from dialogues.turn import Language, Turn

__all__ = [
    "JTBD_ORDER",
    "MAX_CORRECTIONS",
    "MAX_PROMPTS",
    "RICH_ENOUGH",
    "ClockTurn",
    "EditTurn",
    "StaffTurn",
    "new_state",
    "quote_full",
    "respond",
]


_MIDDLE = ("confirming", "permission", "jtbd", "anything_else")
_SHORT_SWITCH = 4  # words: "the money back please" in a Persian chat answers, it does not switch


def _answer_language(state: ConversationState, turn: Turn) -> Language:
    """The language to answer in: a few words in another one mid-way do not switch it.

    A reply that flips to English for one question and back to Persian for the next reads
    as two bots; a customer who goes on in the new language switches with a longer message.
    """
    middle = state.heard and state.stage in _MIDDLE and state.language != turn.language
    if middle and is_language(state.language) and len(turn.text.split()) <= _SHORT_SWITCH:
        return state.language
    return turn.language


def new_state(
    language: str, seed: int, previous: ConversationState | None = None
) -> ConversationState:
    """A fresh conversation; a returning customer keeps their spent phrases and is welcomed back."""
    state = ConversationState(language=language, seed=seed)
    if previous is not None:
        state.returning = True
        state.used = list(previous.used)
        state.last_seen = previous.last_seen  # a minute after the last one is no return
        told = key_sentence(previous.heard[previous.telling_start :], language)
        state.last_told = told or previous.last_told  # "as I told you yesterday": we have it
    return state


def respond(state: ConversationState, turn: Turn | StaffTurn | ClockTurn | EditTurn) -> Outcome:
    """Answer one turn: the customer's, an edit, a staff action or the clock's.

    Never mutates ``state``; the new state is in the outcome.
    """
    match turn:
        case StaffTurn():
            return staff_turn(state.copy(), turn)
        case ClockTurn():
            return clock_turn(state.copy(), turn)
        case EditTurn():
            return edit_turn(state.copy(), turn)
    if state.stage != "new":  # only after we asked something can it echo our question
        turn = echo.without_echo(turn)
    turn = without_switch(turn)  # "let me write in English, …": about the talk, not told
    language = _answer_language(state, turn)
    if language != turn.language:  # a dataclass rebuilt only when it changes
        turn = replace(turn, language=language)
    talk = _Conversation(state.copy(), turn)
    talk.state.turns += 1
    talk.state.language = turn.language
    talk.run()
    if turn.sent_at is not None:
        talk.state.last_seen = turn.sent_at
    return talk.outcome()


class _Conversation(Listening, Closing):
    """Both halves of the conversation, and the dispatch between its stages."""

    def run(self) -> None:
        stage = self.state.stage
        if self.turn.kind == "attachment":
            self.attachment()
            return
        if self.turn.kind == "button" and stage not in ("follow_up", "rating"):
            return  # a stale button from an earlier question: nothing to answer
        if self.turn.kind == "start" and stage not in ("new", "closed"):
            self.started_again(stage)  # /start mid-talk is no "yes", nor a message to relay
            return
        if stage == "handed_off":
            self.relay()  # whatever they add after a handoff reaches its owner
            return
        if self.turn.kind == "text" and stage in _ASIDE_STAGES and self.aside(stage):
            return
        if self.turn.kind == "text" and stage in _OUR_REPLY and not_an_answer(self.turn.text):
            self.reply_missed()
            return
        if stage not in ("new", "follow_up") and self.wants_person_now():
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
        if self.turn.attachment_kind and stage not in ("handed_off", "follow_up", "rating"):
            # A photo with a caption: the caption is heard, and the photo is not passed over.
            kind = self.voice.term(f"kind_{self.turn.attachment_kind}")
            ack = self.voice.say("attachment_ack", kind=kind)
            self.lines.insert(1 if stage == "new" and self.lines else 0, ack)

    def started_again(self, stage: str) -> None:
        """/start in the middle of a talk: we are still here, and our question still stands.

        It was taken for the answer: a "yes" to the reflection, a "no" to "anything else?"
        (the case handed off), or an empty message relayed to the owner.
        """
        self.say("still_here")
        jtbd = f"jtbd_{self.state.jtbd_asked[-1]}" if self.state.jtbd_asked else ""
        standing = {
            "listening": "what_else" if self.cycle else "listen_ready",
            "confirming": "confirm_again",
            "correcting": "what_else",
            "permission": "permission_question",
            "jtbd": jtbd,
            "anything_else": "anything_else_close",
        }.get(stage, "")
        if standing and self.voice.can_say(standing):
            self.say(standing)
        elif stage == "handed_off" and self.state.owner_name:
            self.answer_when(self.owner())  # who has it, and by when

    def reply_missed(self) -> None:
        """ "That's not an answer": we say sorry and a person takes it, never "say it again"."""
        if self.state.stage == "new":
            self.greet()
        if self.state.stage in ("new", "listening") and not self.cycle:
            # We have only asked our opening question: the answer they mean came from
            # elsewhere. "You're right, that was no answer" would own it; we ask what it was.
            self.say("reply_missed_first")
            self.state.stage = "listening"
            return
        self.hear()  # the owner's card quotes what they said of our reply
        self.state.wants_person = True
        self.say("reply_missed")
        self.open_handoff()

    def aside(self, stage: str) -> bool:
        """Words about the talk itself, answered in passing; True when nothing else is due."""
        text = self.turn.text
        if asides.about_bot(text):
            if stage == "new":
                self.greet()
            self.say("about_me")
            if not self.cycle:
                self.say("listen_ready")  # nothing told yet: what is on their mind?
            elif stage == "confirming":
                self.say("confirm_again")
            else:
                self.say("what_else")  # mid-telling: they go on where they were
            if stage == "new":
                self.state.stage = "listening"
            return True
        keeping = next((k for k in _KEEPING_KEYS if self.voice.can_say(k)), None)
        # "what do you keep about me?" names their data: the privacy commands answer it.
        data = privacy_ask.names_their_data(text, self.language)
        if keeping and not data and asides.about_our_keeping(text):
            self.kept_where(keeping)  # answered in words, not heard as part of the telling
            return True
        if asides.no_questions(text) and stage == "anything_else":
            self.act()  # «نه، سوال نپرس» to "anything else?": nothing more to ask
            return True
        if asides.no_questions(text) and stage in ("listening", "confirming") and self.cycle:
            # "no, don't ask me questions" to a prompt or to "did I get it?" refuses questions,
            # not what we heard: no correction to reflect, no more prompts; we act on it.
            self.say("permission_declined")
            self.after_confirmation(finished=True)
            return True
        if stage in ("listening", "confirming") and self.cycle and self.tone_apology(stage):
            return True
        sorry = asides.sorry_for_length(text)
        # «آره دقیقا، مرسی که گوش میدید»: a yes before the thanks changes nothing.
        thanks = asides.thanks_aside(answers.after_yes_or_no(self.turn) or text)
        if not (sorry or thanks) or not self.cycle:
            return False
        if stage not in ("listening", "confirming"):
            return False
        self.say("sorry_no_need" if sorry else "welcome_thanks")
        if stage == "listening":
            self.reflect_back("reflect")  # no news: what we heard so far
        elif sorry:
            self.say("confirm_again")  # an apology is no yes: the question still stands
        else:
            self.after_confirmation()  # "thanks for listening" to "did I get it?": assent
        return True

    def kept_where(self, key: str) -> None:
        """What we keep of their words and who reads it; then they go on where they were."""
        stage = self.state.stage
        if stage == "new":
            self.greet()
            self.state.stage = "listening"
        self.say(key)
        if stage == "confirming":
            self.say("confirm_again")  # the reflection's question still stands
        elif stage == "anything_else":
            self.say("anything_else_close")
        elif self.cycle:
            self.say("what_else")
        else:
            self.say("listen_ready")

    def tone_apology(self, stage: str) -> bool:
        """ "sorry, I'm just stressed": no need to apologise; what follows is heard as usual."""
        swore = any(civil(m, self.language) != m for m in self.cycle)
        rest = asides.sorry_for_tone(self.turn.text, swore)
        if rest is None:
            return False
        self.say("sorry_tone")
        if len(self.content([rest])) >= 2 and stage == "listening":
            self.turn = replace(self.turn, messages=(rest,))
            self.listening()
        elif len(self.content([rest])) >= 2:
            self.correct_with([rest], replaces=False)  # what they add after it is more detail
        elif stage == "confirming":
            self.say("confirm_again")  # an apology is no yes: the question still stands
        else:
            self.say("what_else")
        return True


_KEEPING_KEYS = ("privacy_words", "privacy_words_again")  # asked again: the short answer
_ASIDE_STAGES = ("new", "listening", "confirming", "anything_else")
# Where "that's not an answer" is said of our reply (after a handoff it reaches the owner;
# at the follow-up it says the need was not met).
_OUR_REPLY = frozenset(
    (
        "new",
        "listening",
        "confirming",
        "correcting",
        "permission",
        "jtbd",
        "anything_else",
        "closed",
    )
)
