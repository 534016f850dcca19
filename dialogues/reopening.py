"""A message after we closed: a goodbye, kind words for what was done, or a new telling.

Right after we closed (a closing thanks, the rating thanked), "great, thanks again",
«ابداع», «ممتاز» are said of what just happened: a listener takes them kindly and stops
there. Asking "what keeps you up at night?" again would forget we had just talked.
"""

from __future__ import annotations

import re

from dialogues import answers, telling, thanking, warm
from dialogues.prompting import Prompting

RETURN_AFTER_SECONDS = 30 * 60  # within half an hour of closing, a new message is no return
# Our last words were a goodbye (or kind words that close): a goodbye back gets the receipt.
_GOODBYES = frozenset(("closing", "closing_plain", "goodbye_nothing", "praise_after_close"))
# "again", «دوباره», «مرة ثانية» after thanks: read as a happening ("lost AGAIN") otherwise.
_AGAIN = re.compile(
    r"\s+(?:once\s+)?again\b|\s+(?:باز\s+)?(?:هم\s+)?دوباره|\s+مر[ةه]\s+(?:ثاني[ةه]|تاني[ةه]|أخرى|اخرى)",
    re.IGNORECASE,
)
_KIND_WORDS = 6  # content words: longer praise tells something, and is heard as a telling


class Reopening(Prompting):
    """What a message after our goodbye is: leaving, kind words, or something new."""

    def reopen(self) -> None:
        """A message after we closed: a new telling in the same conversation."""
        if self.only_leaving() or self.kind_words_after_close():
            return
        self.fresh_telling()
        self.opening()

    def only_leaving(self, thanks_too: bool = False) -> bool:
        """ "Bye", «مرسی» after we closed: a short goodbye, no "welcome back" nor opening.

        ``thanks_too``: thanks in any of its phrasings ("thanks again!", «شكرا مرة ثانية»).
        """
        text = self.turn.text
        again = _AGAIN.sub("", text)  # "thanks again!": the thanks of before, once more
        thanks = thanks_too and thanking.only_thanks(again, self.language)
        if self.turn.kind != "text" or not (
            answers.nothing_more(self.turn) or answers.only_thanks(text) or thanks
        ):
            return False
        said_last = self.state.used[-1].split("#")[0] if self.state.used else ""
        if said_last in _GOODBYES and (self.turn.sent_at is None or self.just_closed()):
            # «نه ممنون» right after our goodbye: a second goodbye would repeat the first
            # («… همین‌جا هستم» twice); the receipt says we read it.
            self.state.stage = "closed"
            return True
        # "thanks" after the rating thanked is answered as thanks ("you're welcome"), never
        # «حسناً» ("all right") as if they had said no; a "no thanks" gets the goodbye.
        thanked = (answers.only_thanks(text) or thanks) and not answers.is_no(self.turn)
        self.say("welcome_thanks" if thanked else "goodbye_nothing")
        self.state.stage = "closed"
        return True

    def kind_words_after_close(self) -> bool:
        """Thanks or praise right after we closed: taken kindly, passed on; True if answered."""
        if self.turn.kind != "text" or not (self.turn.sent_at is None or self.just_closed()):
            return False
        if self.only_leaving(thanks_too=True):
            return True
        read = telling.read(self.turn.messages, self.language)
        if not read.praise or read.event or read.impact or read.need or read.idea:
            return False
        if self.turn.understanding.sentiment == "negative" or self.in_latin_letters():
            return False
        if len(self.content(self.turn.messages)) > _KIND_WORDS:
            return False
        if not warm.nothing_wrong(self.turn, self.language):
            return False  # "great, another delay": irony; "why …?": a question
        self.say("praise_after_close")
        self.state.stage = "closed"
        return True

    def just_closed(self) -> bool:
        """Whether this turn came within minutes of their last one (a second thought)."""
        sent, last = self.turn.sent_at, self.state.last_seen
        return sent is not None and last is not None and sent - last < RETURN_AFTER_SECONDS
