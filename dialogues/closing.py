"""After we understood: empathy aimed right, job questions, "anything else?", and acting.

A complaint gets an apology about its own topic (billing is not delivery); praise and ideas get
thanks, never an apology; "no, that's all" acts; a person asked for is named in that same turn.
"""

from __future__ import annotations

import re

from dialogues import answers, cues, remedy, second_letdown, telling, warm
from dialogues.adding import WHEN
from dialogues.again_told import again_key
from dialogues.apologies import apology_key
from dialogues.ar_letdown_back import apology_for, liked_too
from dialogues.cards_held import topic_without_held_cards
from dialogues.confirmed_kind import confirmed_kind
from dialogues.consent import bare_consent
from dialogues.fa_food_fault import food_values
from dialogues.feedback_quote import feedback_quote
from dialogues.good_before_but import liked_beside
from dialogues.hedged_verdict import hedged_only
from dialogues.job_answers import JobAnswers
from dialogues.jtbd import build_job
from dialogues.not_understood import asks_what_we_mean
from dialogues.outcome import LogFeedback, LogJob, OpenHandoff, RelayToOwner
from dialogues.praise_named import named_praise
from dialogues.praise_with_idea import praise_before_wish
from dialogues.praised_part import liked_line
from dialogues.prompting import MAX_PROMPTS
from dialogues.quotes import quote_full, short_quote
from dialogues.refusal_told import refusal_apology
from dialogues.settled_en import light_thanks
from dialogues.thanks_once import thanks_line
from dialogues.unanswered_too import both_key
from dialogues.want_stated import states_want
from dialogues.wanted_answer import deadline_only, wanted

# We ask leave for "two quick questions" («دو سؤال کوتاه», «سؤالين قصيرين»): never a third.
JTBD_ORDER = ("goal", "solved")
PROMISED_QUESTIONS = 2
_THANKED = re.compile(r"\bthank|ممنون|مرسی|سپاس|شكر|أشكر|اشكر", re.IGNORECASE)


class Closing(JobAnswers):
    """The stages after the customer agrees we understood them, and the handoff."""

    def after_confirmation(self, finished: bool = False) -> None:
        """We understood (or honestly tried): thank, or apologise and ask permission.

        ``finished`` ("no, that's all"): asking leave or "anything else?" would not listen: act.
        """
        first = not self.state.asked_permission
        told = confirmed_kind(
            self.state.kind or "question", self.current, self.state.reflection, self.language, first
        )
        kind = self.state.kind = told.kind
        excused, wish, letdown = told.excused, told.wish, told.letdown
        topic = topic_without_held_cards(self.current, self.language, self.state.topic)
        self.state.topic = topic if first else self.state.topic  # a later telling: not re-routed
        light = light_thanks(self.current, self.language, kind) if first else None
        if self.state.wants_person:
            self.finish(finished)
        elif light or kind in ("praise", "idea"):
            if light:  # en58: "okay I just sent it", a link shared: thanked, no questions asked
                self.say(light)
            else:
                self.thank(kind, wish, excused)
            self.state.next_action = self.state.next_action or "close"
            self.finish(finished)
        elif self.state.asked_permission:  # a later telling in the same conversation
            if kind == "complaint" and not hedged_only(self.current, self.language):
                self.apologise()  # «پیک خیلی بی‌ادب بود» told at "anything else?" is owned too
            self.finish(finished)
        else:
            hedged = hedged_only(self.current, self.language)  # «جيدة نوعا ما»: nothing wrong
            if kind == "complaint" and not hedged:
                if letdown is not None:  # ar r55: the let-down said back, and what was liked
                    liked = liked_too(self.state.reflection)
                    self.apologise(liked=liked, key=apology_for(letdown, liked))
                else:
                    self.apologise()
            self.state.next_action = "handoff"
            self.state.asked_permission = True
            if finished:
                self.act()
                return
            # A how-to question has nothing broken: "so we fix the right thing" would not fit.
            self.say("permission" if kind == "complaint" and not hedged else "permission_question")
            self.state.stage = "permission"

    def thank(self, kind: str, wish: str | None, excused: str | None) -> None:
        """Praise or an idea logged and thanked: a forgiven wait, a wish, the things, a quote."""
        quote = wish or feedback_quote(self.current, self.added, kind, self.language)
        self.effects.append(
            LogFeedback(kind, quote_full(self.current), self.state.topic, self.turn.language)  # type: ignore[arg-type]
        )
        named = named_praise(kind, quote, self.state.reflection, self.language)
        if excused:  # a light word for the wait, thanks for what made up for it
            self.say("thanks_wait_excused", quote=excused)
        elif wish:  # one line: the kind words thanked, the wish in their words
            self.say("thanks_praise_wish", quote=short_quote(wish))
        elif named:  # said back whole a moment ago: the things they liked, not the quote
            self.say("thanks_praise_named", things=named)
        else:
            # A whole clause or none, never «ولی …», nor what the reflection has just said back
            told = "\n".join(self.current)
            key, fields = thanks_line(kind, quote, self.state.reflection, told, self.language)
            self.say(key, **fields)
        if kind == "idea" and not wish and praise_before_wish(self.current, self.language):
            line, fields = liked_line(self.current, self.language, self.voice.can_say)
            self.say(line, **fields)  # «مرغش عالی بود فقط کاش …»: what they liked too (fa60)

    def finish(self, finished: bool) -> None:
        """Act when they said that is all; otherwise ask whether there is anything else."""
        if finished:
            self.act()
        else:
            self.ask_anything_else()

    def apologise(self, liked: bool | None = None, key: str | None = None) -> None:
        """An apology about what went wrong for them: a charge, a parcel, the app.

        ``liked``/``key`` (ar r55): praise said back beside the let-down (None: the words
        decide), and the apology the let-down said back chose, not the whole review's.
        """
        told, happened = "\n".join(self.current), telling.read(self.current, self.language).event
        key = key or apology_key(self.state.topic, told, happened, self.language)
        if key == "apology" and self.current != self.cycle:
            # A correction naming no let-down ("no, it's that I lose my drafts") narrows the first.
            key = apology_key(self.state.topic, "\n".join(self.cycle), happened, self.language)
            told = "\n".join(self.cycle)  # the food its apology names is told there too
        if self.current != self.cycle:  # "no, the problem is they refused to replace it"
            key = refusal_apology(key, self.current, self.language)
        elif liked is None:  # the order let them down and nobody answered: both owned (c61)
            key = both_key(key, told, happened, self.language)
        if not self.voice.can_say(key):
            key = "apology"
        again = again_key(key, told, self.language)  # "delayed AGAIN": the repeat owned (en62)
        self.say(key, lines_of=again, **food_values(told, self.language))  # «نان»: its fault
        # "no, not just that — also the bill was wrong": the bill too, only if added after our
        # reflection (in a first burst a line per message read as said twice: gate en 19/32).
        too = None
        if self.state.corrections and not key.startswith("apology_unanswered"):
            too = second_letdown.second_key(key, self.current, self.language)
        if too and self.voice.can_say(too):
            self.say(too)
        # «التوصيل سريع والموظفين محترمين بس …»: praise too, named where certain (c60).
        if liked if liked is not None else liked_beside(self.current, self.language):
            line, fields = liked_line(self.current, self.language, self.voice.can_say, key)
            self.say(line, **fields)

    def permission(self) -> None:
        """They answer whether we may ask a few questions."""
        if self.why_we_ask():
            return
        if answers.dont_know(self.turn.text) or asks_what_we_mean(self.turn.text):
            self.ask_next_jtbd()  # no refusal, nor an answer: the question shows what we mean
            return
        rest = answers.after_yes_or_no(self.turn)
        if (
            answers.is_yes(self.turn)
            and len(self.content([rest])) < 3
            and not remedy.names_remedy(rest, self.language)  # "sure, I want a refund"
        ) or bare_consent(self.turn.text, self.language):  # «ممكن»: no answer, a consent
            self.ask_next_jtbd()
            return
        if answers.closes(self.turn.text, bare_no=False):
            # «لا خلاص», "no, that's all" say they have nothing to add; "no thanks" only
            # declines the questions, and "anything else?" still follows it.
            self.say("permission_declined")
            self.act()
            return
        if answers.is_no(self.turn) or answers.nothing_more(self.turn):
            self.say("permission_declined")
            self.ask_anything_else()
            return
        # Straight to the point: that is consent, and an answer to the first question.
        self.state.jtbd_asked.append(JTBD_ORDER[0])
        self.record_answer()
        self.ask_next_jtbd()

    def jtbd(self) -> None:
        """An answer to the last job-to-be-done question; "no, that's all" acts now."""
        if self.why_we_ask():
            return
        asked = f"jtbd_{self.state.jtbd_asked[-1]}"
        if asks_what_we_mean(self.turn.text) and self.voice.can_say(asked):
            self.say(asked)  # "what?": the same question in other words, not an answer
            return
        # NLU's "done" on «شي البسه» (two words that say something), «همین امروز» (a time).
        said = len(self.content([self.turn.text])) >= 2 or bool(WHEN.search(self.turn.text))
        if answers.finished(self.turn) and not (said and not answers.closes(self.turn.text)):
            self.state.jtbd_answers[self.state.jtbd_asked[-1]] = ""
            if any(self.state.jtbd_answers.values()):
                self.log_job()
            self.act()  # they told us they have nothing more: asking again would not listen
            return
        rest = answers.after_yes_or_no(self.turn)
        # «باشه», "ok" to an open question tell nothing and promise nothing: let go, as "no" is.
        let_go = answers.only_ack(self.turn.text) or answers.is_no(self.turn)
        if answers.is_yes(self.turn) and not (let_go or self.content([rest])):
            self.say("what_else")  # a bare "yes" to an open question: the answer is to come
            return
        if not let_go and self.heard_besides():
            self.ask_next_jtbd()
            return
        if not let_go and self.added_to_telling():
            return
        self.record_answer()
        if not self.state.jtbd_answers.get(self.state.jtbd_asked[-1]):
            # A bare "no" to a job question declines it: one more question would not listen.
            if any(self.state.jtbd_answers.values()):
                self.log_job()
            self.ask_anything_else()
            return
        self.ask_next_jtbd()

    def ask_next_jtbd(self) -> None:
        pending = [
            q for q in JTBD_ORDER if q not in self.state.jtbd_asked and not self.already_told(q)
        ]
        # The customer agreed to two questions (an answer given before we asked counts).
        if pending and len(self.state.jtbd_asked) < PROMISED_QUESTIONS:
            question = pending[0]
            self.state.jtbd_asked.append(question)
            # A want already told ("I just want my flight to leave on time", a refund) said
            # what would make it right: the question goes past it (dialogues/want_stated.py).
            goal = self.state.jtbd_answers.get("goal", "")
            beyond = question == "solved" and states_want(goal, self.language)
            self.say(f"jtbd_{question}", lines_of="jtbd_solved_after_remedy" if beyond else "")
            self.state.stage = "jtbd"
            return
        self.log_job()
        self.ask_anything_else()

    def log_job(self) -> None:
        job = build_job(self.state, self.voice)
        self.state.statement = job.statement
        self.effects.append(LogJob(job))

    def anything_else(self) -> None:
        """After "anything else?": act on "no" («لا، هذا كل شيء»); listen again on more."""
        rest = answers.after_yes_or_no(self.turn)
        if (
            answers.nothing_more(self.turn)
            or answers.dont_know(self.turn.text)
            or answers.only_thanks(self.turn.text)
            or answers.only_ack(self.turn.text)  # "ok" to "anything else?" is "no, that's fine"
            or (answers.is_no(self.turn) and len(self.content([rest])) < 2)
        ):
            self.act()
            return
        if answers.is_yes(self.turn) and len(self.content([rest])) < 2:
            # "Sure, tell me.": a "no" after it still acts (the handoff); what they tell is heard.
            self.say("what_else")
            return
        if self.why_of_the_job():  # «عشان العروض بس في التطبيق»: the want's why, then we act
            self.act()
            return
        # More about their idea or praise ("please tell the team") is no new complaint nor a
        # request for a person: it reaches the team, and we close. More praise after praise
        # («آره کلاً نونوایی‌تون عالیه», "they were so kind to my kid") is never re-confirmed.
        again = warm.more_of_it(self.state.kind, self.turn, self.language)
        addendum = self.state.kind in ("idea", "praise") and (self.intent != "complaint" or again)
        passing = telling.has(self.turn.text, cues.PASS_ON, self.language)
        if addendum and (
            passing or again or self.intent not in ("suggestion", "praise", "question")
        ):
            more = answers.after_yes_but(self.turn) or answers.after_yes_or_no(self.turn)
            told = [more] if more else [m for m in self.turn.messages if m.strip()]
            self.state.heard.extend(told)
            # "Of course" answers a "please tell them"; without one it answers nothing.
            self.say("pass_on_ack" if passing else "more_noted")
            self.say_closing()
            self.state.stage = "closed"
            return
        if not addendum:  # a new telling: the card still shows what they told first
            self.state.earlier_reflection = self.card_reflection() or None
            if self.state.earlier_kind != "complaint":
                self.state.earlier_kind = self.state.kind
        self.start_cycle(keep_kind=addendum)
        # They told their story and answered our questions: what they add now is reflected
        # as it is, never met with "what happened, exactly?" all over again.
        self.state.prompts_in_cycle = MAX_PROMPTS
        self.state.stage = "listening"
        self.more_after_yes = True  # "yes, but also a bigger font": heard from the "but"
        self.listening()

    def ask_anything_else(self) -> None:
        handoff = self.state.wants_person or self.state.next_action == "handoff"
        key = "anything_else_handoff" if handoff else "anything_else_close"
        if not self.voice.can_say(key):
            self.act()
            return
        # After a thanks, never «أي شيء آخر يشغل بالك؟» ("worrying you"): lines for good news.
        thanked = key == "anything_else_close" and self.state.kind != "complaint"
        self.say(key, lines_of="anything_else_thanked" if thanked else "")
        self.state.stage = "anything_else"

    def act(self) -> None:
        """Nothing more to add: hand off to a person, or close."""
        if self.state.wants_person or self.state.next_action == "handoff":
            goal = wanted(self.state.jtbd_answers, JTBD_ORDER, self.language)
            deadline = deadline_only(self.state.jtbd_answers, JTBD_ORDER, self.language)
            if any(_THANKED.search(line) for line in self.lines):
                pass  # this reply thanked them already (an idea they added): one thanks, one quote
            elif goal:  # a burst's messages quoted as one line, not broken where they were sent
                self.say("thanks_specific", quote=short_quote(" ".join(goal.split())))
            elif deadline and self.voice.can_say("thanks_deadline"):
                self.say("thanks_deadline", quote=short_quote(" ".join(deadline.split())))
            else:
                self.say("thanks_patience")
            self.open_handoff()
            return
        self.say_closing()
        self.state.stage = "closed"

    def say_closing(self) -> None:
        """The goodbye; with no second "thank you" when this reply already thanked them."""
        thanked = any(_THANKED.search(line) for line in self.lines)
        self.say("closing_plain" if thanked else "closing")

    def person_requested(self) -> None:
        """They asked for a person: hand off now, so this very reply names who owns it."""
        self.hear_if_meaningful()
        self.state.wants_person = True
        self.say("request_human_ack")
        self.open_handoff()

    def open_handoff(self) -> None:
        """The handoff effect; the caller routes it and adds the owner's name to this reply."""
        kind = self.state.kind or "question"
        if self.state.earlier_kind == "complaint":  # "thanks, but be careful next time" after it
            kind = "complaint"
        if self.state.wants_person:
            reason = "request_human"
        else:
            reason = kind if kind == "complaint" else "question"
        if self.cycle and self.state.next_action != "handoff":
            self.state.topic = topic_without_held_cards(
                self.current, self.language, self.state.topic
            )
        self.effects.append(
            OpenHandoff(
                reason=reason,  # type: ignore[arg-type]
                topic=self.state.topic,
                language=self.turn.language,
                sentiment=self.state.told_sentiment(),
                reflection=self.card_reflection(),
                statement=self.state.statement,
                quotes=tuple(self.state.heard)
                + tuple(a for a in self.state.jtbd_answers.values() if a),
            )
        )
        self.state.stage = "handed_off"
        self.state.handed_at = self.turn.sent_at  # "a day later, still nothing" owns the delay

    def card_reflection(self) -> str:
        """What we understood, and what we first understood when they had to correct us."""
        now = self.state.reflection or ""
        first = self.state.corrected_reflection
        if first and first != now:
            now = f"{now}\n{self.voice.term('card_first_heard', reflection=first)}"
        earlier = self.state.earlier_reflection
        if earlier and earlier != now:
            now = f"{now}\n{self.voice.term('card_told_before', reflection=earlier)}"
        return now

    def attachment(self) -> None:
        """A photo, voice note, …: keep it (the caller stores the file) and say so."""
        kind = self.voice.term(f"kind_{self.turn.attachment_kind or 'document'}")
        if self.state.stage == "handed_off":
            self.effects.append(RelayToOwner(f"[{self.turn.attachment_kind}]"))
        told = self.state.heard or self.state.stage not in ("new", "listening")
        # Nothing told in words yet: no "with the rest of what you've told me".
        self.say("attachment_ack" if told else "attachment_kept", kind=kind)
        if self.state.stage == "new":
            self.greet()
            self.say("opening")
            self.state.stage = "listening"
        elif self.state.stage == "listening" and not self.cycle and not self.state.asked_in_words:
            if self.voice.can_say("attachment_in_words"):
                self.say("attachment_in_words")  # a voice note alone, nothing told: a few words?
            self.state.asked_in_words = True
