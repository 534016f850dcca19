"""Listening: greet, take the telling in, prompt for what is missing, reflect, take corrections.

Prompts ask what the telling lacks (``telling.read``: what happened, its impact, the need);
none when it says all three, or tells (``first_reply``). A correction ("no — I was charged
twice") becomes the telling we reflect; the first stays in ``state.heard`` and on the card.
"""

from __future__ import annotations

import re

from dialogues import (
    adding,
    amend,
    amend_part,
    answers,
    contact,
    continued,
    first_reply_en,
    not_only,
    polite,
    privacy_ask,
    shared_headline,
    shared_link,
    telling,
    told_topic,
    verdict_words,
)
from dialogues.lost_for_words import not_told_yet
from dialogues.presence import calls_out
from dialogues.prompting import IDEA_GO_ON, PROMPT
from dialogues.quotes import key_sentence, short_quote
from dialogues.reflection import reflect
from dialogues.reopening import Reopening
from dialogues.sarcastic_thanks import thanks_for_letdown
from dialogues.talk import INTENT_WEIGHT
from dialogues.thread_reply import only_acknowledges, only_warm
from dialogues.told_before import points_back
from dialogues.wishes import only_wishes

JTBD_GOAL = "goal"  # the first job question (closing.JTBD_ORDER[0]; closing imports us)

MAX_CORRECTIONS = 2  # re-reflections after "no, that's not it" before moving on honestly
_UPSET = re.compile("[😡😠🤬😤😢😭😞💔👎]")  # a feeling sent alone, in any language


class Listening(Reopening):
    """The stages before the customer agrees we understood them."""

    def opening(self) -> None:
        """First contact: greet, then either ask the opening question or start listening."""
        if self.state.returning and (self.only_leaving() or self.kind_words_after_close()):
            return  # a new conversation after a closed one, opened by a goodbye or kind words
        self.greet()
        said = self.content(self.turn.messages)
        if self.wants_person_now():
            self.person_requested()
            return
        if self.asks_about_data():
            return
        if self.turn.kind == "start" or self.only_hello() or len(said) < 2:
            self.say("opening")
            self.state.stage = "listening"
            return
        self.state.stage = "listening"
        self.listening()

    def hear_but(self) -> None:
        """Hear the turn; "yes, but also …" to a prompt is heard from what follows the "but"."""
        rest = answers.after_yes_but(self.turn) if self.cycle or self.more_after_yes else ""
        if not rest and self.more_after_yes:  # «لا بس …» to "anything else?": "no, but …"
            rest = answers.after_yes_but(self.turn, or_no=True)
        if not rest and self.more_after_yes:  # "yes, one more thing: no spoon": not the lead
            rest = adding.after_more_lead(answers.after_yes_or_no(self.turn) or self.turn.text)
        if len(self.content([rest])) < 2:
            self.hear()
            return
        self.state.heard.append(rest)
        self.absorb()

    def fresh_telling(self) -> None:
        """A new telling is judged on its own: what the last one was about no longer holds."""
        self.state.returning = True
        told = key_sentence(self.state.heard[self.state.telling_start :], self.language)
        self.state.last_told = told or self.state.last_told
        self.start_cycle()
        self.state.topic = self.state.intent = self.state.next_action = None
        self.state.sentiment, self.state.sentiment_score = "neutral", 0.0
        self.state.wants_person = False
        self.state.earlier_reflection = self.state.earlier_kind = None

    def greet(self) -> None:
        if self.state.returning and self.just_closed():
            self.say("still_here")  # a second thought a minute after closing: no "welcome back"
        elif self.state.returning:
            self.say("welcome_back")
            if self.state.last_told and points_back(self.turn.text):
                # "as I said yesterday": what they told us then is with us; no need to repeat it.
                self.say("recall_last", quote=short_quote(self.state.last_told))
        elif self.turn.display_name:
            self.say("greet_named", name=self.turn.display_name)
        else:
            self.say("greet")

    def listening(self) -> None:
        """Take in what they say; prompt for what is missing, or reflect when we have enough."""
        judged = self.judged_first()
        finished = answers.nothing_more(self.turn) and not judged
        if finished and not self.cycle and thanks_for_letdown([self.turn.text], self.language):
            finished = False  # en64: "Thanks for nothing" is sarcasm, never "nothing more"
        if finished and not self.cycle:
            self.say("goodbye_nothing")
            self.state.stage = "closed"
            return
        if self.asks_about_data():
            return
        if contact.only_contact(self.turn.text):
            self.contact_given()  # "you can email me at …": kept for the team, never said back
            return
        if not self.cycle and self.only_thanked():
            self.say("thanks_first")  # "thank you!": taken kindly, never asked to explain
            return
        if not self.cycle and only_wishes(self.turn.text) and self.voice.can_say("wish_back"):
            self.say("wish_back")  # "Have a great week": a wish back and the opening question
            return
        if not self.cycle and self.post_reaction():
            return  # r35: "“@JetBlue: Our fleet's on fleek.” SMH": asked about the post
        if (self.only_hello() or calls_out(self.turn.text)) and not self.cycle:
            self.say(self.hello_back())  # «الو», «کسی هست؟»: "I'm here", never the telling
            return
        short_answer = answers.dont_know(self.turn.text) or (
            not judged
            and self.intent in ("affirm", "deny", "done")
            and len(self.content([answers.after_yes_or_no(self.turn)])) < 2
        )
        if short_answer and self.cycle:
            self.reflect_back("reflect")  # a bare "yes"/"no" to a prompt: they have said it
            return
        if not self.cycle and self.yes_or_no_first(short_answer):
            return
        if self.cycle and self.more_than_that():
            return  # "no, not just that — also …" to a prompt: more of the telling
        if self.cycle and self.amended("reflect"):
            return  # "no, not logged out, it freezes" to a prompt: the detail is put right
        correction = answers.after_yes_or_no(self.turn)
        if self.cycle and answers.corrects(self.turn) and len(self.content([correction])) >= 2:
            # "no, that's not it — …" to a prompt corrects too; "… also …" adds to it.
            self.correct_with([correction], replaces=not self.adds(correction))
            return
        if not self.content(self.turn.messages) and _UPSET.search(self.turn.text):
            self.say(PROMPT["event"])  # «😡» alone: a feeling, not a riddle; what happened?
            return
        ready = not self.cycle and self.voice.can_say("listen_ready")
        if ready and not_told_yet(self.turn.text, self.content(self.turn.messages)):
            self.say("listen_ready")  # 👍, "I don't know what to say": take your time, we listen
            return
        if not finished:
            if short_answer or (
                not self.content(self.turn.messages) and self.intent not in INTENT_WEIGHT
            ):
                self.say("unclear")
                return
            self.hear_but()
        self.prompt_or_reflect()

    def post_reaction(self) -> bool:
        """A reaction to a shared post (en): asked about, or thanked; never "what happened?",
        nor an apology or thanks for the airline's own words quoted in it."""
        key = shared_headline.reaction_to_share(self.turn.text) if self.language == "en" else None
        if key is None:
            return False  # en44: a Title Case headline with its link is asked about too
        self.say(key)
        return True

    def judged_first(self) -> bool:
        """«لا بأس به», «لا أنصح به», «جميلة فعلا» as a first message: a verdict, whatever NLU
        read in its «لا» or its brevity (deny, done): never "say it in other words", nor a goodbye.
        """
        text = self.turn.text
        if self.language != "ar" or self.cycle or answers.closes(text):
            return False
        return verdict_words.judges(text)

    def prompt_or_reflect(self) -> None:
        heading = self.heading_prompt()
        if heading:
            self.state.prompts_in_cycle += 1
            self.say(heading)  # «- إيجابيات و سلبيات X:»: what it announces is still to come
            if heading == IDEA_GO_ON:
                self.start_cycle(keep_kind=True)  # the idea they tell next is the telling
            return
        if self.praised_in_a_word():
            self.after_confirmation()  # thanked, naming it; asking it to explain would not
            return
        enough = self.heard_enough()
        if not enough and self.praise_to_thank():
            self.after_confirmation()  # praise is thanked, never asked what made the difference
            return
        prompt = None if enough else self.listening_prompt()
        if prompt is None:
            self.reflect_back("reflect")
            return
        self.state.prompts_in_cycle += 1
        first = self.state.prompts_in_cycle == 1 and len(self.cycle) == 1
        if first and self.language == "en" and first_reply_en.shares_post(self.cycle[0]):
            prompt = "listen_post"  # r35: a reaction to a post is not asked what happened
        elif first:  # first41: "I love this graphic. http://…" is no problem to ask about
            prompt = shared_link.prompt_for_link(prompt, self.cycle[0], self.language)
        self.say(prompt)
        if prompt == "listen_ready" and first and self.only_small_talk(self.cycle[0]):
            # "I see what you did there ;)", "deal!": no story begun; what they tell next is
            # the telling ("you see what we did there, and we moved your seat …", stop 27).
            self.start_cycle()

    def only_small_talk(self, said: str) -> bool:
        """A thread's reply or a few warm words ("deal!", "I hope so too :)"): no story."""
        return only_acknowledges(said, self.language) or only_warm(said, self.language)

    def contact_given(self) -> None:
        """An e-mail or a phone number alone: thanked, not heard; the listening goes on."""
        self.say("contact_kept")
        if self.cycle:
            self.prompt_or_reflect()
        else:
            self.say("listen_ready" if self.voice.can_say("listen_ready") else "opening_again")

    def confirming(self) -> None:
        """They answer our reflection: yes moves on, no (with or without details) corrects."""
        if contact.only_contact(self.turn.text):
            # "email me at …" to "did I get it?": kept for the team, never heard; it stands.
            self.say("contact_kept")
            self.say("confirm_again")
            return
        if answers.finished(self.turn):
            self.after_confirmation(finished=True)  # "no, that's all": nothing left to add
            return
        if answers.dont_know(self.turn.text) or polite.no_thanks(self.turn):
            # unsure is no correction (nothing to add); «لا شكرا» a polite close, never one
            self.after_confirmation(finished=polite.no_thanks(self.turn))
            return
        # «ايوه بس كمان …» is a yes by its words, though NLU may read «بس» as "that's all".
        if self.more_than_that():
            return
        yes_but = answers.after_yes_but(self.turn)
        if yes_but or (answers.is_yes(self.turn) and not answers.is_no(self.turn)):
            extra = yes_but or answers.after_yes_or_no(self.turn)
            # "yes, but also …" marks what follows as an addition: two words are enough.
            if len(self.content([extra])) >= (2 if yes_but else 4):
                self.state.heard.append(extra)
                self.added = extra
                self.say("noted_too")  # "yes, but also …": what they added is not passed over
            self.after_confirmation()
            return
        if self.want_at_reflection() or self.amended("reflect_again"):
            return
        correction = answers.after_yes_or_no(self.turn)
        if answers.is_no(self.turn) and len(self.content([correction])) < 2:
            self.say("ask_missed")
            self.state.stage = "correcting"
            return
        if self.content([correction]):
            # "no, it was …" replaces the telling; more detail without a "no" adds to it.
            replaces = answers.is_no(self.turn) and not self.adds(correction)
            self.correct_with([correction], replaces=replaces)
            return
        self.after_confirmation()

    def correcting(self) -> None:
        """They tell us what we missed; reflect that, or move on honestly after two tries."""
        if self.more_than_that() or self.amended("reflect_again"):
            return
        correction = answers.after_yes_or_no(self.turn)
        if not self.content([correction]) or answers.dont_know(self.turn.text):
            self.after_confirmation(finished=answers.nothing_more(self.turn))
            return
        self.correct_with([correction], replaces=not self.adds(correction))

    # ---- steps --------------------------------------------------------------------------

    def asks_about_data(self) -> bool:
        """ "Delete my data", «امسحوا بياناتي»: the privacy commands answer it, we point to them.

        Nothing went wrong in it ("I entered my details and the payment failed" is a telling).
        """
        text = self.turn.text
        if not privacy_ask.names_their_data(text, self.language):
            return False
        if telling.read([text], self.language).event or not self.voice.can_say("privacy_pointer"):
            return False
        self.say("privacy_pointer")
        if not self.cycle:  # it asks "anything else?": "ok thanks" then closes
            self.state.stage = "anything_else"
        return True

    def adds(self, text: str) -> bool:
        """ "the order also never arrived": more of the same telling, not a new version."""
        return answers.adds(text, self.language)

    def reflect_back(self, key: str, messages: list[str] | None = None) -> None:
        heard = messages if messages is not None else self.current
        reflection = reflect(continued.joined(heard, self.language), self.language)
        if not reflection and self.state.kind == "praise" and self.all_insult(heard):
            # "… Ur a f*** boy" (NLU: praise): nothing left to say back once the insult is
            # out, and never thanked as praise; an angry customer is asked what happened.
            self.state.kind = "complaint"
            self.state.prompts_in_cycle += 1
            self.state.prompted.append("event")
            self.say(PROMPT["event"])
            self.state.stage = "listening"
            return
        # The same reflection twice reads as not listening: what they added changed nothing.
        said_already = self.state.stage == "confirming" and reflection == self.state.reflection
        if not reflection or said_already:
            self.after_confirmation()
            return
        self.state.reflection = reflection
        self.say(key, lines_of=self.frame_of(key, heard), reflection=reflection)
        self.state.stage = "confirming"

    def want_at_reflection(self) -> bool:
        """ "I just want a working phone" at "did I get it?": the first job answer, no story."""
        text = self.turn.text
        if answers.opens_with_yes_or_no(text) or not adding.states_want(text, self.language):
            return False
        self.state.jtbd_asked.append(JTBD_GOAL)
        self.state.jtbd_answers[JTBD_GOAL] = text.strip()
        self.say("want_noted")
        self.after_confirmation()
        return True

    def more_than_that(self) -> bool:
        """ "No, not just that — they also charged me": the new part added and said as more."""
        more = not_only.rest(self.turn.text, self.language)
        if more is None or len(self.content([more])) < 2:
            return False
        before = self.state.reflection if self.state.stage != "listening" else None
        self.state.heard.append(more)
        self.absorb()
        if self.state.corrections >= MAX_CORRECTIONS:
            self.after_confirmation()
            return True
        self.state.corrections += 1
        said = reflect([more], self.language)
        if not before or not said:
            self.reflect_back("reflect")  # nothing said back yet: the whole telling
            return True
        # The first reflection stands: only the new part is said; the owner's card keeps both.
        sep = "; " if self.language == "en" else "؛ "
        self.state.reflection = f"{before}{sep}{said}"
        self.say("reflect_more", reflection=said)
        self.state.stage = "confirming"
        return True

    def amended(self, key: str) -> bool:
        """ "No, not X, Y": the telling with X put right is the telling now (X kept heard)."""
        telling_now = amend.amend(self.current, self.turn.text, self.language)
        if telling_now is None:  # «نه، نوشابه رو فرستادن، …»: one part put right, the rest kept
            telling_now = amend_part.part_put_right(self.current, self.turn.text, self.language)
        if telling_now is None:
            return False
        self.correct_with(telling_now, key=key)
        return True

    def correct_with(self, messages: list[str], replaces: bool = True, key: str = "") -> None:
        """A correction is the telling now; the first version stays heard, for the owner."""
        if not replaces:
            self.state.heard.extend(messages)
            self.absorb()
            if self.state.corrections >= MAX_CORRECTIONS:
                if self.voice.can_say("noted_too"):  # a fourth piece is noted, never passed over
                    self.say("noted_too")
                self.after_confirmation()
                return
            self.state.corrections += 1
            self.reflect_back("reflect")  # the telling with what they added
            return
        if self.state.corrected_reflection is None:
            # Corrected before we reflected (an answer to a prompt): the owner's card keeps
            # the first version as the customer wrote it.
            first = " / ".join(m.strip() for m in self.current if m.strip())
            self.state.corrected_reflection = self.state.reflection or first or None
        self.state.telling_start = len(self.state.heard)
        self.state.heard.extend(messages)
        # The corrected telling is judged afresh: «لا، المشكلة إن …» after a telling we took for
        # praise is a complaint, and gets an apology, not thanks. A complaint stays one: what
        # corrects it («هدیه تولد دخترم بود …») tells it better, it does not turn it to praise.
        if self.state.kind != "complaint":
            self.state.kind = None
        self.absorb()
        named = told_topic.topic_of(messages, self.language, None)
        if named and self.state.next_action != "handoff":
            self.state.topic = named  # "no — I was charged twice": it is about billing now
        if self.state.corrections >= MAX_CORRECTIONS:
            self.say("move_on_unsure")
            self.after_confirmation()
            return
        self.state.corrections += 1
        self.reflect_back(key or "reflect_again", messages)
