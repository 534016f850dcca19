"""A first message that is only a heading announcing what follows: the customer will go on.

«- إيجابيات و سلبيات سامسونج جالكسي نوت 3:», «ما إيجابيات هذا المنتج:», «شوف بيانات التابلت
بالكامل :» say nothing yet: no apology (nothing went wrong), no "what happened?" (nothing
happened), no thanks (the product's name may hold «الرائعة»). A listener says "go ahead".
"""

from __future__ import annotations

import re

# «إيجابيات و سلبيات X», «ايجابيات وسلبيات X», «مميزات وعيوب X»: a review form's own heading.
_PROS_CONS = re.compile(
    r"^[\s\-–—*•]*(?:ال)?(?:[إا]يجابيات\s*و\s*(?:ال)?سلبيات|مميزات\s*و\s*(?:ال)?عيوب)"
)
# A line that ends on its colon («… بالكامل :», «عنوان التقييم: *»): what it announces follows.
_ENDS_ON_COLON = re.compile(r"[:：][\s*\-–—]*$")
_WORDS = re.compile(r"[^\W\d_]+")
MAX_HEADING_WORDS = 8  # a longer line ending on a colon has said something itself
_LETTERS = re.compile(r"[^\W\d_]")


def announced(text: str, language: str) -> str:
    """'pros_cons' for a pros-and-cons heading alone, 'go_on' for a short line ending on a
    colon, '' for anything that tells (Arabic only)."""
    text = text.strip()
    if language != "ar" or not text or "\n" in text:
        return ""
    if _PROS_CONS.match(text):
        after = text.rsplit(":", 1)[1] if ":" in text else ""
        return "" if _LETTERS.search(after) else "pros_cons"  # «…: الجهاز ممتاز» tells
    if _ENDS_ON_COLON.search(text) and len(_WORDS.findall(text)) <= MAX_HEADING_WORDS:
        return "go_on"
    return ""
