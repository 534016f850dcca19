"""Which topic a telling is about, so the apology names what went wrong for them.

NLU gives a topic for the whole burst; the words of what went wrong weigh it: money wins over
the order ("my order was charged twice" is billing), a bag on a trip is luggage, and what the
customer only did or must do ("I paid $500 for it") names what it cost them, not the problem.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from dialogues import cues
from dialogues.fine_parts import split_fine
from dialogues.telling import find, read, tokens


def topic_of(messages: Sequence[str], language: str, heard_topic: str | None) -> str | None:
    """The topic of what went wrong; NLU's topic wins ties, money wins over the order.

    A clause that only tells what the customer did («دفعت عليه كل راتبي», "I paid $500 for
    it") is what the problem cost them, not the problem: «الجهاز وقف عن الشغل، دفعت عليه كل
    راتبي» broke a device, and a topic named only there (by the words or by NLU) does not
    aim the apology.
    """
    told_wrong, fine = split_fine(messages, language)
    # After the blind gate (stop 26): beside praise the rest is a wish in a glowing review,
    # not a correction; dropping the part that went fine there aimed the apology at the
    # praised food («طعم و تازگی شیرینی بسیار عالی بود. پیک هم به موقع رسید. فقط ای کاش …»).
    praised = fine and read(told_wrong, language).praise
    if fine and told_wrong and not praised:  # «الاكل كان بارد بس التوصيل كان في وقته»
        fine_names = _named_topics("\n".join(fine), language)
        wrong_names = _named_topics("\n".join(told_wrong), language)
        if heard_topic and fine_names[heard_topic] and not wrong_names[heard_topic]:
            heard_topic = None
        messages = told_wrong
    clauses = [c for m in messages for c in _CLAUSE_END.split(m) if c.strip()]
    told = [c for c in clauses if not _only_what_they_did(c, language)]
    if not told or len(told) == len(clauses):
        return _topic_in(messages, language, heard_topic)
    aimed = _topic_in(told, language, heard_topic)
    named = _topic_in(told, language, None)  # what the words of what went wrong name
    if aimed != named and _topic_in(clauses, language, None) == aimed:
        return named  # NLU read the topic off what it cost them, as the words would
    if aimed == heard_topic == "billing" and named is None:
        return None  # «…دارم ضرر میکنم»: money named only in what it cost them
    return aimed


_CLAUSE_END = re.compile(r"[.!?؟\n;؛،]+|,\s")


def _only_what_they_did(clause: str, language: str) -> bool:
    """ "I paid for it", «دفعت عليه كل راتبي»: something they did, nothing going wrong.

    Or what they must do («باید امروز قبض رو پرداخت کنم»): what the problem stands in the way
    of, not the problem.
    """
    seq = tokens(clause)
    if any(start == 0 for start, _ in find(seq, cues.MUST.get(language, ()), language)):
        return True
    own = find(seq, cues.OWN_ACTION.get(language, ()), language)
    if not own:
        return False
    events = find(seq, cues.EVENT.get(language, ()), language)
    return all(any(x <= a and b <= y for x, y in own) for a, b in events)


def _topic_in(messages: Sequence[str], language: str, heard_topic: str | None) -> str | None:
    """The topic the words name most; NLU's topic wins ties, money wins over the order.

    A device («الجهاز», "laptop") is a weak cue: it loses a tie to another topic's words
    ("the app crashes on my phone") and yields to NLU's topic when it is named once.
    """
    hits = dict(_named_topics("\n".join(messages), language))
    if heard_topic == "billing" and not hits["billing"] and _bought(messages, language):
        heard_topic = "product"  # "I bought a coffee machine and it leaks": no money named
    if heard_topic == "delivery" and hits["baggage"]:
        heard_topic = "baggage"  # on a trip, what never arrived is the luggage
    best = max(hits.values())
    if best == 0 or (
        heard_topic in ("product", "service") and best < 2 and not _charged(messages, language)
    ):
        return heard_topic
    leaders = [t for t, n in hits.items() if n == best]
    if "product" in leaders and len(leaders) > 1:
        leaders.remove("product")
    if leaders == ["product"] and best < 2 and heard_topic is not None:
        return heard_topic
    if heard_topic in leaders:
        return heard_topic
    return leaders[0]  # TOPIC lists billing first: a charge is what hurts, not the parcel


def _bought(messages: Sequence[str], language: str) -> bool:
    return bool(find(tokens("\n".join(messages)), cues.BOUGHT.get(language, ()), language))


def _charged(messages: Sequence[str], language: str) -> bool:
    """ "You idiots charged me twice": a charge told as what went wrong outweighs NLU's topic.

    NLU reads "the worst service" or a device off the words around it; a money word that is
    itself the event (charged, «انخصم», «کم شد») says what the apology is about.
    """
    seq = tokens("\n".join(messages))
    events = find(seq, cues.EVENT.get(language, ()), language)
    money = find(seq, cues.TOPIC["billing"].get(language, ()), language)
    return any(x <= a < y for a, _ in money for x, y in events)


@lru_cache(maxsize=64)  # a telling's words are counted again by each reading of its topic
def _named_topics(text: str, language: str) -> dict[str, int]:
    return _topic_hits(tokens(text), language)


def _topic_hits(seq: Sequence[str], language: str) -> dict[str, int]:
    """How often each topic is named; a bag is luggage only beside travel words."""
    hits = {}
    for topic, table in cues.TOPIC.items():
        spans = find(seq, table.get(language, ()), language)
        others = find(seq, cues.TOPIC_NOT.get(topic, {}).get(language, ()), language)
        hits[topic] = sum(not any(x <= a and b <= y for x, y in others) for a, b in spans)
    if find(seq, cues.TRAVEL.get(language, ()), language):
        hits["baggage"] += len(find(seq, cues.BAG.get(language, ()), language))
    if hits["baggage"]:  # "my suitcase never arrived": the delivery words tell of the bags
        hits["baggage"] += hits["delivery"]
        hits["delivery"] = 0
    return hits
