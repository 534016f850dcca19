"""Arabic person shift by word analysis, or ``None`` when a clause cannot be shifted cleanly.

Only forms whose analysis is certain are shifted: pronouns and particles with ‑ي
(عندي → عندك), nouns customers commonly possess (طلبي → طلبك), verbs known to take ‑ني
(عجبني → عجبك) and present verbs after أ‑ (أنصح → تنصح). Past ‑ت is spelled the same for
"I" and "you" (اشتريت), so it already reads right. على/إلى are prepositions, never
"on me/to me"; a bare «علي» that could be either, ‑نا (we / our / us), نحن, and every form
of "you" meaning the company make the clause a quote instead: a half shift reads worse.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dialogues.reflection import ar_half, ar_prohibitive
from dialogues.reflection.ar_half import ASIDE_I, unclear_person, unturned_after_i
from dialogues.reflection.ar_readers import addressed
from dialogues.text import fold

_WHOLE = {
    "انا": "أنت", "لي": "لك", "ليا": "لك", "عندي": "عندك", "معي": "معك", "مني": "منك",
    "عني": "عنك", "بي": "بك", "فيني": "فيك", "فيا": "فيك", "لدي": "لديك", "نفسي": "نفسك",
    "بدي": "بدك", "ودي": "ودك", "حقي": "حقك", "تبعي": "تبعك", "بتاعي": "بتاعك", "اني": "أنك",
    "انني": "أنك", "لاني": "لأنك", "لانني": "لأنك", "اللي عندي": "اللي عندك", "رايي": "رأيك",
    "برايي": "برأيك", "بنظري": "بنظرك", "ابي": "تبي", "ابغى": "تبغى", "ابغا": "تبغى",
    "لكني": "لكنك", "لكنني": "لكنك", "ظني": "ظنك",
}  # fmt: skip
_COMPANY_OR_WE = frozenset(
    fold(w)
    for w in "أنتم انتم انتو إنتو انتوا نحن احنا إحنا حنا لنا عندنا معنا علينا لكم عندكم معكم "
    "منكم عليكم فيكم بكم وياكم "
    # «لم تضع قائمة الالوان التي عندك»: the customer's "you" is the seller, never the customer
    "عندك لديك حضرتك".split()
)
_AMBIGUOUS = frozenset(fold(w) for w in "علي عليا".split())
_POSSESSED = frozenset(
    fold(w)
    for w in """
    طلب طلبات طلبية حساب فلوس مال مبلغ بطاقة بطاقت كرت شحنة شحنت رقم جوال موبايل هاتف تلفون
    جهاز منتج اشتراك عنوان فاتورة فاتورت سيارة سيارت ولد اولاد زوج زوجة زوجت بنت ابن
    اهل وقت رصيد باقة باقت غرفة غرفت بيت شنطة شنطت حقيبة حقيبت اغراض مشكلة مشكلت
    طلبيت حجز تذكرة تذكرت رحلة رحلت شكوى ايميل كلمة كلمت طفل اطفال عائلة عائلت
    صديق اخ اخت ام ابو فطور غدا عشا عشاء اكل وجبة وجبت شعر بشرة بشرت لابتوب لاب تلفزيون
    ساعة ساعت كمبيوتر زوجي مطبخ مكتب ملابس تجربة تجربت صديق اصدقاء اصدقائ اصحاب استخدام
    امكان بامكان إمكان استخدام قلب غير زيارات زيارة زيارت تقييم انطباع اخو عائلة والد
    والدة والدت نظر وجهة بيت اطباق طبق صحن جوع شرائ انتظار اختيار""".split()
)
_ME_OBJECT_VERBS = frozenset(
    fold(w)
    for w in """
    عجب اعجب وصل خلا خلى ساعد كلم رد عطا اعطا عطى اعطى بلغ ابلغ خصم ضايق زعل فاجا صدم
    اتصل جا جاء بهر ابهر غش خدع قهر نفع ريح اراح تعب اتعب حسس خلص افاد فاد رضا ارضى
    شد لفت""".split()
)
_PRESENT_STEMS = frozenset(
    fold(w)
    for w in """
    ريد حتاج تمنى نصح حب كره رجو عتقد نتظر قترح شعر عاني توقع ظن رجع روح جرب ذهب
    كلم تكلم شوف عرف قول طالب شكر زور كرر عود طلب شتري ستخدم حس قدر فكر رشح كمل
    نصحكم فهم صدق تخيل ستاهل وصي دفع اكل شرب جلس قعد دخل اخذ طلع قوم""".split()
)
# «زرته مرة ثانية لأتأكد»: «لـ» + "I do" says what for; «لأنصح» is «لا أنصح» misspelt and
# «لأكون صريحا»، «لأصدق القول» are idioms, so only these verbs.
_PURPOSE = frozenset(
    fold(w) for w in "تأكد حدد حكم ذوق تذوق تناول تعرف عرف رى شوف جرب طلب قول شكر خبر".split()
)
# "we" the shifter cannot bend: «نجي» (we come), «نبي»، «نبغى» (we want), «كنا» (we were)
_WE_WORDS = frozenset(  # r27: «في ان نلمس الزجاج»: "we" left unshifted beside the bot's own
    fold(w) for w in "نجي نبي نبغى كنا نلمس نشاهد نلعب نسمع نمشي نحجز نسافر نستمتع ننام".split()
)
_FEMININE = re.compile(
    r"(?:أنا|انا)\s+[^\sب]\S+ة(?:\s|$)|متأكد[ةه]|متاكد[ةه]|تعبان[ةه]|زعلان[ةه]|مستاء[ةه]|سعيدة"
    r"|راضية|(?:أنا|انا)\s+(?:مبسوطه|حزينه|خايفه|مرتاحه|مصدومه|زعلانه|تعبانه|سعيده|راضيه)"
)  # «أنا لسه …» is not feminine: «لسه، كده» end in ه too
_NISBA = frozenset(
    fold(w)
    for w in """ثاني مجاني الكتروني اصلي عادي كافي يعني زي شي اي في اللي الي حتى بمعنى معنى
    عملي يدوي ذهبي طبيعي رسمي صحي حقيقي نهائي يومي شخصي كهربائي صيني عربي اجنبي اساسي
    كافي خارجي داخلي امامي خلفي جانبي رئيسي اضافي تقريبي عالمي محلي منزلي نسائي رجالي
    ترتقي يكفي يستحي تكفي""".split()
)


# «ة» and «ى» end a word: followed by a letter, two words were typed glued together.
_CRUDE = frozenset(fold(w) for w in "زفت زفتت الزفت خرا خرى تبن".split())  # crude: the customer's
_GLUED = re.compile(r"[ةى](?=[\u0622-\u064a])")  # «سىء»، «ملىء»: ى before ء is a spelling


def is_feminine(text: str) -> bool:
    """Whether the customer writes of herself in the feminine (أنا متأكدة)."""
    return bool(_FEMININE.search(text))


_ELATIVE_VERBS = frozenset(fold(w) for w in "احب أحب اكره أكره".split())
_THING = frozenset(fold(w) for w in "شي شيء شئ".split())
_NEGATION = frozenset(fold(w) for w in "لم لن لا ما".split())
# «أنا» and «أني/إنني/لأني» ("that I"): the verb right after them is first person.
_I_WORDS = frozenset(fold(w) for w in "انا وانا فانا اني انني لاني لانني واني".split())
# «ولم أستعملها» is «لم أستعملها» after «و»: the verb is as certain as after a bare «لم».
_NEGATORS = frozenset(fold(w) for w in "لم لن ولم ولن فلم فلن".split())
_LA = frozenset(fold(w) for w in "لا ولا فلا".split())
# «الحكم»، «التحكم»: ‑كم of the root «حكم», never "your"; «ال…» is never "your" either.
_RULE = re.compile(r"^ال|حکم$")
_WILL = frozenset(fold(w) for w in "رح راح رايح".split())


def _first_verb_form(key: str) -> bool:
    """A word that can only be read as «أفعل» (I do), never a noun with «ال» or ‑ات/‑ة."""
    if key[:1] != "ا" or len(key) < 4 or key.startswith("ال"):
        return False
    # ‑ت ends a past verb («اشتريت»، «استلمت»), spelt the same for "I" and "you": never «تشتريت»,
    # with its object too («اشتريتها»، «جربته»)
    past = re.sub(r"ت(?:ها|هم|ه|ك|كم)$", "ت", key)
    return not past.endswith(("ات", "ه", "ان", "ت")) and key not in _NOT_VERBS


# Said to the other readers, or a curse or an exclamation: in the bot's own voice «خذ كاميرا»
# would be the bot advising, «الله لا يوفقهم» the bot cursing, «يا للعار» the bot exclaiming.
_TO_OTHERS = re.compile(
    r"(?<!\S)[وف]?(?:خذ|خذلك|خذي|اطلب|اطلبي|جربه|جربها|اطلبه|اطلبها|انتبه|انتبهي|اسأل|اسال"
    r"|تعال|خلك|زوره|زورها|لا ?(?:تطلب|تاخذ|تأخذ|تروح|تجرب|تفوت|تشرب|تاكل|تأكل|ترفع|تنسى"
    r"|تدخل|تضيع|تصدق|تفكر))(?!\S)"
    r"|(?<!\S)(?:لازم|يجب\s+[اأ]ن|لابد\s+[اأ]ن)\s+[تي]\S{2,}"  # «لازم تزوره»: "you must", to anyone
    r"|(?<![\S])(?:الله|اللة)\s+(?:لا\s*|ما\s*)?[يت]\S{2,}"  # «الله لايوفقهم»، «الله يهديهم»
    r"|(?<!\S)(?:حسبي|حسبنا)\s+الله"  # never «ياليت» (a wish)
    r"|(?<!\S)يا\s?لل(?!ه(?:\s|$))\S{2,}|(?<!\S)يا\s+ل(?!له(?:\s|$))\S{2,}"  # «يا للعار»
)


def shift(clause: str, feminine: bool = False) -> str | None:
    """The clause from the listener's side, or ``None`` when unsure."""
    if _TO_OTHERS.search(clause) or addressed(clause):
        return None  # quoted: the customer's words to others, never the bot's
    tokens = re.split(r"(\s+)", clause)
    words = [t for t in tokens if t.strip()]
    if any(_GLUED.search(w) or fold(w.strip("،,.!؟?")) in _CRUDE for w in words):
        return None  # «صالةالطعام» (two words typed as one), «نفسيتهم زفت»: quoted, never said
    out: list[str] = []
    position = 0
    changed = doubtful = False
    after_i = False  # just after «أنا» (or «أنا لا»): the verb there is first person
    for token in tokens:
        if not token.strip():
            out.append(token)
            continue
        following = words[position + 1] if position + 1 < len(words) else ""
        previous = fold(words[position - 1]) if position else ""
        position += 1
        key = fold(token.strip(".,!?؟،"))
        shifted = _shift_token(token, following, feminine)
        name = ar_half.no_pronoun(key, previous)  # «علي ابن ابي طالب»، «يو اس بي»: never «تبي»
        if name or (key.lstrip("ب") == _MOST_COMPLETE and fold(following).startswith("وجه")):
            shifted = token  # r35: «على اكمل وجه» is "in the best way", never «على تكمل وجه»
        if key[:2] == "لا" and key[2:] in _PRESENT_STEMS:
            return None  # «لأنصح»: «لا أنصح» typed as one word, first person: quoted
        if key in _AS_IF_I or ar_half.plea_to_seller(key, following):
            return None  # «كني آكل علك» ("as if I were …"), «ارجو منك» (r38): quoted
        if shifted is None or (key in _ELATIVE_VERBS and fold(following) in _THING):
            return None  # «أحب شيء لي …»: "the thing I like most", an elative: quoted
        if (previous in _NEGATORS or previous in _LA) and key[:1] == "ن" and len(key) >= 4:
            return None  # «ولم نتناول»: "we" after a negation; quoted, never half shifted
        if previous in _NEGATION and token.lstrip("«\"'(").startswith("أل"):
            return None  # «ما ألومهم»: "I don't blame them", the hamza marks "I": quoted
        if previous in _WILL and key[:1] not in fold("تين") and len(key) >= 3 and key[:2] != "ال":
            return None  # «رح جربها»: "I will try", a bare verb after «رح»: quoted
        if previous in _WILL and key[:1] == "ن" and len(key) >= 3:
            return None  # «راح نجي لهالمطعم»: "we will come", never beside a shifted «عندك»
        if after_i and (unturned_after_i(key) or ar_half.misread_after_i(key, token)):
            return None  # «أنا بستخدمه»، «انا بحب»، «انا افضل …»: first person, quoted
        first_verb = _first_verb_form(key) and shifted == token
        negated = previous in _NEGATORS or (previous in _LA and key not in _ELATIVES)
        if first_verb and (after_i or negated):
            if feminine:
                return None
            shifted = token.replace(token.lstrip("«\"'(")[:1], "ت", 1)  # لم أستخدم → لم تستخدم
        elif first_verb and after_i:
            return None
        after_i = key in _I_WORDS or (after_i and (key in _NEGATION or key in ASIDE_I))
        out.append(shifted)
        changed = changed or shifted != token
        bare = token.strip(".,!?؟،«»\"'()")
        if shifted == token and bare[:1] in ("ا", "أ") and bare.endswith("أ") and len(bare) >= 4:
            return None  # «ابدأ، اقرأ»: "I start", not «أبدا» (never): quoted
        feminine_noun = token.rstrip(".,!?؟،»\"')").endswith("ة")  # a verb never ends in ة
        unsure = shifted == token and not feminine_noun and not name and _looks_first_person(key)
        doubtful = doubtful or unsure
    if doubtful or unclear_person(words, [t for t in out if t.strip()]):
        return None  # a word that may be first person but has no analysis: quote, don't guess
    return ar_prohibitive.with_subject(words, "".join(out))


_MOST_COMPLETE = fold("اكمل")  # «على اكمل وجه»: an elative before «وجه», not "I complete"
_AS_IF_I = frozenset(fold(w) for w in "كني كأني كاني كانني كأنني وكني وكأني".split())


_NOT_VERBS = frozenset(
    fold(w)
    for w in """اسعار اسعاره اكل اكله انتظار اسم احد اي ان او اذا الا اما ايضا اول امس اهل اخ
    ابن ارض اخر اخرى انه انها اني اين ابدا اكثر اقل احسن افضل اجمل احلى اسوا اغلى ارخص
    اصلي اكيد اطفال اغراض اجهزة اطباق اصناف انواع امام اثناء ايام اسبوع اسبوعين اكبر اصغر
    انصاف اهم اغلب امانة اخيرا اخرين افراد الوان اسلوب اداء ادارة اضافة اضافات امس اب ام
    امر اثر اجر اذن اسف امن انت اعلى ادنى اكل اصل اخو اجل اما الا الى او اي اذ اثناء
    اختيار انتظار استخدام استعمال اتصال اهتمام احترام استلام ارسال اعادة اصدار اضافة اخراج
    ارشادات امكانية امكانيات استقبال اسعاره اسعارها اسعارهم اداة ادوات الوان اقل اكثر
    انيق انيقه انيقة اصدار اضاءه اضاءة اطار اعلان امتياز انتاج انتشار اجمالا اساسي اصلا
    ابيض اسود احمر اخضر ازرق اصفر اطول اعرض اخف اثقل اقوى اصغر احلى اجود ارقى اروع""".split()
)


def _looks_first_person(key: str) -> bool:
    """A word that may be a first-person verb («ابزوره») or "my …" («قلبي») we cannot analyse."""
    if key in _WA_ROOTS:
        return False
    if (key[:1] == "و" and len(key) >= 4) or (key[:1] == "ف" and len(key) >= 5):
        key = key[1:]  # «واخذ» is «و» + «اخذ»; «فاشل» is one word
    if key.startswith("ال") or key in _NOT_VERBS or key in _ELATIVES:
        return False
    verb_like = key[:1] == "ا" and 3 <= len(key) <= 7
    mine_like = key.endswith("ی") and len(key) >= 4 and key not in _NISBA
    ours_like = key.endswith("نا") and len(key) >= 4 and key not in _NOT_OURS
    return verb_like or ours_like or (mine_like and not key.endswith(("یی", "وی", "ای")))


# Words whose «و» is their own first letter, not "and": «واضح» is not «و» + «أضح».
_WA_ROOTS = frozenset(
    fold(w)
    for w in """واضح واضحه واسع واسعه واحد واحده واقعي وافي واجب واثق وارد واصل واقف والد
    والده والدي وادي وازن واجهة واجهه واتساب وايد وايت""".split()
)
_NOT_OURS = frozenset(
    fold(w) for w in "هنا احيانا جدا مجانا حالا دائما ايضا تماما غالبا لذلك كذلك حينها".split()
)
_TOKEN_PARTS = re.compile(r"^([«\"'(]*)(.*?)([.,!?؟،:؛»\"')…]*)$")  # r39: compiled once


def _shift_token(token: str, following: str, feminine: bool) -> str | None:
    match = _TOKEN_PARTS.match(token)
    assert match is not None
    lead, word, trail = match.groups()
    if not word:
        return token
    new = _shift_word(word, following, feminine)
    return None if new is None else lead + new + trail


_ELATIVES = frozenset(
    fold(w)
    for w in """احسن افضل اجمل احلى اسوأ اسوء ارخص اغلى اقل اكثر اكبر اصغر اطيب الذ اسرع
    ابطأ اقوى اضعف اول اخر اخير اهم اغلب اروع انظف اكثر اشهى اثقل اخف اجود ارقى اطول
    اقصر اعرض انعم اغرب احدث اقدم ابسط اصعب اسهل""".split()
)
_DIGIT_RUN = re.compile(r"[0-9٠-٩]+")  # r39: _shift_word's patterns compiled once
_READERS_IT = re.compile(r"^(?:لا)?ت\S{2,}(?:وه|وها|وهم|ونه|ونها|ونهم)\W*$")


def _after_and(rest: str) -> bool:
    """Whether «و»/«ف» opening a word is "and"/"so": a known word or verb follows («وسأعود»)."""
    return _known(rest) or _is_verb(rest) or rest[:2] == "سأ"


@lru_cache(maxsize=4096)  # a clause's words are shifted again on each reading of it
def _shift_word(word: str, following: str, feminine: bool) -> str | None:
    conj = ""
    if word[:1] in ("و", "ف") and len(word) > 3 and _after_and(word[1:]):
        conj, word = word[0], word[1:]
    key = fold(word)
    if word == "لدى":
        return conj + word  # «ليست لدى هذا المطعم»: the preposition, never «لديّ» (I have)
    if key in _MINE_AFTER_AND:  # «فلي ذكريات»: «ف» + «لي», never left "I" beside a shifted verb
        return None if key == "ولي" and fold(following) in _GUARDIAN else conj + word[0] + "لك"
    if key in _WHOLE_FOLDED:
        new = _WHOLE_FOLDED[key]
        if feminine and new in ("أنت", "تبي", "تبغى"):
            return None if new != "أنت" else conj + "أنتِ"
        return conj + new
    if key in _COMPANY_OR_WE:
        return None
    if key in _AMBIGUOUS:
        # «علي المستوى» is على misspelled; «علي» ending a clause may be "on me": quote it.
        return conj + word if following else None
    if len(key) == 1 and key in ("ا", "أ"):
        return None  # a stray letter («بس ا هو»): a typo the bot must not say as its own
    if key == fold("ني"):
        return None  # ar64: «يوصلني ني»: a suffix typed twice, never said in our voice
    if key in _NISBA or len(key) < 3:
        return conj + word
    if key.endswith(fold("كم")) and len(key) >= 5 and not _RULE.search(key):  # ک: fold's ك
        return None  # "your service", "you sent": the company, spoken to
    readers = key in _TO_READERS or (key[:1] in ("و", "ف") and key[1:] in _TO_READERS)
    letters = _DIGIT_RUN.sub("", key)
    if letters != key and letters:  # «فأعطيه٥١٠»: "I give it" glued to a number: quoted
        return None if _looks_first_person(letters) else conj + word  # «٤٠٠جنيه» stays
    if _READERS_IT.match(key):
        return None  # «تجربوه»، «لا تطلبونه»: said to the readers, "you all": quoted
    if key[:1] == "ت" and key.endswith(("وا", "ون")) and len(key) >= 5:
        return None  # «تخفضوا»، «تندمون»: "you all", the company or the readers: quoted
    if (key.startswith("ا") and key.endswith("وا") and len(key) >= 5) or readers:
        return None  # a plural command («اعرضوا المزيد»، «شوفوا»، «جربوه»): quoted
    we = key[1:] if key[:1] in ("و", "ف") and key[1:2] == "ن" else key  # «وناكل»: «و» + «ناكل»
    if (we[:1] == "ن" and we[1:] in _PRESENT_STEMS) or key.lstrip("وف") in _WE_WORDS:
        return None  # «نتمنى، ننصح، وناكل»: "we" wish, recommend, eat: quoted rather than bent
    if key.endswith("نا") and len(key) >= 4 and fold(key[:-2]) in _VERBISH:
        return None  # ‑نا: "we did", "our", "to us": too many readings to shift
    done = re.match(r"^[وف]?(.{2,}?)نا(?:ه|ة|ها|هم)$", key)  # «طلبناه»، «جربناها» (ة for ه)
    if done and fold(done.group(1)) in _VERBISH:
        return None  # "we ordered it": quoted, never left as the bot's own beside a shift
    if key[:2] == "ما" and key[2:] in _PRESENT_STEMS and word[:2] == "ما":
        return None if feminine else conj + "ما ت" + word[2:]  # «ماتوقع» is «ما أتوقع»
    past = re.search(r"ت(?:ه|ها|هم|ك|كم)?$", word)  # «سألته»: "I asked him", no «سأ» future
    will = (word.startswith("سأ") and not word.startswith("سأل")) or (
        word.startswith("سا") and fold(word[2:]) in _PRESENT_STEMS
    )
    if will and len(word) >= 5 and not feminine and not past:  # «ساقوم» is «سأقوم» too
        return conj + "ست" + word[2:]  # «سأشتريها» → «ستشتريها»: the hamza marks "I will"
    if word.startswith("لأ") and fold(re.sub(r"(?:ه|ها|هم)$", "", word[2:])) in _PURPOSE:
        return None if feminine else conj + "لت" + word[2:]  # «لأتأكد» → «لتتأكد» (r23)
    for shifted in (_possessive(word), _me_object(word), _present_verb(word, feminine)):
        if shifted is not None:
            return conj + shifted if shifted else None
    return conj + word


# What a reviewer tells other readers to do: said to "you all", never to the customer.
_TO_READERS = frozenset(
    fold(w)
    for w in """شوفوا شوفو جربوا جربو جربوه جربوها جربوهم انتبهوا انتبهو اتركوا اتركو روحوا
    لاتروحون لاتروحوا لاتجربونه تجربونها تجربونه لايفوتكم يفوتكم خذوا خذو اطلبوا اطلبو
    عيال انصحكم أنصحكم وانصحكم وأنصحكم""".split()
)


def _known(word: str) -> bool:
    key = fold(word)
    return key in _WHOLE_FOLDED or key in _COMPANY_OR_WE or _possessive(word) is not None


_WHOLE_FOLDED = {fold(k): v for k, v in _WHOLE.items()}
_MINE_AFTER_AND = frozenset(fold(w) for w in "فلي ولي فلى ولى".split())
_GUARDIAN = frozenset(fold(w) for w in "العهد الامر الأمر امر أمر".split())  # «ولي العهد»
_VERBISH = (
    _POSSESSED
    | _ME_OBJECT_VERBS
    | frozenset(
        fold(w) for w in "جرب زر زرت رح دخل اكل طلب انتظر جلس قعد حجز دفع اشتري اخذ لقي شف".split()
    )
)


def _possessive(word: str) -> str | None:
    """طلبي → طلبك، بطاقتي → بطاقتك، وفلوسي → وفلوسك (ى written for ي too)."""
    if not word.endswith(("ي", "ى")) or word.startswith("ال"):
        return None
    stem = word[:-1]
    for lead in ("", "ب", "ل"):
        if stem.startswith(lead) and fold(stem[len(lead) :]) in _POSSESSED:
            return stem + "ك"
    return None


_OBJECT_LEADS = tuple(fold(lead) for lead in ("", "ما", "ي", "ت", "ا"))  # fold: ي → ی


def _me_object(word: str) -> str | None:
    """عجبني → عجبك، وصلني → وصلك (only on verbs known to take an object)."""
    if not word.endswith("ني") or len(word) < 4:
        return None
    stem = word[:-2]
    core = fold(stem).removesuffix("و").removesuffix("ت")
    for lead in _OBJECT_LEADS:  # ar64: folded like ``core``, or «يعجبني» never read «يعجبك»
        if core.startswith(lead) and core[len(lead) :] in _ME_OBJECT_VERBS:
            return stem + "ك"
    return None


def _is_verb(word: str) -> bool:
    return (
        word[:1] in ("أ", "ا") and fold(word[1:]) in _PRESENT_STEMS and fold(word) not in _ELATIVES
    )


def _present_verb(word: str, feminine: bool) -> str | None:
    """أنصح → تنصح، احتاج → تحتاج; "" (unsure) for the feminine, which needs ‑ين."""
    if word[:1] not in ("أ", "ا") or len(word) < 3:
        return None
    if fold(word[1:]) in _PRESENT_STEMS and fold(word) not in _ELATIVES:
        stem = word[1:-1] + "ى" if word.endswith("تمني") else word[1:]  # «اتمني»: «تتمنى»
        return "" if feminine else "ت" + stem
    return None
