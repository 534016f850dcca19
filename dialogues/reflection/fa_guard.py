"""Persian clauses that look clean to the lexicon but must be quoted, not shifted."""

from __future__ import annotations

import re

from dialogues.reflection import fa_slips
from dialogues.reflection.fa_lexicon import _lines, _norm, _stems
from dialogues.reflection.fa_words import is_known
from dialogues.text import ZWNJ

# How a dish came («سریع»، «تازه»): hazm lists them as possessed nouns, but their ‑م is «هم»
# («سریعم رسید»: "came quickly too"), never "my" (r33).
HOW_IT_CAME = frozenset("سریع تازه زود دیر داغ گرم سرد".split())

_BARE_SORRY = re.compile(
    r"(?<!\S)(?:متاسف|متأسف)(?!\s+(?:شد|هست|بود|ام|است|نیست|کرد|کنند))(?:$|(\s)(?=\S))"
)


def bare_sorry(clause: str) -> str:
    """«واقعا متاسف خیلی بد بود»: «متاسف» with no verb is the customer's (a dropped «‑م»),
    said «متأسف شدم، …» so it shifts, never left to read as the bot's own apology."""
    return _BARE_SORRY.sub(lambda m: "متأسف شدم" + ("، " if m.group(1) else ""), clause)


# «… ارسال شده متاسفم واقعا»، «بوی مرغ گندیده متاسفم واقعا دیگه …»: a sorry typed between two
# sayings with no comma was said back glued to both («… ارسال شده متأسف شدید واقعا»). It is set
# apart by commas, its «واقعا» before it; not where a word before it governs it («براتون
# متاسفم») nor before its own complement («متأسف شدم بابت …»، «… که …»، «… چون …»).
_GLUED_SORRY = re.compile(
    r"(?:(?<=[^\s،,.!؟?:؛])\s+|^\s*)(?:(واقعا|واقعاً|خیلی)\s+)?متأسف شدید(?:\s+(واقعا|واقعاً))?"
    r"(?:\s*$|\s+((?:من|شما)\s+که)\s+|\s+(?=(?:بابت|برای|برا|واسه|که|ک|از|چون|به|با|براتون|ازتون|برات)"
    r"(?!\S))|\s+(?=\S))"
)
_GOVERNS_SORRY = frozenset("من ما شما براتون برات برای برا واسه بابت ازتون و خیلی واقعا".split())
_FOR_WHOM = frozenset("برای برا واسه بابت".split())  # «برای نان سحر متاسفم»: one saying
_SORRY_FOR = re.compile(r"^(?:بابت|برای|برا|واسه|که|ک|از|چون|به|با|براتون|ازتون|برات)(?!\S)")


def sorry_apart(clause: str) -> str:
    """«X متأسف شدید واقعا Y» → «X، واقعا متأسف شدید، Y»: a sorry said back set apart."""

    def apart(m: re.Match[str]) -> str:
        before = m.string[: m.start()].split()
        if before and (before[-1] in _GOVERNS_SORRY or _FOR_WHOM & set(before[-3:])):
            return m.group(0)
        if len(before) > 1 and before[-2].endswith(("،", ",")):
            return m.group(0)  # «… بود، برنجش متأسف شدید»: no comma after a lone word
        really = m.group(1) or m.group(2)
        sorry = f"{really} متأسف شدید" if really else "متأسف شدید"
        after = m.string[m.end() :]
        if not after.strip():
            tail = ""
        elif m.group(3):
            tail = " و "  # «متاسفم من که دیگه …»: the retort's «من که» said as «و …»
        elif _SORRY_FOR.match(after):
            tail = " "  # «متأسف شدم چون …»: its own reason follows
        else:
            tail = "، "
        return ("، " if before else "") + sorry + tail

    return _GLUED_SORRY.sub(apart, clause, count=1)


_FOR_ME = re.compile(
    r"(?<!\S)(?:در ?کل|در ?مجموع|کلا|کلاً) (?:من|ما) \S+ (?:بود|نبود|است|نیست|هست)(?!\S)"
)


# «همه ما»، «ما همه»، «همه‌مون»: a saying about everyone, the customer among them.
_ALL_OF_US = re.compile(
    r"(?<!\S)(?:همه(?:\s|\u200c)?(?:ی\s)?ما|ما(?:\s|\u200c)همه|همه(?:\s|\u200c)?(?:مون|مان)|هممون)(?!\S)"
)


_SPEECH = re.compile(r"(?<!\S)(?:گفتم|گفتیم|گفت|گفتند|گفتن|پرسیدم|پرسید|پرسیدند)\s*:")
# r39: slipped's patterns, compiled once
_MUST_SAY = re.compile(r"(?<!\S)باید بگم(?!\S)")
_PLEASE = re.compile(r"(?<!\S)(?:لطفا|لطفاً|خواهشا|خواهشاً)(?!\S)")
_BI_FOR_BE = re.compile(r"(?<!\S)بی (?:این|اون|آن|اینبار|اونبار|اینجا|اونجا|شما|ما|من)(?!\S)")
_KHAST = re.compile("(?<!\\S)ن?می" + ZWNJ + "?خاست")
_PITY = re.compile(r"^(?:واقعا\s+|واقعاً\s+)?حیف(?!\S)")
_AND_THAT = re.compile(r"(?<!\S)و که(?!\S)")
_WHAT_A = re.compile(r"^(?:آخه\s+|اخه\s+)?(?:این|اینم|این هم)\s+چه\s")
_GENERIC_TO_YOU = re.compile(r"(?<!\S)(?:بهت|برات|ازت|باهات)(?!\S)")


def slipped(clause: str) -> bool:
    """A slip the lexicon's folding hides: «بؤد», «ام‌خشک» (for «هم خشک»), «بودو»; «باید بگم»."""
    if _MUST_SAY.search(clause):
        return True  # "I must say" keeping its clause: «باید بگویید» would be an order
    if _PLEASE.search(clause):
        return True  # a request («لطفا … دقت شود»): in their words, never the bot's order
    if _BI_FOR_BE.search(clause):
        return True  # «نه بی اینبار»: «بی» written for «به», the customer's slip
    if _KHAST.search(clause):
        return True  # «میخاستم» written for «میخواستم» ("I wanted"), never «می‌خاستید»
    if _PITY.match(clause.strip()):
        return True  # «حیف پول»: an exclamation, the customer's, never the bot's own sigh
    if fa_slips.exclaimed(clause):
        return True  # «چه خبره بابا»، «حتما بخونیدش»: the customer's voice, never the bot's
    if _FOR_ME.search(clause):
        return True  # «در کل من خوب بود» ("for me"): never «در کل شما خوب بود», "you were good"
    if _ALL_OF_US.search(clause):
        return True  # «همه ما … رنج میبریم»: everyone's, never «همه شما», "all of you"
    if _AND_THAT.search(clause):
        return True  # «این پوره سیب‌زمینی و که …»: a word lost between, the customer's slip
    if _WHAT_A.match(clause.strip()):
        return True  # «این چه سرویسیه»: an exclamation, never a statement in the bot's voice
    if _SPEECH.search(clause):
        return True  # «گفتم:نه، …»: a dialogue set down (a book's lines), never the bot's «گفتم»
    if _GENERIC_TO_YOU.search(clause):
        return True  # «حس خوبی بهت میده» (r24): the generic informal "you", in their words
    if _IF.search(clause) and any(_generic_you(t) for t in clause.split()):
        return True  # «اگه … در نظر نگیری»: the generic "you", never in the bot's voice
    for token in clause.split():
        key = _norm(token.strip("«»()،,.!؟?"))
        if key.endswith("تون") and len(key) > 5 and key[:-3] in _lines("nouns"):
            return True  # «افتضاحه کارتون» ("your work"): said to the company, never ours
        if "ؤ" in token and key not in _lines("words") and key not in _lines("nouns"):
            return True
        if token.startswith("ام" + ZWNJ):
            return True
        glued_and = key.endswith("و") and key[:-1].removeprefix("ن") in _stems()[0]
        if glued_and and key not in _lines("words") and key not in _lines("nouns"):
            return True  # «سرد بودو مونده»: «بود و» run together
    return False


def unsure(tokens: list[str], out: list[str], never: frozenset[str]) -> bool:
    """A shift that reads wrong: "my" kept beside a shifted verb, or «باید» before one."""
    kept = [t for t, o in zip(tokens, out, strict=True) if t == o]
    mine = any(mine_unshifted(t, never) for t in kept) or _told_to(tokens, out)
    return mine or _mine_described(tokens, out)


def _mine_described(tokens: list[str], out: list[str]) -> bool:
    """«جلو مهمونهای خارجیم»: ‑م on the adjective after a plural noun is "my (foreign
    guests)", never "I am": kept beside a shifted word it is a half shift, so quoted (r27)."""
    if tokens == out:
        return False
    pairs = [(t, o) for t, o in zip(tokens, out, strict=True) if t.strip()]
    for at in range(1, len(pairs)):
        key = _norm(pairs[at][0].strip("«»()،,.!؟?"))
        noun = _norm(pairs[at - 1][0].strip("«»()،,.!؟?"))
        plural = noun.endswith(("های", "هاي", "ای")) and len(noun) > 4
        base = key[:-1]
        described = base in _lines("adjectives") or (base.endswith("ی") and is_known(base))
        if pairs[at][0] == pairs[at][1] and plural and key.endswith("م") and described:
            return True
    return False


# «چیستای عزیزم»، «نویسنده‌ی عزیزم»: "my dear …" calls someone; «عزیزتان» would be a
# stranger's endearment in the bot's mouth, so the clause stays in the customer's words.
_DEAR = re.compile(r"(?<!\S)(?:عزیزم|عزیزمی|جانم)(?=[\s.!؟?،,…]*$)|(?<!\S)عزیزم(?!\S)")


def addressed(clause: str) -> bool:
    """A clause calling someone «… عزیزم» / «… جانم»: quoted, never «عزیزتان»."""
    return bool(_DEAR.search(clause))


def _told_to(tokens: list[str], out: list[str]) -> bool:
    """«باید بریم جایی که …» ("we must go elsewhere") said «باید بروید» is the bot telling
    the customer what to do: the customer's resolve or advice to others, in a quote."""
    words = [(t, o) for t, o in zip(tokens, out, strict=True) if t.strip()]
    return any(
        _norm(token.strip("«»()،,.!؟?")) in ("باید", "بایست", "بهتره")
        and any(t != o and o.endswith("ید") for t, o in words[at + 1 : at + 4])
        for at, (token, _) in enumerate(words)
    )


def mine_unshifted(token: str, never: frozenset[str]) -> bool:
    """A word in ‑م left as it stands though it may be "my" + a noun («بارم»)."""
    key = _norm(token.strip("«»()،,.!؟?"))
    if not key.endswith("م") or key in never or key in _lines("adjectives") or key in _WORDS_IN_M:
        return False
    base = key[:-1]
    return len(base) > 1 and (base in _lines("possessed") or base in _lines("nouns"))


# Words of their own that end in ‑م: ordinals and «سالم» (intact), never "my".
_WORDS_IN_M = frozenset("سالم بازم دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم".split())


# «کتاب بیست و هشتم»: an ordinal («هشتم»، «بیستم»، «سی‌ام») is a number, never «هشت» (let) + "I".
_NUMBERS = "یک دو چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده"
_TENS = "نوزده بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد هزار"
ORDINALS = frozenset([w + "م" for w in f"{_NUMBERS} {_TENS}".split()] + "سوم سی‌ام سیام دوم".split())


# Light verbs that make compound verbs with a noun («تماس گرفتن»، «سفارش دادن»).
_LIGHT_PAST = ("گرفت", "کرد", "زد", "داد", "کشید")


def too_before_light_verb(token: str, following: str) -> bool:
    """«تماسم گرفته بودم»: ‑م on a noun right before its light verb is «هم» ("also"),
    not "my": the noun and the verb make one compound verb, so no shift is certain."""
    key = _norm(token.strip("«»()،,.!؟?"))
    verb = _norm(following.strip("«»()،,.!؟?"))
    for prefix in ("نمی", "می", "ن"):
        if verb.startswith(prefix) and verb[len(prefix) :].startswith(_LIGHT_PAST):
            verb = verb[len(prefix) :]
            break
    noun = key[:-1] in _lines("nouns") or key[:-1] in _lines("possessed")
    return key.endswith("م") and noun and key != "خودم" and verb.startswith(_LIGHT_PAST)


# «… و آخرم …» opening a telling's step: "and in the end, too"; never «اول و آخرم بود».
_LAST_TOO = re.compile(
    r"(?:^|(?<=(?<!اول )و )|(?<=(?<!اول )و))[آا]خرم(?= (?!(?:بود|شد|هست|است|نبود)(?!\S)))"
)


_IF = re.compile(r"(?<!\S)(?:اگه|اگر)(?!\S)")


def _generic_you(token: str) -> bool:
    """«نگیری»، «بخوری»، «میخوری»: a second-person singular verb on a present stem."""
    key = _norm(token.strip("«»()،,.!؟?")).replace(ZWNJ, "")
    if not key.endswith("ی") or key in _lines("words") or key in _lines("adjectives"):
        return False
    for prefix in ("نمی", "می", "ب", "ن"):
        if key.startswith(prefix) and key[len(prefix) : -1] in _stems()[1]:
            return len(key) - len(prefix) > 2
    return False


_SUBJUNCTIVE_THINK = re.compile(
    r"(?<!\S)(?:تا|که|اگه|اگر|باید|مجبور\S*)(?:\s+(?!(?:ولی|اما)(?!\S))[^\s،,.]+){0,5}"
    r"\s+(?:فکر|حس|گمون|گمان) کنم"
)
# r39: idioms' patterns, compiled once
_BAD_CAME = re.compile(r"(?<!\S)بدم(?= (?:اومد|آمد|میاد|میآید|می‌آید))")
_THAT_TOO = re.compile(r"^اونم(?= \S)")
_REGRET = re.compile(r"(?<!\S)پشیمون(?= (?:شدم|شدیم|هستم|هستیم)(?!\S))")
_STILL_THAT = re.compile(r"^هنوز که(?= )")
_TOGETHER = re.compile(
    r"(?<!\S)بهم(?= (?:ریخت|خورد|زد|پیوست|چسبید(?=\S)|می[ \u200c]?(?:خور|چسب)"
    r"|ن?می[ \u200c]?(?:ریز|ریخت|زن|زد)|[بن](?:ریز|زن)))"
)
_POOR_SOUL = re.compile(r"(?<!\S)بنده(?= خدا(?!\S))")
_TO_BE_FAIR = re.compile(r"(?<!\S)(?:از حق|از انصاف) نگذریم(?!\S)")
_SORRY_END = re.compile(r"(?<!\S)(?:متاسفم|متأسفم)(?=[\s.,،!]|$)")
_FAK = re.compile(r"(?<!\S)فک(?= (?:کنم|می ?کنم|میکنم)(?!\S))")
_FAKONAM = re.compile(r"(?<!\S)فکنم(?!\S)")
_THINK_I = re.compile(r"(?<!\S)(فکر|حس|گمون|گمان) کنم(?!\S)")


def idioms(clause: str) -> str:
    """Idioms where a first-person form is not one: «بهم ریخته» (messed up), «بدم اومد»."""
    clause = _BAD_CAME.sub("بدتان", clause)
    clause = _THAT_TOO.sub("آن هم", clause)  # «اونم سرد»: "and cold at that"
    clause = _REGRET.sub("پشیمان", clause)
    clause = _STILL_THAT.sub("هنوز", clause)  # «هنوز که …»: the retort's «که» goes
    # «بهم چسبیده بود»: stuck together, not "to me"; «خیلی بهم چسبید» (the bare past) is
    # "I enjoyed it", shifted as «به شما». «حال آدم رو بهم میزنه» ("it turns one's stomach"):
    # «به هم زدن» in any tense, never «به شما میزنه»
    clause = _TOGETHER.sub("به‌هم", clause)
    clause = _LAST_TOO.sub("آخرش هم", clause)  # «وآخرم با سر خورد زمین»: «آخرش هم», not "my"
    clause = _POOR_SOUL.sub("بنده‌ی", clause)  # «بنده خدا»: "poor soul"
    # «از حق نگذریم» is "to be fair", no «we» to shift nor to quote the clause for.
    clause = _TO_BE_FAIR.sub("انصافاً", clause)
    # «متاسفم» closing a complaint is disappointment: «متأسف شدید», never the stiff «متاسفید».
    clause = _SORRY_END.sub("متأسف شدم", clause)
    clause = bare_sorry(clause)  # «واقعا متاسف خیلی بد بود»: «متأسف شدم، …»
    # «فکر کنم» is "I think", not a subjunctive: «فکر می‌کنید».
    clause = _FAK.sub("فکر", clause)  # «فک کنم»
    clause = _FAKONAM.sub("فکر کنم", clause)  # «فکنم» typed as one word
    # Subjunctive only within its «تا/که/باید …» stretch («تا مزه رو حس کنم»): a «که» or «اگر»
    # before a «ولی/اما» or a comma («ما که سیر شدیم ولی … فکر کنم») left «فکر کنید», an order.
    if not _SUBJUNCTIVE_THINK.search(clause):
        # «تا … حس کنم» is a subjunctive ("so that I taste"): left to the verb analysis
        clause = _THINK_I.sub("\\1 می" + ZWNJ + "کنم", clause)
    return clause


def hortative_until(clause: str, modal: re.Pattern[str]) -> int:
    """Where "let us …" may still be heard: up to the first «اگر/باید/تا/که …» (a «ب…یم»
    after it is their plain subjunctive); «بخوانیم و اگر بتوانیم …» opens on "let us read"."""
    found = modal.search(clause)
    return found.start() if found else len(clause)


# «دوستش داشتم،آخر داستان رو …»: a comma typed with no space after it parts two words; read as
# one token, «داشتم» was left unshifted beside a shifted «داشتید» (a half shift). Not where a
# "we" (‑یم، ‑مون) or «عرض کنم» is told: those clauses stay quoted as before («… از دست دادیم»
# of a whole people, «اگه نژاد برامون مهم باشه» of anyone, never «دادید»، «برایتان»).
_COMMA_GLUED = re.compile(r"(?<=[\u0600-\u06ff])[،,](?=[\u0600-\u06ff])")
_WE_TOLD = re.compile(r"(?:یم|مون|مان)(?=[\s،,.!؟?]|$)|عرض")


def comma_apart(clause: str) -> str:
    """``clause`` with a comma glued between two words given its space («داشتم، آخر»)."""
    return clause if _WE_TOLD.search(clause) else _COMMA_GLUED.sub("، ", clause)


# Someone else's words, reported without quotation marks: «میگن … نداریم» is the shop's "we".
_SAYS = re.compile(
    r"^(?:میگن|می‌گن|میگه|می‌گه|گفتن|گفتند|میگفتن|میگفت|می‌گفتند|می‌گویند|می‌گوید|گفته‌اند)$"
)
_SAID_IN_GENERAL = frozenset("میشه می‌شه میشود می‌شود نمیشه باید میتوان می‌توان میتونم".split())


def reported(tokens: list[str], out: list[str]) -> bool:
    """Whether a verb shifted after a third person's verb of saying (their "I/we", not ours).

    «از سوپر زنگ زدن میگن فلان شیر رو نداریم» was said back «… میگن … ندارید»: the shop's
    «نداریم» made the customer's. «میشه گفت …» ("one could say") reports no one.
    """
    words = [t.strip("«»()،,.!؟?:") for t in tokens]
    for i, word in enumerate(words):
        if not _SAYS.match(word):
            continue
        before = next((w for w in reversed(words[:i]) if w.strip()), "")
        if before in _SAID_IN_GENERAL:
            continue
        # A verb made ours (‑ید); a possessive alone («یه محصولم» = «محصول هم») may be theirs.
        changed = zip(tokens[i + 1 :], out[i + 1 :], strict=False)
        return any(a != b and b.strip("«»()،,.!؟?:").endswith("ید") for a, b in changed)
    return False


def bare_subjunctive_we(key: str) -> bool:
    """«ببریم»، «بخوریم»: "shall we …?" — said to the company, never a plain first person."""
    return key.startswith("ب") and key.endswith("یم") and key[1:-2] in _stems()[1]


def part_ends(clause: str) -> list[str]:
    """The last word of each part of a clause cut at « و » and commas (r37), the end included."""
    parts = re.split(r"[،,]|\s+و\s+", clause)
    return [p.split()[-1].strip(".!،,؟?") for p in parts if p.split()]


def noun_am(last: str, shifted: str | None) -> bool:
    """«رستورانم»، «باروژم»: a noun with ‑م for "am" (``shifted``: the word analysis' result)."""
    if not last.endswith("م") or shifted != last:
        return False  # «من … سفارش دادم»، «من … ناراحتم»: analysed, shifted as one
    whole = last in _lines("words") or last in _lines("nouns")
    return not whole and (last[:-1] in _lines("nouns") or is_known(last[:-1]))
