"""A customer's sentence joined on after our ", and": its opening capital lowered when common.

The tune pool's English reflections kept the capital a customer's sentence began with when the
bot joined that sentence to the one before: "your flight was delayed, and Meantime nobody told
you", "…, and Unreal how we treat people" (round en66 counted 69). Mid-reflection the capital
marks only where the customer's sentence began, so in our voice it reads as a slip.
``en_capitals.lower_first`` already lowers the commonest words; this lowers the rest of the
common English words (``en_known``, and short words seen lower-case in messages) but only in a
piece the bot itself joins after ", and" or a list comma, and never:

- "I", a word the customer also capitalised mid-sentence (a name to them), an acronym;
- a day, a month, or a word that is also a brand or place ("United", "Delta", "Denver"…);
- a word followed by another capitalised word ("Frontier Airlines"), except a determiner
  ("Another Delta flight" → "another Delta flight");
- a quote (“Unreal service”), which stays as the customer wrote it.
"""

from __future__ import annotations

import re

from dialogues.reflection.en_clause import COMMON
from dialogues.reflection.en_seams import KNOWN
from dialogues.reflection.stopwords import STOPWORDS

# Days, months and words that are also the brands, airlines and places customers write to us
# about: said with a capital by a careful writer anywhere in a sentence.
PROPER = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december christmas easter thanksgiving
    united delta frontier spirit southwest american alaska allegiant hawaiian jetblue virgin
    british emirates amazon apple google microsoft sony xbox playstation nintendo windows
    android netflix spotify verizon sprint comcast xfinity target walmart chase wells
    denver boston chicago dallas houston atlanta phoenix newark orlando vegas austin miami
    seattle portland charlotte philadelphia detroit nashville tampa london paris
    america americans english spanish french christian jesus lord mother father mom
    mama papa chairman mint boise reno omaha tulsa buffalo raleigh richmond albany hartford memphis
    louisville tucson sacramento diego francisco jose angeles york jersey orleans salt lake
    honolulu anchorage cleveland cincinnati columbus pittsburgh baltimore indianapolis kansas
    milwaukee minneapolis logan jfk laguardia heathrow toronto vancouver montreal mexico
    canada cancun florida texas california hawaii
    lysol clorox tylenol advil kleenex uber lyft airbnb expedia visa mastercard paypal venmo
    fedex costco kroger starbucks ikea tesla samsung dell nike adidas """.split()
)  # brands after its gate's re-reading (stop 36): "and lysol spray 24oz is $4" read as a slip
# Given names customers praise or blame staff by ("Daniel in flight 1557 was great"): common
# English words too often ("Jack", "Bill", "Grant") to be told apart by the word alone.
_GIVEN = frozenset(
    """james john robert michael william david richard joseph thomas charles chris christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
    edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
    justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis
    jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy
    harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse
    dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph
    randy eugene vincent russell elijah louis bobby philip johnny oscar max leo sam tom tim
    mike dave steve bob rob jim bill ben dan matt nick tony ted ray grant rich
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
    judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
    janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly
    danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
    alison allison bobbi kate katie jen jenny kim sue beth liz ali jill robin crystal dawn
    april june summer hope faith joy """.split()
)
# What follows a person named at a sentence's start ("Peggy was pleasant", "Monika at MWA"):
# its gate (stop 36) lost 6 of 57 where en_known, built from word frequencies, held the name.
_NAMED_BY = frozenset("was is has had at from in helped rocked and".split())
# "Another Delta flight": a determiner before a name is still ours to lower
_DETERMINERS = frozenset("another every each any some no this that these those".split())
_QUOTES = "“”\"'‘’"
_NUMBERED = re.compile(r"^\w+ \d+:")
# Short words en_known leaves out (it keeps words of four letters or more): "and Men not asked"
_SHORT = frozenset("men pax".split())


def lowered(piece: str, named: frozenset[str] = frozenset()) -> str:
    """ "Meantime nobody told you" → "meantime nobody told you" when joined after ", and"."""
    if not piece or piece[0] in _QUOTES or not piece[0].isupper():
        return piece
    first, *rest = piece.split(" ", 2)
    word = first.rstrip(",;:.!?")
    stem = re.sub(r"['’](?:s|ll|re|ve|d)$", "", word)  # "Let's", "Today's": the word before
    plain = stem.lower()
    if not stem.isalpha() or not stem[1:].islower() or len(stem) < 3:
        return piece  # "I", "DM", "Tv's", "iPhone", "McDonald's": as written
    if plain in PROPER or plain in _GIVEN or plain in named - STOPWORDS["en"]:
        return piece
    after = rest[0].strip(",;:.!?").lower() if rest else ""
    if after in _NAMED_BY or (after.endswith("ed") and len(after) > 4):
        return piece  # "Peggy was pleasant", "Michele rocked …", "Monika at MWA": a person's name
    if plain == "let":  # "and let's not repeat …" lowered reads as our own suggestion (its
        return piece  # re-reading, stop 36: minor → wrong); the customer's capital keeps it theirs
    if _NUMBERED.match(piece):
        return piece  # "Step 3: charge them": a heading numbered like the ones before it
    followed = first == word and rest and rest[0].istitle()  # "Meantime, ANA …" is a lead
    if followed and plain not in _DETERMINERS:
        return piece  # "Frontier Airlines", "Gate Agent …": a name's first word
    if plain in KNOWN or plain in COMMON or plain in STOPWORDS["en"] or plain in _SHORT:
        return piece[:1].lower() + piece[1:]
    return piece
