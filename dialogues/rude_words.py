"""Words that tell rudeness: the apology names how they were treated, not a slow answer.

«الموظف في الاستقبال كان وقح جدا» got «كان يجب أن نرد عليك أسرع وأفضل». Kept apart from
``apologies`` so its lists can grow (en62's "attitude") without that module growing.
"""

from __future__ import annotations

# Rudeness told: the apology names how they were treated, not a slow answer («الموظف في
# الاستقبال كان وقح جدا» got «كان يجب أن نرد عليك أسرع وأفضل»). Not "not rude".
RUDE = {
    "en": ("rude", "rudely", "rudest", "disrespect*", "unprofessional", "condescending",
           "yelled", "yelling", "screamed", "insult*", "bad attitude", "nasty attitude",
           # en62: rudeness said as "attitude" ("an attitude and nasty comment", "it's the
           # attitude!", "her attitude was ridiculous"); not "employee attitude on the ground"
           # nor an airline's "attitude toward" a tier (no one spoke to them).
           "rudeness", "horrible attitude*", "terrible attitude*", "awful attitude*",
           "poor attitude", "rude attitude", "an attitude", "the attitude", "her attitude",
           "his attitude", "their attitude", "and attitude", "excuse for attitude",
           "attitudeissues", "nasty comment*"),
    "fa": ("بی ادب*", "بی‌ادب*", "بد برخورد*", "برخورد بد*", "برخوردش بد", "بداخلاق*",
           "بد اخلاق*", "توهین*", "بی احترامی", "بی‌احترامی", "بی ادبی", "بی‌ادبی"),
    "ar": ("وقح*", "قلة ادب", "قلة أدب", "قليل* ادب", "قليل* أدب", "سوء التعامل",
           "سوء المعامل*", "تعامل سيء", "تعامل سئ", "تعامل سيئ", "معامله سيئ*", "معاملة سيئ*",
           "غير محترم*", "ما يحترم*", "ماعندهم ذوق", "ما عندهم ذوق", "عدم احترام",
           # ar63: a let-down by a person said as shouting, temper or disrespect («الموظف صرخ
           # علينا أمام الناس», «كان متعصب معنا») got «آسف لأن المنتج لم يكن كما توقعت». Said
           # at them («علينا»، «معنا»، «فينا»), not «صرخت من الألم» nor «كنت معصب».
           "صرخ* علي*", "صرخ* في*", "صرخ* بوج*", "يصرخ* علي*", "يصرخ* في*", "زعق* علي*",
           "زعق* في*", "يزعق* علي*", "رفع صوته علي*", "رفعت صوتها علي*", "متعصب* مع*",
           "متعصب* علي*", "معصب* مع*", "معصب* علي*", "عصبي* مع*", "عصبي* علي*",
           "استقبال سيء", "استقبال سيئ", "استقبال سئ", "ما احترم*", "مااحترم*", "لم يحترم*",
           "بدون احترام", "بلا احترام", "طردونا", "طردنا برا", "بطريقة سيئ*", "بطريقه سيئ*",
           "بطريقة مهين*", "بطريقة غير لائق*", "بطريقة مستفز*", "بأسلوب سيء", "باسلوب سيء",
           "بأسلوب سيئ", "باسلوب سيئ"),
}  # fmt: skip
NOT_RUDE = {
    "en": ("not rude", "wasn't rude", "weren't rude", "never rude", "not once rude"),
    "fa": ("بی ادب نبود*", "بی‌ادب نبود*"),
    "ar": ("مو وقح*", "مش وقح*", "غير وقح*"),
}  # fmt: skip
