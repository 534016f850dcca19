"""A typed answer to "delete now?": «آره», «نعم», "yes, delete it", «نه», "no keep it".

/forget asks before erasing, with two buttons (on the terminal, ``/forget yes|no``). Many
customers type their answer instead of pressing; before this, «آره» went on to the
conversation, reached the owner as a message, and nothing was deleted. A whole message that
is only a yes (or only a no), with at most a "please"/"delete it"/"thanks" around it, answers
the question, but only as the very next message after it (``PrivacyDesk.pending_forget``).

Narrow on purpose: deleting someone's words is not undone, so anything more than a bare
yes ("yes but first tell Reza …") is not read as consent and goes on as a telling.
"""

from __future__ import annotations

import re

from dialogues.text import fold

_YES = (
    "yes", "yeah", "yep", "yup", "sure", "ok", "okay", "y", "delete", "delete it",
    "delete everything", "delete all", "yes delete", "yes delete it", "go ahead", "do it",
    "آره", "اره", "بله", "آری", "باشه", "حتما", "اوکی", "پاک کن", "پاکش کن", "پاک کنید",
    "پاکشون کن", "همه رو پاک کن", "پاک شود", "پاک بشه", "پاک شه",
    "نعم", "ايوه", "أيوه", "ايوة", "اي", "ايه", "إيه", "اكيد", "أكيد", "تمام", "موافق",
    "احذف", "احذفها", "احذفه", "احذف كل شي", "امسح", "امسحها", "اه", "آه", "أجل",
)  # fmt: skip
_NO = (
    "no", "nope", "nah", "n", "cancel", "don't", "dont", "do not delete", "don't delete",
    "dont delete", "keep it", "no keep it", "no don't", "never mind", "nevermind",
    "نه", "نخیر", "خیر", "نه پاک نکن", "پاک نکن", "پاک نکنید", "نگه دار", "بی‌خیال", "بیخیال",
    "لا", "لأ", "كلا", "لاء", "لا تحذف", "لا تحذفها", "لا تمسح", "الغ", "إلغاء", "الغاء",
)  # fmt: skip
# Politeness around the answer changes nothing: "yes please", «آره لطفا», «لا شكرا».
_AROUND = (
    "please", "pls", "plz", "thanks", "thank you", "thx",
    "لطفا", "لطفاً", "مرسی", "ممنون", "ممنونم", "دیگه",
    "من فضلك", "لو سمحت", "شكرا", "شكراً", "مشكور",
)  # fmt: skip
_PUNCT = re.compile(r"[\s.,!?؟،؛:;…\-–—\"'«»()👍👎🙏]+")


def _key(text: str) -> str:
    return " ".join(w for w in _PUNCT.split(fold(text).replace("’", "'")) if w)


_YES_K = frozenset(_key(p) for p in _YES)
_NO_K = frozenset(_key(p) for p in _NO)
_AROUND_K = tuple(sorted({_key(p) for p in _AROUND}, key=len, reverse=True))


def _peeled(key: str) -> str:
    """The key without "please", «لطفا», «شكرا» wherever they stand."""
    padded = f" {key} "
    for word in _AROUND_K:
        padded = padded.replace(f" {word} ", " ")
    return " ".join(padded.split())


def _read(key: str, phrases: frozenset[str]) -> bool:
    """A phrase, or a one-word answer before one: «آره پاک کن», "no, keep it"."""
    if key in phrases:
        return True
    head, _, rest = key.partition(" ")
    return head in phrases and rest in phrases


def typed_answer(text: str | None) -> bool | None:
    """True for a bare yes, False for a bare no, None for anything else."""
    if not text or len(text) > 60:
        return None
    key = _peeled(_key(text))
    if key and _read(key, _YES_K):
        return True
    if key and _read(key, _NO_K):
        return False
    return None
