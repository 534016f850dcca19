"""One turn being answered: the working state, the lines to say, the effects to apply.

The stages live in ``listening.py`` (hearing, reflecting, corrections) and ``closing.py``
(permission, job questions, "anything else?", acting, handoffs); ``policy.py`` joins them.
This base holds what both need: speaking, what was heard, and how a telling is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from dialogues import (
    asked_bare,
    cues,
    person_ask,
    person_sought,
    plain_question,
    telling,
    verdict_words,
)
from dialogues.asked_for_help import asks_for_help
from dialogues.asked_own_case import asks_own_case
from dialogues.expected_more_ar import expected_more
from dialogues.finglish_praise import finglish_praise
from dialogues.latin_praise import english_praise
from dialogues.letdown_told import letdown_unproposed, only_letdown
from dialogues.outcome import Button, Effect, Outcome, Reply
from dialogues.praise_misnamed_en import praise_misnamed_en
from dialogues.recommending import recommendation
from dialogues.reflection import content_words
from dialogues.regret_told import regret_told
from dialogues.review_praise import praise_read_as_complaint
from dialogues.sarcastic_thanks import closes_in_sarcasm, thanks_for_letdown
from dialogues.state import ConversationState
from dialogues.thanks_then_praise import praise_beyond_thanks
from dialogues.turn import Turn
from dialogues.verdict_unproposed_en import (
    idea_only_denied,
    rebuke_how_about,
    verdict_unproposed,
)
from dialogues.voice import Voice
from dialogues.vowed_away_en import closing_thanks_after_letdown, vows_never_again
from dialogues.warm import HURT, nothing_wrong, praise_nlu_misnamed
from dialogues.wish_beside_letdown_en import wish_beside_letdown

# How much an intent says about a telling; the strongest one seen names it.
INTENT_WEIGHT = {"request_human": 5, "complaint": 4, "question": 3, "suggestion": 2, "praise": 1}
_KIND_OF_INTENT = {"complaint": "complaint", "praise": "praise", "suggestion": "idea"}
SAID_ENOUGH = 4  # content words in which praise or an idea is already said
# Turns that get a receipt when nothing is said: what the customer wrote or sent. A button
# press is an answer to our own message (a stale one is ignored on purpose): no receipt.
RECEIPTED = ("text", "attachment")
# A question is a complaint only in a clearly negative tone ("why hasn't it come yet?!").
QUESTION_TONE = -0.2
# "Would be better / more / less" in Persian (blind gate stop 31: thanked as praise, it was one).
_WISHED_MORE = re.compile(r"(?:بهتر|بیشتر|کمتر)\s*(?:باشه|بشه|شه|میشد|می‌شد|بود)(?!\S)")
# Beside English praise NLU named a suggestion, words of a hope, a doubt or an ad ("Maybe that
# will make up for losing my medallion. #ProbablyNot", "If you'd love to see …, RT our event",
# "Just looking to arrange …"): no praise to thank.
_UNSURE_EN = re.compile(r"\b(?:maybe|perhaps|wonder|if|looking|RT)\b|#\w*not\b", re.IGNORECASE)
COLD_TONE = -0.3  # a tone this negative or worse turns praise into a complaint by itself
IDEA_CONFIDENCE = 0.5  # below this, NLU's "suggestion" needs the words of an idea
PERSON_CONFIDENCE = 0.5
_LATIN = re.compile("[A-Za-z]")
_SCRIPT = re.compile(
    "[\u0600-\u06ff]"
)  # below this, "request_human" from NLU alone is not a request


@dataclass
class Talk:
    """State, turn, and what this turn will say and do."""

    state: ConversationState
    turn: Turn
    lines: list[str] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    buttons: tuple[Button, ...] = ()
    added: str = ""  # what "yes, but also …" added to the telling this turn, thanked with it
    more_after_yes: bool = False  # "anything else?" was asked: "yes, but …" opens the telling

    def __post_init__(self) -> None:
        self.voice = Voice(self.state)

    # ---- speaking -----------------------------------------------------------------
    def say(self, key: str, lines_of: str = "", **values: object) -> None:
        line = self.voice.say(key, lines_of, **values)
        if line:
            self.lines.append(line)

    def outcome(self) -> Outcome:
        text = " ".join(line for line in self.lines if line)
        if text:
            replies: tuple[Reply, ...] = (Reply(text, self.buttons),)
        elif self.turn.kind in RECEIPTED:
            replies = (Reply("", kind="receipt"),)  # no words: a nod, never silence
        else:
            replies = ()
        return Outcome(state=self.state, replies=replies, effects=tuple(self.effects))

    # ---- what we know ---------------------------------------------------------------
    @property
    def intent(self) -> str:
        return self.turn.understanding.intent

    @property
    def language(self) -> str:
        return self.state.language

    @property
    def cycle(self) -> list[str]:
        """Everything heard in this telling, first version and corrections alike."""
        return self.state.heard[self.state.cycle_start :]

    @property
    def current(self) -> list[str]:
        """The telling as it now stands: the latest correction, or the whole telling."""
        start = max(self.state.cycle_start, self.state.telling_start)
        return self.state.heard[start:] or self.cycle

    def in_latin_letters(self) -> bool:
        """Persian or Arabic typed in Latin letters ("sefaresh-am narasid"): not read by cues."""
        if self.language == "en":
            return False
        text = " ".join(self.cycle)
        return len(_LATIN.findall(text)) > 2 * len(_SCRIPT.findall(text))

    def content(self, texts: list[str] | tuple[str, ...]) -> list[str]:
        return content_words(" ".join(texts), self.language)

    def wants_person_now(self) -> bool:
        """An explicit request for a person; NLU alone is not enough after an idea or praise.

        A request for a person names one ("someone", «موظف», «اپراتور»): "I want a refund",
        «ابي بديل», «میخوام پولم برگرده» ask for a thing, whatever the classifier says.
        """
        if person_ask.asks_for_person(self.turn.text, self.language):
            return True
        if self.intent != "request_human":
            return False
        if self.turn.understanding.confidence < PERSON_CONFIDENCE:
            return False
        if not telling.has(self.turn.text, cues.PERSON, self.language):
            return False
        if self.language == "en" and not person_sought.seeks_person(self.turn.text):
            return False  # "agent helps the person in front of me": one named, none sought
        return self.state.kind not in ("idea", "praise")

    # ---- hearing --------------------------------------------------------------------
    def start_cycle(self, keep_kind: bool = False) -> None:
        self.state.cycle_start = len(self.state.heard)
        self.state.telling_start = self.state.cycle_start
        self.state.prompts_in_cycle = 0
        self.state.prompted = []
        self.state.corrections = 0
        self.state.corrected_reflection = None
        if not keep_kind:
            self.state.kind = None

    def hear(self) -> None:
        self.state.heard.extend(m for m in self.turn.messages if m.strip())
        self.absorb()

    def hear_if_meaningful(self) -> None:
        if len(self.content(self.turn.messages)) >= 3:
            self.hear()

    def absorb(self) -> None:
        """Fold this turn's understanding into what we know of the telling."""
        u = self.turn.understanding
        old = INTENT_WEIGHT.get(self.state.intent or "", 0)
        if INTENT_WEIGHT.get(u.intent, 0) > old:
            self.state.intent = u.intent
        if u.topic and not self.state.topic:
            self.state.topic = u.topic
        before = self.state.sentiment, self.state.sentiment_score
        if u.sentiment != "neutral" and abs(u.sentiment_score) >= abs(self.state.sentiment_score):
            self.state.sentiment = u.sentiment
            self.state.sentiment_score = u.sentiment_score
        self.state.kind = self.kind_after(self.state.kind)
        if self.state.told_sentiment() != self.state.sentiment:
            # A warm «مرسی» inside a complaint is not the telling's tone: the last one stands.
            self.state.sentiment, self.state.sentiment_score = before

    def contrasted(self) -> bool:
        """ "…, but …" in the telling: «طعم خوبی داشت اما نصفش بیات بود» is no praise alone."""
        return telling.has("\n".join(self.current), cues.CONTRAST, self.language)

    def praised_in_few_words(self) -> bool:
        """«تستاهل», «جودة عالية»: a few Arabic words of praise our cues lack (stop 27)."""
        return self.language == "ar" and verdict_words.praises(" ".join(self.current))

    def asks_bare(self) -> bool:
        """«طيب متى بالضبط؟» as the telling: a question, its «طيب» "ok", never praise."""
        return asked_bare.asks_only(self.current, self.language)

    def kind_after(self, kind: str | None) -> str:
        """The telling's kind once this turn is heard: an idea stays an idea."""
        u = self.turn.understanding
        said = _KIND_OF_INTENT.get(u.intent)
        if said in ("idea", "praise") and self.in_latin_letters():
            said = None  # NLU reads no Arabizi: "ana ktir ma3'soob" is no idea, nor praise
        if kind is None and thanks_for_letdown(self.current, self.language):
            return "complaint"  # "Thanks so much for ruining my vacation": sarcasm, no thanks
        if kind is None and closes_in_sarcasm(self.current, self.language):
            return "complaint"  # "… won't let me talk to any1. Great job": sarcasm
        if kind is None and vows_never_again(self.current, self.language):
            return "complaint"  # en55: "I will never fly with you again": a customer lost
        if kind is None:
            first = self.first_kind(said)  # "Should I rebook?" (NLU: suggestion) asks: no idea
            closed = closing_thanks_after_letdown(self.current, self.language)
            if first == "praise" and closed:
                return closed  # en55: "… submitted for the third time. Thanks": resigned
            if first == "idea" and wish_beside_letdown(self.current, self.language):
                return "complaint"  # en55: "would be great to get help, been trying all night"
            own = first == "idea" and asks_own_case(self.current, self.language)
            if first == "idea" and regret_told(self.current, self.language):
                return "complaint"  # "we should have been given the option …": a let-down
            own = own or (first == "idea" and asks_for_help(self.current, self.language))
            if first == "complaint" and plain_question.asks_only(self.current, self.language):
                return "question"  # en56: "are pets allowed in first class?": nothing wrong
            return "question" if own else first  # "… 'Unable to price'. Please help!": a plea
        if kind == "idea":
            return kind  # a sad follow-up ("I keep missing the courier") explains the idea
        if kind == "praise" and said == "complaint" and u.sentiment_score > COLD_TONE:
            # "the tear strip" (what they loved, named) is no grievance, whatever NLU says:
            # praise turns to a complaint only on something that went wrong, or a cold tone.
            wrong = telling.read(self.turn.messages, self.language).event
            if not wrong and not telling.complains_after_contrast(self.current, self.language):
                return kind
        if said == "complaint" or (kind == "question" and u.sentiment == "negative"):
            return "complaint"  # "the food was great, but it came cold": now a complaint
        return kind

    def first_kind(self, said: str | None) -> str:
        """The kind of a first telling: praise, an idea, a complaint or a question."""
        u = self.turn.understanding
        if english_praise(" ".join(self.current), self.language) or self.finglish_praise():
            return "praise"  # r34: "good headphone" in an Arabic chat; r48: «Hame chi awli …»
        read = telling.read(self.current, self.language)  # only a first telling's kind
        read, said = self.not_an_idea(read, said)
        if said == "praise" and only_letdown(self.current, self.language):
            return "complaint"  # «الجوده رديه جدا», «بستنی هام آب شده بود»: nothing praised
        if said == "idea" and not read.idea and self.praise_named_idea_en():
            return "praise"  # en51: "he just went above and beyond to be helpful"
        if said == "idea" and not read.idea and u.confidence < IDEA_CONFIDENCE and read.event:
            # "I bought a coffee machine and it leaks" (NLU unsure: suggestion): something
            # went wrong and no word asks for anything new: a complaint, never thanked.
            # «پاستا کیفیت خوبی داشت» (its «داشت» an event), warm, nothing wrong: praise.
            # Not English: "Stuck in Houston … in perfect flying conditions" (blind gate).
            warm = read.praise and not read.impact and u.sentiment == "positive"
            warm = warm and self.language != "en" and not self.contrasted()
            return "praise" if warm and nothing_wrong(self.turn, self.language) else "complaint"
        if (said == "idea" or read.idea) and rebuke_how_about(self.current, self.language):
            return "complaint"  # en53: "how about checking the plane …? #pissed": a rebuke
        if said == "idea" and not read.idea and self.let_down_unproposed():
            return "complaint"  # "2 trips in a row with missing luggage" (NLU: suggestion)
        if said == "idea" and self.praise_read_as_idea(read):
            return "praise"  # fa r49: «بسیار عالی حتی برای نهار …» (NLU unsure: suggestion)
        if said == "idea" or (read.idea and said != "complaint"):
            return "idea"
        asked_how = u.intent == "question" and not (read.event or read.impact)
        if asked_how and asked_bare.asks_how(self.current, self.language):
            return "question"  # «چطوری آدرسمو عوض کنم؟» (NLU's tone: cold) asks, no grievance
        hurt = read.event and HURT.search(self.turn.text) is not None  # «…ناراحت شدم»
        praise = read.praise or self.praised_in_few_words()
        if said == "praise" and not praise and (u.sentiment != "positive" or hurt):
            # «پیتزا سرد بود» read as praise: no word of praise, no warm tone (or a warm
            # tone NLU heard in «ناراحت شدم»: a hurt told is never thanked). Not thanked.
            cold = u.sentiment == "negative" or read.event or read.impact
            return "complaint" if cold else "question"
        if u.intent == "question" and u.sentiment_score > QUESTION_TONE:
            return "question"  # "how do I use a discount code?" is asked, not a grievance
        warm = said is None and u.sentiment == "positive" and praise
        praised = (said == "praise" or warm) and not self.asks_bare()
        # «نان برگرها کاملا مانده بود … تازه نوشابه هم نفرستادن» (NLU: praise, cold):
        # something went wrong, told in a cold tone; a word like «تازه» is no praise.
        cold = said == "praise" and u.sentiment_score <= COLD_TONE and self.went_wrong()
        if praised and (
            cold
            or telling.complains_after_contrast(self.current, self.language)
            or expected_more(self.current, self.language)  # ar58: «… ولكني كنت اعتقده أكبر»
            or telling.ironic(self.current, self.language)
        ):
            return "complaint"  # "…, but this time …"; "great, another week without …"
        if praised:
            return "praise"
        misread = said == "complaint" and not expected_more(self.current, self.language)  # ar58
        if misread and self.praise_misread(read.praise and not read.impact):
            return "praise"
        if said == "complaint" or u.sentiment == "negative":
            return "complaint"
        return "question"

    def let_down_unproposed(self) -> bool:
        """A let-down or a verdict, nothing proposed ("maybe announce the delay …" proposes):
        "2 trips in a row with missing luggage", "your app is bad, and you should feel bad"."""
        told, language = self.current, self.language
        return letdown_unproposed(told, language) or verdict_unproposed(told, language)

    def not_an_idea(
        self, read: telling.Telling, said: str | None
    ) -> tuple[telling.Telling, str | None]:
        """Idea words that propose nothing: "no idea where it is" (en52); «حتما پیشنهاد میکنم»
        is praise, «پیشنهاد نمیکنم» a let-down."""
        if read.idea and idea_only_denied(self.current, self.language):
            read = replace(read, idea=False)  # "has no idea or interest in finding it"
        recommended = recommendation(self.current, self.language) if said != "complaint" else None
        if recommended:
            read = replace(read, idea=False)
            said = recommended if said == "idea" or recommended == "complaint" else said
        return read, said

    def praise_named_idea_en(self) -> bool:
        """English praise NLU named a suggestion: "he just went above and beyond" (apologised
        for), "good to hear. Thx for being responsive" (thanked as an idea)."""
        if _UNSURE_EN.search(" ".join(self.current)):
            return False
        return praise_misnamed_en(self.turn, self.current, self.language)

    def praise_read_as_idea(self, read: telling.Telling) -> bool:
        """Persian praise NLU read, unsure, as an idea: no word of an idea, nothing wrong."""
        u = self.turn.understanding
        if self.language != "fa" or read.idea or read.event or read.impact or read.need:
            return False
        unsure = u.confidence < IDEA_CONFIDENCE and u.sentiment == "positive"
        if _WISHED_MORE.search(" ".join(self.current)):
            return False  # «میتونست بهتر باشه», «تنوع بیشتر شه»: a wish, the idea NLU read
        praised = unsure and praise_beyond_thanks(self.current) and not self.contrasted()
        return praised and nothing_wrong(self.turn, self.language)

    def finglish_praise(self) -> bool:
        """Persian praise in Latin letters, which NLU and the cues cannot read («awli»)."""
        text = " ".join(self.current)
        return self.language == "fa" and self.in_latin_letters() and finglish_praise(text)

    def praise_misread(self, praising: bool) -> bool:
        """Praise NLU named a complaint ("the crew … were wonderful", «منتج جيد ويخدم غرضه»)."""
        # ``praising`` leaves an impact out: a cost told ("two hours …") is no praise.
        if praise_misnamed_en(self.turn, self.current, self.language):
            return True  # "the staff at the gate were so kind" (NLU: complaint, tone -0.51)
        return praise_nlu_misnamed(self.turn, praising, self.language) or praise_read_as_complaint(
            self.turn, self.language
        )

    def went_wrong(self) -> bool:
        """Something happened beyond praise's plain verbs («خوشمزه بود»: no happening)."""
        from dialogues.prompting import only_plain_verbs  # prompting builds on this module

        read = telling.read(self.current, self.language)
        return read.event and not only_plain_verbs(self.current, self.language)

    # ---- stages the two halves call in each other --------------------------------------
    def listening(self) -> None:
        raise NotImplementedError

    def reopen(self) -> None:
        raise NotImplementedError

    def fresh_telling(self) -> None:
        raise NotImplementedError

    def opening(self) -> None:
        raise NotImplementedError

    def greet(self) -> None:
        raise NotImplementedError

    def after_confirmation(self, finished: bool = False) -> None:
        raise NotImplementedError

    def person_requested(self) -> None:
        raise NotImplementedError
