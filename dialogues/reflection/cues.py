"""Per-language cue words, question openings and verdict phrases that score a clause."""

from __future__ import annotations

import re

from dialogues.reflection import en_clause, fa_select
from dialogues.text import fold

CUES = {
    "en": """not never no worst bad terrible awful horrible rude lost broken late delayed delay
    stuck missed cancel refund charged wrong error problem issue fail failed failing crash crashed
    waiting wait hold hours help lose losing start over frustrated angry upset disappointed sad
    love great amazing awesome
    excellent best thank thanks happy glad hate sucks ridiculous unacceptable worse won't can't
    don't didn't isn't doesn't again anymore""",
    "fa": """نه نیست نبود نشد نمیشه نرسید نرسیده نیومد نیومده دیر تاخیر تأخیر بد افتضاح سرد خراب
    اشتباه گم شکایت مشکل ضعیف کثیف گران گرون داغون متاسفانه متأسفانه اصلا اصلاً هیچ عالی خوب
    خوشمزه تازه داغ ممنون راضی ناراضی ناراحت عصبانی پایین بی‌کیفیت بیکیفیت کم شور سوخته
    خمیر افت نپخته مزخرف""",
    "ar": """لا لم لن ما مو مش ليس سيء سيئ سيئة سيئه تأخر تاخر متأخر خربان خطأ مشكلة مشكله شكوى
    ممتاز ممتازة رائع رائعة جميل جميلة جيد جيدة ضعيف ضعيفة غالي رديء رديئ تعبان زفت ابدا أبدا
    انصح أنصح لاانصح للاسف للأسف سيئه ممتازه رائعه جميله مناسب افضل أفضل اسوأ""",
}
_HOW_I_FEEL = r"(?:[اأ]حب|[اأ]عشق|نحب|نعشق|[اأ]تمنى|اشتقت|[اأ]شتاق)(?!\S)"
ASKING = {
    "en": re.compile(
        # "When I export it, it crops": a time, not a question ("when will you …" still asks)
        # "What a disappointment the updates have been": an exclamation, asked only with a "?"
        # "When something went wrong and …", "How useless X is": a time and an exclamation
        r"^(?:(?:why|how(?!\s+(?:useless|funny|stupid|sad|rude|dumb|lame|awful|pathetic|ridiculous"
        r"|annoying|frustrating|disappointing|embarrassing|wonderful|lovely|nice|sweet)\b)"
        r"|what(?!\s+an?\s)|when(?!\s+(?:i|i'm|we|my|our|something|someone|trying)\b)"
        # "When you go to the store and they don't have rice": a generic "you", a time
        r"(?!\s+(?:you|u)\s+(?!(?:will|won't|gonna|going|can|could|would|guys|plan|expect|think)\b)"
        r"[a-z]+\s+(?:to|and|in|on|a|an|the|your|for)\b)|where"
        r"|who|which)\b"
        r"|(?:are|is|do|does|did|can|could|will|would"
        r"|should|shall|may|have|has|am|was|were)\s+(?:i|you|u|we|they|it|he|she|there|this|that"
        r"|my|your|the|anyone|someone|any)\b"
        r"|any\s+(?:ideas?|suggestions?|advice|thoughts)(?=\s+(?:why|when|how|what|where|who"
        r"|whether|if|on|about|for)\b|\W*$))(?!.*[.!]$)"  # "Any ideas why …": asked, unmarked
        r"|^(?:why|how|what|where|who)\s+(?:is|are|was|were|do|does|did|can|could|would|will|has"
        r"|should"
        r"|have|(?:is|are|do|does|did|ca|wo)n['’]t)\s",
        re.IGNORECASE,
    ),
    "fa": re.compile(  # «چقدر خوشحالم …», «چقدر داستان بی خود بود»: an exclamation; unmarked,
        # «چقدر» asks only of a cost or a time («چقدر طول میکشه») (r27); «چرا که» is "because"
        r"^(?:چرا(?!\s+که\s)|چطور|چگونه|کی|کجا|آیا|چه وقت|چقدر(?=\s+(?:هزینه|طول|پول|زمان|وقت"
        r"|قیمت|تومن|تومان|میشه|می‌شه|باید|دیگه|مونده|کرایه|میگیرید|میگیرین)(?!\S)))\s"
    ),
    # ar r31: «كم أحب هذا السوشي»، «كم اشتقت له»: «كم» before a verb of feeling exclaims
    # ("how I love …"), never asks "how many"; «كم السعر»، «كم اخذ وقت» still ask
    # ar round 21: «فيه حجز بالمطعم او لا» ("… or not?") asks, unless a conditional or "I
    # don't know" before it makes it a statement («بغض النظر اذا كانت صحيحه او لا»)
    "ar": re.compile(
        r"^(?:هل|لماذا|ليش|ليه|كيف|متى|وين|اين|أين|شو|ايش|وش|كم(?=\s+(?!" + _HOW_I_FEEL + r")))\s"
        r"|^(?:(?!\S*(?:اذا|إذا|ادري|أدري|اعرف|أعرف|عرفش))(?!ان كان|إن كان|لو\s|سواء|بغض)\S+\s+)+"
        r"(?:او|أو|ولا)\s+لا(?!\S)"
    ),
}
CUE = {lang: {fold(w) for w in text.split()} for lang, text in CUES.items()}
VERDICT = {
    "en": en_clause.VERDICT,
    "fa": fa_select.VERDICT,
    "ar": re.compile(r"انصح|أنصح|لن اعود|لن أعود|لن اكرر|لن أكرر|ما راح|مرة ثانية|مره ثانيه|"
                     r"اخر مرة|آخر مرة|لا اعود"),
}  # fmt: skip
