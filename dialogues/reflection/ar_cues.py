"""Arabic cues for which clauses of a review may be heard: fragments and harm told.

A clause pointing back at one left out («بالطريقة هذي»، «ويجي حار») reads as a fragment on
its own; poisoning or a worm in the food is the gravest problem a review can tell, and the
judges marked a reflection that left it out as wrong.
"""

from __future__ import annotations

import re

# «كون الاكل يجي بالطريقة هذي …»، «والأخيرة عيبها …»، «زياده على كذا …»: the way or the
# thing meant was told in a clause left out. Matched on folded text («ي» → «ی», «ك» → «ک»).
POINTS_BACK = re.compile(
    r"(?:^|\s)بالطر[يی]ق[ةه] (?:هذ[يی]|هذا|هذه|ذ[يی])(?!\S)|(?:^|\s)بهالطر[يی]ق[ةه](?!\S)"
    r"|(?:^|\s)بهذ[اه] الطر[يی]ق[ةه](?!\S)"
    r"|^و?ال[اأ]خ[يی]ر[ةه]?\s|^و?\s*ز[يی]اد[ةه] عل[ىی] (?:[كک]ذا|ذل[كک]|هذا)(?!\S)"
)
# «… ويجي حار»: a verb going on from the clause before, whose subject is told there.
# «ففيه أسعار …»، «ففي وقت الذروة …»: "so in it/so at …", the reason told in the clause before.
GOES_ON = re.compile(
    r"^و[يت](?!كون|وجد|عتبر|وم\s|مكن)\S{2,}\s(?![اأإ]ل|هذ|هو\s|هي\s)|^ف(?:في|فى|فيه|فيها|فيهم)\s"
)
# Harm to the customer's body (poisoning, vomiting) or an insect in the food: the gravest
# problem a review can tell, heard before any other complaint.
_HARM = re.compile(
    r"(?:^|\s)(?:و|ف|ب|وب|ال|وال|بال)?(?:ا?تسمم|ا?تسممت|ا?تسممنا|اتسمموا|استفراغ|استفرغت|قيء|ترجيع|اسهال|إسهال"
    r"|صرصور|صراصير|دود[ةه])(?!\S)"  # never «حشرة»: also the crowd («بدل الحشره»)
)
# r28: «اتسممت انا و …» standing alone is heard before «و كمان … اتسمم …» leaning on its lead.
_POISONED = re.compile(r"(?:^|\s)(?:و|ف)?ا?تسمم(?:ت|نا|وا)?(?!\S)")
ANYONE = re.compile(r"(?:^|\s)(?:يجيك|تجيك|يصيبك|تصيبك)(?!\S)")  # a harm that could befall one


def poisoned(text: str) -> bool:
    """The customer's poisoning told in this clause («اتسممت»، «تسممنا»)."""
    return bool(_POISONED.search(text))


def harms(text: str) -> bool:
    """Poisoning or a worm told as what happened, not as what could happen to anyone."""
    return bool(_HARM.search(text)) and not ANYONE.search(text)


# «العيب الاساسي هو التدخين»، «الشيء الآخر والمهم: كله زيوت»، «أهم شي …»: the customer
# names the point that matters most; the judges marked a reflection without it as wrong.
_IMPORTANT = re.compile(
    r"(?:^|\s)(?:ال)?(?:عيب|مشكل[ةه]|سلبي[ةه])\s+(?:ال)?(?:[اأ]ساسي[ةه]?|رئيسي[ةه]?|[اأ]كبر"
    r"|كبر[ىي]|وحيد[ةه]?)(?!\S)"
    r"|(?:^|\s)و?(?:ال)?[اأ]هم\s+(?:شي|شيء|شئ|نقط[ةه]|عيب|مشكل[ةه])(?!\S)"
    r"|(?:^|\s)والمهم(?!\S)"  # never a bare «المهم …»: "anyway", going back to the story
    r"|(?:^|\s)و?[اأ]كبر\s+(?:عيب|مشكل[ةه]|سلبي[ةه])(?!\S)"  # r30: «أكبر عيب فيه إنه دسم»
)
# «كانت لدي ملاحظتين، …»، «ملاحظاتي: …»: the remarks a short clause announces come next
# (never «الملاحظة الوحيدة هو السعر», which tells its remark itself)
_REMARKS = re.compile(r"(?:^|\s)[وف]?(?:ال)?ملاحظ(?:تين|تان|اتي|تي|ات|[ةه])(?:\s+\S+)?\s*$")
# «كان الأفضل والآن الأسوأ»، «الحين صار تسخين في تسخين»، «ما عاد زي اول»: a place that got
# worse; the change is the review's verdict, heard before any single dish.
_DECLINE = re.compile(
    r"(?:^|\s)(?:و|ف)?(?:الحين|ال[اأآ]ن|حاليا|حالياً)\s+(?:صار|صارت|[اأ]صبح|[اأ]صبحت|مجرد|هو|هي"
    r"|ي\S{3,}ون)(?!\S)"
    r"|(?:^|\s)ما ?عاد (?:زي|مثل|كما) ?(?:[اأ]ول|قبل|السابق|زمان)"
    r"|(?:^|\s)تغير\S* (?:\S+ ){0,3}(?:لل|[اإ]ل[ىي] ال)[اأ]سو"
    r"|(?:^|\s)كان\S* (?:\S+ ){0,3}(?:ال)?(?:[اأ]فضل|مميز|ممتاز)\S* +(?:و|ف)?(?:الحين|ال[اأآ]ن)"
    r"|^كان\S* (?:\S+ ){0,2}(?:ال)?(?:[اأ]فضل|مميز|ممتاز|جيد)\S* (?:قبل|زمان|سابق|في البداي)"
    r"|^(?:و|ف)?(?:[اأ]ما )?(?:الحين|ال[اأآ]ن) (?:ف?\S+ ){0,3}(?:ارتفع|انخفض|قل|نزل|تغير|ساء)\S*"
    r"|(?:^|\s)(?:ي?شهد |بد[اأ] (?:في|ب) )?(?:ال)?(?:انحدار|تراجع)[اًا]?(?!\S)"
)


def important(text: str) -> bool:
    """The customer calls this point the main flaw or what matters most."""
    return bool(_IMPORTANT.search(text))


def remarks(text: str) -> bool:
    """The clause announces the customer's remarks («كانت لدي ملاحظتين»)."""
    return bool(_REMARKS.search(text))


def declined(text: str) -> bool:
    """The clause tells that the place got worse than it was."""
    return bool(_DECLINE.search(text))


# «للاسف المصريين فاشلين …»: a people blamed as a whole. The judges marked a reflection that
# put such a generalization first; the bot says back the complaint about the place instead.
_PEOPLE = re.compile(
    r"(?:^|\s)(?:و|ف)?(?:ال)?(?:مصريين|مصريون|هنود|هنودي|فلبينيين|فلبينين|بنغال|بنغاليين|بنقال"
    r"|باكستانيين|سوريين|يمنيين|سودانيين|اتراك|أتراك|اجانب|أجانب|الاجانب|عرب|سعوديين"
    r"|اثيوبيين|إثيوبيين|نيباليين)(?!\S)"
)


def blames_a_people(text: str) -> bool:
    """The clause names a nationality or people as a whole."""
    return bool(_PEOPLE.search(text))


# «ولكني صدمت به»، «ندمت»، «خاب ظني»: the feeling the customer names is heard before a dish.
_FEELING = re.compile(
    r"(?:^|\s)(?:و|ف|لكني |ولكني )?(?:صدمت|انصدمت|ندمت|زعلت|انقهرت|تضايقت|خاب ظني|خيب ظني"
    r"|[اإ]حبطت|انحبطت|تحسفت|تحسرت)(?!\S)"
    r"|(?:^|\s)(?:و|ف|يا ?)?ليتني ما ?(?:جربت|دخلت|طلبت|رحت|اكلت|أكلت|زرت)"  # regret (r24)
    # a place loved or unforgettable: the feeling a travel review is about
    r"|(?:^|\s)(?:و|ف)?(?:[اأ]حببت(?:ها|ه)|عشقت(?:ها|ه)|انبهرت|[اأ]حب هذا المكان)(?!\S)"
)


def feels(text: str) -> bool:
    """The clause names the customer's own feeling (shock, regret, disappointment)."""
    return bool(_FEELING.search(text))


# «المطعم هذا يرفع المعايير»: what the review says of the place itself, never of places in
# general («المطاعم الصينية اصبحت …»), which the judges found heard instead of the point.
_THIS_PLACE = re.compile(
    r"(?:^|\s)(?:و|ف|ب)?(?:(?:هذا|هذه|هذي)\s+(?:ال)?(?:مطعم|مكان|مقهى|كافيه|محل|معلم|مسجد|فندق)"
    r"|(?:ال)?(?:مطعم|مكان|مقهى|كافيه|محل|فندق)\s+(?:هذا|هذه|هذي|ذا))(?!\S)"
)


def this_place(text: str) -> bool:
    """The clause speaks of the reviewed place itself («هذا المطعم»، «المكان هذا»)."""
    return bool(_THIS_PLACE.search(text)) and not _VISITED.search(text)


# «لما زرت هذا المطعم …»: a visit told, the scene rather than what the place is
_VISITED = re.compile(
    r"(?:زرت|زرنا|دخلت|دخلنا|رحت|رحنا|جيت|جينا|جربت|ذهبت|ذهبنا)\s+(?:\S+\s+)?(?:ل|ب|الى\s+|إلى\s+)?"
    r"(?:هذا|هذه|هذي)(?!\S)"
)


# «تمييز الجيد منها او الرديء»: the good told from the bad, which judges nothing
EITHER = re.compile(
    r"(?:ال)?(?:جيد|حلو|زين|ممتاز|طيب)\S*\s+(?:\S+\s+)?(?:او|أو|ولا|من|و)\s*(?:ال)?"
    r"(?:رد[يئ]|سي[ئء]|خايس)"
)
