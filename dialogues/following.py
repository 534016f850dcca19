"""After the owner resolves it: "did it meet your need?", its answers, and the rating."""

from __future__ import annotations

from dialogues import answers, telling
from dialogues.followup import (
    FOLLOW_UP_NO,
    FOLLOW_UP_YES,
    partly,
    rating_buttons,
    read_rating,
    says_now,
)
from dialogues.languages import numeral
from dialogues.outcome import FollowUpAnswered, Rated, Reopened
from dialogues.waiting import Relaying


class FollowingUp(Relaying):
    """The follow-up stage and the rating stage of a conversation."""

    def follow_up(self) -> None:
        """Their answer to "did that meet your need?": thanks and a rating, or reopen."""
        payload = self.turn.payload
        if payload == FOLLOW_UP_YES:
            met = True
        elif payload == FOLLOW_UP_NO:
            met = False
        elif payload is None and (score := read_rating(self.turn.text, None)) is not None:
            self.typed_rating(score)  # "4" before the rating was asked: met, and rated
            return
        elif answers.is_yes(self.turn) and not answers.is_no(self.turn):
            if telling.complains_after_contrast(self.turn.messages, self.language):
                self.new_problem_after_follow_up()  # "yes, but now the app won't let me in"
                return
            met = True
        elif self.new_after_contrast():
            self.new_problem_after_follow_up()  # «رسید ولی حالا فاکتورم اشتباهه»: no "yes"
            return
        elif answers.is_no(self.turn) or partly(self.turn.text) or self.wants_person_now():
            met = False
        else:
            met = self.turn.understanding.sentiment == "positive"
        self.effects.append(FollowUpAnswered(met, self.turn.text))
        if met:
            self.say("followup_thanks")
            self.buttons = rating_buttons()
            self.state.stage = "rating"
        else:
            # "no, the box came crushed": why it is not met is the owner's to read, word for word.
            said = payload is None and len(self.content([answers.after_yes_or_no(self.turn)])) >= 2
            self.effects.append(Reopened(self.turn.text.strip() if said else ""))
            # "partly": what worked is heard too, the rest goes back to the same owner.
            key = "followup_partly" if partly(self.turn.text) else "followup_reopened"
            self.say(key, name=self.owner())
            self.state.stage = "handed_off"

    def new_after_contrast(self) -> bool:
        """ "it came, but now the invoice is wrong": met, and a new problem; no "no" up front."""
        text = self.turn.text
        if answers.is_no(self.turn) or partly(text) or not says_now(text):
            return False
        return telling.complains_after_contrast(self.turn.messages, self.language)

    def typed_rating(self, score: int) -> None:
        """A rating typed at "did it meet your need?": 3–5 met it and closes; 1–2 reopens."""
        self.effects.append(FollowUpAnswered(score >= 3, self.turn.text))
        self.effects.append(Rated(score))
        if score >= 3:
            self.say("rating_thanks", rating=numeral(score, self.language), name=self.owner())
            self.state.stage = "closed"
            return
        self.effects.append(Reopened(""))
        self.say("followup_reopened", name=self.owner())
        self.state.stage = "handed_off"

    def new_problem_after_follow_up(self) -> None:
        """Met, but something new went wrong: glad, then listen to the new telling at once."""
        self.effects.append(FollowUpAnswered(True, self.turn.text))
        self.say("followup_new_problem")
        self.fresh_telling()
        self.state.stage = "listening"
        self.listening()

    def rating(self) -> None:
        """A 1–5 rating closes the conversation; anything else starts a new telling."""
        score = read_rating(self.turn.text, self.turn.payload)
        self.state.stage = "closed"
        if score is None:
            self.reopen()
            return
        self.effects.append(Rated(score))
        self.say("rating_thanks", rating=numeral(score, self.language), name=self.owner())
