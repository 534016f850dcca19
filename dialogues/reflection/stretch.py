"""Letters held for emphasis ("soooo", «خیلییییی», «رااااائع»): said once, or twice where the
word's own letter is doubled («ممتاز», "good"); Arabic runs glued to the next word parted.

Split out of ``noise`` (its ``clean`` calls :func:`destretch`); the rules are unchanged.
"""

from __future__ import annotations

import re

from dialogues.reflection import ar_spell
from dialogues.text import fold

# A letter three or more times in a row is emphasis ("soooo", «خیلییییی», «رااااائع»).
_STRETCH = re.compile(r"([^\W\d_])\1{2,}")
_DOUBLE_OK = frozenset(
    """good soon too need feel see all will still off cool sorry really free tell call full well
    week been keep look looking book booked food door sleep seem seems agree three wee all
    staff stuff pass miss missed baggage luggage apple happy sweet error errors account accounts
    access address support connect connection different difficult offer offered""".split()
)

# Arabic words whose doubled letter is their own («ممتاز»، «تسمم»), stretched by customers:
# a run collapses to two letters there, never to the broken «متاز»، «تسم».
_AR_DOUBLE_OK = frozenset(
    fold(word)
    for word in """ممتاز ممتازة ممتازه ممتازين ممتع ممتعة ممتعه ممل مملة ممله ممكن مميز مميزة
    مميزه تسمم مسمم مسممة تسممت تسممنا يجنن تجنن جنن احببت احببته احببتها حبب الله""".split()
)


# Arabic spelling never doubles alif («جداا، عاادي»); other doubles can be real (يجنن).
_AR_DOUBLES = re.compile(r"(?<![لا])(ا)ا+")  # «جداا» → «جدا»; «ولااروع» is «ولا اروع»
# «مااجمل», «ماادري»: «ما» run into the word after it, parted again (never «ماجمل»).
_AR_MA_RUN_ON = re.compile(r"(?<![^\W\d_])(و?[مي]ا)ا+(?=[^\W\d_]{3,})")
# The definite article right before a run of lams: «والللبنة» keeps two («اللبنة»).
_AR_ARTICLE = re.compile(r"(?<![^\W\d_])(?:[وبفك]|وب)?ا$")
_LONE_RUN = re.compile(r"(?<!\S)([^\W\d_])\1{2,}(?!\S)")
_GLUED_RUN = re.compile(r"(?<=\w)([^\W\d_])\1{3,}(?!\1)(?=[^\W\d_]{3,})")


def _ar_run_end(match: re.Match[str], text: str) -> str:
    """«وعععععتكرم» ends a word at the run; «غاااالين» stretches a long vowel inside one."""
    prefix = re.search(r"[^\W\d_]*$", text[: match.start()])
    word = prefix.group(0) if prefix is not None else ""
    joined = word + match.group(1)  # «فلووووسنا»، «مقااااطعة»: the word's own long vowel held
    if match.group(1) in "اوي" and joined not in ("يا", "جدا") and not ar_spell.known(joined):
        return match.group(1)  # a cut only after a word («حلووووالاكل»، «يااااحبيبي»)
    if set(word) == {match.group(1)}:  # «سسسسسيئين»: the word's own first letter, stretched
        return ""
    return match.group(1) + " "


def _ar_doubled(match: re.Match[str]) -> str:
    """«تسممم» is «تسمم», «مممتاز» is «ممتاز»: a word whose own letter is doubled, stretched."""
    word = match.group(0)
    for run in _STRETCH.finditer(word):  # each run in turn kept as two letters, others one
        two = word[: run.start()] + run.group(1) * 2 + "\0" + word[run.end() :]
        candidate = _STRETCH.sub(lambda m: m.group(1), two).replace("\0", "")
        key = fold(candidate)
        if any(key.startswith(lead) and key[len(lead) :] in _AR_DOUBLE_OK for lead in _AR_LEADS):
            return candidate
    return word


def _lam_article_lam(text: str, match: re.Match[str]) -> bool:
    """Three «ل» opening a word with no other held key: «لـ» + «الـ» + a word of «ل»."""
    if match.group(0) != "للل":
        return False
    before = re.search(r"\S*$", text[: match.start()])
    rest = re.match(r"\S*", text[match.end() :])
    opens = before is not None and before.group(0) in ("", "و", "ف")
    return opens and rest is not None and not _STRETCH.search(rest.group(0))


_AR_STRETCHED_WORD = re.compile(r"[^\W\d_]*([^\W\d_])\1{2,}[^\W\d_]*")
_AR_LEADS = ("", "و", "ال", "وال", "بال", "فال")


def destretch(text: str, language: str) -> str:
    """The text with each held letter said once (twice where the word doubles it)."""

    def fix(match: re.Match[str]) -> str:
        letter = match.group(1)
        if language == "en":
            start, end = match.span()
            left = re.search(r"[A-Za-z']*$", text[:start])
            right = re.match(r"[A-Za-z']*", text[end:])
            word = (left.group(0) if left else "") + letter * 2 + (right.group(0) if right else "")
            if fold(word) in _DOUBLE_OK:
                return letter * 2
        if language == "ar" and letter == "ل" and _AR_ARTICLE.search(text[: match.start()]):
            return "لل"  # «والللبنة»: the article's lam and the word's own («اللبنة»)
        if language == "ar" and _lam_article_lam(text, match):
            return "لل"  # «لللغة»: «لـ» + «الـ» + «لغة» is «للغة», never «لغة» (r23)
        return letter

    # The four passes below match only a letter held three times (``_STRETCH``): most texts
    # hold none and skip them, one scan instead of four (the per-word ones backtrack).
    if _STRETCH.search(text):
        # A run of one letter standing alone ("اااااا") was never a word: drop it whole.
        text = _LONE_RUN.sub("", text)
        if language == "ar":
            text = _AR_STRETCHED_WORD.sub(_ar_doubled, text)
            # «وعععععتكرم»: a long run glued to the next word ends a word there.
            text = _GLUED_RUN.sub(lambda m: _ar_run_end(m, text), text)
        text = _STRETCH.sub(fix, text)
    if language != "ar" or "اا" not in text:  # both Arabic passes need «اا»
        return text
    text = _AR_MA_RUN_ON.sub(lambda m: m.group(1) + " ا", text)
    return _AR_DOUBLES.sub(lambda m: m.group(1), text)
