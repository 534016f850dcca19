"""How an answer to a job question is heard: kept in their words, or the question stays open.

Split from ``dialogues.closing`` (which asks the questions and acts): "why do you ask?", "one
more thing, the rice was cold too", "I don't know", "sure, I want a refund".
"""

from __future__ import annotations

from dialogues import answers, statements
from dialogues.adding import adds_to_telling
from dialogues.asking_back import asks_why_we_ask
from dialogues.background import is_background
from dialogues.deadline_told import says_by_when
from dialogues.following import FollowingUp


class JobAnswers(FollowingUp):
    """Reading the customer's answers to the job-to-be-done questions."""

    def why_we_ask(self) -> bool:
        """ "why do you need to know?": said what the question is for, once; it stays open."""
        if not asks_why_we_ask(self.turn.text) or not self.voice.can_say("jtbd_why_we_ask"):
            return False
        self.say("jtbd_why_we_ask")
        return True

    def added_to_telling(self) -> bool:
        """ "one more thing, the rice was cold too": heard with the telling; the question stays."""
        more = adds_to_telling(answers.after_yes_or_no(self.turn), self.language)
        if not more or not self.voice.can_say("added_to_telling"):
            return False
        self.state.heard.append(more)
        self.say("added_to_telling")
        self.say(f"jtbd_{self.state.jtbd_asked[-1]}")  # asked again, in other words
        self.state.asked_after_adding.append(self.state.jtbd_asked[-1])
        return True

    def heard_besides(self) -> bool:
        """ "it was for my kids' dinner", or a second "one more thing, …": heard, no answer.

        Background is no new problem ("added to what you told" would say it is), and a second
        addition cannot be acknowledged in the same words: both reach the owner with the
        telling, and the next question (if any) follows; the lead is never quoted.
        """
        said = answers.after_yes_or_no(self.turn) or self.turn.text
        background = is_background(said)
        more = "" if background else adds_to_telling(said, self.language)
        if not background and not (more and not self.voice.can_say("added_to_telling")):
            return False  # a first addition is acknowledged (``added_to_telling``)
        self.state.heard.append(more or said.strip())
        self.state.jtbd_answers[self.state.jtbd_asked[-1]] = ""
        return True

    def record_answer(self) -> None:
        """The answer in their words; "I don't know" is none, and is never quoted back."""
        question = self.state.jtbd_asked[-1]
        if answers.dont_know(self.turn.text):
            self.state.jtbd_answers[question] = ""
            if self.voice.can_say("unsure_ok"):
                self.say("unsure_ok")  # not knowing is fine; said so, not passed over in silence
            return
        told = len(self.content([answers.after_yes_or_no(self.turn)])) >= 2
        if answers.only_ack(self.turn.text) or (answers.is_no(self.turn) and not told):
            self.state.jtbd_answers[question] = ""
            return
        said = self.turn.text
        if answers.is_yes(self.turn) and answers.opens_with_yes_or_no(said):
            said = answers.after_yes_or_no(self.turn) or said  # "sure, I want a refund"
        self.state.jtbd_answers[question] = answers.after_dont_know(said)

    def already_told(self, question: str) -> bool:
        """ "…so he is not let down", "…by Friday": the answer already says what solved is."""
        goal = self.state.jtbd_answers.get("goal", "")
        if question != "solved" or not goal:
            return False
        language = self.language
        return bool(
            statements.split_purpose(goal, language)[1]
            or statements.split_reason(goal, language)[1]
            or says_by_when(goal, language)  # "…before Sunday": solved is said, with its time
        )

    def why_of_the_job(self) -> bool:
        """ "because the offers are only in the app" at "anything else?": the job's why, noted.

        Answered the job questions, a reason or a purpose told next belongs to the want just
        given; said back as a new telling ("is that what you mean?") it read as not heard.
        """
        if not any(self.state.jtbd_answers.values()) or not self.voice.can_say("more_noted"):
            return False
        said = answers.after_yes_but(self.turn) or self.turn.text
        told = statements.reason(said, self.language) or statements.purpose_only(
            said, self.language
        )
        if not told or adds_to_telling(said, self.language):
            return False
        self.state.heard.append(said.strip())
        self.say("more_noted")
        return True
