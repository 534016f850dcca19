"""A thanks quotes a whole clause of the customer's words, never words cut mid-phrase.

"Thank you for telling us "…customer service rep N…"", «ممنونم که گفتید «… با اینکه هوا…»»:
a quote cut at the word limit stops wherever the count ran out, and blind readers (stop 34)
marked every one as broken: the customer sees their sentence chopped, not heard. A long
sentence is usually two clauses: «غذا خیلی خوشمزه بود، ولی پیک دیر رسید», "the food was
great and the driver was friendly". The first whole clause that fits is the quote; where no
clause ends inside the limit, there is no quote to give, and the thanks names what it
thanks for without one (the ``_heard`` lines).

A clause ends at «،» "," «.» «؛» "!", where «ولی/اما/فقط/لكن/but» opens the next one, after a
Persian verb («بود», «رسید»), or where «و»/"and" joins two in Arabic and English (the clause
before it must then be a few words long: "the pizza and the pasta" is no two clauses).
A clause never ends on a word that asks for the next one («و/که/از/با», "and/the/of"): such
an end is the same broken quote, shorter.
"""

from __future__ import annotations

import re

from dialogues.quotes import MAX_QUOTE_WORDS, short_quote

CUT = "…"
# The fewest words a clause quoted alone may have («غذا عالی بود», "the staff were lovely").
_MIN_WORDS = 3
# Before «و»/"and" the clause must say more: "the pizza and …" is a list, not a clause.
_MIN_WORDS_BEFORE_AND = 4
_CLOSING_MARK = re.compile(r"[،,.!؟?;؛:…]+$")
_CONTRAST = {
    "fa": set("ولی اما امّا ولیکن منتها ولى اگرچه هرچند با_اینکه با_این فقط البته".split()),
    "ar": set("لكن ولكن لاكن ولاكن بس لكنه ولكنه رغم برغم بالرغم".split()),
    "en": set("but however although though yet except even_though".split()),
}
# Persian «و» joins nouns as often as clauses («طعم و حجم غذا»): there a clause ends on its
# verb (below), never just before «و».
_AND = {"fa": set(), "ar": {"و"}, "en": {"and"}}
# Arabic writes «و» onto the word: «والتوصيل سريع» opens a clause as «و التوصيل» would.
_AR_AND_THE = re.compile(r"^وال[\u0621-\u064a]{2,}$")
# Persian puts the verb last: after «بود», «است», «رسید» a clause has ended, mark or none
# («ارسال خیلی عالی بود زیر ۲۰ دقیقه رسید»).
_FA_VERB_END = set(
    "بود بودن بودند بودش است هست هستن هستند شد شدم شدیم نبود رسید رسیدن داشت داشتن عالیه".split()
)
# Words that ask for the next one: a clause never ends on them.
_DANGLING = {
    "fa": set(
        "و که از با به در برای تا را یا هم این اون آن های ها خیلی بسیار واقعا واقعاً اگه اگر "
        "چون همه یه یک بی بدون مثل روی توی تو بر پس ولی اما هر چه کمی فقط البته".split()
    ),
    "ar": set(
        "و في من على الى إلى عن مع ان أن إن اللي التي الذي او أو جدا جداً كل هذا هذه بس لكن "
        "ولكن لا ما كان كانت يا عند حتى لان لأن بعد قبل اكثر أكثر مش لابد ليه".split()
    ),
    "en": set(
        "and the of a an to for with in on at but or that my your our their his her is was "
        "were are very so really from by as if because this these which who be been not no "
        "than too also it's its i we they even just more most nothing".split()
    ),
}


def _bare(word: str) -> str:
    return _CLOSING_MARK.sub("", word).lower()


def _ends_well(words: list[str], language: str) -> bool:
    # "but then again": the link opening it is no word of the clause (closing.unlinked drops it)
    opens = int(_bare(words[0]) in _CONTRAST[language] | _AND[language])
    return len(words) - opens >= _MIN_WORDS and _bare(words[-1]) not in _DANGLING[language]


def first_clause(text: str, language: str, max_words: int = MAX_QUOTE_WORDS) -> str | None:
    """The longest run of whole clauses from the start that fits ``max_words``, or None."""
    words = text.split()
    best: str | None = None
    for end in range(_MIN_WORDS, min(len(words) - 1, max_words) + 1):
        head, after = words[:end], _bare(words[end])
        if end + 1 < len(words):  # «با اینکه», "even though": two words open the clause
            pair = f"{after}_{_bare(words[end + 1])}"
            after = pair if pair in _CONTRAST[language] else after
        if _CLOSING_MARK.search(head[-1]) and head[-1] not in ("…",):
            boundary = not head[-1].endswith(("…", ".."))  # «همه چی…» trails off; no end
        elif after in _CONTRAST[language]:
            boundary = True
        elif after in _AND[language] or (language == "ar" and _AR_AND_THE.match(after)):
            # «المكان والاكل والمعاملة»: a word joined by «و» before it makes it a list
            boundary = end >= _MIN_WORDS_BEFORE_AND and not head[-1].startswith("و")
        elif language == "fa" and _bare(head[-1]) in _FA_VERB_END:
            boundary = True
        else:
            boundary = False
        if boundary and _ends_well(head, language):
            best = _CLOSING_MARK.sub("", " ".join(head)).strip()
    return best or None


def whole_of_cut(quote: str, language: str) -> str:
    """A quote ``short_quote`` cut ("…") as its first whole clauses; still cut when none fits."""
    if not quote.endswith(CUT):
        return quote
    return first_clause(quote.removesuffix(CUT) + " …", language) or quote


def thanks_quote(key: str, quote: str, language: str) -> tuple[str, str]:
    """The thanks' key and quote: a whole clause, or the ``_heard`` line with none."""
    if key not in ("thanks_praise", "thanks_idea") or _turn_after(quote, language):
        return key, quote
    quote = whole_of_cut(quote, language)
    return (f"{key}_heard" if quote.endswith(CUT) else key), quote


def _turn_after(quote: str, language: str) -> bool:
    """«خیلی خوب بود فقط … کاهو و…»: Persian readers (stop 34's gate, 18 of 96 lost) took the
    cut quote that reaches the «فقط/ولی» part (the wish, the let-down) over a whole clause of
    praise alone, or none: where the turn is inside the cut quote, it stays as it was."""
    if language != "fa" or not quote.endswith(CUT):
        return False
    return bool({_bare(w) for w in quote.split()[1:]} & _CONTRAST["fa"])


def whole_quote(text: str, language: str, max_words: int = MAX_QUOTE_WORDS) -> str:
    """The quote of ``text``: whole, its first whole clauses, or cut ("…") when none fits.

    A quote still ending in "…" has no whole clause to give: the caller thanks without it.
    """
    quote = short_quote(text, max_words)
    if not quote.endswith(CUT):
        return quote
    clause = first_clause(text.strip().lstrip(".،,;؛").lstrip(), language, max_words)
    return clause or quote
