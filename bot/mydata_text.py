"""/mydata's readable copy: the JSON export as plain text in the customer's language.

Built only from the export document, so it can never hold more (or anyone else's) data.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

RLM = "\u200f"
WIDTH = 70
DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩"}

# owner id -> (name, title) as a customer in a language reads them; None when unknown
OwnerLookup = Callable[[str, str], tuple[str, str] | None]

KINDS = {  # attachment kinds as the customer reads them; English keeps the stored word
    "fa": {
        "photo": "عکس",
        "voice": "پیام صوتی",
        "video": "ویدیو",
        "document": "فایل",
        "sticker": "استیکر",
        "location": "موقعیت مکانی",
    },
    "ar": {
        "photo": "صورة",
        "voice": "رسالة صوتية",
        "video": "فيديو",
        "document": "ملف",
        "sticker": "ملصق",
        "location": "موقع",
    },
}

LABELS: dict[str, dict[str, str]] = {
    "fa": {
        "title": "داده‌های شما نزد همدل",
        "intro": "این خلاصه‌ی خواندنی همان فایل JSON است. زمان‌ها به وقت جهانی (UTC) است.",
        "messages": "پیام‌ها",
        "in": "شما",
        "out": "همدل",
        "jobs": "خلاصه‌ی نیاز شما",
        "statement": "نیاز",
        "situation": "موقعیت",
        "motivation": "انگیزه",
        "desired_outcome": "نتیجه‌ی دلخواه",
        "struggle": "دشواری",
        "handoffs": "سپردن به همکار",
        "owner": "مسئول",
        "status": "وضعیت",
        "created_at": "ثبت",
        "claimed_at": "پذیرفته شد",
        "resolved_at": "حل شد",
        "feedback": "نظرها و پیشنهادها",
        "none": "(چیزی نیست)",
        "attachment": "[پیوست: {kind}]",
        "open": "باز",
        "claimed": "در دست پیگیری",
        "resolved": "حل‌شده",
        "closed": "بسته",
        "forget": "برای پاک کردن همه‌ی این‌ها /forget را بفرستید.",
    },
    "ar": {
        "title": "بياناتك لدى همدل",
        "intro": "هذا ملخص مقروء لملف JSON نفسه. الأوقات بالتوقيت العالمي (UTC).",
        "messages": "الرسائل",
        "in": "أنت",
        "out": "همدل",
        "jobs": "ملخص ما تحتاجه",
        "statement": "الحاجة",
        "situation": "الموقف",
        "motivation": "الدافع",
        "desired_outcome": "النتيجة المرجوة",
        "struggle": "الصعوبة",
        "handoffs": "التسليم إلى موظف",
        "owner": "المسؤول",
        "status": "الحالة",
        "created_at": "التسجيل",
        "claimed_at": "الاستلام",
        "resolved_at": "الحل",
        "feedback": "الآراء والاقتراحات",
        "none": "(لا شيء)",
        "attachment": "[مرفق: {kind}]",
        "open": "مفتوح",
        "claimed": "قيد المتابعة",
        "resolved": "تم الحل",
        "closed": "مغلق",
        "forget": "لحذف كل هذا أرسل /forget.",
    },
    "en": {
        "title": "Your data at Hamdel",
        "intro": "A readable summary of the same JSON file. Times are in UTC.",
        "messages": "Messages",
        "in": "You",
        "out": "Hamdel",
        "jobs": "Summary of what you need",
        "statement": "Need",
        "situation": "Situation",
        "motivation": "Motivation",
        "desired_outcome": "Desired outcome",
        "struggle": "Struggle",
        "handoffs": "Handed to a colleague",
        "owner": "Owner",
        "status": "Status",
        "created_at": "Opened",
        "claimed_at": "Taken on",
        "resolved_at": "Resolved",
        "feedback": "Feedback and ideas",
        "none": "(nothing)",
        "attachment": "[attachment: {kind}]",
        "open": "open",
        "claimed": "in progress",
        "resolved": "resolved",
        "closed": "closed",
        "forget": "To delete all of this, send /forget.",
    },
}


def local_digits(text: str, language: str) -> str:
    """ASCII digits in the language's own script (fa ۰-۹, ar ٠-٩); unchanged for en."""
    digits = DIGITS.get(language)
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


def when(stamp: str | None, language: str) -> str:
    """An ISO timestamp as «YYYY-MM-DD HH:MM UTC», digits in the customer's script."""
    if not stamp:
        return ""
    return local_digits(f"{stamp[:10]} {stamp[11:16]} UTC", language)


def summary(document: dict[str, Any], language: str, owner: OwnerLookup | None = None) -> str:
    """The whole readable copy, one wrapped line at a time."""
    labels = LABELS.get(language, LABELS["en"])
    blocks: list[str] = [labels["title"], labels["intro"], ""]
    blocks += _section(labels["messages"], _messages(document, labels, language), labels)
    blocks += _section(labels["jobs"], _jobs(document, labels), labels)
    blocks += _section(labels["handoffs"], _handoffs(document, labels, language, owner), labels)
    blocks += _section(labels["feedback"], _feedback(document, language), labels)
    blocks.append(labels["forget"])
    return "\n".join(_wrap(blocks, language)) + "\n"


def _section(heading: str, lines: list[str], labels: dict[str, str]) -> list[str]:
    return [f"== {heading} ==", *(lines or [labels["none"]]), ""]


def _messages(document: dict[str, Any], labels: dict[str, str], language: str) -> list[str]:
    lines = []
    for message in document.get("messages", []):
        who = labels["in"] if message.get("direction") == "in" else labels["out"]
        kind = str(message.get("kind"))
        named = KINDS.get(language, {}).get(kind, kind)
        body = message.get("text") or labels["attachment"].format(kind=named)
        if kind == "start" and not message.get("text"):
            body = "/start"  # the command they sent, never "an attachment: start"
        lines.append(f"{when(message.get('at'), language)} | {who}: {body}")
    return lines


def _jobs(document: dict[str, Any], labels: dict[str, str]) -> list[str]:
    lines = []
    for job in document.get("jobs", []):
        fields = ("statement", "situation", "motivation", "desired_outcome", "struggle")
        lines += [f"{labels[f]}: {job[f]}" for f in fields if job.get(f)]
        lines += [f"  «{quote}»" for quote in job.get("quotes") or []]
    return lines


def _handoffs(
    document: dict[str, Any], labels: dict[str, str], language: str, owner: OwnerLookup | None
) -> list[str]:
    lines = []
    for handoff in document.get("handoffs", []):
        owner_id = handoff.get("owner")
        known = owner(owner_id, language) if owner and owner_id else None
        if known:
            lines.append(f"{labels['owner']}: {known[0]} ({known[1]})")
        status = handoff.get("status") or ""
        lines.append(f"{labels['status']}: {labels.get(status, status)}")
        for key in ("created_at", "claimed_at", "resolved_at"):
            if handoff.get(key):
                lines.append(f"{labels[key]}: {when(handoff[key], language)}")
    return lines


def _feedback(document: dict[str, Any], language: str) -> list[str]:
    return [
        f"{when(item.get('created_at'), language)}: {item['quote']}"
        for item in document.get("feedback", [])
        if item.get("quote")
    ]


def _wrap(lines: list[str], language: str) -> list[str]:
    """Short lines; in fa/ar each starts with RLM so mixed text still reads right to left."""
    mark = RLM if language in DIGITS else ""
    out = []
    for line in lines:
        pieces = textwrap.wrap(line, WIDTH, break_long_words=False) or [""]
        out += [mark + piece for piece in pieces]
    return out
