"""A clause's opening noun in ‑م is "my" + that noun: said back with ‑تان, never left as it stood.

«کفشم پاره رسید»، «هدفونم با قاب ترک‌خورده رسید»، «لپ‌تاپم هنوز تعمیر نشده»: hazm lists
«کفش»، «هدفون»، «لپ‌تاپ» as nouns but not among the nouns it saw take "my" (the ``possessed``
list), so the word analysis left them alone, and since no other word of the clause moved, the
half-shift guard never looked: the bot said «کفشم پاره رسید» in its own voice ("my shoe"), the
wrong person. Where such a word opens its clause (after a «و»، «ولی»، «اما» at most) it is the
subject, and a noun in ‑م there is "my": «کفشتان پاره رسید».

Further in, colloquial ‑م is as often «هم» ("too"): «پیازم نداشت» ("it had no onion either"),
«نون داغم فرستادید», «خرابم بود»; those stay as they were (the guard still quotes them beside a
shifted word). A word the lexicon holds whole (سالم، مهم، تمام، پیام، کرم، سلام), an ordinal,
an adjective, a verb stem or a word the person shift is unsure of is never taken for "my".
"""

from __future__ import annotations

from dialogues.reflection import fa_guard, fa_seams
from dialogues.reflection.fa_lexicon import _lines, _norm, _stems
from dialogues.text import ZWNJ

# Words that may open a clause before its subject: «ولی کفشم پاره بود».
_OPENERS = frozenset("و ولی اما ولى که".split())
# Bases hazm lists as nouns that are said of how a thing came (‑م = «هم»): «دیرم رسید».
_HOW = frozenset("دیر خراب گرون گران نزدیک دور سرد گرم داغ سریع تازه بد خوب کم زیاد".split())
# Greetings and the adverbs hazm lists as nouns: their ‑م is «هم» («اولم سرد بود»: "at first
# too"), or a slip («سلامم»), never "my greeting".
_NEVER_MINE = frozenset(
    """سلام درود مرسی ممنون خداحافظ اول بعد قبل الان حالا همیشه هنوز فقط حتی واقعا دیگه
    باز امروز دیروز دیشب فردا اینجا اونجا همین همون یکی کلا اصلا آخر اخر بار دفعه""".split()
)
_STRIP = "«»()،,.!؟?:؛…\"'"
# «پیازم نداشت»، «تهدیگم داشت»: before «داشتن» the noun is what it had, its ‑م «هم» ("had
# tahdig too"); "my onion had …" is no reading.
_HAVE = frozenset("داشت نداشت داشتن نداشتن داره نداره دارد ندارد داشته نداشته".split())


def opens(tokens: list[str], position: int) -> bool:
    """Whether the word at ``position`` opens its clause (a conjunction before it at most),
    or a clause of its own after «که» («اونقدر تند بود که دهانم سوخت»: "my mouth")."""
    before = [_norm(t.strip(_STRIP)) for t in tokens[:position] if t.strip()]
    return all(word in _OPENERS for word in before) or before[-1:] == ["که"]


def my_object(word: str) -> str | None:
    """«روزمو» ("my day" + «را»), wherever it stands: «روزتان را», or ``None``.

    ‑مو is never «هم»; hazm lists «روز» as a verb stem too, so the word analysis, which takes
    no verb stem for a noun, left «برنامه ریزی روزمو به‌هم ریخت» in the customer's voice.
    """
    key = _norm(word.strip(_STRIP))
    if not key.endswith("مو") or key in _lines("words") or key in _lines("nouns"):
        return None
    base = key[:-2]
    if fa_seams.too_short(base) or base in _lines("adjectives") or base not in _lines("nouns"):
        return None
    stem = word[:-2].rstrip(ZWNJ)
    return _your(stem) + " را"


def _your(stem: str) -> str:
    """‑تان on a noun as formal writing spells it: کفشتان، جعبه‌تان، غذایتان."""
    if _norm(stem[-1:]) in ("ه", "ی"):
        return stem + ZWNJ + "تان"
    if _norm(stem[-1:]) in ("ا", "و"):
        return stem + "یتان"
    return stem + "تان"


def my_noun(word: str, following: str, never: frozenset[str], unsure: frozenset[str]) -> str | None:
    """``word`` («کفشم»، «جعبه‌ام») said as "your …" («کفشتان»، «جعبه‌تان»), or ``None``."""
    key = _norm(word.strip(_STRIP))
    if key in never or key in unsure or key in fa_guard.ORDINALS:
        return None
    if key.endswith("هم") or _norm(following.strip(_STRIP)) in _HAVE:
        return None  # «بازهم» is «باز هم», never «بازه» + "my"; «پیازم نداشت»: «پیاز هم»
    if not following.strip(_STRIP) or _norm(following.strip(_STRIP)) == "و" or word[-1:] in "،,":
        return None  # «معلمم و وقت ندارم»: alone or before «و», ‑م is as often "I am"
    if key in _lines("words") or key in _lines("nouns") or key in _lines("adjectives"):
        return None  # «سالم»، «پیام»: a word of its own
    after_vowel = key.endswith("ام") and key[-3:-2] in ("ه", "ی")
    base = key[:-2] if after_vowel else key[:-1]
    if not key.endswith("م") or fa_seams.too_short(base) or base in _HOW | _NEVER_MINE:
        return None
    if base in _stems()[1] or base in _lines("adjectives") or base in fa_guard.HOW_IT_CAME:
        return None  # «کنم» is a verb; «خوبم» is «خوب هم»
    if base not in _lines("nouns") and base not in _lines("possessed"):
        return None
    return _your(word[: -2 if after_vowel else -1].rstrip(ZWNJ))
