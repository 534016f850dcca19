"""Whether an answer states what the customer wants: "I just want my flight to leave on time".

Asked "may I ask two quick questions?", a customer who answers with a want ("I just want my
flight to leave on time for once", «فقط می‌خوام سفارشم سر وقت برسه», «أبغى الرحلة تطلع في
وقتها») has already said what would make it right. "What would make this right for you?"
next asks it again (heard in the README chat, stop 36). ``dialogues.remedy`` skipped it only
after a remedy (a refund, a replacement); after any stated want the second job question goes
past it, to what would change once that is done («jtbd_solved_after_remedy»).

Narrow on purpose: a first-person want or need, or what must happen, in the customer's words;
a question ("how long will it take?") or more of the story is no want.
"""

from __future__ import annotations

from dialogues import telling
from dialogues.remedy import names_remedy

# Entries as in ``dialogues.cues`` (folded; a trailing ``*`` matches any ending).
WANT = {
    "en": (
        "i want", "i just want", "i really want", "i only want", "all i want", "we want",
        "we just want", "i need", "i just need", "i really need", "all i need", "we need",
        "we just need", "i'd like", "i would like", "we'd like", "we would like",
        "i'm hoping", "im hoping", "i am hoping", "i hope", "we hope", "i expect",
        "want my", "need my", "want it", "need it", "want them", "need them",
        "you need to", "needs to", "has to", "have to", "should",
    ),
    "fa": (
        "میخوام", "میخواهم", "میخوایم", "میخواهیم", "میخواستم", "میخواستیم", "لازم دارم",
        "نیاز دارم", "امیدوارم", "انتظار دارم", "باید",
    ),
    "ar": (
        "ابي", "أبي", "ابغى", "أبغى", "ابغي", "ابغا", "نبي", "نبغى", "بدي", "بدنا", "اريد",
        "أريد", "نريد", "احتاج", "أحتاج", "نحتاج", "اتمنى", "أتمنى", "ودي", "عايز", "عاوز",
        "عايزه", "يجب", "لازم",
    ),
}  # fmt: skip

# A want that is no answer to what would put it right: declining the questions, or an
# apology they do not want (then what they want is not said).
_NOT_WANT = {
    "en": (
        "don't want to answer", "dont want to answer", "don't want to talk", "no need",
        "don't need", "dont need", "don't want", "dont want", "nothing",
    ),
    "fa": ("نمیخوام", "نمیخواهم", "لازم نیست", "نیازی نیست", "هیچی", "هیچ چیز"),
    "ar": ("ما ابي", "ما أبي", "ما ابغى", "ما أبغى", "مابي", "مابغى", "لا اريد", "لا أريد",
           "ما بدي", "مش عايز", "لا شيء", "ولا شي"),
}  # fmt: skip


def states_want(answer: str, language: str) -> bool:
    """Whether the answer says what they want done (a remedy, or any want in their words)."""
    if names_remedy(answer, language):
        return True
    return telling.has(answer, WANT, language) and not telling.has(answer, _NOT_WANT, language)
