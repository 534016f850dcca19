"""Build the labelled grouping sample (tests/data/groups/*.tsv) from rows 1-1000.

Each message gets the one job/topic whose cue words it contains; messages with cues of
two topics or of none are left out, so the labels are unambiguous. The cue lists were
written by reading the rows; the output was then read through and kept as committed.
Rows 1001-2000 are never read here (they are for evaluation only).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "real-messages"
OUT = ROOT / "tests" / "data" / "groups"
PER_TOPIC = 40

CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "late_flight": ("delay", "late", "tarmac", "still waiting to board"),
        "cancelled_flight": ("cancel",),
        "luggage": ("bag", "luggage", "baggage", "suitcase"),
        "reach_a_person": ("on hold", "hold for", "call back", "phone", "hung up", "no answer"),
        "booking_refund": (
            "refund",
            "book",
            "reservation",
            "rebook",
            "change my flight",
            "voucher",
        ),
        "thanks": ("thank", "thx", "great job", "awesome", "love "),
    },
    "fa": {
        "late_delivery": ("دیر", "تاخیر", "تأخیر", "ساعت بعد", "دقیقه"),
        "cold_food": ("سرد", "یخ زده", "یخ کرده", "گرم نبود"),
        "taste": ("طعم", "مزه", "بی‌مزه", "بی مزه", "شور"),
        "amount_price": ("حجم", "قیمت", "گرون", "گران", "کم بود", "مقدار"),
        "wrong_order": ("اشتباه", "نفرستاده", "نفرستادن", "فراموش", "جای"),
        "praise": ("عالی", "ممنون", "خوشمزه", "سپاس", "مرسی"),
    },
    "ar": {
        "price": ("سعر", "السعر", "اسعار", "أسعار", "ريال", "غالي", "رخيص"),
        "battery_charger": ("بطارية", "البطارية", "شاحن", "الشاحن", "الشحن"),
        "size_fit": ("مقاس", "المقاس", "حجم", "الحجم", "حجمها", "طول", "عرض"),
        "material_quality": ("خامة", "الخامة", "خامته", "خامات", "رديء", "سيئة", "سيئ"),
        "as_described": ("مطابق", "المواصفات", "أصلي", "اصلي", "تقليد"),
        "delight": ("رائع", "روعة", "روعه", "ممتاز", "جميل"),
    },
}


# A cue counts at the start of a word (Arabic: after a clitic such as و / ب / ال).
_PREFIX = {"ar": r"(?:و|ف|ب|ل|ال|وال|بال|فال|لل)?", "fa": "", "en": ""}
PATTERNS = {
    language: {
        topic: re.compile(
            r"(?<!\w)" + _PREFIX[language] + "(?:" + "|".join(map(re.escape, cues)) + ")"
        )
        for topic, cues in topics.items()
    }
    for language, topics in CUES.items()
}


def label(language: str, text: str) -> str | None:
    """The one topic whose cues the text contains, or None."""
    lowered = text.lower()
    hits = [topic for topic, pattern in PATTERNS[language].items() if pattern.search(lowered)]
    return hits[0] if len(hits) == 1 else None


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for language in CUES:
        with (SOURCE / f"{language}.tsv").open(encoding="utf-8") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:1001]
        taken: dict[str, int] = {}
        kept = []
        for number, row in enumerate(rows, start=1):
            text = row[0].strip()
            topic = label(language, text)
            if topic is None or taken.get(topic, 0) >= PER_TOPIC or len(text) < 8:
                continue
            taken[topic] = taken.get(topic, 0) + 1
            kept.append((number, topic, text))
        with (OUT / f"{language}.tsv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(["row", "label", "text"])
            writer.writerows(kept)
        print(language, len(kept), dict(sorted(taken.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
