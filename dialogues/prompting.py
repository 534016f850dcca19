"""Whether we heard enough to reflect, and which listening prompt asks for what is missing.

A prompt asks what the telling lacks (``telling.read``: what happened, its impact, the need);
none when it says all three, or when its first message tells (``first_reply``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dialogues import (
    adding,
    answers,
    cues,
    fa_verdict,
    happenings,
    list_heading,
    telling,
    thanking,
    verdict_words,
)
from dialogues.fa_praise_slips import praise_with_slip
from dialogues.first_reply import reflects_at_once
from dialogues.hello_praise import is_hello_praise
from dialogues.idea_announced import announces_idea, idea_only_in_no_idea
from dialogues.insults import civil
from dialogues.latin_praise import english_praise
from dialogues.only_ordered import only_ordered
from dialogues.presence import calls_out
from dialogues.reflection.noise import trim_edges
from dialogues.sarcastic_thanks import closes_in_sarcasm, thanks_for_letdown
from dialogues.sent_word import sent_or_followed
from dialogues.smell_told import smell_told
from dialogues.talk import SAID_ENOUGH, Talk
from dialogues.text import clean, fold
from dialogues.thanks_besides import praise_is_thanks, told_besides_thanks
from dialogues.thanks_besides import thanks_with_little as little
from dialogues.thanks_then_praise import praise_after_thanks_for
from dialogues.thread_reply import only_acknowledges, only_warm

MAX_PROMPTS = 2  # open prompts before we reflect, however little we heard
RICH_ENOUGH = 10  # content words that make a telling worth reflecting at once
# A word that thanks rather than praises (folded: «شکر» and «شكر» alike).
_THANKS = re.compile(r"thank|thx|ty\b|شكر|شکر|ممنون|مرسی|سپاس|تشکر|مشكور|مشکور|تسلم")
# What a thanks was for («از پیک»، «برای نان جو»): no praise of its own once the thanks is off.
_AFTER_THANKS_FOR = re.compile(r"^(?:از|برای|بابت|به خاطر|بخاطر|که)(?!\S)")
# "was", "were", "came", "arrived" (fa, ar): in praise they tell no event of their own.
_WAS = re.compile(
    r"(?<![\w\u200c])(?:بود|بودن|بودند|بودش|اومد|آمد|امد|رسید|رسیده|"
    r"كان|كانت|كانوا|وصل|وصلت|وصلني|وصلتني|استلمت)(?![\w\u200c])"
)
IDEA_GO_ON = "listen_idea_go_on"  # an idea announced, not yet told
PROMPT = {"event": "listen_event", "impact": "listen_impact", "need": "listen_need"}


# Persian verbs every sentence of praise has («خوشمزه بود»، «سریع رسید»، «ارسال شد»): an
# event cue of their own, but no sign that anything went wrong.
_PLAIN_VERBS = {
    "fa": (
        "بود", "بودن", "بودند", "شد", "شده", "رسید", "رسیده", "اومد", "اومده", "امد", "داد",
        "دادن", "فرستادن", "فرستاده", "کرد", "کردن", "داشت",
    ),
}  # fmt: skip


def only_plain_verbs(messages: Sequence[str], language: str) -> bool:
    """Whether every event cue the telling holds is a plain verb (Persian praise's «بود»)."""
    plain = _PLAIN_VERBS.get(language)
    if not plain:
        return False
    seq = telling.tokens("\n".join(messages))
    events = telling.find(seq, cues.EVENT.get(language, ()), language)
    verbs = set(telling.find(seq, plain, language))
    return all(span in verbs for span in events)


class Prompting(Talk):
    """Listening's choice between a prompt and the reflection."""

    def heard_enough(self) -> bool:
        """Enough to reflect: a full telling, a rich one, or as many prompts as we allow."""
        richness = len(self.content(self.cycle))
        read = telling.read(self.cycle, self.language)
        if self.state.kind in ("praise", "idea") and richness >= SAID_ENOUGH:
            return not self.finglish_praise()  # r48: thanked, never quoted back in Latin letters
        if not self.state.prompts_in_cycle and self.tells_at_once():
            return True  # "what happened?" after a message that says it would not listen
        told = sum((read.event, read.impact, read.need))
        if self.state.prompts_in_cycle >= 1 and told >= 2:
            return True  # they answered our prompt: two of the three is enough to reflect
        if self.state.prompts_in_cycle >= 1 and self.answer_tells():
            return True  # "my order" → "what happened?" → "it came late …": said back
        return (
            self.state.prompts_in_cycle >= MAX_PROMPTS
            or read.complete
            or richness >= RICH_ENOUGH
            or (len(self.turn.messages) >= 2 and richness >= 5)
            or (len(self.cycle) >= 3 and richness >= 6)
            or (answers.nothing_more(self.turn) and bool(self.cycle))
        )

    def answer_tells(self) -> bool:
        """An answer to our prompt that tells what happened, as a first message that tells.

        Asking "how has that affected you?" next would be a questionnaire; a listener says
        back what they heard and lets the customer go on.
        """
        said = self.turn.messages
        asked = self.state.prompted[-1:] == ["event"]  # "what happened?": the answer tells it
        if self.in_latin_letters() or not (asked or telling.read(said, self.language).event):
            return False
        return reflects_at_once(said, self.language, complaint=self.state.kind == "complaint")

    def tells_at_once(self) -> bool:
        """A first message that tells something, in letters our cues read: said back at once."""
        latin, greeting = self.in_latin_letters(), self.intent == "greet"
        complaint = self.state.kind == "complaint"
        if only_ordered(self.current, self.language):
            return False  # «دیروز پیتزا سفارش دادم»: the story is still to come
        return not latin and reflects_at_once(self.current, self.language, greeting, complaint)

    def listening_prompt(self) -> str | None:
        """The prompt for what the telling lacks; None when there is nothing left to ask."""
        if self.state.kind == "question" and self.asks_question():
            return None  # a question already says what they need: the answer
        if self.state.kind == "praise" and told_besides_thanks(" ".join(self.cycle), self.language):
            return None  # r33: "Thanks. It is on the same ticket.": its telling, said back
        if self.state.kind == "praise":
            # «القماش رقيق جدا» in a warm tone, with no word of praise: "thin" may be the
            # complaint. "What did you like most?" would presume; "what else?" lets them say.
            praised = telling.read(self.cycle, self.language).praise
            mixed = fa_verdict.mixed(self.cycle, self.language)  # r34: «خوب بود کمی چرب بود»
            key = "listen_praise" if praised and not mixed else "listen_more"
            if key == "listen_praise" and praise_is_thanks(" ".join(self.cycle), self.language):
                key = "listen_ready"  # en r41: "thanks. 😒", "no thank you": no praise to ask of
        elif self.verdict_in_few_words():
            self.state.prompted.append("event")  # its stand-in: never asked next turn
            key = "listen_more"  # «سلعه جيده», «السلعة غير عملية»: nothing happened to ask about
        elif self.state.kind == "idea" and fa_verdict.judged(self.cycle, self.language):
            key = "listen_more"  # r34: «مثل قبل خوب نبود.» (NLU: idea) is a verdict, no idea
        elif self.state.kind == "idea" and idea_only_in_no_idea(self.cycle, self.language):
            key = "listen_more"  # r20: "They have no idea where it is" offers no idea
        elif self.state.kind == "idea":
            key = "listen_idea"  # never "how did that feel?" to an idea
        elif self.in_latin_letters():
            # "el talab ma wesel, 3 ayam": our word lists cannot read what it tells, and
            # "what happened?" may ask what they just said. "Tell me more" fits, once.
            if "more" in self.state.prompted:
                return None
            self.state.prompted.append("more")
            key = "listen_more"
        else:
            read = telling.read(self.cycle, self.language)
            if only_ordered(self.cycle, self.language):
                read = replace(read, event=False)  # the order told, not what went wrong with it
            elif self.language == "fa" and smell_told(self.cycle):
                read = replace(read, event=True)  # fa r49: «بوی زهم میداد» is what happened
            aspects = [a for a in ("event", "impact", "need") if a not in self.state.prompted]
            lacking = [a for a in aspects if not getattr(read, a)]
            if not lacking:
                return None
            self.state.prompted.append(lacking[0])
            key = PROMPT[lacking[0]]
        if not self.voice.can_say(key):
            return "listen_more" if self.voice.can_say("listen_more") else None
        if len(self.cycle) == 1 and sent_or_followed(self.cycle[0], self.language):
            return "listen_ready"  # r33: "I just DMed you" is no story to ask the start of
        if len(self.cycle) == 1 and only_acknowledges(self.cycle[0], self.language):
            return "listen_ready"  # r36: "deal!", "Good point!": a thread's reply, no story
        if len(self.cycle) == 1 and only_warm(self.cycle[0], self.language):
            return "listen_ready"  # en r37: "I hope so too :)": a few warm words, no story
        return key

    def only_thanked(self) -> bool:
        """ "@united thank you!", «با تشکر از شما», «شكرا لجهودك»: thanks, nothing told."""
        negative = self.turn.understanding.sentiment == "negative"  # "thanks for the delay"
        text, lang = self.turn.text, self.language  # r33: "thanks bae", "Thank you, busy times."
        if thanks_for_letdown([text], lang) or closes_in_sarcasm([text], lang):
            return False  # en64: "thanks for losing my bag, really appreciate it": no welcome
        return not negative and (thanking.only_thanks(text, lang) or little(text, lang))

    def heading_prompt(self) -> str:
        """A first message that only announces what follows («- إيجابيات و سلبيات X:»): "go ahead".

        Its reflection is empty and nothing happened in it: an apology, "what happened?" or
        thanks for the «الرائعة» of a product's name would answer what was never said.
        """
        if self.state.prompts_in_cycle or len(self.cycle) != 1:
            return ""
        if announces_idea(self.cycle[0], self.language) and self.voice.can_say(IDEA_GO_ON):
            return IDEA_GO_ON  # "I have an idea": the idea is still to come (conversation r20)
        kind = list_heading.announced(self.cycle[0], self.language)
        key = f"listen_{kind}" if kind else ""
        return key if key and self.voice.can_say(key) else ""

    def verdict_in_few_words(self) -> bool:
        """An Arabic first message of one or two content words in which our cues read nothing
        gone wrong nor an idea: «سلعه جيده», «السلعة غير عملية», «سرعة التوصيل».

        "What happened?", «من أين بدأت القصة؟» or «من أين جاءتك الفكرة؟» ask of a verdict what it
        never held; "what would you like to add?" lets them say why.
        """
        if self.language != "ar" or self.state.prompts_in_cycle or len(self.cycle) != 1:
            return False
        text = self.cycle[0]
        if len(self.content([text])) > 2 or len(text.split()) > 4 or "؟" in text or "?" in text:
            return False
        read = telling.read(self.cycle, self.language)
        if read.idea or read.event or (read.impact and not verdict_words.verdict(text)):
            return False  # «ضعيف» is asked how it affected them, «زعلان منكم» what happened
        return verdict_words.judges(text)  # a bare topic («بخصوص الطلب») is asked what happened

    def asks_question(self) -> bool:
        """The telling asks something: a question mark, or NLU read a question."""
        marked = any(m.rstrip().endswith(("?", "؟")) for m in self.cycle)
        # «الفلوس» alone (NLU: question) asks nothing yet: one word is a topic, not a question.
        return marked or (self.intent == "question" and len(self.content(self.cycle)) >= 2)

    def only_hello(self) -> bool:
        """A greeting and nothing more: «سلام، سفارشم نرسید» (NLU: greet) tells what happened."""
        if self.intent != "greet" or len(self.content(self.turn.messages)) >= 3:
            return False
        if english_praise(self.turn.text, self.language):
            return False  # r34: "good headphone", "Vary good" (NLU: greet) praise, thanked
        if is_hello_praise(self.turn.text, self.language):
            return False  # fa r36: «سلام خوشمزه و سریع» (NLU: greet) praises after the hello
        return not telling.read(self.turn.messages, self.language).event

    def hello_back(self) -> str:
        """A hello or «الو» before any telling: "I'm here", else the question again in new words."""
        if calls_out(self.turn.text) and self.voice.can_say("here_listening"):
            return "here_listening"
        # Asked again, in words that do not say "first" a second time.
        return "opening_again" if self.voice.can_say("opening_again") else "opening"

    def praised_in_a_word(self) -> bool:
        """«رووووعه», «عاااالی», "amazing!!!" as a first message: praise said in one word.

        "What made the difference for you?" asks a word to explain itself; a listener thanks
        for it, naming it, and lets them say more if they like ("anything else?").
        """
        if self.state.prompts_in_cycle or self.state.kind != "praise" or len(self.cycle) != 1:
            return False
        text = clean(" ".join(self.cycle))  # "@JetBlue amazing!": the handle is no word
        said = self.content([text])
        if len(said) != 1 or _THANKS.search(fold(text)):
            return False  # "Thanks.", «شكراا» thank us: no praise to quote back
        # The one word is the praise ("nicely done 👏" praises by its emoji: "👏" is no quote).
        return telling.has(said[0], cues.PRAISE, self.language)

    def praise_to_thank(self) -> bool:
        """Praise as a first message that is not said back at once: thanked, naming it.

        «همه چی عالی بود، ممنون از پیک مودبتون» was asked «چه چیزی برایتان فرق ایجاد کرد؟»:
        a listener thanks for praise; "anything else?" leaves room for more.
        """
        if self.state.prompts_in_cycle or self.state.kind != "praise" or self.language == "en":
            return False  # English "Thanks." and "I will thank you!" would be quoted back
        if _THANKS.match(fold(clean(" ".join(self.cycle)))) and not self.praise_after_thanks():
            return False  # «شكرا لكم على خدمتك» would be quoted «لكم على خدمتك»
        # «عالی بود», «كانت ممتازة», «سریع رسید»: "was" and "came" carry the praise; only
        # something else that happened makes it a telling, prompted as one.
        plain = [_WAS.sub(" ", m) for m in self.cycle]
        if telling.read(plain, self.language).event and not only_plain_verbs(
            self.cycle, self.language
        ):
            return False
        if english_praise(" ".join(self.cycle), self.language) or self.finglish_praise():
            return True  # r34: "nice perfume" in an Arabic chat: our cues hold no English word
        if any(telling.has(m, cues.PRAISE, self.language) for m in self.cycle):
            return True
        if self.language == "fa" and all(praise_with_slip(m) for m in self.cycle):
            return True  # r48: «خیلی خیلی حوشمزه است», «همه چی خوب بوود», «خیلی خوبی بود»
        # «جودة عالية», «تستاهل», «سهلة الاستخدام» were asked what else to know (stop 27).
        return self.language == "ar" and all(verdict_words.praises(m) for m in self.cycle)

    def yes_or_no_first(self, short_answer: bool) -> bool:
        """A yes or a no to our opening question, which no yes or no answers; True if answered.

        "ok", "yes I do": nothing told yet and nothing unclear, so we are listening.
        «لا تصلح», «مش بطالة», "not bad" (NLU: a no): a verdict, heard and thanked if it praises,
        else asked "what else?" (never "say it another way?" nor "how did it affect you?").
        """
        if answers.dont_know(self.turn.text) or not (short_answer or answers.is_yes(self.turn)):
            return False
        bare = replace(self.turn, messages=(clean(self.turn.text),))  # "@united yes I do"
        if not self.content([answers.after_yes_or_no(bare)]):
            self.say("listen_ready" if self.voice.can_say("listen_ready") else "opening_again")
            return True
        if not short_answer:
            return False  # "ok, my order never came": a telling after the yes, heard as one
        self.hear()
        if self.praised_in_a_word() or self.praise_to_thank():
            self.after_confirmation()
            return True
        self.state.prompts_in_cycle += 1
        self.state.prompted.append("more")
        self.say("listen_more")
        return True

    def all_insult(self, heard: list[str]) -> bool:
        """Whether an insult is what the telling says, with no word of praise besides it."""
        swore = any(civil(m, self.language) != m for m in heard)
        return swore and not telling.read(heard, self.language).praise

    def praise_after_thanks(self) -> bool:
        """«ممنون، بسیار لذیذ بود»: a Persian thanks word, then praise that stands on its own.

        What is quoted is the praise once the thanks is trimmed off; a thanks *for* something
        («ممنون برای نان جو»، «ممنون از پیک محترم») leaves no praise of its own, and is not.
        """
        if self.language != "fa" or len(self.cycle) != 1:
            return False
        text = clean(self.cycle[0])
        rest = trim_edges(text, self.language).strip(" .!،,")
        if praise_after_thanks_for(text):
            return True  # fa r49: «مرسی از باروژ، راضی بودم» praises after its thanks *for*
        if rest == text.strip(" .!،,") or not rest or _AFTER_THANKS_FOR.match(rest):
            return False
        return telling.has(rest, cues.PRAISE, self.language) and not _THANKS.search(fold(rest))

    def frame_of(self, key: str, heard: list[str]) -> str:
        """The reflection's frame for what was said (``reflection_frame``)."""
        return reflection_frame(key, heard, self.language, self.state.kind)


def reflection_frame(key: str, heard: Sequence[str], language: str, kind: str | None) -> str:
    """The reflection's frame for what was said: «هل هذا ما حدث؟» fits only an event.

    Praise, an idea or an opinion is asked "did I understand you?"; a want "is that what
    you need?". Something that happened keeps ``key``'s own lines.
    """
    # ar r31: «هل هذا ما حدث؟» after a verdict («سيئ جدا لا أنصح به») or after praise that
    # tells a visit («لقد زرته كثيراً …») read as a frame that does not fit: only a problem
    # that happened is asked it; every other telling, "did I understand you?"
    # r32: nor after a verdict our event cues hold («صناعه سيئه»): ``happenings``.
    praised = language == "ar" and (kind == "praise" or happenings.glowing(heard, language))
    if happenings.happened(heard, language) and not praised:
        return ""
    if any(adding.states_want(m, language) for m in heard):
        return f"{key}_want"
    viewed = kind in ("praise", "idea") or language == "ar"
    return f"{key}_view" if viewed else ""
