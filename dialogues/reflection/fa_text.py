"""Persian text around the person shift: what to tidy before a message is cut into clauses.

``prepare`` runs on a whole cleaned message (dashes and glued emoticons, «وخوشمزه» →
«و خوشمزه», thanks inside a sentence); ``without_thanks`` takes a thanks off the end of one
clause and what it leaves hanging («… و از بابت ممنون»), so a thanks never turns a complaint
into a fragment. Where a run-on sentence ends its clauses is ``fa_verb_ends``.
"""

from __future__ import annotations

import re

from dialogues.reflection import fa_gaps, fa_intense, fa_seams, fa_tail
from dialogues.reflection.fa_thanked import THANKS_END as _THANKS_END
from dialogues.reflection.fa_words import is_known, is_word
from dialogues.reflection.noise import trim_edges
from dialogues.text import ZWNJ

WISH = re.compile(
    r"^(?:انشاالله |ان شاء الله |ایشالا )?"
    r"(?:موفق|پاینده|خدا قوت|خسته نباشید|تن ?درست|در پناه حق|سلامت باشید|خدا خیر|خدا حفظ)"
)


# «نبود-امکان نداره»: a dash between words ends a clause, as a spaced dash does.
_DASH = re.compile(  # not inside «اسنپ-ن-اشته», a word spelt with dashes
    r"(?<=[\u0600-\u06ff]{3})[-–—](?=[\u0600-\u06ff]{3})"
    r"|(?<=[\u0600-\u06ff])(?:\s[-–—]\s?|[-–—]\s)(?=[\u0600-\u06ff])"
)
# «سرد شده بود: (» — an emoticon glued to the last word, which noise.py leaves alone.
_GLUED_EMOTICON = re.compile(r"\s?[:;]\s?-?\s?[()/\\|]{1,3}(?=\s|$|[.!،؟])")
_GLUED_AND = re.compile(r"(?<![^\s«(])و(?=[\u0600-\u06ff]{3,})(\S+)")


# «… ممنون حتما بازم سفارش میدم»: a thanks between two clauses ends the first. Not «ممنون
# میشم» ("I'd be grateful if …", a request) and not a thanks with its object («از شما
# متشکرم»): cutting those out would leave a broken quote («…، میشم پیگیری کنید»).
_MID_THANKS = re.compile(
    r"(?<=[\u0600-\u06ff])(?<!\sاز\s\S)(?<!\sاز\s\S\S)(?<!\sاز\s\S\S\S)(?<!\sاز\s\S{4})"
    r"(?<!\sاز\s\S{5})(?<!\sاز\s\S{6})\s+(?:(?:ممنون|مرسی)\s+(?!برای\s)|(?:ممنونم|متشکرم)\s+)"
    r"(?!از\S{0,3}\s|که\s|بابت\s|بخاطر\s|به خاطر\s|می|خواه)(?=[\u0600-\u06ff])"
)  # «ممنون برای …»، «ممنونم ازتون بابت …» thank for; «… متشکرم | برای طراحی عالیه» ends


# «…. تشکر میکنم.»: a thanks standing alone as its own sentence, said as the one word it is
# (the courtesy filter would take «تشکر» and leave «می‌کنید»); with an object it is a telling.
_THANKS_VERB = re.compile(
    r"(?:^|(?<=[.!؟?\n]))(\s*)تشکر\s*(?:می\u200c?|می\s)?کنم(?=\s*(?:[.!؟?\n]|$))"
)

# Spoken spellings of feelings (-ون for -ان): said back in the written form.
SPOKEN_STATES = {"پشیمون": "پشیمان", "نگرون": "نگران", "حیرون": "حیران", "پریشون": "پریشان"}


# «۱۵۰۰هزینه»: a number glued to a word (not «۲تا», the spoken classifier) is the customer's.
GLUED_NUMBER = re.compile(r"[۰-۹0-9](?!تا(?![\u0600-\u06ff]))[\u0621-\u064a\u067e-\u06cc]{2}")
# A numbered list written on one line: the inline numbers end the item before them.
_FIRST_ITEM = re.compile(r"^\s*[1۱][.\-)]\s")
_NEXT_ITEM = re.compile(r"(?<=\S)\s+[2-9۲-۹][.\-)]\s+(?=[\u0600-\u06ff])")
_LATER_FIRST = re.compile(r"(?<=\S)\s+[1۱][.\-)]\s+(?=[\u0600-\u06ff])")  # after a greeting


_GREETING_THANKS = re.compile(
    r"^\s*(?:با ?سلام|سلام)\s+و\s+(?:تشکر|احترام|عرض ادب|(?:عرض\s+)?خدا ?قوت|خسته نباشید)"
    r"(?![\u0600-\u06ff])(?!\s+(?:از|بابت|ویژه|فراوان|می|میکنم|دارم|به|خدمت))\s+(?=[\u0600-\u06ff])"
)
# «… نزنیم.با ارادت»، «… با احترام»: the «با» goes with the sign-off, never left on the telling.
_SIGN_OFF = re.compile(
    r"(?<=[\u0600-\u06ff])[\s.,،!]+(?:(?:با\s*)?(?:ارادت|احترام)|ارادتمند|ارادتمندم|ارادتمندیم)"
    r"[\s.!]*$"
)
_GREETING_TO = re.compile(
    r"^\s*(?:با ?سلام|سلام)\s+(?:و\s+)?(?:عرض ادب\s+)?خدمت\s+(?:دوستان|شما|همه|همگی)(?:\s+عزیز)?"
    r"[\s.,،!]*"
    r"|^\s*(?:مدیریت|مدیر|دوستان|همکاران)(?:\s+(?:محترم|عزیز|گرامی))?\s+(?:با ?)?سلام[\s.,،!]+"
    r"|^\s*درود بر شما[\s.,،!]+(?=\S)"
    r"|^\s*عرض ادب[\s.,،!]+(?=\S)"  # «عرض ادب. ممنون بابت …»: the greeting alone (r35)
)  # «مدیریت سلام لطفا …»: whom it is said to and the greeting, not the telling


_OPENS = r"(^|[.!؟?،,:\n]\s*|(?<!\S)(?:و|ولی|اما|که|با ?سلام|سلام)\s+)"
_PREFACE = re.compile(
    _OPENS + r"(?:(?:اول از همه )?باید بگم|(?:با اطمینان |فقط |تنها )?می[ \u200c]?تو(?:ا)?نم"
    r" (?:بگم|بگویم)|(?:خیلی )?خلاصه بگم|قابل ذکره? که بگم|(?:به|با) ?جرات (?:می ?تونم )?بگم)"
    r"(?: که)?\s+"  # «فقط میتونم بگم عالی»: never «فقط می‌توانید بگویید»; r37: «خلاصه بگم»
)
# Two words a customer ran together, where the parts leave no doubt.
_GLUED_TIME = re.compile(r"(?<!\S)(دیر|زود)((?:ن?رسید|ن?اومد|ن?آمد)\S*)")
_GLUED_BUT = re.compile(r"(?<!\S)(\S*(?:بود|شد|رسید|داشت))(ولی|اما)(?!\S)")
# «شده‌» joined by a ZWNJ to a word that is not one of its endings («شده‌ها»، «شده‌ای»).
_GLUED_PARTICIPLE = re.compile(
    "(?<!\\S)شده\u200c(?!(?:ها|های|هایی|ای|ایم|اید|اند|ام|است|ی)(?![\u0600-\u06ff]))"
)
_NEXT_POINT = re.compile(
    r"(?<=[\u0600-\u06ff])\s+(?:دوم|دوما|دوماً|سوم|سوما|سوماً)\s+(?:اینکه|این که)\s+"
)
_ORDINAL = re.compile(
    r"(^|[.!؟?\n]\s*)(?:اولا|اولاً|دوما|دوماً|سوما|سوماً|اول|دوم|سوم)\s+(?:که|هم|اینکه)\s+"
)


# An opening sentence that only names whom it is said to («دوستان عزیز باروژ.»).
_ADDRESS = re.compile(
    r"^\s*(?:(?:[^\s.!؟?،,:]+\s+){0,2}(?:عزیز|عزیزم|گرامی|محترم)(?:\s+[^\s.!؟?،,:]+){0,2}"
    r"\s*[.!:]+|(?:[^\s.!؟?،,:]+\s+){1,3}عزیزم\s*[،,])\s+(?=\S)"
)
# «… مرسی چیستای عزیزم»: a closing call to someone ("my dear …"), whom it is said to.
_DEAR_LAST = re.compile(
    r"(?<=\S)(?:\s*[.!…،,]+\s*(?:(?:مرسی|ممنون|ممنونم)\s+)?|\s+(?:مرسی|ممنون|ممنونم)\s+)"
    r"(?:[^\s.!؟?،,:]+\s+){1,2}(?:عزیزم|جانم)[\s.!…]*$"
)


_RANGE = re.compile(r"(?<=[0-9۰-۹])\s*[-–—]\s*(?=[0-9۰-۹]{1,3}(?![0-9۰-۹]))")


_LAUGHTER = re.compile(r"(?:^|[ \t]+)(?:خ{3,}|هه{2,})(?=\s|$)")  # «خخخخ»: laughter
# «… ومن الله توفیق»: a pious sign-off closing the message, not part of the telling.
_PIOUS_END = re.compile(r"[\s.,،!]+و ?من الله (?:ال)?توفیق[\s.!]*$")
# «… و بینهایت سپاس»: the thanks goes as noise, so the words leading to it go with it.
_THANKS_LEAD = re.compile(
    r"(?:\s+و)?\s+(?:بی ?نهایت|بی\u200cنهایت|فراوان)(?=\s+(?:سپاس|ممنون|متشکر|تشکر))"
)
# «همینطوری فرستاده شد: (ولی …»: a sad face glued to the next word, never a bracket opened.
_SAD_GLUED = re.compile(r"(?<=[\u0600-\u06ff]):\s?\((?=[\u0600-\u06ff])(?![^)]*\))")


# «… فوق العاده بود. خیلی ممنون و خداقوت»: a closing sentence of thanks and a wish.
_THANKS_WISH_END = re.compile(
    r"(?<=[.!])\s*(?:خیلی |بسیار )?(?:ممنون|ممنونم|مرسی|سپاس|سپاسگزارم|متشکرم)\s+و\s+"
    r"(?:خدا ?قوت|خسته نباشید|موفق باشید)[\s.!]*$"
)


def before_clean(message: str) -> str:
    """A message without laughter, a pious sign-off, a closing thanks and wish, a sad face
    glued to a word, and the words that only led up to a thanks («… و بینهایت سپاس»)."""
    message = fa_gaps.unsigned(fa_gaps.rtl_smile(fa_gaps.dal_apart(message)))  # «(:»، «میکر د»
    message = _PIOUS_END.sub("", _LAUGHTER.sub("", message))
    message = _THANKS_WISH_END.sub("", message)
    return _SAD_GLUED.sub("، ", _THANKS_LEAD.sub("", message))


# A slip that spells a real word, put right where the context leaves one reading («تحول داده
# شد»، «زود رسد»، «چون دیگ از …»): the lexicon knows «تحول», so only this list mends them.
_SPECIAL = r"(?<!\S)(?<!سس )(?<!پیتزا )(?<!برگر )(?<!نان )(?<!نون )مخصوص"  # «سس مخصوص»: a name
_REAL_WORD_SLIPS = (
    (r"(?<!\S)تحول(?= (?:داده|دادن|دادند|دادید|شد|شده|گرفتم|گرفتیم)(?!\S))", "تحویل"),
    (r"(?<!\S)بودی(?= (?:بد|خوب|زننده|نامطبوع)(?!\S))", "بوی"),
    (r"(?<!\S)(زود|دیر|موقع|سرد|گرم|داغ|سالم) رسد(?= *(?:[.!،,]|ممنون|مرسی|$))", r"\1 رسید"),
    (r"(?<!\S)(چون|که|من) دیگ(?= (?:از|نمی|هیچ|سفارش))", r"\1 دیگه"),
    (r"(?<!\S)(طعم|بوی|مزه) (?:ضخم|زخم)(?!\S)", r"\1 زهم"),  # the smell of raw meat
    (_SPECIAL + r"(?= (?:(?:داخل|وسط|قسمت)\S{0,3}|توی|تو)(?!\S))", "مخصوصا"),  # «مخصوص داخلش»
)


_FIRSTLY = re.compile(r"(?<!\S)(?:اولا|اولاً|اول اینکه)(?: که)?(?!\S)")
_SECONDLY = re.compile(r"[.،,]?\s+(?:دوما|دوماً|ثانیا|ثانیاً|دوم اینکه|دوم هم)(?!\S)")


# «یا …» inside a clause is "or so on"; at a clause's end («پیک بود یا …») it is a doubt, kept.
_OR_SO_ON = re.compile(r"\s+یا\s*(?:…|\.{2,})\s*(?=[\u0621-\u06cc])")


def prepare(text: str) -> str:
    """A cleaned message with dashes spaced, glued emoticons gone, «وخوشمزه» → «و خوشمزه»."""
    text = _GLUED_EMOTICON.sub("", text).replace("٬", "،")  # U+066C written as a comma
    text = _STRAY_COMMA.sub(" ", text)  # «تازه ,و قیمت»، «زیر ۲۰، دقیقه»: no comma there
    text = re.sub(r"(?<!\S)(ساعت|دقیقه)و(?= (?:نیم|ربع|[0-9۰-۹]))", r"\1 و", text)  # «ساعتو نیم»
    text = _PRAISE_AND.sub(r"\1 و", text)  # «خیلی خوبو تازه بود» → «خوب و تازه»
    text = _GLUED_BUT_ON.sub(r"\1 \2 ", text)  # «بوداماهمه» → «بود اما همه»
    text = _GLUED_WORDS.sub(_unglue_words, text)  # «تعدادبسته» → «تعداد بسته»
    text = _GREETING_THANKS.sub("", text)  # «با سلام و تشکر سفارش …»: never «تشکر سفارش …»
    text = _THANKS_VERB.sub(r"\1متشکرم", text)  # not «تشکر» dropped and «می‌کنید» left
    text = _GREETING_TO.sub("", text)  # «باسلام خدمت دوستان …»: a greeting, with its address
    text = _SIGN_OFF.sub("", text)  # «… باربیکن ارادت»: a sign-off, not part of the telling
    text = _DEAR_LAST.sub("", _ADDRESS.sub("", text))  # «دوستان عزیز باروژ.»: to whom, not what
    text = _RANGE.sub("-", text)  # «۲ - ۳ ساعت»: a range, not two sentences
    text = re.sub(r"^\s*یعنی\s+", "", text)  # «یعنی خدا خیرشون بده»: never «پس یعنی …»
    text = fa_tail.verdict_apart(_DASH.sub(" - ", text))  # «… خارج میکنه | من ازش راضیم»
    text = fa_tail.asked(fa_tail.overall_apart(text))  # «… در کل فوق العادس»، «…؟!»
    if _FIRSTLY.search(text) and _SECONDLY.search(text):  # «اولا … دوما …»: points of their own
        text = _SECONDLY.sub(". ", _FIRSTLY.sub(" ", text))
    if "(" not in text:  # «… سفارش میدیم)))»: a smile, never a bracket closing nothing
        text = re.sub(r"\s*[:;]?\s*-?\)+", "", text)
    for slip, meant in _REAL_WORD_SLIPS:
        text = re.sub(slip, meant, text)
    if _FIRST_ITEM.match(text):  # «۱. … ۲. … ۳. …»: each number starts an item of its own
        text = _NEXT_ITEM.sub(". ", text)
    elif _LATER_FIRST.search(text) and _NEXT_ITEM.search(text):  # «با سلام ۱. … ۲. …»
        text = _NEXT_ITEM.sub(". ", _LATER_FIRST.sub(". ", text))
    closed = _THANKS_END.sub("", text)
    text = closed if len(closed.split()) >= 2 else text  # «خیلی ممنون از پیک»: all thanks
    text = _MID_THANKS.sub("، ", fa_intense.without_intensifier(text))  # «… ممنون حتما …»
    text = re.sub(r"(?<!\S)(ولی|اما)،\s*", r"\1 ", text)  # «ولی ممنون در کل …»: no «ولی،»
    # "I must say": a preface where a clause opens; mid-clause («… میتونم بگم اینه که») it stays
    text = _PREFACE.sub(lambda m: m.group(1), text)
    text = _GLUED_TIME.sub(r"\1 \2", text)  # «دیررسید» → «دیر رسید»
    text = _GLUED_BUT.sub(r"\1 \2", text)  # «نبودولی» → «نبود ولی»
    text = _GLUED_PARTICIPLE.sub("شده ", text)  # «نوشته شده‌چیزهای» → «نوشته شده چیزهای»
    text = _NEXT_POINT.sub("، ", text)  # «… بره بالا دوم اینکه …»: a new point, a new clause
    text = _ORDINAL.sub(lambda m: m.group(1), text)  # «اولا که …»، «دوم هم …»: no «که» left
    text = re.sub(
        r"(?<=[\u0600-\u06ff])،\s*(?=(?:نبود|نیست)(?:[\s.!…]|$))", " ", text
    )  # «بد، نبود»
    text = re.sub(r"\s+و\s*(?:…|\.{2,})\s*", " ", text)  # «کلم قرمز و … مخلوط»: "and so on"
    text = _OR_SO_ON.sub(" ", text)  # «سیب زمینی یا.. استفاده شود»: never «یا، استفاده» (fa61)
    text = re.sub(ZWNJ + r"+(?=\s|$)|(?<!\S)" + ZWNJ + "+", "", text)  # «سلام‌ کیفیت»
    return _GLUED_AND.sub(_unglue_and, text)


_GLUED_BUT_ON = re.compile(r"(?<!\S)(\S*(?:بود|شد|رسید|داشت))(ولی|اما)(?=[\u0600-\u06ff]{2})")
_GLUED_WORDS = re.compile(r"(?<![^\s«(])[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{6,}")
_NON_JOINING = "ادذرزژو"
# Praise run into «و» («خوبو تازه»، «خوشمزهو»): two words, never a slip to quote.
_PRAISE_AND = re.compile(r"(?<!\S)(خوب|تازه|خوشمزه|داغ|گرم|عالی|تمیز|سریع|لذیذ)\u200c?و(?= \S)")
# A comma run into «و» («تازه ,و قیمت») or between a number and its unit («۲۰، دقیقه»).
_STRAY_COMMA = re.compile(
    r"\s+[,،](?=و\s)|(?<=[0-9۰-۹])\s*[,،]\s*(?=(?:دقیقه|ساعت|هزار|تومان|تومن|عدد|کیلو)(?!\S))"
)
_SHORT_LEFT = frozenset(
    "بود خدا چند اقا آقا برا".split()
)  # glued on often, never a loanword's head


def _unglue_words(match: re.Match[str]) -> str:
    """Two known words run together after a letter that never joins («تعدادبسته»): the space
    the eye does not miss, put back, where exactly one cut leaves two whole words."""
    token = match.group(0)
    if token.startswith(("و", "تشکر", "سپاس", "ممنون")) or is_known(token):
        return token  # «وتربیت» is _unglue_and's; «تشکرفراوان» the courtesy's, gone whole
    if token.startswith("بال") and is_word(token[3:]):
        return token  # «بالاجبار» (ب + ال + اجبار): an Arabic adverb, never «بالا جبار»
    cuts = [
        i
        for i in range(3, len(token) - 2)
        if token[i - 1] in _NON_JOINING
        and (i >= 4 or token[:i] in _SHORT_LEFT)  # never «آوا کادو»، «کور دون»
        and (is_word(token[:i]) or fa_gaps.verb_to_you(token[:i]))
        and is_word(token[i:])
        and not fa_seams.one_word(token[:i], token[i:])  # «اندرسون»، «نیکولاس»: one word
    ]
    return token[: cuts[0]] + " " + token[cuts[0] :] if len(cuts) == 1 else token


# What is left hanging when a thanks is trimmed off («… و از بابت ممنون»).
_HANGING = re.compile(
    r"(?:\s+(?:و|از بابت|بابت|از|به خاطر|بخاطر|هم|خیلی|بسیار|واقعا))+$"
    r"|^(?:(?:ولی|اما|و)\s+)?(?:در هر صورت|به هر حال|در کل|درکل|باز|بازم)$"  # «ولی باز هم ممنون»
)


def tidy(piece: str) -> str:
    """A clause without the «و» left hanging at its end when the next one was cut off."""
    return _HANGING.sub("", _HANGING.sub("", piece.strip(" …")))  # «ولی باز هم» → «ولی باز» → «»


# «…، بابت نان‌های نرم و تازه هم تشکر»: a closing thanks for something, all courtesy.
_THANKS_TAIL = re.compile(
    r"(?:[،,]\s*|\s+(?:ولی|اما|و)\s+)(?:(?:ولی|اما|و)\s+)?(?:کلا\s+|در کل\s+)?(?:بابت|از)\s"
    r"[^،,]{0,60}(?:ممنون|ممنونم|مرسی|سپاس|تشکر|متشکرم|سپاسگزارم)[\s.!]*$"
)


# «… ظاهرا ممنون از پیک زحمتکش»، «… ممنون که هستی اسنپ»: a short thanks closing the clause.
_THANKS_LAST = re.compile(
    r"(?<=[\u0600-\u06ff])\s+(?:ممنون|ممنونم|مرسی|سپاس|متشکرم)\s+(?:از|که)(?:\s+[^\s،,]+){1,4}"
    r"[\s.!]*$"
)


# «مرتب و به موقع، سپاسگزارم»: a bare thanks after a comma closes the clause.
_THANKS_COMMA = re.compile(
    r"[،,]\s*(?:خیلی\s+)?(?:ممنون|ممنونم|مرسی|سپاس|سپاسگزارم|سپاسگذارم|متشکرم|تشکر)"
    r"(?:\s+(?:میکنم|می\u200cکنم|می کنم))?[\s.!]*$"
)


_THANKS_NOUN = re.compile(
    r"(?<=[\u0600-\u06ff]{2})\s+(?:و\s+)?(?:با\s+)?تشکر\s+(?:از|بابت)\s(?![^،,]*(?:کنم|کردم|کنیم|دارم)(?!\S))"
    r"[^،,]*$"
)


def untail(piece: str) -> str:
    """A clause without the thanks that closes it."""
    piece = _THANKS_TAIL.sub("", piece)
    bare = _THANKS_COMMA.sub("", piece)
    piece = bare if len(bare.split()) >= 2 else piece
    bare = _THANKS_NOUN.sub("", piece)  # «پیک عالی بود تشکر از آقای …»: the name goes too
    piece = bare if len(bare.split()) >= 3 else piece
    rest = _THANKS_LAST.sub("", piece)
    if rest != piece:  # «… قبلا بهتر بود، ولی ممنون از …»: never a clause ending on «ولی»
        rest = _without_hollow_tail(rest)
    return rest if len(rest.split()) >= 3 else piece  # «خیلی ممنون از پیک» is all thanks


def _unglue_and(match: re.Match[str]) -> str:
    whole, rest = match.group(0), match.group(1)
    core = rest.strip(".,،!؟?»)")
    if is_known(whole) or not is_known(core) or (len(core) < 4 and not is_word(core)):
        return whole
    return "و " + rest


# «بابت نان‌های نرم و تازه هم تشکر»: a thanks for something, all of it courtesy.
_THANKS_OPEN = re.compile(
    r"^(?:با ?تشکر|با ?سپاس|سپاس|ممنون|ممنونم|مرسی|تشکر)\s+(?:(?:ویژه|فراوان|خاص|زیاد)\s+)?"
    r"(?:از|بابت|برای)\s"
)
_THANKS_FOR = re.compile(r"^(?:بابت|از)\s.{0,60}(?:ممنون|ممنونم|مرسی|سپاس|تشکر)$")


# «متشکرم هم بابت غذا و هم بابت تخفیف»: what a thanks was for, nothing said of its own.
_THANKS_WHAT = re.compile(
    r"^(?:متشکرم|سپاسگزارم|سپاسگذارم|ممنونم|ممنون|مرسی)\s+(?:هم\s+)?(?:بابت|برای|از)\s[^،,]{1,50}$"
)


def without_thanks(piece: str) -> str:
    """A clause without a greeting or thanks at its edges, unless it is all thanks."""
    bare = piece.strip(" .!,،")
    if _THANKS_FOR.search(bare) or _THANKS_OPEN.match(bare) or WISH.match(bare):
        return piece  # «بابت نان‌های تازه هم تشکر»: courtesy whole, dropped as one
    if _THANKS_WHAT.match(bare) and not re.search(r"(?<!\S)(?:که|ولی|اما)(?!\S)", bare):
        return ""  # never «… راضی بودید، هم بابت غذا و هم بابت تخفیف»
    base = untail(piece).strip(" ,،:-–—")
    cut = trim_edges(base, "fa")
    if cut != base and base.startswith(cut):
        cut = _without_hollow_tail(cut)
    return tidy(cut) if cut != base else cut


# What leads up to a closing thanks and says nothing without it («ولی در کل …»، «ولی باز …»).
_HOLLOW = frozenset("ولی ولى اما و کلا درکل بازم بازهم".split())
_HOLLOW_PAIRS = frozenset({("در", "کل"), ("در", "مجموع"), ("باز", "هم")})  # «در» alone: a door


def _without_hollow_tail(cut: str) -> str:
    """«… میتونست باشه ولی در کل» (its «ممنون» gone) without the words that led to it."""
    kept = cut.split()
    while kept:
        if tuple(w.strip(" ,،") for w in kept[-2:]) in _HOLLOW_PAIRS:
            del kept[-2:]
        elif kept[-1].strip(" ,،") in _HOLLOW or kept[-1] == "باز":
            kept.pop()
        else:
            break
    return " ".join(kept).rstrip(" ,،") if len(kept) >= 2 else cut


def all_thanks(whole: str, content: int) -> bool:
    """Whether a message of pure courtesy is kept whole («از پیک ممنون», not «از پیک»)."""
    return bool(_THANKS_FOR.search(whole) or _THANKS_OPEN.match(whole)) or content < 2


def join_split_prefix(text: str) -> str:
    """ "می خوردید" written apart → one word with ZWNJ, as formal writing has it."""
    return re.sub(r"(?<![\w\u200c])(ن?می) (?=\S+ید(?!\S))", lambda m: m.group(1) + ZWNJ, text)
