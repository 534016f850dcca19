"""Arabic person shift: أنا/‑ي/‑ني/أ‑ → أنت/‑ك/‑ك/ت‑, in clear MSA or light dialect.

‑ي is ambiguous (طلبي "my order" vs نهائي "final"), so only nouns customers commonly
possess are shifted; past-tense ‑ت is spelled the same for "I" and "you" (دفعت), so it
already reads right. The customer's spelling is kept; folding is for matching only.
"""

from __future__ import annotations

import re

from dialogues.text import fold

# Nouns customers say "my …" of (folded; ة is folded to ه, written ت before a suffix).
_POSSESSED = {
    fold(w)
    for w in """
    طلب طلبات طلبية حساب فلوس مال مبلغ بطاقة بطاقت كرت شحنة شحنت رقم جوال موبايل هاتف تلفون
    جهاز منتج اشتراك عنوان فاتورة فاتورت سيارة سيارت ولد اولاد أولاد زوج زوجة زوجت بنت ابن
    اهل أهل وقت رصيد باقة باقت غرفة غرفت بيت شنطة شنطت حقيبة حقيبت اغراض أغراض مشكلة مشكلت
    طلبيت حجز تذكرة تذكرت رحلة رحلت شكوى ايميل إيميل كلمة كلمت طفل اطفال أطفال عائلة عائلت
    صديق اخ أخ اخت أخت ام أم ابو أبو فطور غدا عشا عشاء اكل أكل وجبة وجبت
    """.split()
}
# Prepositions and particles with ‑ي/‑ني → ‑ك: لي → لك، عندي → عندك.
_WHOLE_WORD = {
    "أنا": "أنت", "انا": "أنت", "آنا": "أنت", "نحن": "أنتم", "احنا": "أنتم", "إحنا": "أنتم",
    "لي": "لك", "ليا": "لك", "علي": "عليك", "عليا": "عليك", "عندي": "عندك", "معي": "معك",
    "مني": "منك", "عني": "عنك", "بي": "بك", "فيني": "فيك", "فيا": "فيك", "إلي": "إليك",
    "لدي": "لديك", "نفسي": "نفسك", "بدي": "بدك", "ودي": "ودك", "حقي": "حقك", "تبعي": "تبعك",
    "بتاعي": "بتاعك", "لنا": "لكم", "عندنا": "عندكم", "معنا": "معكم", "علينا": "عليكم",
    "أنتم": "نحن", "انتم": "نحن", "انتو": "نحن", "إنتو": "نحن", "عندكم": "عندنا",
    "معكم": "معنا", "منكم": "منا", "لكم": "لنا", "عليكم": "علينا",
}  # fmt: skip
# Present-tense 1st-person verbs (folded stems after أ‑): أريد → تريد.
_VERB_STEMS = {
    fold(w)
    for w in """
    ريد حتاج بي بغى قدر عرف فهم شوف طلب دفع تصل حاول حس تمنى ستخدم رجع شتري خذ ستلم
    رسل كلم قول سأل سال نصح حب كره بحث لاقي لقى قرأ كتب نام اكل شرب جرب ستطيع تابع رد
    """.split()
}
# Verbs that take ‑ني "me" → ‑ك "you": كلمني → كلمك، خصموني → خصموك.
_ME_OBJECT_VERBS = {
    fold(w)
    for w in """
    كلم خلا عطا اعطا أعطا جا وصل رد ساعد بلغ أبلغ ابلغ خصم حاسب اتصل طلب سأل سال قال
    """.split()
}
# The company's things, "your service" → "our service": خدمتكم → خدمتنا.
_COMPANY_NOUNS = _POSSESSED | {
    fold(w) for w in "خدمت موقع تطبيق شركت فريق دعم توصيل مندوب منتجات متجر محل مطعم".split()
}
_FEMININE_CUES = re.compile(r"(?:أنا|انا)\s+\S+ة(?:\s|$)|متأكدة|متاكدة|تعبانة|زعلانة|مستاءة")
_NOT_NOUNS = {fold(w) for w in "نهائي عربي يعني اني إني كرسي حقيقي ثاني الي اللي".split()}


def is_feminine(text: str) -> bool:
    """Whether the customer writes of herself in the feminine (أنا متأكدة)."""
    return bool(_FEMININE_CUES.search(text))


def shift(text: str) -> str:
    """The text from the listener's side."""
    feminine = is_feminine(text)
    tokens = re.split(r"(\s+)", text)
    return "".join(_shift_word(t, feminine) if t.strip() else t for t in tokens)


def _shift_word(token: str, feminine: bool) -> str:
    match = re.match(r"^([«\"'(]*)(.*?)([.,!?؟،:؛»\"')]*)$", token)
    assert match is not None
    lead, word, trail = match.groups()
    return lead + _shift_core(word, feminine) + trail if word else token


def _shift_core(word: str, feminine: bool) -> str:
    conj = ""
    if word[:1] in ("و", "ف") and len(word) > 3 and fold(word[1:]) in _WHOLE_FOLDED:
        conj, word = word[0], word[1:]
    folded = fold(word)
    if folded in _WHOLE_FOLDED:
        new = _WHOLE_FOLDED[folded]
        return conj + ("أنتِ" if feminine and new == "أنت" else new)
    if folded in _NOT_NOUNS or len(folded) < 3:
        return conj + word
    for shifted in (_possessive(word), _company(word), _me_object(word), _present_verb(word)):
        if shifted is not None:
            return conj + shifted
    return conj + word


_WHOLE_FOLDED = {fold(k): v for k, v in _WHOLE_WORD.items()}


def _possessive(word: str) -> str | None:
    """طلبي → طلبك، بطاقتي → بطاقتك، وفلوسي → وفلوسك."""
    if not word.endswith("ي"):
        return None
    stem = word[:-1]
    for lead in ("", "و", "ف", "ب", "ل"):
        if stem.startswith(lead) and fold(stem[len(lead) :]) in _POSSESSED:
            return stem + "ك"
    return None


def _company(word: str) -> str | None:
    """خدمتكم → خدمتنا: "you" meaning the company becomes "we"."""
    if word.endswith("كم") and fold(word[:-2]) in _COMPANY_NOUNS:
        return word[:-2] + "نا"
    return None


def _me_object(word: str) -> str | None:
    """كلمني → كلمك، خصموني → خصموك (only on verbs we know take an object)."""
    if not word.endswith("ني") or len(word) < 4:
        return None
    stem = word[:-2]
    core = fold(stem).removesuffix("و").removesuffix("ت")
    for lead in ("", "ي", "ت", "و"):
        if core.startswith(lead) and core[len(lead) :] in _ME_OBJECT_VERBS:
            return stem + "ك"
    return None


_HAMZA_ONLY_STEMS = {fold(w) for w in "نتظر".split()}  # bare «انتظر» is usually "wait!"


def _present_verb(word: str) -> str | None:
    """أريد → تريد، أنتظر → تنتظر، احتاج → تحتاج، ما اقدر → ما تقدر."""
    if word[:1] not in ("أ", "ا") or len(word) < 3:
        return None
    stem = fold(word[1:])
    if stem in _VERB_STEMS or (word[0] == "أ" and stem in _HAMZA_ONLY_STEMS):
        return "ت" + word[1:]
    return None
