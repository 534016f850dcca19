"""A long Persian quote said back by its strongest clauses, never read back whole.

Judges marked 33–40-word quotes "parroted" in every round: a run-on review
(«به دلیل اینکه … توصیه میکنم هیچ وقت امتحان نکنید») quoted word for word. A quote is
faithful, but a reflection says the point back. So a clause that will be quoted and holds
more than ``CAP_FROM`` words is cut at its clause boundaries (commas, «ولی/اما», and after
its finite verbs): the run of whole clauses (at most ``QUOTE`` words) that holds the
strongest clause, and up to two more points while ``_TOTAL`` allows (the problem, the
impact, the request, the verdict), are quoted, with "…" where words went. A run opens
only where a clause opens with its subject: the sentence's start, or after a finite verb
or a comma, never on «که/تا/چون …» nor on a verb or a predicate left without what it is
said of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues.reflection import fa, fa_select, fa_short, fa_slips, fa_verb_ends
from dialogues.reflection.clauses import MORE
from dialogues.reflection.fa_lexicon import _lines, _stems
from dialogues.reflection.fa_short import LONG, Part
from dialogues.reflection.fa_words import is_known, is_word
from dialogues.reflection.units import Unit
from dialogues.text import fold, words

QUOTE = 18  # words at most in one quote cut short
# Quotes past this many words are cut: judges accepted 20–27-word quotes mostly, 28–31 half
# the time, and from 32 words on almost never ("parroted").
CAP_FROM = 31
_TOTAL = 28  # words at most in a quote and the points said with it
_MIN = 6  # words at least in what is kept, but for the verdict of the whole
_VERDICT = 8  # weight of «ولی در کل عالی بود» closing the message

_TURN = re.compile(r"\s+(?=(?:ولی|ولى|اما|ولیکن)\s)")
_COMMA = re.compile(r"[،,]\s*")
# «… درکل من مرغش رو به همه پیشنهاد می‌کنم»: the overall verdict opens a clause of its own.
_OVERALL = re.compile(
    r"(?<!\sو)(?<!ولی)(?<!اما)\s+"
    r"(?=(?:درکل|در کل|در مجموع|درمجموع|با اینکه|با این که|با وجود اینکه)\s)"
)  # «… با اینکه نصف غذا رو هم نخوردم»: a concession is a clause of its own
# A clause opening on these leans on the one before it: never where a quote starts.
_LEANS = frozenset(
    fold(w)
    for w in """که ک تا چون و اونم اونهم آنهم انقد انقدر اینقد اینقدر همون همان همین باعث
    انگار مثل یعنی بود بودن بودند شد نشد است هست نیست داشت نداشت ولی ولى اما ولیکن هم یا
    اومد اومدن آمد رسید رسیدن گرچه اگرچه صرفا بذارن بجاش بعدش روش توش کنارش همراهش""".split()
)
# Verbs past split_verbs' third-person set that end a clause in a long run-on.
_ENDS = frozenset(
    fold(w)
    for w in """باشه باشد نباشه نباشد بوده نبوده شده نشده کنه نکنه میکنه نمیکنه میکنن نمیکنن
    میده نمیده میدن نمیدن اومد نیومد اومده نیومده""".split()
)
_SUBORDINATE = frozenset(fold(w) for w in "وقتی اگه اگر چون زمانی صورتی درصورتی".split())
_DETERMINERS = frozenset(fold(w) for w in "یک یه چند دو سه چهار پنج همه کلی".split())
_LINKS = frozenset("و ولی ولى اما ولیکن".split())
_LINK = re.compile(r"^(?:و|ولی|ولى|اما|ولیکن)\s+")
_PREDICATE = frozenset(
    fold(w) for w in "نسبتا نسبتاً خیلی یکم یکمی کمی کم زیاد بسیار نا بی یه اصلا کاملا".split()
)
_HEADS = frozenset(
    fold(w) for w in "باعث مجبور موجب سبب قرار معلوم متوجه ذکر لازم فکر فک گمان حس احساس".split()
)
# «… سس بیشتر بدید»: a request closing a clause.
_PLEAS = frozenset(fold(w) for w in "بدید بدین بزارید بذارید بزارین بذارین".split())
_HARM = frozenset(fold(w) for w in "درد دلدرد مسموم مسمومیت اسهال استفراغ حساسیت".split())
_HOURS = re.compile(r"(?<!\S)(?:[0-9۰-۹]+|یک|دو|سه|چهار|نیم)\s*ساعت")
_LAST = re.compile(r"(?:آخرین|اخرین) (?:سفارش|خرید)|بار آخر")
_POSTVERBAL = frozenset("رو را".split())
# «نمیتونم اروم بیام»، «داره اذیتم میکنه»: a modal or a progressive goes on to its verb.
_GOES_ON_TO = frozenset(
    fold(w)
    for w in """میتونم نمیتونم میتونیم نمیتونیم میخوام نمیخوام میخواستم نمیخواستم میخواهم
    داره دارم دارن داشت داشتم داشتن باید""".split()
)
# «… دوست دارم | پپرونی …»: «داشتن/بودن» in the first person, past fa._verb's stems
_BE_HAVE = frozenset(fold(w) for w in "دارم داریم ندارم نداریم هستم هستیم نیستم نیستیم".split())
_MISSING = frozenset(fold(w) for w in "بدون بجای بجاش کسر ناقص نیاوردن نیاوردند نفرستادن".split())
_GOES_ON = frozenset(
    "و که تا چون ولی اما بود بودن بودند است هست نبود شد شده بوده باشه باشد".split()
)  # «اضافه اومده بود»: a participle goes on to its auxiliary


def _pieces(text: str) -> list[tuple[str, str, bool]]:
    """``text`` cut at commas, turns and «درکل»: (piece, what joined it, opens a clause)."""
    out: list[tuple[str, str, bool]] = []
    for cut, (piece, glue) in enumerate(_split(_COMMA, text)):
        for turn, (part, joint) in enumerate(_split(_TURN, piece)):
            for overall, (bit, link) in enumerate(_split(_OVERALL, part)):
                first = overall == 0 and turn == 0 and cut == 0
                joined = link if overall else (joint if turn else glue)
                out.append((bit, "" if first else joined, True))
    return out


def _split(pattern: re.Pattern[str], text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    start, glue = 0, ""
    for match in pattern.finditer(text):
        if text[start : match.start()].strip():
            out.append((text[start : match.start()], glue))
            glue, start = match.group(0) or " ", match.end()
    out.append((text[start:], glue))
    return [(t, g) for t, g in out if t.strip()]


_SHIELD = "\u2063"  # a comma inside brackets, never a place to cut
_BRACKET = re.compile(r"\([^()]*\)")


def _clauses(text: str) -> list[tuple[str, str, bool]]:
    """``text`` cut into clauses: (clause, what joined it, whether a quote may open on it)."""
    text = _BRACKET.sub(lambda m: re.sub(r"[،,]", _SHIELD, m.group(0)), text)
    out: list[tuple[str, str, bool]] = []
    for piece, glue, opens in _pieces(text):
        for index, clause in enumerate(_after_verbs(piece)):
            after_clause = index > 0 and len(out[-1][0].split()) >= 3  # «رژیمی بودن»: a mis-cut
            may = (opens if index == 0 else after_clause) and _opens(clause, first=not out)
            out.append((clause, glue if index == 0 else " ", may))
    return out


def _after_verbs(piece: str) -> list[str]:
    """A piece cut after its finite verbs (split_verbs), after first-person verbs too, and,
    in a clause too long to quote, before the «و» that joins a second clause to a verb."""
    out: list[str] = []
    for clause in _merged(fa_verb_ends.split_verbs(piece)):
        tokens, current = clause.split(), list[str]()
        long, opened = len(tokens) > QUOTE, False
        for index, token in enumerate(tokens):
            current.append(token)
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            after = tokens[index + 2] if index + 2 < len(tokens) else ""
            before = tokens[index - 1] if index else ""
            ends = bool(following) and _ends(token, following, long, before)
            ends = ends and not fa_slips.goes_on(token, following, before)  # «بنظر میاد»
            early_that = fold(token) in ("که", "ک") and len(current) <= 2  # «قبلا که …» = when
            until = fold(token) == "تااینکه" or (fold(token) == "اینکه" and fold(before) == "تا")
            if fold(token) in _SUBORDINATE or early_that or until:  # «تا اینکه بنده برسم | …»
                opened = True  # «وقتی پیش سفارش میزارم | …»: the verb closes «وقتی» only
            elif opened and _verbish(token, long, before):
                opened, ends = False, False  # the verb closes «وقتی …», whatever follows
            listed = index + 3 < len(tokens) and tokens[index + 3] == "و"  # «بود و گرم و …»
            left = len(tokens) - index - 1  # «… خرید | نکنم»: never a word or two cut off
            if len(current) >= 3 and left >= 2 and ends and not listed and _cut(following, after):
                out.append(" ".join(current))
                current = []
        if current:
            out.append(" ".join(current))
    return out


def _merged(pieces: list[tuple[str, str]]) -> list[str]:
    """split_verbs' pieces, but «داره | اذیتم میکنه» (a progressive) and «ریخته بودن | رو کل
    …» (a phrase after its verb, as speech has it) kept whole."""
    out: list[str] = []
    for piece, _ in pieces:
        last = fold(out[-1].split()[-1].strip(".,،!")) if out else ""
        first = piece.split()[0] if piece.split() else ""
        if out and (last in _GOES_ON_TO or first in _POSTVERBAL):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def _ends(token: str, following: str, long: bool, before: str = "") -> bool:
    """Whether a clause ends after ``token`` (a verb not going on to «که/تا …» or its auxiliary)."""
    key = fold(token.strip(".,،!"))
    having = key in _BE_HAVE and not following.startswith(("می", "نمی"))  # «دوست دارم | …»
    if (key in _GOES_ON_TO and not having) or following in _POSTVERBAL or following == "با":
        return False  # «دارم میخورم»: a progressive goes on to its verb
    verb = _verbish(token, long, before)
    return verb and (following not in _GOES_ON or (long and following == "و"))


def _verbish(token: str, long: bool, before: str = "") -> bool:
    """A finite verb: a third-person one, a first-person one, a spoken present or a request."""
    key = fold(token.strip(".,،!"))
    verb = key in _ENDS or (long and (key in fa_verb_ends.CLAUSE_END or _plural_verb(key)))
    mine = key.endswith("م") and fold(before) not in _HEADS  # «مجبور شدم …» goes on
    mine = mine and not _noun_not_verb(key)  # «مغز مردم دنیارو …»: people, never "I died"
    verb = verb or (mine and (fa._verb(token.strip(".,،!"), key) is not None or key in _BE_HAVE))
    spoken = key.startswith(("می", "نمی")) and key.endswith(("م", "ه")) and len(key) > 4
    spoken = spoken and fold(before) not in _HEADS and not is_word(key)
    return verb or spoken or _asked(key)  # «میزارم»، «میرسه»: spoken present verbs


def _noun_not_verb(key: str) -> bool:
    """«مردم»، «گندم»: a word of its own that only looks like a first-person verb; a light
    verb («متوجه شوم»، «انجام دهم») stays a verb."""
    own = key in _lines("words") or key in _lines("nouns")
    return own and key[:-1] not in fa._LIGHT_VERBS


def _is_verb(word: str) -> bool:
    key = fold(word.strip(".,،!"))
    return fa._verb(word.strip(".,،!"), key) is not None


def _asked(key: str) -> bool:
    """«بدید»، «بزارید»، «بفرستین»: a verb asking the company for something (not «خرید»)."""
    if key in _PLEAS:
        return True
    bare = key.startswith(("ب", "نمی", "می")) and key.endswith(("ید", "ین")) and not is_word(key)
    return bare and fa._second_person_verb(key)


def _plural_verb(key: str) -> bool:
    """«نکردن»، «فرستادند»: a third-person plural past verb (never «این» or «سرد»)."""
    if key.endswith("ند") and key[:-2].removeprefix("ن") in _stems()[0] and len(key) > 4:
        return True  # «فرستادند»
    negated = key.startswith("ن") and key.endswith("ن")  # «نکردن»; «دادن» may be a noun
    return negated and key[1:-1] in _stems()[0] and len(key) > 4


def _cut(following: str, after: str) -> bool:
    """No cut before «و» joining a noun or an adjective («… بود و یک لایه …»، «خوب بود و
    گرم»): only before a clause of its own."""
    if following != "و":
        return True
    key = fold(after.strip(".,،!"))
    if (
        key in fa_verb_ends.CLAUSE_END
        or key in _GOES_ON_TO
        or (key.endswith("م") and _is_verb(after))
    ):
        return False  # «دوست داشتم و دارم …»: two verbs of one clause
    return key not in _DETERMINERS and key not in _lines("adjectives") and is_known(after)


_ELABORATION = frozenset(fold(w) for w in "انگار که چون یعنی مثل".split())


def _may_follow(clause: str, opens: bool) -> bool:
    """Whether a run may end before ``clause``: it opens a clause, or it only elaborates."""
    return opens or (bool(clause.split()) and fold(clause.split()[0]) in _ELABORATION)


def _opens(clause: str, first: bool = False) -> bool:
    """A clause a quote may open on: its first word a known word that does not lean back."""
    tokens = clause.split()
    turned = bool(tokens[:1]) and tokens[0] in _LINKS and tokens[0] != "و"
    if tokens[:1] and tokens[0] in _LINKS:  # «… و تو اپلیکیشن …»، «ولی دوباره …»: a new clause
        tokens = tokens[1:]
    word = tokens[0].strip("«(") if tokens else ""
    if turned and fold(word) in _SUBORDINATE:
        return True  # «اما چون من درهتل ساکن بودم …»: the turn opens the thought
    if not word or fold(word) in _LEANS or (word.startswith(("می", "نمی")) and not first):
        return False  # «میشه …» mid-telling leans back; «نمیدونم …» may open the telling
    if word in _PREDICATE:
        return False  # «ولی خیلی خوبه»: said of what came before
    return is_known(word)


def _weight(clause: str) -> float:
    """What a clause carries (problem, request, verdict), its length left out: a run is
    chosen for its point, not for holding more words."""
    verdict = bool(fa_select.VERDICT.search(clause))
    size = len(words(clause))
    value = fa_select.score(clause, size, verdict) - min(size, 6) + (3 if size <= 2 else 0)
    keys = [fold(w) for w in words(clause)]
    value += 3 if keys and _asked(keys[-1]) else 0  # «حداقل یک چنگال بزارید»: the request
    missing = _MISSING & set(keys) or "به جای" in clause
    value += 3 if missing else 0  # «بدون نی و چنگال اومد»: the problem
    value += 5 if _LAST.search(clause) else 0  # «اولین و آخرین سفارش ام بود»: the verdict
    value += 6 if _HARM & set(keys) else 0  # «۳روز دل درد داشتم»: the impact, on health
    value += 3 if _HOURS.search(clause) else 0  # «بعد از حدود ۲ ساعت تحویل گردید»: the delay
    keys = keys[1:] if keys[:1] in (["ولی"], ["اما"]) else keys  # «ولی در کل …»
    overall = keys[:1] == ["درکل"] or keys[:2] in (["در", "کل"], ["در", "مجموع"])
    value += 4 if overall else 0  # «در کل …»: the verdict of the whole
    return value - (3 if keys[:1] == ["البته"] else 0)  # «البته …»: an aside


def best_run(text: str) -> str | None:
    """The strongest run of whole clauses (and a second point, when one fits), as a quote
    with "…" where words went; None when none fits."""
    clauses = _clauses(text)
    if len(clauses) < 2:
        return None
    sizes = [len(c.split()) for c, _, _ in clauses]
    weights = [_weight(c) for c, _, _ in clauses]
    if _LINK.match(clauses[-1][0]) and clauses[-1][0].split()[0] != "و":
        weights[-1] += 3  # «… ولی کل جعبه پیتزا خیس شده بود»: how it ended
    heaviest = max(range(len(clauses)), key=lambda i: weights[i])
    found = _run(clauses, sizes, weights, range(heaviest + 1), QUOTE, holding=heaviest)
    found = found or _run(clauses, sizes, weights, range(len(clauses)), QUOTE)
    if found is None:
        return None
    start, end = found
    if not start <= heaviest < end and weights[heaviest] > max(weights[start:end]):
        return None  # the point itself does not fit in a quote: never a weaker one instead
    spans = _fill([(start, end)], clauses, sizes, weights)
    quote = " … ".join(_said(clauses, a, b) for a, b in spans).replace(_SHIELD, "،")
    opened = "… " if spans[0][0] > 0 else ""
    return opened + quote + (" …" if spans[-1][1] < len(clauses) else "")


def _fill(
    spans: list[tuple[int, int]],
    clauses: list[tuple[str, str, bool]],
    sizes: list[int],
    weights: list[float],
) -> list[tuple[int, int]]:
    """The first run and up to two more points (a problem, the impact, the verdict) while
    they fit ``_TOTAL`` words; neighbouring runs joined as written."""
    for _ in range(2):
        room = _TOTAL - sum(sizes[a] for s, e in spans for a in range(s, e))
        taken = {i for s, e in spans for i in range(s, e)}
        rest = [i for i in range(len(clauses)) if i not in taken]
        stops = {s for s, _ in spans}
        found = _run(clauses, sizes, weights, rest, min(room, QUOTE), stops)
        if found is None or max(weights[found[0] : found[1]]) < 3:
            break
        spans = sorted([*spans, found])
    joined: list[tuple[int, int]] = []
    for span in spans:
        if joined and joined[-1][1] == span[0]:  # neighbours: one run, as written
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


def _said(clauses: list[tuple[str, str, bool]], start: int, end: int) -> str:
    kept = _LINK.sub("", clauses[start][0])
    kept += "".join(glue + clause for clause, glue, _ in clauses[start + 1 : end])
    return kept.rstrip("،, ")


def _run(
    clauses: list[tuple[str, str, bool]],
    sizes: list[int],
    weights: list[float],
    starts: Sequence[int],
    most: int,
    stops: set[int] | frozenset[int] = frozenset(),
    holding: int = -1,
) -> tuple[int, int] | None:
    """The run of clauses (opening where a clause may open) that fits ``most`` words and
    carries most; a concession («با وجود اینکه …») never closes it without its turn."""
    best: tuple[float, int, int] | None = None
    for start in starts:
        if not clauses[start][2]:
            continue
        end, used = start, 0
        while end < len(clauses) and used + sizes[end] <= most and end not in stops:
            used += sizes[end]
            end += 1
        while end - 1 > start and fa_select._CONCEDING.search(clauses[end - 1][0]):
            end -= 1
            used -= sizes[end]
        while start < end < len(clauses) and not _may_follow(*clauses[end][::2]):
            end -= 1  # a run ends only where the next clause opens: never mid-thought
            used -= sizes[end]
        short = used < _MIN and weights[start] < _VERDICT  # «… ولی در کل عالی بود»: said
        if end == start or short or fa_select._CONCEDING.search(clauses[end - 1][0]):
            continue
        if holding >= 0 and not start <= holding < end:
            continue  # the first run holds the strongest clause
        value = sum(weights[start:end]) + used / 10 - (0 if start == 0 else 1.5)  # led with it
        if best is None or value > best[0]:
            best = (value, start, end)
    return None if best is None else (best[1], best[2])


def cap(units: Sequence[Unit], cuts: dict[int, Part]) -> tuple[list[Unit], dict[int, Part]]:
    """Units whose quote would run past ``QUOTE`` words, cut to their strongest clauses."""
    said = [u for u in units if u.text != MORE]
    if sum(len(u.text.split()) for u in said) <= LONG:
        return list(units), cuts

    def run_of(unit: Unit) -> str | None:
        long = len(unit.text.split()) > CAP_FROM
        if not long or unit.question or unit.position in cuts or fa.shift(unit.text) is not None:
            return None
        return best_run(unit.text)

    return fa_short.quote_runs(units, cuts, run_of)
