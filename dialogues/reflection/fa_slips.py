"""Persian slips of typing mended before a message is heard, and remarks kept in a quote.

A full stop after a word that cannot end a sentence («از. زبان سه نسل»), a verb typed in
pieces («نمی آ ید») and a signature line («-مترجم») are the keyboard's or the sign-off's,
never content: mended or dropped. An exclamation («چه خبره بابا»، «والسلام») or advice to
other readers («حتما بخونیدش») is the customer's voice: said back in a quote, never as the
bot's own. A told sentence opening on the «یا» that added it to a list («… یا بستنی له و آب
شده») loses it, so no clause of the bot's dangles on «یا». A little word typed twice («به به
ذهن»), a list's heading («نقاط ضعف:»), a face between two words («…ه:/تا»), joiners beside a
mark and a lone «"» are the typist's; a «فقط ؛» closing a line opens the next; «تا کی؟» is
exasperation, told, never asked.
"""

from __future__ import annotations

import re

from dialogues.reflection import anchors, fa_colon, fa_dangling, fa_seams
from dialogues.reflection.fa_words import is_word
from dialogues.text import ZWNJ, fold

# Words that never end a sentence: a stop after them is a slip, never a cut.
_NEVER_LAST = "از به با در برای که و تا بر این اون آن هر"
_STRAY_STOP = re.compile(rf"(?<!\S)({'|'.join(_NEVER_LAST.split())})\.(?!\.)\s*(?=[\u0600-\u06ff])")
# «… تصور کنی.زمانی که …»: a stop typed without its space still ends the sentence (never
# «ه.ش», an abbreviation, nor «.۲موادش», a list's number glued to its item).
_LETTER = "[\u0621-\u064a\u067e-\u06cc]"
_GLUED_STOP = re.compile(rf"(?<={_LETTER}{{2}})\.(?={_LETTER}{{2}}|[0-9۰-۹]+\s)")
# «… کلی ترسیدم .من عاشق …»: the stop's space typed before it, not after (r23).
_SPACE_BEFORE_STOP = re.compile(
    rf"(?<!چون)(?<!ولی)(?<!اما)(?<=\s{_LETTER}{{2}}|{_LETTER}{{3}})[ \t]\.(?={_LETTER}{{2}})"
)  # never after «چون/ولی/اما» («… بزرگ نشده چون .روابط …»): no stop, a stray mark
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_SHORT = 20  # words: a message no longer is quoted whole when typed « .» throughout
# «… هر چی بگم کم گفتم .حتما …»: a fixed saying, never set apart to be shifted («… بگویید کم
# گفتید»).
_IDIOM = re.compile(r"هر\s?چ(?:ی|ه)\s+بگ(?:م|ویم)")
# After the stop: a contrast («.ولی این کتاب …») goes on with the sentence before (never a
# clause of its own left behind to be quoted); a farewell call («.یا علی و با علی») or a
# thanks formula («.دست همتون درد نکنه، کتابا عالی») is the sign-off's, never set apart.
_RUNS_ON = re.compile(r"\s*(?:ولی|اما|یا\s?(?:علی|حق)|دست\s|دمتون|خسته\s?نباشید|خدا\s?قوت)")
# «نمی آ ید»، «می آ یند»: a verb typed in pieces, one word.
_SPLIT_VERB = re.compile(rf"(?<!\S)(ن?می)[\s{ZWNJ}]?آ\s+(ید|یند|یم|ی|د)(?![^\s.!?؟،,])")
# A last line of a dash and a name or role («-مترجم»، «- علی رضایی»): a signature.
_SIGNATURE = re.compile(r"\n\s*[-–—]\s*[^\n\s.!?؟،,:]+(?:\s+[^\n\s.!?؟،,:]+){0,2}\s*$")
# «چند روز بیشتر به تاریخ انقضاشون نموده بود»: «نمونده» (was left) typed «نموده» (had done),
# never said back in the bot's voice (r24); a formal «… به او کمک نموده بود» has no time.
_LEFT_TILL = re.compile(
    r"((?:روز|ماه|هفته|ساعت)\s+(?:بیشتر\s+|دیگه\s+|دیگر\s+)?به\s+(?:[^\s.،,!?؟]+\s+){0,3}?)"
    r"نموده(?=\s+(?:بود|است|بودن)(?!\S))"
)

# «غذا عااالی پیک عاالی»: a long vowel held twice inside a word («عاالی»، «کااملا») is the
# word stretched, like «عااالی» (stretch.destretch takes runs of three); «ناامید» stays (r24).
_HELD_TWICE = re.compile(rf"{_LETTER}*(?<={_LETTER})اا(?=[^\Wا\d_]){_LETTER}*")


def _held(match: re.Match[str]) -> str:
    word = match.group(0)
    once = word.replace("اا", "ا", 1)
    common = fa_seams._common()  # a frequent word («عالی»، «تمام»), never a rare one («آماه»)
    spoken = once.endswith("یه") and fold(once[:-1]) in common  # «عالیه»: «عالی» + «ه»
    frequent = fold(once) in common or spoken
    return once if frequent and not is_word(word) else word


# Exasperation is the customer's: «چه خبره»، «ای بابا»، «بابا» calling out, «یعنی چی».
_EXCLAIMED = re.compile(
    r"(?<!\S)(?:چه خبره|چه خبر است|ای بابا|یعنی چی|یعنی چه|والسلام)(?!\S)"
    r"|^(?:\S+\s+){0,3}بابا(?!\S)(?!\s+(?:و|یا|من|ما|م|مون|ش|جان|بزرگ|\S*م)(?!\S))"
    r"|^(?:چقدر|چه ?قدر)(?!\S)"  # «چقدر داستان بی خود بود»: told, an exclamation (r27)
)
# Advice to other readers («حتما بخونیدش»، «حتماً بخرید»): an imperative after «حتما».
_ADVISED = re.compile(r"(?<!\S)(?:حتما|حتماً)\s+(?:\S+\s+)?(?!باید)ب\S+ید(?:ش|ش\S{0,2})?(?!\S)")


# A little word typed twice inside a sentence («ضربه به به ذهن»): once. Never at a sentence's
# start, nor «به به» as praise: before «و چه چه», an exclamation or a new clause («… اونم»).
_TWICE = re.compile(
    r"(?<=[\u0600-\u06ff]\s)(به|از|با|در|که|و|را|رو|تا|برای|این|اون)\s+\1"
    r"(?=\s+[\u0600-\u06ff])(?!\s+(?:و|چه|عجب|اونم|آنهم|اون|واقعا|خیلی)(?!\S))"
)
# A heading of a list («نقاط قوت:»، «معایب:»): no content, its colon a stop.
_HEADING = re.compile(
    r"[\s.،,]*(?<!\S)(?:(?:نقاط|نکات) (?:قوت|ضعف|مثبت|منفی)|مزایا|معایب|محاسن)\s*:\s*"
)
# «… ایده خوبی است فقط ؛ (new line) به روز تر باشین»: «فقط» with a mark closing a line opens
# the next; without one it may close its own («ترجمه دریابندری فقط»: "only his").
_ONLY_LAST = re.compile(r"[ \t]+(فقط|ولی|اما)[ \t]*[؛;،,:][ \t]*\n\s*")

# Invisible joiners beside a space or a mark («خنده.‌‌‌»، « .‌ترجمه»): the keyboard's, no join.
_LOOSE_JOINER = re.compile(rf"(?<=[\s.!?؟،,؛:…\"]){ZWNJ}+|{ZWNJ}+(?=[\s.!?؟،,؛:…\"]|$)")
# A face typed between two words («معشوقشونه:/تا کی»): a break, never glue nor a colon.
_FACE_BETWEEN = re.compile(r"(?<=[\u0600-\u06ff])[:;]-?[/\\|)]{1,3}(?=[\u0600-\u06ff])")


# «سلام‌وقت بخیر باشه …»: a greeting's joiner and its «باشه» are the greeting's, never content.
_GREETING_GLUED = re.compile(rf"^(\s*(?:با ?سلام|سلام|درود)){ZWNJ}(?=[\u0600-\u06ff])")
_GOOD_TIME = re.compile(r"(?<!\S)((?:وقت|روز|عصر|صبح)\S*) (?:به ?خیر|بخیر) باشه(?!\S)")
# «… با کمال تشکر» closing the message: the sign-off, whole, never «با کمال» left behind.
# «… .  بانشکر مجدد.»: a closing thanks «again» (its «ت» typed «ن»), the sign-off's whole (r27).
_THANKS_AGAIN = re.compile(r"[\s.,،!]*(?<!\S)با\s?[تن]شکر\s+(?:مجدد|دوباره)[\s.!…]*$")
_RATIO = re.compile(r"(?<!\S)نسب(?:ه)? به(?!\S)")  # r27: never «نسب» ("lineage") in our voice
_KIND_REGARDS = re.compile(r"[\s.,،!]*(?<!\S)با\s*کمال\s+(?:تشکر|احترام|سپاس|امتنان)[\s.!]*$")

# «نویسنده جان خسته نباشی» as a line of its own, «به petros» as a first line: whom it is to.
_CALL = re.compile(
    r"(?:^|(?<=[\n.!…]))([ \t]*)(?:[^\s.!؟?،,:]+[ \t]+){1,2}(?:جان|جون|عزیز|عزیزم)[ \t،,]*"
    r"(?=(?:خسته نباشی|خسته نباشید|ممنون|مرسی|سپاس|دمت گرم|دمتون گرم|دستت درد|دستتون درد)"
    r"[^\n\u0600-\u06ff]*(?:\n|$))"  # only the courtesy after it: «… ممنون که …» is content
)
# «کتاب ((خطِ مقدم ))»: doubled brackets mark a title as quotes would, never a smile ("))").
_DOUBLED_BRACKETS = re.compile(r"\({2,}\s*([^()\n]{1,60}?)\s*\){2,}")
_LAST_AND = re.compile(r"(?<=[\u0621-\u06cc])\s+و\s*[.…]*\s*$")
_ANSWERING = re.compile(r"^\s*(?:به\s+@?|@)[A-Za-z][\w.]*[ \t]*\n")
# «… پورتها و    شناسایی نمیشن»: a run of spaces after «و» is Digikala's «و …» ("and so on")
# with its dots stripped; when all that follows it up to the next gap is a short predicate
# («شناسایی نمیشن»، «باهاش کند»), the list's verb, the sentence goes on past it, said without
# the «و» like «و …» is (fa_text), never cut to leave «و» dangling and the verb alone (r25).
_GAP_AFTER_AND = re.compile(
    r"(?<=\S)[ \t]+و[ \t]{3,}((?:[\u0600-\u06ff\u200c]+ ){0,2}([\u0600-\u06ff\u200c]+))"
    r"(?=[ \t]{2,}|[ \t]*[.!?؟]*[ \t]*$)"
)

# «… خوندنی میشه بازم تشکر .یا علی و با علی»، «… .التماس دعا»: a farewell closing the message
# is the sign-off's, like a signature: left out, never said back in a quote or our voice (r25).
_FAREWELL = re.compile(
    r"(?:^|[\s.!…]+)(?:یا\s?علی(?:\s+و\s+با\s+علی)?|یا\s?حق|(?:التماس|ملتمس)\s+دعا)[\s.!…]*$"
)

# «…  شاد باشید»، «…🍁موفق باشیدد»، «… .درپناه خداوموفق باشیدانشالله»: a closing wish set apart
# by a mark, a gap or a face is the sign-off's, left out like a farewell; one after a comma
# («… ، در پناه خدا پیروز باشید» to soldiers) is what the message says (r27).
_CLOSING_WISH = re.compile(
    r"(?:(?<=[.!…\n])|(?<=\s\s)|(?<=[^\w\s،,\u200c]))[\s.!…]*"
    r"(?:در\s?پناه\s?(?:خدا|حق)\s?و?\s?)?(?:سالم\s+و\s+)?"
    r"(?:شاد|موفق|پیروز|سربلند|سلامت|پاینده|تندرست)\s?باشیدد*"
    r"(?:\s*(?:بانو|انشالله|ان شاء الله|ایشالا))?[\s.!…]*$"
)


# «طاقچه جان! این چی بود آخه؟»، «عزیزان من . اینکه …»، «دوستان ...»: a call opening the
# message, set apart by its mark, says whom it is to: never «طاقچه جان،» in our voice (r27).
_OPENING_CALL = re.compile(
    r"^\s*(?:(?!ای\s)[^\s!.،,؟?…]+\s+(?:جان|جون)|عزیزان(?: من)?|دوستان(?: عزیز| من)?)"
    r"\s*[!.…،,]+\s*(?=\S)"
)


# «دوستان این لپ تاپ بهترینه …»، «سلام دوستان من نصبش کردم»: the readers called at the
# opening, with no mark after it, are no word of the point: never «دوستان شما نصبش کردید»
# ("your friends installed it") nor a quote opening on the call.
_READERS_CALLED = re.compile(
    r"^(\s*(?:(?:با ?)?سلام[ \t]+)?)دوستان(?:[ \t]+(?:عزیز|گرامی|سلام))?[ \t]+"
    r"(?!(?:که|و|هم|ما|شما|خودم|خودشون|دیگه|دیگر)(?!\S))(?=\S)"
)


def _gone_on(match: re.Match[str]) -> str:
    """The list's verb after «و   » joined to its sentence, the «و» ("and so on") left out."""
    if not fa_seams.is_verb(fold(match.group(2))):
        return match.group(0)
    return " " + match.group(1)


def mend(message: str) -> str:
    """The message without a signature line, a stray stop or a verb typed in pieces."""
    message = _SIGNATURE.sub("", _KIND_REGARDS.sub("", message.rstrip()))
    message = _FAREWELL.sub("", message).rstrip() or message
    message = _CLOSING_WISH.sub("", message).rstrip() or message
    message = _THANKS_AGAIN.sub("", message).rstrip() or message
    message = _RATIO.sub("نسبت به", message)  # «حجمش نسب به قیمتش»: «نسبت» without its «ت»
    message = anchors.sub(_HELD_TWICE, _held, _LEFT_TILL.sub(r"\1نمونده", message))  # «اا»
    message = _GOOD_TIME.sub(r"\1 بخیر", _GREETING_GLUED.sub(r"\1 ", message))
    message = _CALL.sub(r"\1", _ANSWERING.sub("", _OPENING_CALL.sub("", message)))
    message = _READERS_CALLED.sub(r"\1", message)
    message = _GAP_AFTER_AND.sub(_gone_on, message)
    message = _DOUBLED_BRACKETS.sub(r" \1 ", message)
    message = _LAST_AND.sub("", message)  # «… برای نوشیدن چای نسکافه و»: cut off, no «و.»
    message = _FACE_BETWEEN.sub(" ", _LOOSE_JOINER.sub("", message))
    if message.count('"') == 1:  # a lone «"» opens or closes nothing: a stray mark
        message = message.replace('"', " ")
    message = _HEADING.sub(lambda m: ". " if m.start() else "", _TWICE.sub(r"\1", message))
    message = _ONLY_LAST.sub(lambda m: "\n" + m.group(1) + " ", message)
    message = _SPLIT_VERB.sub(lambda m: m.group(1) + ZWNJ + "آ" + m.group(2), message)
    message = _GLUED_STOP.sub(". ", _space_before_stop(message))
    message = fa_seams.unstretched(message)  # «می بیننن» → «می بینن»
    message = fa_colon.closing_colon(message)  # «… کم بود:» ends there (r33)
    return _STRAY_STOP.sub(r"\1 ", message)


def _space_before_stop(message: str) -> str:
    """« .» ends a sentence, unless a saying, a sign-off or a contrast beside it needs it (r24)."""
    words = len(message.split())
    if words <= _SHORT and len(_SPACE_BEFORE_STOP.findall(message)) > 1:
        return message  # a short message typed so throughout: quoted whole as typed

    def ends(m: re.Match[str]) -> str:
        before = _SENTENCE_END.split(message[: m.start()])[-1]
        after = _SENTENCE_END.split(message[m.end() :])[0]
        if _IDIOM.search(before) or _RUNS_ON.match(after):
            return m.group()
        return ". "

    return _SPACE_BEFORE_STOP.sub(ends, message)


def exclaimed(clause: str) -> bool:
    """An exclamation or advice to other readers: the customer's words, quoted."""
    return bool(_EXCLAIMED.search(clause.strip()) or _ADVISED.search(clause))


# «یا» opening a told sentence adds one more to a list («… یا بستنی له و آب شده»): alone it
# dangles. A call («یا خدا»، «یا حق»), an either-or («یا … یا …»), a question («یا خیلی
# باحاله؟» is "or"), a clause inside its sentence and a verbless tail («یا شخصیت دکتر را»)
# keep it.
_OPENING_OR = re.compile(
    r"^یا\s+(?!(?:خدا|علی|حسین|ابوالفضل|اباالفضل|امام|حضرت|رب|الله|حق|فاطمه|زهرا|محمد|رسول"
    r"|مهدی|صاحب|قمر|اینکه|این که)(?!\S))(?=\S+\s+\S)(?!.*(?<!\S)یا\s).*(?:د|ه|ست|ن)$"
)


def without_or(text: str, question: bool, glue: str) -> str:
    """A told sentence without the «یا» that tied it to the list before, nor a «خیلی»
    dangling after its verb (fa_dangling)."""
    text = text if question else fa_dangling.placed(text)
    if question or glue or not _OPENING_OR.match(text.rstrip(" .!…،,")):
        return text
    return text[2:].lstrip()


_ASKING_WORD = re.compile(
    r"(?<!\S)(?:چرا|چطور|چطوری|چگونه|کی|کجا|کجاست|آیا|چه|چی|چیه|چند|چقدر|کدوم|کدام|کو)(?!\S)"
)
_THAT = re.compile(r"(?<!\S)(?:اینکه|این که)(?!\S)")


def rhetorical(question: str) -> bool:
    """«یه سالاد توی یه کاسه کوچیک ۴۳ هزار تومن؟»: no question word, a complaint said; so is
    «… متوجه نشدم و اینکه اون زن کی بود!؟», its question word only inside «اینکه …» (never
    «آیا», never beside «سوال»: «سوالم اینکه آیا واقعی بود؟» asks)."""
    plain = question.replace("؟", " ").replace("?", " ")
    if re.search(r"(?<!\S)تا کی(?!\S)", plain) and "آیا" not in plain:
        return True  # «… خسته شدم … تا کی؟» ("how much longer?!"): exasperation, told
    found = _ASKING_WORD.search(plain)
    if not found:
        return True
    asks = found.group(0) == "آیا" or "سوال" in plain or "سؤال" in plain
    return not asks and bool(_THAT.search(plain[: found.start()]))


# «… زمانی دنبال ورزشکارا بود ولی حالا ...»: a "but now …" left unsaid trails off; without
# its «…» it reads as a clause cut short, so the dots stay.
_TRAILS_OFF = re.compile(r"(?<!\S)(?:ولی|اما|ولیکن)(?:\s+(?:حالا|الان|اینبار|این بار|امروز))?$")


def trailing_off(piece: str, kept: str) -> str:
    """A clause closing on a bare «ولی حالا …» keeps its dots: the customer trailed off."""
    if _TRAILS_OFF.search(kept) and re.search(r"(?:…|\.\.)[\s.…]*$", piece):
        return kept + " …"
    return kept


def goes_on(token: str, following: str, before: str = "") -> bool:
    """«بنظر میاد | …»: no clause ends at "it seems", which goes on to what seems so
    («… به قیمتش نمی ارزه»)."""
    return before in _SEEMS and token in ("میاد", "میرسه", "می‌رسه", "می‌آید", "میآید")


_SEEMS = frozenset("بنظر نظر به‌نظر".split())


# «در کل ، ارزش داره»، «… بودید , تمامی»: a comma typed between two spaces; «، » (r25).
_SPACE_BEFORE_COMMA = re.compile(r"(?<=[\u0621-\u06cc]) ([،,]) (?=[\u0621-\u06cc])")
# «… کنترل ها و میکروفون و»: a quote closing on «و» is a list's «و …» ("and so on") with its
# dots lost (Digikala strips them; «و ،،،....»): said with them, never a clause cut short (r25).
_AND_SO_ON = re.compile(r"(?<=[\u0621-\u06cc]) و»")
# «… کارتریج زیاده البته»»، «… توصیه خود شرکت ولی»»: a quote closing on the word that opens
# the next clause, cut there: the cut marked «…», never a turn left dangling (r27).
_TURN_LAST = re.compile(r"(?<=[\u0621-\u06cc]) (?:البته|ولی|اما)»")
# «… کی بود ؟»: a space typed before the question mark; on its word (r25).
_SPACE_BEFORE_ASKED = re.compile(r"(?<=[\u0621-\u06cc]) +(?=[؟?])")
# «… تعریف کردند ،زیبا بود»: the comma's space typed before it, not after; «، » (r25).
_COMMA_ON_NEXT = re.compile(r"(?<=[\u0621-\u06cc]) ([،,])(?=[\u0621-\u06cc])")
# «پیتزا ش»، «اعصاب م»: «ش/م» (its, my) typed apart from its word (r25).
_LONE_SUFFIX = re.compile(r"(?<=[\u0621-\u06cc]{3}) ([مش])(?=[\s.!?؟،,»]|$)")


def _suffixed(match: re.Match[str], mine: bool) -> str:
    """The suffix back on its word: after «ه» with a joiner («معده‌م»), else glued; «م» (my)
    only inside a quote, where no person is shifted."""
    if match.group(1) == "م" and not mine:
        return match.group(0)
    before = match.string[match.start() - 1]
    return (ZWNJ if before == "ه" else "") + match.group(1)


# «پند، سیاست، رفاقت،اندرز»، «عالی,تحویل سریع»: a comma typed with no space after it (r27).
_COMMA_GLUED = re.compile(rf"(?<={_LETTER}{{2}})[،,](?={_LETTER}{{2}})")
# «میاد؟فک کنم»، «فوق العاده!واقعا»، «طاقچه .دمتون گرم»: a mark inside a quote typed with its
# space before it or none after; «. » (never after «چون/ولی/اما»: «چون .روابط» is no stop).
_MARK_GLUED = re.compile(rf"(?<={_LETTER}{{2}})([؟?!]+)(?={_LETTER}{{2}})")
_STOP_APART = re.compile(rf"(?<!چون)(?<!ولی)(?<!اما)(?<={_LETTER}{{2}}) +\.(?={_LETTER}{{2}})")


# «…»، افتضاح.»: a closing one-word verdict left bare after a quote; said as theirs (r25).
_BARE_VERDICT = re.compile(
    r"(?<=»)، (عالی|افتضاح|مزخرف|ضعیف)(ه?)(?: \1ه?)*(?=\.?$| و چند نکته| و درباره‌ی)"
)  # r27: said twice or thrice («عالی عالی عالی»), once


def _verdict(match: re.Match[str]) -> str:
    """«، و به نظرتان افتضاح بود»; a word the reply already said is not said twice."""
    if match.group(1) in match.string[: match.start()]:
        return ""
    return f"، و به نظرتان {match.group(1)} {'است' if match.group(2) else 'بود'}"


def tidied(reply: str) -> str:
    """A reflection with a comma typed between spaces and a suffix typed apart mended: the
    words the customer typed, their spacing only; never a re-reading of the message."""
    out, depth = [], 0
    reply = _COMMA_ON_NEXT.sub("، ", _SPACE_BEFORE_COMMA.sub("، ", reply))
    reply = _COMMA_GLUED.sub("، ", reply)
    reply = _STOP_APART.sub(". ", _MARK_GLUED.sub(r"\1 ", reply))
    reply = _BARE_VERDICT.sub(_verdict, _SPACE_BEFORE_ASKED.sub("", reply))
    reply = _TURN_LAST.sub(" …»", _AND_SO_ON.sub(" و …»", reply))
    for part in re.split(r"([«»])", reply):
        depth += 1 if part == "«" else -1 if part == "»" else 0
        mine = depth > 0
        part = _LONE_SUFFIX.sub(lambda m, mine=mine: _suffixed(m, mine), part)
        out.append(_closed(part) if mine else part)
    return "".join(out)


# «(البته موبایلمو😉)»: the face gone, its space was left before the bracket it closed.
_SPACE_BEFORE_CLOSE = re.compile(r"(\([^()\s][^()]*?)\s+\)")


def _closed(quote: str) -> str:
    """A quote's bracket opened and cut before it closed («… (بوی گوشت … غالب بود») closed at
    the quote's end, and no space left before a bracket's close."""
    quote = _SPACE_BEFORE_CLOSE.sub(r"\1)", quote)
    bare = _FACES.sub("", quote)  # «:(»، «: ((» and «(:» are faces, no brackets
    last = bare[bare.rfind("(") :]  # «(به جز … (آکوآ) …»: the open one is not the last
    opened = bare.count("(") == bare.count(")") + 1 and not re.search(r"[)…]", last)
    return quote + ")" if opened else quote


_FACES = re.compile(r"[:;=] ?\(+|\(+[:;]|[:;=]\)+")
