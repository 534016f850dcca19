"""Persian praise typed with a slip: «حوشمزه», «خوب بوود», «سالاد خیلی خوبی بود».

A first message of praise too short to say back is thanked when our praise cues hold one of
its words («خیلی خوشمزه است»). A dot left off or put on («حوشمزه» for «خوشمزه»), a letter
that sounds the same («لذیز» for «لذیذ»), a letter typed twice («بوود») or the adjective's
«ی» («خیلی خوبی بود», "a very good one") hid the praise, and the customer was asked «دیگر چه
چیزی باید درباره‌اش بدانم؟» instead of being thanked. Each word is matched, one letter off,
against the words the praise cues are made of; only a word of four or more letters is
mended, so «عالی» never comes from «خالی» (empty) and short words are left as typed.
"""

from __future__ import annotations

from functools import cache

from dialogues import cues, telling

# Letters one slip apart: the same shape with other dots, or the same sound («ز ذ ض ظ»).
_NEAR = ("جچحخ", "حه", "دذ", "رزژ", "زذضظ", "سش", "سصث", "صض", "تط", "طظ", "عغ", "فق", "قغ")
LONG_ENOUGH = 4  # letters a word needs before one slip in it is read as a slip
# «خیلی خوبی بود»: «خوب» with the adjective's «ی», praise the cues hold only as «خوبی داشت».
_GOOD_ONE = ("خوبی بود", "خوبی بودن", "خوبی بودند", "خوبیه", "خوبی است", "خوبی هست")


def _near(letter: str) -> set[str]:
    """Letters a slip of the finger or the ear puts for this one."""
    return {other for group in _NEAR if letter in group for other in group if other != letter}


@cache
def _praise_words() -> frozenset[str]:
    """The words Persian praise cues are made of («خوشمزه», «بود» of «خوب بود»)."""
    found = set()
    for entry in cues.PRAISE["fa"]:
        found.update(telling.tokens(entry.replace("*", "")))
    return frozenset(found)


def _mended(word: str) -> str:
    """The praise word this one is a slip of, or the word as typed."""
    known = _praise_words()
    if word in known or len(word) < LONG_ENOUGH:
        return word
    for i, letter in enumerate(word):
        if i and letter == word[i - 1] and word[:i] + word[i + 1 :] in known:
            return word[:i] + word[i + 1 :]  # «بوود»: a letter typed twice
        for other in _near(letter):
            candidate = word[:i] + other + word[i + 1 :]
            if candidate in known:
                return candidate
    return word


def praise_with_slip(text: str) -> bool:
    """Persian praise the cues miss only for a slip in a word, or «خوبی بود»."""
    seq = telling.tokens(text)
    if telling.find(seq, _GOOD_ONE, "fa"):
        return True
    mended = [_mended(word) for word in seq]
    return mended != seq and bool(telling.find(mended, cues.PRAISE["fa"], "fa"))
