"""What the confirmed telling is, read again once the customer said "yes, that's it".

NLU's kind (complaint, praise, idea, question) is a first guess; the customer's own words,
now confirmed, settle it before we thank or apologise: a let-down inside praise is owned
(«مرغ عالی بود فقط برنجش تازه نبود»), a fix asked for a let-down is no idea (fa57), praise
NLU called a complaint is thanked (fa57), a wait the customer excused is forgiven (fa57), a
let-down said back inside praise is owned (ar r55), and praise with a small wish heard as a
question is thanked with the wish noted (convo57).
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogues.ar_letdown_back import letdown_in, verdict_told
from dialogues.fa_excused_wait import excused_wait
from dialogues.fa_fix_asked import fix_asked_after_letdown
from dialogues.fa_mixed import letdown_clause
from dialogues.fa_praise_only import praise_only
from dialogues.fa_wish_letdown import letdown_beside_wish
from dialogues.good_news_en import good_news_only
from dialogues.letdown_sour_en import sour_letdown
from dialogues.praise_compared_en import praise_compared
from dialogues.praise_wish import wish_after_praise


@dataclass(frozen=True)
class Confirmed:
    """The kind settled, and what settled it (each ``None`` when it did not apply)."""

    kind: str
    excused: str | None = None  # the words that made up for a forgiven wait
    wish: str | None = None  # the wish beside praise, in their words
    letdown: str | None = None  # the let-down said back inside praise (ar)


def confirmed_kind(
    kind: str, current: list[str], reflection: str | None, language: str, first: bool
) -> Confirmed:
    """The confirmed telling's kind; ``first``: no permission asked yet in this conversation."""
    if kind in ("praise", "idea") and letdown_clause(current, language, kind):
        kind = "complaint"  # the let-down is owned, the praise thanked too
    if kind in ("praise", "idea") and first and sour_letdown(current, language, kind):
        kind = "complaint"  # en61: "obnoxious …", "Flight 0736 … could not check in": owned
    if kind == "idea" and first and praise_compared(current, language):
        kind = "praise"  # en61: "so much better than minimal iconography" is praise
    if kind == "idea" and fix_asked_after_letdown(current, language):
        kind = "complaint"  # «خیلی طول میکشه …، لطفا پیگیری کنید»: asked to fix a let-down
    if kind in ("praise", "idea") and letdown_beside_wish(current, language, kind):
        kind = "complaint"  # fa60: «کاش … بریزید، همش ریخته بود», «قبلا خیلی بهتر بود»: owned
    if kind == "complaint" and first and praise_only(current, language):
        kind = "praise"  # «سریع و داغ رسید. متشکرم» (NLU: complaint): nothing went wrong
    if kind == "complaint" and first and good_news_only(current, language):
        kind = "praise"  # en62: "finally made it to a rep, who solved my problem"
    excused = excused_wait(current, language) if kind == "complaint" else None
    if excused and first:
        kind = "praise"  # «دیر اومد ولی … جبران شد»: the wait forgiven
    letdown = letdown_in(reflection, language) if kind == "praise" else None
    if letdown is None and kind == "praise" and first:
        letdown = verdict_told(current, language)  # ar63: «… وكانت اخر مرة»: not thanked alone
    if letdown is not None:
        kind = "complaint"  # «… لكن الافلام غير متوفرة» confirmed: owned
    wish = None
    if kind == "question" and first:
        # "great as always, just add more vegan options" (NLU: a question): the praise
        # thanked and the wish noted, never only "may I ask two short questions?"
        wish = wish_after_praise(current, language)
        kind = "idea" if wish else kind
    return Confirmed(kind, excused if first else None, wish, letdown)
