"""A bare consent to our questions that is no yes-word: «ممكن», «اشکال نداره», "why not".

At "may I ask two quick questions?" the customer's «ممكن» ("sure, possible") was taken for
the answer to the first job question: the second was asked next, and the handoff thanked
them for putting «ممكن» so clearly. Only the whole message counts: «ممكن تساعدني» asks.
"""

from __future__ import annotations

import re

from dialogues.text import fold

_END = r"[\s.!,،؛]*"
_CONSENT = {
    "en": (
        "you can", "you may", "go for it", "why not", "fine", "fine by me", "of course",
        "ask away", "ask", "sure thing", "np", "no problem",
    ),
    "fa": (
        "میتونید", "می‌تونید", "می‌توانید", "میتوانید", "اشکال نداره", "اشکالی نداره",
        "مشکلی نیست", "مشکل نداره", "حتما بپرسید", "بله بپرسید", "خواهش میکنم", "چرا که نه",
        "البته", "سوال کنید", "بپرسید ببینم",
    ),
    "ar": (
        "ممكن", "ممكن طبعا", "ممكن طبعاً", "اكيد ممكن", "أكيد ممكن", "عادي", "طبعا", "طبعاً",
        "اسأل", "اسال", "تفضل اسأل", "تفضل اسال", "ما في مشكلة", "مافي مشكلة", "لا مانع",
        "ما عندي مانع", "ليش لا", "خلاص اسأل",
    ),
}  # fmt: skip
_WHOLE = {
    lang: re.compile(
        "^(?:"
        + "|".join(re.escape(fold(p)) for p in sorted(ps, key=len, reverse=True))
        + ")"
        + _END
        + "$",
        re.IGNORECASE,
    )
    for lang, ps in _CONSENT.items()
}


def bare_consent(text: str, language: str) -> bool:
    """True when ``text`` is only a consent to be asked («ممكن», "go for it")."""
    return bool(_WHOLE[language].match(fold(text.strip())))
