"""The readable /mydata copy: labels, owner, digits and right-to-left lines per language."""

from __future__ import annotations

from pathlib import Path

from bot.mydata_text import RLM, summary
from bot.owners import load_owners

ROOT = Path(__file__).resolve().parents[2]
STAMP = "2026-11-26T09:05:00+00:00"
DOCUMENT = {
    "customer": {"id": 7, "display_name": "Mina", "created_at": STAMP},
    "messages": [
        {"direction": "in", "kind": "text", "text": "سفارشم سه روز است نرسیده " * 6, "at": STAMP},
        {"direction": "in", "kind": "photo", "text": None, "at": STAMP},
    ],
    "jobs": [{"statement": "می‌خواهم سفارشم برسد", "situation": "", "quotes": ["نرسیده"]}],
    "feedback": [],
    "handoffs": [
        {"owner": "reza", "status": "resolved", "created_at": STAMP, "resolved_at": STAMP}
    ],
}


def owner_of(owner_id: str, language: str) -> tuple[str, str] | None:
    found = load_owners(ROOT / "owners.example.yml").get(owner_id)
    return (found.name_in(language), found.title_in(language)) if found else None


def test_persian_copy_names_the_owner_and_uses_persian_digits() -> None:
    text = summary(DOCUMENT, "fa", owner_of)
    lines = text.splitlines()
    assert all(line.startswith(RLM) and len(line) <= 71 for line in lines)
    assert "مسئول: رضا کریمی (مسئول پشتیبانی مشتریان)" in text
    assert "وضعیت: حل‌شده" in text and "حل شد: ۲۰۲۶-۱۱-۲۶ ۰۹:۰۵ UTC" in text
    assert "نیاز: می‌خواهم سفارشم برسد" in text and "[پیوست: عکس]" in text
    assert not any(c in "0123456789" for c in text)  # every date in Persian digits
    assert "/forget" in lines[-1]


def test_arabic_and_english_copies() -> None:
    arabic = summary(DOCUMENT, "ar", owner_of)
    assert "المسؤول: رضا كريمي (خدمة العملاء)" in arabic and "٢٠٢٦-١١-٢٦" in arabic
    english = summary(DOCUMENT, "en", owner_of)
    assert "Owner: Reza Karimi (Customer care)" in english and "2026-11-26 09:05 UTC" in english
    assert RLM not in english


def test_an_empty_export_still_says_how_to_forget() -> None:
    text = summary({}, "en")
    assert text.count("(nothing)") == 4 and "/forget" in text


def test_the_start_command_is_shown_as_sent_never_as_an_attachment() -> None:
    started = {"messages": [{"direction": "in", "kind": "start", "text": None, "at": STAMP}]}
    for language, attachment in (("fa", "پیوست"), ("ar", "مرفق"), ("en", "attachment")):
        text = summary(started, language)
        assert "/start" in text and attachment not in text, text
