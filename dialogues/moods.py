"""Word lists for what a telling is besides its kind: sarcasm, and a question about our data.

Entries are matched as in ``dialogues.cues`` (folded, a trailing ``*`` matches any ending).
"""

from __future__ import annotations

# Irony: praise beside "another" / "the third time" and something missing or gone wrong
# ("great, another week without internet", «دستتون درد نکنه، یه هفته دیگه هم بی اینترنت»)
# is a complaint said sarcastically, never thanked. "Thanks again" is no such marker.
AGAIN = {
    "en": (
        "another", "yet again", "once again", "second time", "third time", "fourth time",
        "for the second", "for the third", "for the umpteenth", "umpteenth",
    ),
    "fa": (
        "دیگه هم", "یه بار دیگه", "باز هم", "بازم", "سومین بار*", "دومین بار*", "بار سوم*",
        "بار دوم*", "چندمین بار*",
    ),
    "ar": (
        "ثاني", "ثانيه", "ثالث", "ثالث مره", "مره ثانيه", "مره ثالثه", "كمان مره", "من جديد",
        "للمره", "مجددا",
    ),
}  # fmt: skip
WENT_WRONG = {
    "en": (
        "without", "for nothing", "no", "not", "never", "late", "delay*", "cancel*", "changed",
        "postponed", "down", "broke*", "lost", "missing", "still",
    ),
    "fa": (
        "بی", "بدون", "نرسید*", "عوض میشه", "عوض شد*", "تاخیر", "تأخیر", "دیر", "قطع*",
        "خراب*", "کنسل*", "لغو", "گم", "هنوز", "نیومد*", "نشد",
    ),
    "ar": (
        "بدون", "بلا", "من غير", "ما وصل*", "لم يصل", "تأخر*", "تاخر*", "يتغير", "تغير*",
        "اتغير*", "مقطوع*", "انقطع*", "خرب*", "الغي", "انلغى", "كنسل*", "ضاع*", "لسه", "لسا",
    ),
}  # fmt: skip

# "Delete my data", «اطلاعات من رو پاک کنید», «امسحوا بياناتي», "what do you keep about me?":
# the privacy commands answer these; they are no telling to reflect, nor an idea to thank.
# A question about our keeping of their data names it ("my data", «اطلاعاتم», «بياناتي»)
# and asks something of it (see, delete, export, what we keep): "I'm shutting my data off
# for the flight" is mobile data, never a privacy ask (``asks_about_data``).
PRIVACY_ASK = {
    "en": (
        "my data", "my personal data", "my information", "my personal information",
        "my details",
    ),
    "fa": ("اطلاعاتم*", "اطلاعات من*", "اطلاعات شخصی*", "داده های من"),
    "ar": ("بياناتي", "معلوماتي", "بياناتي الشخصيه", "معلوماتي الشخصيه"),
}  # fmt: skip
# Asked alone, these are about our keeping whatever else is said.
PRIVACY_ITSELF = {
    "en": (
        "keep about me", "store about me", "know about me", "hold about me", "have on me",
        "privacy", "gdpr",
    ),
    "fa": ("حریم خصوصی*", "چه اطلاعاتی"),
    # «الخصوصية» alone is asked only in a short message (PRIVACY_WORD, below)
    "ar": ("خصوصيتي", "سياسه الخصوصيه"),
}  # fmt: skip
PRIVACY_ACTION = {
    "en": (
        "see", "show", "view", "access", "copy", "download", "export", "delete*", "erase*",
        "remove*", "wipe*", "forget", "clear", "keep*", "kept", "store*", "collect*", "shar*",
        "sell*", "sold", "what data", "what information", "do you have", "gdpr",
    ),
    "fa": (
        "پاک*", "حذف*", "ببینم", "ببینید", "نشون*", "نشان*", "کپی", "دانلود", "نگه*", "ذخیره*",
        "جمع آوری*", "جمع‌آوری*", "میفروش*", "می فروش*", "فروخت*", "چی", "چه", "کجا",
    ),
    "ar": (
        "احذف*", "حذف*", "امسح*", "مسح*", "اشوف", "أشوف", "اطلع", "نسخه", "نسخة", "تحميل",
        "تحتفظ*", "تخزن*", "تجمع*", "تبيع*", "تشارك*", "ماذا", "وش", "ايش", "شو", "ماهي",
        "ما هي",
    ),
}  # fmt: skip
# «الخصوصية» alone names our keeping only in a short message («وش عن الخصوصية؟»): in a
# review it is a place's («يوفر اماكن للعوائل تراعي الخصوصية»), never a question about data.
PRIVACY_WORD: dict[str, tuple[str, ...]] = {"ar": ("الخصوصيه",)}
PRIVACY_WORD_MAX_WORDS = 5
