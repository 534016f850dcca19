"""Reading short answers: yes, no, "that's all", and what follows a yes or no.

NLU decides first. The word lists are a safety net for the shortest replies ("آره",
"لا", "nope", «لا شكرا هذا كل شي»), where a classifier trained on sentences is least sure,
and for splitting "no, that's not what I meant — I was charged twice" into the "no" and
the correction. Matching is by whole words (folded), never inside a word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dialogues.fa_altogether import opens_verdict
from dialogues.narrowing import narrows
from dialogues.text import WORD, fold
from dialogues.turn import Turn
from dialogues.wrong_word import goes_on

_YES = {
    "yes", "yeah", "yep", "yup", "sure", "right", "exactly", "correct", "ok", "okay", "👍",
    "k", "kk", "okey", "alright", "all right",
    "آره", "اره", "بله", "آری", "دقیقا", "دقیقاً", "درسته", "همینه", "باشه", "حتما", "حتماً",
    "بفرمایید", "بپرسید", "بپرس", "اوکی", "بپرسین", "بفرما", "ask", "shoot",
    "نعم", "ايوه", "أيوه", "ايوة", "اي", "ايه", "إيه", "صح", "صحيح", "بالضبط", "تمام",
    "تفضل", "اكيد", "أكيد", "طيب", "اوكي", "أجل", "اتفضل", "اتفضلي", "تفضلي", "ماشي", "اه",
    "آه", "أه", "حسنا", "حسناً", "go ahead", "go on", "fire away", "please do", "by all means",
}  # fmt: skip
_NO = {
    "no", "nope", "nah", "not", "wrong", "incorrect",
    "نه", "نخیر", "نچ", "خیر", "اشتباه", "غلط", "اشتباهه",
    "لا", "لأ", "مو", "مش", "كلا", "لاء", "خطأ", "خطا",
}  # fmt: skip
# "That's not what I meant": what a customer says before the correction itself.
_NOT_IT = (
    "that's not it", "that is not it", "thats not it", "that's not what i meant",
    "that is not what i meant", "not what i meant", "not what i said", "that's not what i said",
    "not quite", "not really", "not exactly", "you got it wrong", "you got that wrong",
    "you misunderstood", "you misunderstood me", "that's wrong", "that's not right",
    "not right", "that's not true", "not that", "you didn't get it", "you don't get it",
    "you missed the point", "that's not the point", "متوجه نشدید", "متوجه نشدین", "ما فهمتوني",
    "منظورم این نبود", "منظورم این نیست", "منظورم اینه نبود", "اینطور نیست", "این‌طور نیست",
    "اینطوری نیست", "این نبود", "این نیست", "اشتباه متوجه شدید", "اشتباه متوجه شدین",
    "درست نفهمیدید", "درست نفهمیدین", "اشتباه فهمیدید", "اشتباه فهمیدین", "اینو نگفتم",
    "این رو نگفتم", "همچین چیزی نگفتم", "نه اصلا", "درست نیست",
    "مش هيك", "مو هيك", "مو كذا", "مش كذا", "مو هذا قصدي", "هذا مو قصدي", "مش هذا قصدي",
    "مش قصدي", "مو قصدي", "ليس هذا ما قصدته", "ليس هذا", "ليس كذلك", "ما فهمتني",
    "مافهمتني", "فهمتني غلط", "مش صح", "مو صح", "ليس صحيحا", "مش هذا", "مو هذا",
    "مش هيك القصة", "مو هيك القصة", "ما قصدت هيك", "ما قصدت كذا",
)  # fmt: skip
# Words that only lead into the correction: "I meant", «منظورم اینه که», «قصدي».
_LEAD_IN = (
    "actually", "i meant that", "i meant", "i mean", "what i meant was", "what i meant is",
    "what i mean is", "rather", "instead", "but", "the thing is", "the problem is that",
    "the problem is", "the issue is that", "the issue is", "sorry", "sorry i meant",
    "ببخشید", "ببخشيد", "ببخشین", "عفوا", "عفواً", "آسف", "اسف", "معذرة", "سوري",
    "بلکه", "منظورم اینه که", "منظورم اینه", "منظورم این بود که", "منظورم این است که",
    "منظورم", "یعنی", "در واقع", "راستش", "اینه که", "ولی", "مشکل اینه که", "مشکل این است که",
    "مشکل اینه",
    "بل", "قصدي ان", "قصدي إن", "قصدي انه", "قصدي إنه", "قصدي", "يعني", "المقصود",
    "اللي صار انه", "اللي صار إنه", "الصراحة", "الصراحه", "لكن", "بس", "المشكلة انه",
    "المشكلة إنه", "المشكلة ان", "المشكلة إن", "يا أخي", "يا اخي", "أخي", "اخي", "يا عزيزي",
)  # fmt: skip
# "That's all": phrases that close, and the small words that may come with them.
_CLOSING = (
    "that's it", "that is it", "thats it", "that's all", "that is all", "thats all",
    "nothing", "nothing else", "nothing more", "all good", "i'm good", "im good", "i'm done",
    "done", "bye", "goodbye", "that's everything", "no more", "all set", "i'm fine",
    "that'll be all", "that will be all", "that would be it", "that'd be it", "that would be all",
    "that'd be all", "that's about it", "that's about all", "that's pretty much it",
    "همین", "همینه", "همین بود", "همینا", "همینا بود", "همین بس", "تمام", "تموم", "تمومه",
    "هیچی", "دیگه هیچی", "چیزی نیست", "چیز دیگه‌ای نیست", "چیز دیگه ای نیست",
    "چیز دیگری نیست", "خداحافظ", "بسه", "کافیه", "نه چیزی نیست", "عرضی نیست",
    "هذا كل شيء", "هذا كل شي", "هذا كل شئ", "كل شي", "كل شيء", "بس", "خلاص", "بس كذا",
    "بس هيك", "كذا بس", "هيك بس", "ما في شي", "مافي شي", "ما عندي شي", "ماعندي شي",
    "ما عندي شيء", "لا شيء", "ولا شي", "مع السلامة", "مع السلامه", "هذا هو", "كفاية",
    "بس هذا", "بس هذا هو", "ما في شي ثاني", "ما في شي تاني",
)  # fmt: skip
_POLITE = (
    "thanks", "thank you", "thx", "ty", "cheers", "for now", "really", "just", "i think",
    "so", "ok", "okay", "that's", "very much", "much", "so much", "no thanks", "no thank you",
    "ممنون", "ممنونم", "مرسی", "سپاس", "دیگه", "فعلا", "فعلاً", "خیلی", "والا", "راستش",
    "باشه", "نه ممنون", "دستتون درد نکنه", "دستت درد نکنه", "دستتان درد نکند",
    "شكرا", "شكراً", "مشكور", "يعطيك العافية", "الله يعطيك العافية", "حاليا", "الحين",
    "والله", "اخي", "أخي", "هذا", "كذا", "تسلم", "جزاك الله خير", "مشكورة", "مشكوره",
    "مشكورين", "تسلمي", "تسلمين", "تسلمون", "لا شكرا", "لا شكراً", "لا مشكور", "لا تسلم",
)  # fmt: skip
# "I don't know": no answer, and nothing to quote back, thank for, or add to the telling.
_DONT_KNOW = (
    "i don't know", "i dont know", "i do not know", "don't know", "dont know", "idk", "dunno",
    "no idea", "i have no idea", "not sure", "i'm not sure", "im not sure", "who knows",
    "نمیدونم", "نمی دونم", "نمیدانم", "نمی دانم", "چه میدونم", "چه می دونم", "مطمئن نیستم",
    "خبر ندارم", "نمیدونم والا", "والا نمیدونم",
    "ما أعرف", "ما اعرف", "ماعرف", "ما بعرف", "مابعرف", "مدري", "مادري", "ما ادري", "ما أدري",
    "لا أعرف", "لا اعرف", "لا أدري", "لا ادري", "مش عارف", "مش عارفة", "معرفش", "مو متأكد",
    "مش متأكد", "مو عارف",
)  # fmt: skip
# "the order also never arrived", «كمان», «سفارشم هم نرسید»: what follows adds to the
# telling, even after "no, that's not it"; it does not replace what they told first.
_ADDS = {
    "en": ("also", "as well", "in addition", "on top of that", "besides", "plus"),
    "fa": ("هم", "همچنین", "نیز", "علاوه بر این", "به علاوه", "به‌علاوه"),
    "ar": (
        "كمان", "أيضا", "أيضاً", "ايضا", "ايضاً", "برضو", "برضه", "كذلك", "بالإضافة", "بالاضافة",
        "فوق هذا", "فوق كذا", "وفوق هذا",
    ),
}  # fmt: skip
# «با هم» is "together", «هنوز هم» is "still": neither adds.
_NOT_ADDING_BEFORE_HAM = {"با", "هنوز"}
# "too" adds only where a clause ends ("it came late too."): "too late" is not "also".
_TOO = re.compile(r"\btoo\s*(?:[.!?,;…]|$)", re.IGNORECASE | re.MULTILINE)
_LEAD = re.compile(r"^[\s,.،؛:!؟?\-–—…]+")


def _fold(word: str) -> str:
    """One word folded: case and letter forms, so ي/ی and ك/ک variants match one list."""
    return fold(word).replace("’", "'").strip(",.،!؟?")


def _phrases(entries: tuple[str, ...] | set[str]) -> tuple[tuple[str, ...], ...]:
    compiled = {tuple(_fold(w) for w in WORD.findall(e)) or (e,) for e in entries}
    return tuple(sorted(compiled, key=len, reverse=True))  # longest first


_YES_P = _phrases(_YES)
_NO_P = _phrases(_NO)
_NOT_IT_P = _phrases(_NOT_IT)
_LEAD_IN_P = _phrases(_LEAD_IN)
_CLOSING_P = _phrases(_CLOSING)
_POLITE_P = _phrases(_POLITE)
_DONT_KNOW_P = _phrases(_DONT_KNOW)
_ADDS_P = {lang: _phrases(entries) for lang, entries in _ADDS.items()}
_YES_F = {p[0] for p in _YES_P if len(p) == 1}
_NO_F = {p[0] for p in _NO_P}


def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first word, each group still longest first."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in grouped.items()}


# Only phrases opening with the word at hand can match there: a word's few, not every phrase
# of the list sliced and compared at every word (the lists are module constants).
_FIRSTS = {
    id(p): _by_first(p)
    for p in (_YES_P, _NO_P, _NOT_IT_P, _LEAD_IN_P, _CLOSING_P, _POLITE_P, _DONT_KNOW_P)
}


@lru_cache(maxsize=64)  # a turn's text is read by several of these checks in a row
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    """Folded words with their spans in the text, emoji "👍" counted as a word."""
    found = [(_fold(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]
    found += [("👍", m.start(), m.end()) for m in re.finditer("👍", text)]
    return tuple(sorted(found, key=lambda w: w[1]))


def _match(seq: list[str], at: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest phrase starting at ``at``, 0 when none does."""
    firsts = _FIRSTS.get(id(phrases))
    if firsts is not None:
        if at >= len(seq):
            return 0
        phrases = firsts.get(seq[at], ())
    for phrase in phrases:
        if tuple(seq[at : at + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _first_word(text: str) -> str:
    found = _words(text)
    return found[0][0] if found else ""


def _opens_with_not_it(text: str) -> bool:
    seq = [w for w, _, _ in _words(text)]
    at = 0
    while at < len(seq) and not _match(seq, at, _NOT_IT_P) and seq[at] in _NO_F:
        at += 1
    return _match(seq, at, _NOT_IT_P) > 0


def is_yes(turn: Turn) -> bool:
    """The customer agreed."""
    if turn.understanding.intent == "affirm":
        return True
    if turn.understanding.intent in ("deny", "done"):
        return False
    seq = [w for w, _, _ in _words(turn.text)]
    return _match(seq, 0, _YES_P) > 0  # "go ahead" as a whole: "go to …" is no yes


def opens_with_yes_or_no(text: str) -> bool:
    """The first word is a yes or a no ("yes, …", «لا بس …»), whatever NLU read."""
    return _first_word(text) in _YES_F | _NO_F


def is_no(turn: Turn) -> bool:
    """The customer disagreed or declined (a "no" or a "that's not it" up front)."""
    if turn.understanding.intent == "deny":
        return True
    head = _words(turn.text)[:1]  # «خطا نمیده» names the error: no "no"
    no = any(w in _NO_F and not goes_on(w, turn.text, end) for w, _, end in head)
    no = no or _opens_with_not_it(turn.text)
    return no and not opens_verdict(turn.text, turn.language)  # «کلا افتضاح بود» tells more


def closes(text: str, *, bare_no: bool = True) -> bool:
    """Only closing words: "no that's all", «نه دیگه همین بود», «لا شكرا هذا كل شي».

    ``bare_no=False`` wants a closing phrase, not just "no": after "did I get that right?"
    a bare "no" means we got it wrong.
    """
    seq = [w for w, _, _ in _words(text)]
    if not seq:
        return False
    at, closing = 0, False
    while at < len(seq):
        if seq[at] in _NO_F:
            at, closing = at + 1, closing or bare_no
            continue
        step = _match(seq, at, _CLOSING_P)
        if step:
            at, closing = at + step, True
            continue
        step = _match(seq, at, _POLITE_P)
        if not step:
            return False
        at += step
    return closing


_DONE_WORDS = 3  # NLU's "done" alone closes only a short reply, never a telling


def nothing_more(turn: Turn) -> bool:
    """The customer has nothing to add ("that's all", «نه همین», «خلاص»).

    «میخوام دیگه اینجوری نشه» ("I want it never to happen again") says something: NLU's
    "done" on a message of more than a few words is not a goodbye.
    """
    if closes(turn.text):
        return True
    return turn.understanding.intent == "done" and len(_words(turn.text)) <= _DONE_WORDS


def finished(turn: Turn) -> bool:
    """ "No, that's all" to one of our questions: a closing phrase, or a short "done".

    A bare "no" is not one (after "did I get that right?" it means we got it wrong), nor a
    reason that NLU took for "done" («لأن ما عندي بطاقة»).
    """
    if closes(turn.text, bare_no=False):
        return True
    return turn.understanding.intent == "done" and len(_words(turn.text)) <= _DONE_WORDS


_THANKS = frozenset(
    _fold(w)
    for w in (
        "thanks", "thank", "thx", "ty", "cheers", "ممنون", "ممنونم", "مرسی", "سپاس", "شكرا",
        "شكراً", "مشكور", "تسلم", "دستتون", "دستت", "دستتان", "العافية", "جزاك", "مشكورة",
        "مشكوره", "مشكورين", "تسلمي", "تسلمين", "تسلمون",
    )
)  # fmt: skip


def only_thanks(text: str) -> bool:
    """ "ok thanks", «مرسی», «شكراً»: thanks and small words only, to "anything else?" a no."""
    seq = [w for w, _, _ in _words(text)]
    at = 0
    while at < len(seq):
        step = _match(seq, at, _POLITE_P) or _match(seq, at, _YES_P)
        if not step:
            return False
        at += step
    return any(w in _THANKS for w in seq)


# "ok", «باشه», «حسناً», «تمام», «طيب»: an acknowledgement. To "anything else?" a native
# speaker means "no, that's fine" by it; "yes", «آره», «نعم», «ايوه» say there is more.
_ACK = (
    "ok", "okay", "k", "kk", "alright", "all right", "fine", "got it", "cool", "okey",
    "ok then", "okay then", "alright then", "fine then",
    "باشه", "اوکی", "اوکیه", "حله", "خب", "خوب", "باشه ممنون", "اوکی مرسی",
    "حسنا", "حسناً", "تمام", "طيب", "ماشي", "اوكي", "أوكي", "اوك", "زين", "اوكيه", "طيب تمام",
)  # fmt: skip
_ACK_P = _phrases(_ACK)


def only_ack(text: str) -> bool:
    """ "ok", «باشه», «حسناً»: an acknowledgement and small words only, nothing more told."""
    seq = [w for w, _, _ in _words(text)]
    at, acked = 0, False
    while at < len(seq):
        step = _match(seq, at, _ACK_P)
        if step:
            at, acked = at + step, True
            continue
        step = _match(seq, at, _POLITE_P)
        if not step:
            return False
        at += step
    return acked


def dont_know(text: str) -> bool:
    """Only "I don't know" («نمیدونم», «ما أعرف», «مدري»), with small words around it."""
    seq = [w for w, _, _ in _words(text)]
    at, unsure = 0, False
    while at < len(seq):
        step = _match(seq, at, _DONT_KNOW_P)
        if step:
            at, unsure = at + step, True
            continue
        step = _match(seq, at, _POLITE_P) or (1 if seq[at] in _NO_F else 0)
        if not step:
            return False
        at += step
    return unsure


def after_dont_know(text: str) -> str:
    """ "I don't know, I just want coffee": what follows a leading "I don't know"."""
    found = _words(text)
    seq = [w for w, _, _ in found]
    step = _match(seq, 0, _DONT_KNOW_P)
    if not step or step >= len(seq):
        return text
    at = step + _match(seq, step, _POLITE_P)
    return _LEAD.sub("", text[found[at][1] :]).strip() if at < len(seq) else text


def corrects(turn: Turn) -> bool:
    """It opens with "that's not it" («منظورم این نبود»، «مش هيك»): a correction follows."""
    return _opens_with_not_it(turn.text)


def after_yes_or_no(turn: Turn) -> str:
    """What the customer said after the yes/no, in their own spelling ("" when nothing).

    "No, that's not what I meant — I was charged twice" gives "I was charged twice": the
    "no", the "not what I meant" and a lead-in such as "I meant" or «بلکه» are all dropped.
    """
    text = turn.text.strip()
    found = _words(text)
    seq = [w for w, _, _ in found]
    at = 0
    while at < len(seq):
        # "مش هيك" is a not-it phrase before "مش" is a bare "no": phrases first.
        step = _match(seq, at, _NOT_IT_P) or _match(seq, at, _LEAD_IN_P)
        step = step or _match(seq, at, _YES_P)  # "go ahead" as a whole
        if not step and seq[at] in _NO_F and not goes_on(seq[at], text, found[at][2]):
            step = 0 if at == 0 and opens_verdict(text, turn.language) else 1
        if not step:
            break
        at += step
    if at >= len(seq):
        return ""
    return _LEAD.sub("", text[found[at][1] :]).strip()


def adds(text: str, language: str) -> bool:
    """It says "also" («كمان», «هم»): it adds to the telling, it does not replace it."""
    if (language == "en" and _TOO.search(text)) or narrows(text, language):
        return True  # "no, it's only on the iPhone" points back at the telling: it adds
    phrases = _ADDS_P.get(language, ())
    seq = [w for w, _, _ in _words(text)]
    for at, word in enumerate(seq):
        if language == "ar" and word.startswith("و") and len(word) > 3:
            word = word[1:]  # «وكمان», «وأيضاً»: the "and" is glued on
        if _match([*seq[:at], word, *seq[at + 1 :]], at, phrases) == 0:
            continue
        if word == _fold("هم") and at and seq[at - 1] in _NOT_ADDING_BEFORE_HAM:
            continue
        return True
    return False


_BUT = re.compile(r"(?:^|[\s,،])(?:but|though|however|ولی|اما|ولکن|ولكن|لكن|بس)(?=[\s,،]|$)", re.I)


def after_yes_but(turn: Turn, *, or_no: bool = False) -> str:
    """ "yes, but also the box was open" («آره ولی …», «ايوه بس …»): what follows, else "".

    With ``or_no``, "no, but …" too («لا بس الفاتورة غلط» to "anything else?").
    """
    if _first_word(turn.text) not in (_YES_F | _NO_F if or_no else _YES_F):
        return ""  # by the words: NLU may read «ايوه بس …» as "that's all" («بس»)
    text = turn.text.strip()
    rest = after_yes_or_no(turn)
    if not rest or not _BUT.search(text[: len(text) - len(rest)]):
        return ""  # "yes, it broke on Monday": an answer that opens with yes is kept whole
    return rest
