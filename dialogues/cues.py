"""Word lists that tell what a customer's telling holds, per language.

Entries are written as customers write (colloquial forms too) and folded before matching
(``dialogues.text.fold``: ي/ی, ك/ک, أ/ا, ZWNJ dropped, lower case). A space separates the
words of a phrase; a trailing ``*`` matches any ending ("charg*" → charged, charges),
which is how attached pronouns («کارتم», «بطاقتي») are met; tuned on shared rows 1–1000.
"""

from __future__ import annotations

# What happened: an event or a problem with the thing itself.
EVENT = {
    "en": (
        "arriv*", "deliver*", "charg*", "cancel*", "broke*", "crash*", "lost", "lose", "late",
        "delay*", "missing", "wrong", "never", "didn't", "did not", "doesn't", "does not",
        "won't", "can't", "cannot", "couldn't", "isn't", "wasn't", "weren't", "haven't",
        "hasn't", "not working", "stuck", "fail*", "log* me out", "logged out", "kicked",
        "refused", "declined", "damaged", "cold", "stopped", "keeps", "still", "waited",
        "waiting", "hold", "overbooked", "rebook*", "diverted", "left", "took", "sent",
        "gave", "told", "said", "happened", "got", "went", "came", "was", "were", "had",
        "no one", "nobody", "no response", "no answer", "twice", "again", "error", "bug",
        "freez*", "dirty", "rude", "broken", "spilled", "stale", "burnt", "overcharg*",
        "not a", "no", "not", "cut off", "cuts off", "hung up", "pathetic", "empty", "stranded",
        "timed out", "problem*", "issue*", "down", "outage", "offline", "without", "leak*",
    ),
    "fa": (
        "بود", "بودن", "بودند", "نبود", "نبودن", "شد", "نشد", "شده", "نشده", "رسید", "نرسید*",
        "رسیده", "اومد", "نیومد*", "اومده", "امد", "نیامد*", "خراب*", "دیر", "سرد", "اشتباه*",
        "کم شد", "کسر شد", "دو بار", "دوبار", "جواب نمید*", "جواب ندا*", "قطع", "بیات", "سوخت*",
        "دوست نداشت*", "شور", "بی مزه", "بد مزه", "بدمزه", "تازه نبود", "لغو", "کنسل", "نداد*",
        "فرستادن", "فرستاده", "نفرستاد*", "داد", "دادن", "گرفت*", "کرد", "کردن", "نکرد*", "گفتن",
        "نمیشه", "نمیده", "نمیاد", "باز نمیشه", "کار نمیکنه", "هنوز", "ریخت*", "له شده",
        "تاخیر", "تأخیر", "گم", "بو میداد", "بو میده", "کثیف", "ناقص", "دیروز", "امروز",
        "لاگ اوت", "بیرون میندازه", "ارور", "خطا", "باگ", "پایین", "پائین", "بالا", "کم", "زیاد",
        "بد", "چرب", "له", "داشت", "نداشت", "طول کشید", "میشه", "میدن", "نیست", "نیستن",
        "بوی بد*", "بو می*", "قطعه*", "بی", "بدون", "نمیذاره", "نمیزاره", "نمیذارن", "نشت*",
        "چکه*",  # r48: «سوخاری» (fried, a dish) tells nothing; «دوست نداشتم» tells a let-down
        # r32: «اندازه آن کوچک است», «خیلی گرونه», «سیب زمینی را فراموش کردید» were asked
        # «ماجرا از کجا شروع شد؟»: a price, a size or a thing forgotten is what went wrong
        "گران", "گرون", "گرونه", "کوچک", "کوچیک", "کوچیکه", "فراموش*",
        "منتظر*", "معطل*",  # a wait told (never «انتظار»: an expectation, «در حد انتظار»)
    ),
    "ar": (
        "صار", "صارت", "وصل", "وصلت", "ما وصل", "ماوصل", "لم يصل", "تاخر*", "تأخر*", "انخصم*",
        "خصم*", "الخصم", "انلغى", "الغي", "ألغي", "الغو*", "كنسل*", "خرب*", "خربان", "عطلان",
        "معطل", "بارد", "بارده", "غلط", "خطا", "خطأ", "ما اشتغل", "مايشتغل", "ما يشتغل", "ما رد*",
        "ماحد", "ما احد", "ما أحد", "محد", "لا احد", "ولا احد", "مرتين", "كان", "كانت", "كانوا",
        "جاني", "جاء", "جا", "اعطوني", "ارسلو*", "أرسلو*", "طلبت", "دفعت", "حجزت", "انتظرت",
        "وصلني", "وصلتني", "ما جاني", "ضاع*", "مفقود", "مكسور*", "متسخ*", "وسخ*", "قذر*",
        "سيئ*", "سيء*", "فاسد*", "ناقص*", "حصل", "حدث", "يطلعني", "طلعني", "علق", "يعلق",
        "ردي*", "رديئ*", "كبير*", "صغير*", "غالي*", "ضعيف*", "مو", "مش", "ليس", "ليست", "لا يعمل",
        "ما فيه", "مافيه", "وصلتني", "استلمت", "تم استلام*", "خربت", "انكسر*", "يفصل", "فصل",
        "مشكل*", "لا يصلح", "لايصلح", "ما يصلح", "لا توجد", "لاتوجد", "لا يوجد", "لايوجد", "لم",
        "مبالغ", "متدني*", "فاشل*", "مستعمل*", "تسخن", "يسخن", "يفك", "تقطع", "يقطع", "عيب*",
        "مقلد*", "تقليد", "يتعطل", "تعطل*", "ما اشتغلت", "ماتشتغل", "ما تشتغل", "تسرب*",
        "يسرب", "بيسرب", "يهرب",
        # Dialect "cannot" and things that came apart: «ما عم بقدر ادخل»، «ما يلصق، يطيح».
        "ما بقدر", "ما عم بقدر", "ما اقدر", "ما أقدر", "ماقدر", "ما قدرت", "مش قادر", "مو قادر",
        "ما يلصق", "ما يلزق", "يطيح", "طاح*", "انقطع*", "اتقطع*", "اتكسر*", "انفصل*", "ما بسمع",
        "اتأخر*", "اتاخر*", "اتلغى", "اتلغت", "اتخصم*",  # Egyptian «ات» forms of the above
        "تغير", "تغيرت", "اتغير*", "زاد", "زادت", "ارتفع*",
        # "It stopped working": «وقف عن الشغل», «بطّل يشتغل», «وقف فجأة».
        "وقف عن الشغل", "وقفت عن الشغل", "وقف عن العمل", "توقف عن العمل", "بطل يشتغل",
        "بطلت تشتغل", "وقف فجأة", "وقفت فجأة", "وقف", "وقفت", "مقطوع*", "فاصل", "طافي", "يتغير",
        "بدون", "بلا", "ما يخليني", "مايخليني", "ما يخلوني", "ما خلوني",
        "بطي*", "بطئ*", "بطء", "انتظرنا", "استنينا", "استنيت", "انتظرناه*",  # slow, waited
    ),
}  # fmt: skip

# How it affected them: a feeling or a consequence.
IMPACT = {
    "en": (
        "upset", "angry", "mad", "furious", "frustrat*", "annoy*", "worried", "worry*",
        "stress*", "disappoint*", "exhaust*", "tired", "sick of", "fed up", "ruin*", "sad",
        "hate", "terrible", "horrible", "awful", "worst", "ridiculous", "unacceptable",
        "disgust*", "embarrass*", "scared", "afraid", "anxious", "nervous", "lose the",
        "lost the", "lost my", "had to", "have to", "start over", "wast*", "missed my",
        "miss my", "couldn't", "can't use", "no way to", "never again", "won't go back",
        "won't fly", "won't use", "hours", "all day", "all night", "stranded", "cost me",
        "because of", "so i", "i feel", "feel*", "heartbroken", "shame", "unhappy", "hurt",
        "not happy", "not ok", "😡", "😠", "😢", "😞",
    ),
    "fa": (
        "ناراحت*", "عصبانی*", "عصبی", "نگران*", "خسته", "اعصاب*", "مجبور*", "ضرر", "حیف",
        "افتضاح", "ناامید*", "دلخور*", "شرمنده", "آبروم", "ابروم", "بدبخت*", "حالم", "دلم",
        "متاسفانه", "متأسفانه", "دیگه خرید نمی*", "دیگه سفارش نمی*", "هیچ وقت خرید نمی*",
        "راضی نبودم", "ناراضی", "اذیت*", "کلافه", "وقتم", "تلف", "معطل", "نتونستم", "نمیتونم",
        "نمی تونم", "مهمون*", "تولد*", "بچه*", "گرسنه", "توقع", "انتظار نمیرفت", "واقعا",
        "اصلا", "به هیچ عنوان", "بسیار بد", "خیلی بد", "انداختم دور", "ریختم دور", "دور ریختم",
        "قابل خوردن نبود", "نمیشد خورد", "نخوردم", "کوفتمون شد",
    ),
    "ar": (
        "زعلان*", "متضايق*", "قهر*", "تعبت", "تعبان*", "خسرت", "اضطريت", "محبط*", "مزعج*",
        "للاسف", "للأسف", "ما راح ارجع", "لن اعود", "لن أعود", "لن اكرر*", "لن أكرر*",
        "ما انصح", "لا انصح", "لا أنصح", "ابدا", "أبدا", "نهائيا", "زفت", "سيء جدا", "سيئ جدا",
        "اسوا", "أسوأ", "خيبة", "خايب*", "مقرف*", "قرف", "ضيعت", "ضيعو*", "وقتي", "فلوسي",
        "اعصابي", "أعصابي", "محرج*", "انتظرت", "جوعان*", "زهقت", "طفشت", "ندمت", "ندم",
        "مستاء", "غاضب*", "حزين*", "قلق*", "خايف*", "ساعات", "ساعة", "يوم كامل",
    ),
}  # fmt: skip

# What they need: a want, a request, a wished-for outcome.
NEED = {
    "en": (
        "i need", "i want", "i'd like", "i would like", "want my", "need my", "need to",
        "want to", "please", "pls", "plz", "refund*", "money back", "fix", "replace*",
        "can you", "could you", "would you", "will you", "help me", "hoping", "i hope",
        "asap", "expect", "compensat*", "voucher", "should", "must", "how do i", "how can i",
        "when will", "how long", "send me", "give me", "let me", "make it right",
    ),
    "fa": (
        "میخوام", "میخواهم", "میخواستم", "لطفا", "لطفاً", "باید", "لازم", "نیاز", "پس بدید",
        "پس بدین", "برگردون*", "عوض کنید", "عوض کنین", "درست کنید", "درست کنین", "پیگیری",
        "پیگیر", "جبران", "میشه", "می شه", "ممکنه", "امیدوارم", "کی میرسه", "چطور", "چرا",
        "خواهش", "بفرستید", "بفرستین", "رسیدگی",
    ),
    "ar": (
        "ابي", "أبي", "ابغى", "أبغى", "ابغي", "بدي", "اريد", "أريد", "احتاج", "أحتاج", "لو سمحت",
        "لوسمحت", "ارجو", "أرجو", "رجاء", "ممكن", "ابغاكم", "رجعو*", "ارجعو*", "استرجاع*",
        "استرداد", "تعويض", "عوضو*", "صلحو*", "حلو المشكله", "متى", "كيف", "ليش", "لماذا",
        "اتمنى", "أتمنى", "يجب", "لازم", "المفروض",
    ),
}  # fmt: skip

# An idea for the company: a suggestion, a wish for something that does not exist yet.
IDEA = {
    "en": (
        "it would be great if", "would be great if", "would be nice", "would be great",
        "would be cool", "would be awesome", "would be super", "it'd be", "suggest*", "idea",
        "you should add", "you could add", "please add", "could you add", "can you add",
        "why not add", "how about", "feature", "i wish", "wish you", "should offer",
        "should have an option", "an option to", "consider adding",
    ),
    "fa": (
        "پیشنهاد*", "کاش", "ای کاش", "بهتره", "بهتر است", "بهتر بود", "خوب بود اگر",
        "خوبه اگر", "خوبه که", "اضافه کنید", "اضافه کنین", "اضافه بشه", "اضافه شود",
        "ایده", "امکان", "گزینه",
    ),
    "ar": (  # not a bare «اضافة»: «بالاضافة الى …» is "in addition to", no wish (stop 30)
        "اقتراح*", "اقترح", "أقترح", "ياريت", "يا ريت", "يا ليت", "ياليت", "ليت", "لو تضيفو*",
        "تضيفو*", "اضيفو*", "أضيفو*", "اتمنى اضاف*", "نتمنى اضاف*", "ارجو اضاف*", "نرجو اضاف*",
        "تستطيع اضاف*", "يمكن اضاف*", "يمكنكم اضاف*", "ممكن اضاف*", "يحتاج الى اضاف*", "فكره",
        "بحاجة الى اضاف*", "فكرة", "يفضل", "الافضل لو", "الأفضل لو", "خيار",
    ),
}  # fmt: skip

# Praise and thanks.
PRAISE = {
    "en": (
        "thank*", "thx", "great", "amazing", "love*", "excellent", "awesome", "best",
        "perfect", "helpful", "appreciat*", "kudos", "wonderful", "fantastic", "good job",
        "well done", "nice", "brilliant", "shoutout", "shout out", "❤️", "👏",
    ),
    "fa": (
        "ممنون*", "مرسی", "عالی*", "خوشمزه*", "خوش مزه", "دستتون درد نکنه", "دستت درد نکنه",
        "راضی", "راضیم", "تشکر", "سپاس*", "خوب بود", "فوق العاده", "بی نظیر", "بینظیر", "محشر*",
        "خسته نباشید", "لذیذ*", "تازه", "باکیفیت", "با کیفیت", "حرف نداشت", "دمتون گرم",
        "خوش طعم", "گرم رسید", "به موقع", "خوبی داشت*", "خوبی داره", "خوبی دارد", "خوبی دارن",
    ),
    "ar": (
        "شكرا", "شكراً", "شكر*", "ممتاز*", "رائع*", "روعه", "روعة", "جميل*", "حلو*",
        "احسنتم", "أحسنتم", "يعطيكم العافيه", "يعطيكم العافية", "تسلمون", "تسلم*", "مشكورين",
        "الله يعطيكم", "افضل", "أفضل", "نظيف*", "لذيذ*", "مريح*", "انصح", "أنصح", "يستاهل",
        "خيال", "بطل*",
        # r13: the praise of the reviews («جيد», «قوي و متين», «ابداع») our list lacked
        "جيد", "جيده", "جيدة", "جيدا", "جيداً", "متين*", "ابداع", "إبداع", "مبدع*", "لطيف*",
        "مميز*", "ممتع*", "رهيب*", "فخم*", "خرافي*", "تحفه", "تحفة", "يجنن",
    ),
}  # fmt: skip

# An explicit request for a person: someone to talk to, and a way of asking.
PERSON = {
    "en": (
        "person", "human", "humans", "agent", "representative", "rep", "someone", "somebody",
        "manager", "supervisor", "operator", "real people", "staff member", "employee",
        "human being",
    ),
    "fa": (
        "آدم", "ادم", "انسان", "اپراتور", "کارشناس", "یه نفر", "یک نفر", "مسئول", "مدیر",
        "همکار*", "پشتیبان", "نیروی انسانی",
    ),
    "ar": (
        "موظف", "موظفه", "شخص", "انسان", "إنسان", "بشر", "مسؤول", "مسئول", "مدير",
        "خدمه العملاء", "خدمة العملاء",
    ),
}  # fmt: skip
ASK_PERSON = {
    "en": (
        "talk to", "talk with", "speak to", "speak with", "connect me", "transfer me",
        "put me through", "let me talk", "let me speak", "call me", "chat with",
    ),
    "fa": (
        "وصلم کنید", "وصلم کنین", "وصل کنید", "وصل کنین", "وصلم کن", "صحبت کنم", "حرف بزنم",
        "تماس بگیر*", "زنگ بزن*", "بهم زنگ", "میخوام با", "میخواهم با", "صحبت کنه", "حرف بزنه",
    ),
    "ar": (
        "اكلم", "أكلم", "اتكلم", "أتكلم", "كلمني", "يكلمني", "احكي مع", "أحكي مع", "تواصل",
        "اتصلوا", "اتصلو", "يتصل بي", "يتصل علي", "يكلمني", "حولني", "حوّلني", "وصلني", "وصلوني",
    ),
}  # fmt: skip

# "Please pass it on": after an idea or praise, asking us to tell the team (not a request
# for a person, not a new telling).
PASS_ON = {
    "en": ("pass it on", "pass this on", "pass that on", "tell the team", "tell them",
           "let them know", "let the team know", "forward it", "share it with", "to the team"),
    "fa": ("به تیم", "بهشون بگید", "بهشون بگین", "برسونید", "برسونین", "برسانید", "منتقل کنید",
           "منتقل کنین", "به مسئول*", "در جریان بذارید", "اطلاع بدید"),
    "ar": ("للفريق", "الفريق", "توصلون", "وصلوا", "أوصلوا", "اوصلوا", "بلغوا", "بلّغوا", "بلغهم",
           "للمسؤول*", "للإدارة", "للاداره", "للادارة", "خبروهم"),
}  # fmt: skip

# Wanting words: a person named right after them is a request too ("I need a human").
WANT_PERSON = {
    "en": ("need", "want", "get me", "give me", "send me"),
    "fa": ("میخوام", "میخواهم", "لازم دارم", "بدید به", "بدین به"),
    "ar": ("ابي", "أبي", "ابغى", "أبغى", "ابغي", "بدي", "اريد", "أريد", "عايز", "عاوز", "ودي"),
}  # fmt: skip

# "…, but …": what follows a contrast is what the customer came to say («راضی بودم ولی …»).
CONTRAST = {
    "en": ("but", "however", "though", "although"),
    "fa": ("ولی", "اما", "منتها", "ولی خب", "فقط"),  # r32: «خوب بود فقط سرد بود»
    "ar": ("لكن", "ولكن", "بس", "بيد"),
}  # fmt: skip

# What the customer did, not what went wrong: «دفعت عليه كل راتبي» is what a broken device
# cost them; the apology is aimed by the clause that tells what went wrong.
OWN_ACTION = {
    "en": (
        "paid", "pay", "ordered", "bought", "booked", "spent", "waited", "was", "were", "i lost",
        "cost me", "costs me", "losing", "i'm losing", "we're losing",
    ),
    "fa": (
        "پرداخت کردم", "دادم", "خریدم", "خریده بودم", "سفارش دادم", "گرفتم", "بود", "بودم",
        "ضرر میکنم", "ضرر می کنم", "دارم ضرر",
    ),
    "ar": (
        "دفعت", "طلبت", "حجزت", "اشتريت*", "شريت*", "انتظرت", "كان", "كانت", "استلمت", "خسرت",
        "اخسر", "أخسر", "عم اخسر", "قاعد اخسر",
    ),
}  # fmt: skip

# "I have to pay the bill today", «باید امروز قبض رو بدم», «لازم ادفع الفاتورة»: what the
# problem keeps them from doing, not the problem: it does not aim the apology.
MUST = {
    "en": ("i have to", "i need to", "i must", "i've got to", "i got to", "have to", "need to"),
    "fa": ("باید", "مجبورم", "لازمه"),
    "ar": ("لازم", "لازمني", "مضطر", "مضطرة", "لازم علي"),
}

# "I bought a coffee machine and it leaks": a purchase names the thing bought, not a charge.
BOUGHT = {
    "en": ("bought", "purchased", "i got a", "i got the"),
    "fa": ("خریدم", "خریده بودم", "خرید کردم", "خریدیم"),
    "ar": ("اشتريت*", "شريت*", "اشتريناه*"),
}

# Words that name a topic, for aiming an apology (billing is not delivery).
TOPIC = {
    "billing": {
        "en": (
            # Not "fee*", "bill*": "feel", "feedback", "billions" named no money (en56).
            "charg*", "refund*", "payment*", "paid", "pay", "money", "card", "bill", "bills",
            "billed", "billing", "invoice*", "price*", "fee", "fees", "overcharg*", "debit*",
            "transaction*", "deduct*", "$*", "dollars", "credit", "voucher", "cost*",
        ),
        "fa": (
            "پول*", "کارت*", "پرداخت*", "واریز*", "هزینه*", "قیمت*", "کسر", "کم شد", "کم کرد*",
            "شارژ", "تومن", "تومان", "ریال", "فاکتور", "حساب*", "برگشت وجه", "بازگشت وجه",
        ),
        "ar": (
            "الخصم", "خصم*", "انخصم*", "المبلغ", "مبلغ*", "فلوس*", "بطاق*", "الدفع", "دفع*",
            "استرجاع*", "استرداد", "سعر*", "اسعار*", "أسعار*", "الفاتور*", "فاتور*", "رسوم",
            "ريال", "حساب*", "غالي*",
        ),
    },
    "delivery": {
        "en": (
            "deliver*", "arriv*", "courier", "shipping", "shipped", "ship*", "parcel",
            "package", "driver", "tracking", "dispatch*",
        ),
        "fa": (
            "نرسید*", "رسید", "رسیده", "پیک", "ارسال", "تحویل", "مامور", "دیر", "پست",
        ),
        "ar": (
            "توصيل", "التوصيل", "وصل", "وصلت", "ما وصل", "لم يصل", "الشحنه", "الشحنة", "شحن*",
            "المندوب", "مندوب", "تاخر*", "تأخر*", "الدليفري", "دليفري", "طرد*",
        ),
    },
    "app": {
        "en": (  # not "update": "No update at all. Flight 1140" is news (``update_news``)
            "app", "login", "log in", "logs me out", "logged out", "crash*", "screen",
            "website", "site", "password", "button",
        ),
        # Getting into one's account is the app, though «حساب» also names a bill: the
        # login words count twice ("enter" and "enter the account") so they outweigh it.
        "fa": (
            "برنامه", "اپ", "اپلیکیشن", "نرم افزار", "سایت", "ورود", "رمز", "آپدیت",
            "وارد حساب*", "وارد", "کد تایید", "کد تأیید", "لاگین",
        ),
        "ar": (
            "التطبيق", "تطبيق", "البرنامج", "الموقع", "تسجيل الدخول", "كلمه المرور", "تحديث",
            "ادخل", "أدخل", "ادخل على حساب*", "أدخل على حساب*", "ادخل حساب*", "الدخول",
            "رمز التحقق", "كود التحقق",
        ),
    },
    # A device or a thing that broke: «الجهاز وقف», «گوشی خاموش شد», "the laptop won't turn
    # on". Named beside another topic's words it is where that happened ("the app crashes
    # on my phone"), so it loses ties (``told_topic._topic_in``).
    "product": {
        "en": (
            "device", "laptop", "computer", "tablet", "phone", "mobile", "charger", "battery",
            "headphones", "earbuds", "tv", "television", "fridge", "freezer", "microwave",
            "printer", "camera", "speaker", "machine*", "appliance*", "dishwasher", "vacuum",
            "kettle", "blender", "console", "product", "item", "turn on", "turns on", "switch on",
            "switches on", "power on", "powers on", "won't charge", "not charging",
        ),
        "fa": (
            "گوشی*", "موبایل*", "لپ تاپ*", "لپتاپ*", "تبلت*", "کامپیوتر*", "تلویزیون*",
            "یخچال*", "لباسشویی*", "ظرفشویی*", "جاروبرقی*", "هدفون*", "هندزفری*", "شارژر*",
            "باتری*", "دستگاه*", "محصول*", "کالا*", "پرینتر*", "کولر*", "اتو*", "روشن نمیشه",
            "روشن نمی شه", "روشن نشد", "خاموش شد", "خاموش میشه", "شارژ نمیشه", "شارژ نمیگیره",
        ),
        "ar": (
            "جهاز*", "جوال*", "موبايل*", "لابتوب*", "كمبيوتر*",
            "تلفزيون*", "ثلاج*", "غسال*", "مكيف*", "سماع*", "شاحن*", "بطاري*", "منتج*",
            "القطعه", "القطعة", "طابع*", "مكنس*", "ما يشتغل", "مايشتغل", "ما تشتغل",
            "ماتشتغل", "ما يشحن", "ما يولع", "ما بيشتغل", "انطفى", "انطفا", "طفى", "يطفي",
        ),
    },
    # Checked luggage on a trip: a suitcase is not "your order" («الشنطة» alone may be a
    # handbag ordered, so a bag counts only beside travel words: ``BAG``, ``TRAVEL``).
    "baggage": {
        "en": ("luggage", "baggage", "suitcase*", "carousel", "baggage claim"),
        "fa": ("چمدان*", "چمدون*", "بار همراه*", "تحویل بار"),
        "ar": ("حقيبة السفر", "حقائب السفر", "امتع*", "عفش*"),
    },
    # Nobody answering, a rude agent: how we treated them («ليش ما تردون؟»). Listed last: a
    # tie with a named charge or parcel goes to the charge or the parcel.
    "service": {
        "en": (
            "no one answers", "nobody answers", "no one replied", "nobody replied", "no reply",
            "no response", "rude", "hung up", "customer service", "support team", "your agent",
        ),
        "fa": (
            "جواب نمیدین", "جواب نمیدید", "جواب نمیدن", "جواب ندادین", "جواب ندادید",
            "جواب ندادن", "پاسخ نمیدهید", "پاسخ ندادید", "پشتیبانی", "بی ادب*", "بد برخورد*",
        ),
        "ar": (
            "ما تردون", "ماتردون", "ما يردون", "ما ردو*", "ما حد رد", "محد رد", "ما احد رد",
            "لا أحد يرد", "لا احد يرد", "خدمه العملاء", "قليل* ادب", "وقح*",
        ),
    },
}  # fmt: skip

# A bag, which is luggage only on a trip ("my bag never came off the plane").
BAG = {
    "en": ("bag", "bags", "my bag", "our bags"),
    "fa": ("ساک*", "کیف*", "بارم", "بارمون", "بارها*"),
    "ar": ("شنط*", "حقيب*"),
}  # fmt: skip

TRAVEL = {
    # "poor network connection" is no journey: only a missed or connecting one is.
    "en": ("flight*", "plane", "airport", "airline*", "landed", "layover", "connecting",
           "missed connection*", "missed my connection", "missed the connection"),
    "fa": ("پرواز*", "فرودگاه*", "هواپیما*", "ایرلاین*", "سفر*"),
    "ar": ("رحل*", "المطار", "مطار", "الطيران", "طيران", "الطياره", "الطائرة", "سفر*"),
}  # fmt: skip

# Words a topic's list holds that, in these phrases, name something else: "answer the
# phone" is service, not a device; "my phone won't charge" is a battery, not a bill.
TOPIC_NOT = {
    "product": {
        "en": (
            "answer the phone", "answers the phone", "answered the phone", "pick up the phone",
            "picks up the phone", "on the phone", "phone call*", "by phone", "phone number",
            "over the phone",
        ),
        "fa": ("گوشی رو برنمی*", "گوشی را برنمی*", "گوشی رو بر نمی*", "گوشی را بر نمی*"),
        "ar": ("يرد* على الجوال", "يرد* على جوال*", "ترد* على الجوال", "ترد* على جوال*"),
    },
    "billing": {
        "en": (
            "won't charge", "not charging", "doesn't charge", "stopped charging", "charger*",
            "charges fast", "charges quickly", "charges slowly", "fast charging",
        ),
        "fa": ("شارژ نمیشه", "شارژ نمیگیره", "شارژ نگه نمیداره", "شارژر*", "سریع شارژ*"),
        "ar": ("شاحن*", "الشاحن"),
    },
}  # fmt: skip

# The customer's order: a delivery apology may speak of "your order" only when there is one
# (a parcel they sent, a suitcase, is not something they ordered).
ORDER = {
    "en": ("order*", "purchase*", "bought"),
    "fa": ("سفارش*", "خرید*", "خریدم", "خریده"),
    "ar": ("طلب*", "الطلب*", "طلبي", "طلبيت*", "اشتريت*", "شريت*", "اوردر*"),
}  # fmt: skip
