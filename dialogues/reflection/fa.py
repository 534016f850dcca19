"""Persian person shift by word analysis, or ``None`` when a clause cannot be shifted cleanly.

Person lives in verb endings and suffixes, and ‑م is ambiguous (سفارشم "my order",
رفتم "I went", مردم "people"). Each word ending in a first-person form is analysed
against hazm's verb stems and noun list (extracted to ``lexicon/``): a verb whose stem is
known becomes formal second person (رفتم → رفتید، میخوام → می‌خواهید), a known noun
takes ‑تان (سفارشم → سفارشتان), a word hazm knows whole is left alone. A word that looks
first-person but has no analysis, or a second-person form (the customer speaking to the
company), makes the whole clause a quote: a missed shift reads worse than a quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from dialogues.reflection import fa_guard, fa_mine, fa_seams, fa_thanks_object, fa_words
from dialogues.reflection.fa_lexicon import _lines, _norm, _stems
from dialogues.reflection.fa_text import GLUED_NUMBER, SPOKEN_STATES, WISH, join_split_prefix
from dialogues.reflection.fa_whole_words import NEVER as _NEVER
from dialogues.reflection.fa_whole_words import STATES as _STATES
from dialogues.reflection.fa_whole_words import UNSURE as _UNSURE
from dialogues.reflection.fa_whole_words import WHOLE as _WHOLE
from dialogues.reflection.fa_words import IMPERATIVE, VERB_OBJECT, is_known
from dialogues.text import ZWNJ

# The customer speaking *to* the company: "you" here is not the customer.
_SECOND = frozenset(
    "شما شماها تو شمارو بهتون براتون ازتون باهاتون خودتون خودتان بهتان برایتان".split()
)


# Hortative first plural («سعی کنیم وظیفه‌شناس باشیم») is aimed at the company: quoted.
_HORTATIVE = frozenset("کنیم باشیم بشیم بدیم بکنیم بزنیم بذاریم بگذاریم".split())
# «منو» after these is the menu, not "me": «داخل منو»، «توی منو».
_MODAL = re.compile(r"(?<!\S)(?:باید|مجبور\S*|تا|اگه|اگر|که|\S*تونیم|\S*خوایم|\S*خواهیم)(?!\S)")
_STATE_AM = re.compile(r"(?<!\S)(" + "|".join(sorted(_STATES)) + r")\s+ام(?!\S)")
# «… هستید/نیستین»: the customer's "you are", said to the company (never the customer).
_YOU_ARE = re.compile(r"(?<!\S)(?:هستید|هستین|نیستید|نیستین)(?=[\s.,،!؟?]|$)")
# «مگه داریم اینطوری؟» is "is there such a thing?", no "we" to shift: in their words.
_IS_THERE = re.compile(r"(?<!\S)(?:مگه|مگ|مگر) (?:داریم|نداریم)(?!\S)")
_MENU_BEFORE = frozenset("داخل توی تو در روی رو از با به برای طبق مطابق این کل تمام همه".split())

# Present stems of the light verbs that make compound verbs («استفاده کنم»، «صبر کنم»).
_LIGHT_VERBS = frozenset("کن شو ده زن گیر خور".split())


_THANKS = re.compile(
    r"^(?:خیلی |با ?)?(?:ممنون|ممنونم|مرسی|سپاس|تشکر|متشکرم)\s+از\s+((?:[^،,\s]+\s?){1,8})$"
)
# Not «تشکر»: a verb too.
_THANKS_WORDS = frozenset("ممنون مرسی متشکر متشکرم سپاس سپاسگزارم سپاسگذارم".split())
_THANKS_AFTER = re.compile(r"^از\s+([^،,]{2,40}?)\s+(?:ممنون|ممنونم|متشکرم|سپاسگزارم)$")
_THANKS_BUT = re.compile(
    r"^(?:ممنون|ممنونم|مرسی|سپاس|متشکرم)\s+از\s+([^،,]{2,40}?)[،,]?\s+(اما|ولی|ولى)\s+(.+)$"
)


def shift(clause: str) -> str | None:
    """The clause from the listener's side in formal Persian, or ``None`` when unsure."""
    clause = fa_guard.idioms(clause)
    turn = _THANKS_BUT.match(clause.strip())
    if turn:  # «ممنون از کیفیت اما غذا ولرم بود» → «از کیفیت ممنونید، اما غذا ولرم بود»
        first, rest = shift(turn.group(1)), shift(turn.group(3))
        if first is None or rest is None:
            return None
        return f"از {first} ممنونید، {turn.group(2)} {rest}"
    if _theirs(clause) or fa_guard.slipped(clause) or clause.rstrip().endswith(" …"):
        return None  # a glued number, Latin letters, a typo, «ولی حالا …»: in their words
    if re.match(r"^(?:من|ما|بنده)\s+که\s", clause.strip()):
        return None  # «من که دوست داشتم»: said back «شما که …» it reads as a retort: quoted
    if WISH.match(clause.strip()) or fa_seams.unsure_menu(clause.split(), _MENU_BEFORE):
        return None  # «انشاالله موفق باشید»: their wish; «ولى منو ماه رمضان، …»: menu or me?
    if re.match(r"^(?:(?:ممنونم?|مرسی|دستتون درد نکنه)\s+(?:که\s|می)|تشکر برای)", clause.strip()):
        return None  # «ممنون که غذا کاملا سرد ارائه شد»: often ironic, in their words
    thanks = _THANKS.match(clause.strip()) or _THANKS_AFTER.match(clause.strip())
    if thanks and fa_thanks_object.runs_on(thanks.group(1)):  # «… غذا عالی بود»
        thanks = None  # «ممنون از اسنپ فود واقعا لذت بردم»: a clause of its own follows
    if thanks:
        rest = shift(thanks.group(1))
        return None if rest is None else f"از {rest} ممنونید"
    if _THANKS_WORDS & {_norm(t.strip("«»()،,.!؟?")) for t in clause.split()}:
        return None  # «ممنون از مدیریت … و تشکر از پیک»: their thanks, never the bot's own
    # "می خورم" written apart is one verb: join it so it is analysed whole.
    clause = re.sub(r"(?<![^\s«(])(ن?می) (?=[\u0600-\u06ff])", "\\1" + ZWNJ, clause)
    clause = _STATE_AM.sub(lambda m: m.group(1) + " هستید", clause)  # «راضی ام»
    tokens = re.split(r"(\s+)", fa_guard.comma_apart(clause))  # «داشتم،آخر»: two words
    until = fa_guard.hortative_until(clause, _MODAL)  # «بخوانیم و اگر بتوانیم …» (r25)
    out: list[str] = []
    before = ""
    for position, token in enumerate(tokens):
        if not token.strip():
            out.append(token)
            continue
        if _norm(token) == "منو" and (before in _MENU_BEFORE or fa_seams.listed(tokens, position)):
            out.append(token)
            before = token
            continue
        before = _norm(token.strip("«»()،,.!؟?"))
        if not is_known(token):
            return None  # a typo or two words run together: the customer's, in a quote
        hortative = len("".join(tokens[:position])) < until
        if hortative and (before in _HORTATIVE or fa_guard.bare_subjunctive_we(before)):
            return None  # "let us …": said to the company, quoted
        following = tokens[position + 2] if position + 2 < len(tokens) else ""
        noun = _norm(following) in _COPULAS or _after_this(tokens, position)  # «از خریدم»
        shifted = _before_copula(token) if noun else None
        shifted = _mine_or(tokens, position, following, shifted or _shift_token(token))
        if shifted != token and fa_guard.too_before_light_verb(token, following):
            return None  # «تماسم گرفته بودم» (= «تماس هم»): never «تماستان گرفته بودید»
        if shifted is None or _verb_and_too(token):
            return None  # «نوشته بودمم» (= «بودم هم»): a first person with «هم» glued on
        out.append(shifted)
    if out != tokens and (fa_guard.unsure(tokens, out, _NEVER) or fa_guard.reported(tokens, out)):
        return None  # «اولین بارم بود سفارش می‌دادید»; «میگن … نداریم»: the shop's "we"
    if fa_guard.addressed(clause):
        return None  # «چیستای عزیزم»: a call to someone, never «عزیزتان»
    return join_split_prefix("".join(out))


# «آخرین خریدم بود»: before a copula, a noun that is also a past stem is "my purchase".
_COPULAS = frozenset("بود بوده است هست نبود نبوده نیست".split())
_PREPOSITIONS = frozenset("از به با برای".split())


def _after_this(tokens: list[str], position: int) -> bool:
    """«از خریدم»، «از این خریدم»: after a preposition (and «این»), "my purchase"."""
    if position >= 2 and _norm(tokens[position - 2]) in _PREPOSITIONS:
        return True
    this = position >= 4 and _norm(tokens[position - 2]) in ("این", "اون", "آن", "همین")
    return this and _norm(tokens[position - 4]) in _PREPOSITIONS


def _before_copula(token: str) -> str | None:
    match = re.match(r"^(.*?)([.,!?؟،:؛»)…]*)$", token)
    assert match is not None
    word, trail = match.groups()
    key = _norm(word)
    if not key.endswith("م") or key in _lines("words") or key in _lines("nouns") or key in _NEVER:
        return None  # «سالم بود»، «از آیتم‌ها»: a word of its own, not «سال» + "my"
    found = _possessive(word, key)
    return None if found is None else found + trail


def _theirs(clause: str) -> bool:
    """A clause said back only in a quote: «۱۵۰۰هزینه», Latin letters, «من … رستورانم»."""
    if GLUED_NUMBER.search(clause) or not re.search("[\u0621-\u06d3]", clause):
        return True  # «Tamame tot farangiaye …»: Persian in Latin letters, theirs
    if _YOU_ARE.search(clause) or _IS_THERE.search(clause):
        return True  # «یکی از بهترین فست فودها هستید»: said to the company, in their words
    # «من مشتری همیشگی این رستورانم»: a noun closing a clause about «من» (r37: or its first
    # part, «من عاشق چیکن برگر باروژم و …») takes ‑م as "I am", which no word analysis shifts
    ends = fa_guard.part_ends(clause) if clause.startswith("من ") else []
    return any(fa_guard.noun_am(_norm(last), _shift_word(_norm(last))) for last in ends)


def _mine_or(tokens: list[str], position: int, following: str, shifted: str | None) -> str | None:
    """The token as "my …" where it stood unshifted (``fa_mine``), else ``shifted``."""
    token = tokens[position]
    unread = shifted is None and _norm(token.strip("«»()،,.!؟?")).endswith("ام")
    if (shifted == token or unread) and fa_mine.opens(tokens, position):
        mine = _on_word(token, partial(_my_noun, following=following))
        shifted = mine or shifted  # «کفشم پاره رسید»: "my shoe", never left as it stood
    if shifted == token:
        shifted = _on_word(token, fa_mine.my_object) or shifted  # «روزمو» → «روزتان را»
    return shifted


def _shift_token(token: str) -> str | None:
    match = _TOKEN_PARTS.match(token)
    assert match is not None
    lead, word, trail = match.groups()
    if not word:
        return token
    new = _shift_word(word)
    return None if new is None else lead + new + trail


def _my_noun(word: str, following: str) -> str | None:
    """«کفشم» opening its clause said «کفشتان» (``fa_mine``), or ``None``."""
    return fa_mine.my_noun(word, following, _NEVER, _UNSURE)


def _on_word(token: str, read: Callable[[str], str | None]) -> str | None:
    """``read``'s saying of the token's word, its marks and quotes kept, or ``None``."""
    match = _TOKEN_PARTS.match(token)
    assert match is not None
    lead, word, trail = match.groups()
    found = read(word) if word else None
    return None if found is None else lead + found + trail


def _shift_word(word: str) -> str | None:
    word = word.strip(ZWNJ)
    key = _norm(word)
    if key in _WHOLE_NORM:
        return _WHOLE_NORM[key]
    if key in _SECOND or key in _UNSURE or key in IMPERATIVE or _verb_with_object(key):
        return None
    if not key or not _PERSIAN_LETTER.search(key) or key in _NEVER:
        return word
    if key in _lines("words") or key in _lines("nouns"):
        return word  # a word of its own (مردم، خرید، شدید), whatever it ends in
    if key.endswith(("ید", "ین", "تون", "تان")) and _second_person_verb(key):
        return None
    if key.endswith(("تونم", "تونو", "تونه")) and len(key) > 5 and key[:-4] in _lines("nouns"):
        return None  # «برنجتونم» (= «برنج شما هم»): the company's, never the customer's
    request = key.startswith(("ب", "ن", "می", "نمی")) and not key.endswith("ترین")
    if request and key.endswith(("ین", "ید")) and len(key) > 4:
        return None  # «برگردونین»، «بفرستین»: a request to the company, in a quote
    if not key.endswith(("م", "مو", "مون", "مان", "مونو", "مه")):
        return word
    for analyse in (_verb, _state, _possessive):
        found = analyse(word, key)
        if found is not None:
            return found
    plural = key[1:-2] if key.endswith("یم") else ""
    if key.startswith("ن") and (key[1:-1] in _stems()[1] or plural in _stems()[1]):
        return None  # نکنم، نزنیم: "that I/we don't", "let's not": too many readings
    return None if fa_words.looks_first_person(key) else word


_WHOLE_NORM = {_norm(k): v for k, v in _WHOLE.items()}
_TOKEN_PARTS = re.compile(r"^([«\"'(،,]*)(.*?)([.,!?؟،:؛»\"')…]*)$")  # r39: compiled once
_PERSIAN_LETTER = re.compile(r"[\u0600-\u06ff]")


def _verb_with_object(key: str) -> bool:
    """«بکشمشون»، «بخورمش»: a first-person verb with an object suffix (no clean shift)."""
    if key in _lines("words") or key in _lines("nouns"):
        return False
    past = re.match(r"^(\S+?)م(?:شون|شان|ش)$", key)  # «خوردمش»: a past verb, no prefix
    if past and past.group(1).removeprefix("ن") in _stems()[0]:
        return True
    match = VERB_OBJECT.match(key)
    if match is None:
        return False
    stems = (match.group(2), match.group(2).removesuffix("ی"))  # «بخوریمش»: ‑یم, "we"
    return any(s in _stems()[1] or s in _stems()[0] for s in stems)


def _split_prefix(word: str) -> tuple[str, str]:
    """("می‌", "خوام") for میخوام / می‌خوام; ("نمی‌", "دونم") for نمیدونم."""
    for prefix in ("نمی", "می"):
        if word.startswith(prefix + ZWNJ):
            return prefix + ZWNJ, word[len(prefix) + 1 :]
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return prefix + ZWNJ, word[len(prefix) :]
    return "", word


def _verb(word: str, key: str) -> str | None:
    """‑م / ‑یم on a verb with a known stem → ‑ید."""
    past, present = _stems()
    prefix, rest = _split_prefix(word)
    rest_key = _norm(rest)
    for ending in ("یم", "م"):
        if not rest_key.endswith(ending):
            continue
        stem = rest_key[: -len(ending)]
        if prefix and stem in past:  # می‌رفتم → می‌رفتید
            return prefix + rest[: -len(ending)].replace(ZWNJ, "") + "ید"
        if prefix and stem in present:  # میخوام → می‌خواهید
            return prefix + present[stem] + "ید"
        if not prefix and stem in _LIGHT_VERBS:  # «تست کنم»، «صبر کنم»: subjunctive without ب
            return present[stem] + "ید"
        if not prefix:
            for head in ("", "ن"):
                if stem.startswith(head) and stem[len(head) :] in past:  # رفتم، نرفتم
                    return rest[: -len(ending)] + "ید"
            for head in ("ب", "بی"):
                core = stem[len(head) :]
                short_ok = ending == "یم" or core in ("ر", "ش", "گ", "ک")  # بریم، بشم، بگم
                if stem.startswith(head) and core in present and (len(core) > 1 or short_ok):
                    return head + present[core] + "ید"
    # Present perfect: رفته‌ام → رفته‌اید.
    for joint in (ZWNJ + "ام", "ه" + "ام"):
        if word.endswith(joint):
            base = _norm(word[: -len(joint) + (1 if joint.startswith("ه") else 0)])
            if base.rstrip("ه").removeprefix("ن") in past:
                return word[: -len(joint)] + joint.replace("ام", "اید")
    return None


def _state(word: str, key: str) -> str | None:
    """‑م / ‑ام on an adjective of feeling → ‑ید / ‑اید: ناراحتم → ناراحتید."""
    for ending, new in ((ZWNJ + "ام", ZWNJ + "اید"), ("ام", ZWNJ + "اید"), ("م", "ید")):
        if word.endswith(ending):
            base = _norm(word[: -len(ending)])
            if ending == "م" and base in SPOKEN_STATES:  # «پشیمونم» → «پشیمانید»
                return SPOKEN_STATES[base] + "ید"
            if base in _STATES:  # «خوبم» is as often «خوب هم» as "I am fine": not guessed
                if ending == "ام" and not base.endswith(("ه", "ی")):
                    continue
                if ending == "م" and base.endswith("ی"):  # «راضیم»: «راضی هستید», not «راضیید»
                    return word[:-1] + " هستید"
                return word[: -len(ending)] + new
    return None


_POSSESSIVE_ENDINGS = (
    ("هامو", "هایتان را"), ("هام", "هایتان"), ("هایم", "هایتان"), ("مونو", "تان را"),
    ("مو", "تان را"),
    ("مون", "تان"), ("مان", "تان"), ("ام", "تان"), ("یم", "تان"), ("م", "تان"),
)  # fmt: skip


def _possessive(word: str, key: str) -> str | None:
    """‑م on a noun → ‑تان: سفارشم → سفارشتان، خانه‌ام → خانه‌تان، غذام → غذایتان."""
    for ending, new in _POSSESSIVE_ENDINGS:
        if not key.endswith(ending) or len(key) <= len(ending) + 1:
            continue
        base = key[: -len(ending)]
        if fa_seams.too_short(base) or base in _stems()[1] or base in _lines("adjectives"):
            continue  # کنم is a verb, not "my کن"; خوبم is «خوب هم», not "my good"
        if base in fa_guard.HOW_IT_CAME:
            continue  # r33: «سریعم رسید», «تازه‌ام نیست»: «سریع هم», never "your quick"
        if base.endswith("ها") and ending in ("م", "ام", "یم"):
            base, new = base[:-2], "هایتان"
        common = base in _lines("possessed") or base in _EXTRA_NOUNS
        if not common and not (
            ending in ("مونو", "مون", "مان", "هام", "مو") and base in _lines("nouns")
        ):
            continue
        if ending == "ام" and not base.endswith(("ه", "ی")):
            if base.endswith("ا") and base[:-1] in _lines("nouns"):  # مهمونام: my guests
                stem = word[: len(word) - _tail_len(word, "ام")]
                return stem + ZWNJ + "هایتان"
            continue  # ‑ام after a consonant is a verb or part of the word
        if ending == "یم" and not base.endswith(("ا", "و")):
            continue
        stem = word.rstrip()[: len(word) - _tail_len(word, ending)].rstrip(ZWNJ)
        if new.startswith("ها"):
            stem = stem.removesuffix("ها").rstrip(ZWNJ)
            return stem + ZWNJ + new
        return _attach(stem, new)
    return None


def _tail_len(word: str, ending: str) -> int:
    """How many characters of ``word`` spell ``ending`` (a ZWNJ may sit inside it)."""
    count, seen = 0, 0
    for char in reversed(word):
        count += 1
        if char != ZWNJ:
            seen += 1
        if seen == len(ending):
            return count
    return count


def _attach(stem: str, suffix: str) -> str:
    """A suffix on a noun, spelled as in formal writing: خانه‌تان، غذایتان، سفارشتان."""
    last = _norm(stem[-1:])
    if last in ("ه", "ی"):
        return stem + ZWNJ + suffix
    if last in ("ا", "و"):
        return stem + "ی" + suffix
    return stem + suffix


_EXTRA_NOUNS = frozenset(
    "سفارش پول حساب کارت بسته غذا شماره آدرس گوشی اشتراک خونه بچه همسر وقت اعصاب هزینه "
    "پیتزا ساندویچ برگر سالاد نوشابه پیک سفارشات خرید کیف پرواز چمدان وسایل مبلغ اکانت سبد "
    "شوهر زن مادر پدر مامان بابا خواهر برادر دختر پسر همکار مهمون مهمان حدس نظر سلیقه "
    "انتظار توقع گوشی اعصاب خانواده خونواده".split()
)


def _second_person_verb(key: str) -> bool:
    """‑ید / ‑ین on a known verb: the customer speaking to the company (آوردید، میدین)."""
    past, present = _stems()
    if key.startswith("او") and _second_person_verb("آ" + key[1:]):
        return True  # «اوردین»، «اومدید»: «آوردین» typed without its madda
    if key in past:
        return False  # «طول کشید»، «فهمید»: a past stem said bare is «he/it …», not «you»
    for ending in ("ید", "ین"):
        if not key.endswith(ending):
            continue
        stem = key[: -len(ending)]
        for head in ("می", "نمی", "ن", "ب", ""):
            if stem.startswith(head) and (
                stem[len(head) :] in past or stem[len(head) :] in present
            ):  # «میدین»: a one-letter stem counts after می / نمی
                return len(stem) > len(head) + (0 if head in ("می", "نمی") else 1)
    base = key[:-3]  # «پرملاتتون»، «غذاهاتون»، «دمتون»: "your" meaning the company's
    known = base in _lines("nouns") or (len(base) > 2 and is_known(base))
    return key.endswith(("تون", "تان")) and known


def _verb_and_too(token: str) -> bool:
    """«بودمم»، «گفتمم»: a first-person verb with «هم» run into it, which no shift can keep."""
    key = _norm(token.strip("«»()،,.!؟?"))
    if not key.endswith("مم") or key in _lines("words") or key in _lines("nouns"):
        return False
    found = _shift_word(key[:-1])
    return found is not None and found != key[:-1]
