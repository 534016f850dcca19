"""Pay the first-use costs at start, so that no customer's turn pays for them.

Left lazy, the first Persian text of a process loads hazm (seconds of CPU, with every other
turn slowed meanwhile: the loading thread holds the GIL), and the first reflection in each
language loads that language's lexicons; at 10 customers those turns were the slowest 2 %.
After the warm-up the objects that live as long as the process are frozen out of the
garbage collector's generations, so its full collections no longer walk the word lists,
and its young collections run every ``YOUNG_THRESHOLD`` allocations instead of CPython's
700: a turn allocates thousands of short-lived objects (ORM rows, PTB objects, tokens) that
reference counting frees anyway; at 700 the collector ran about every seven messages
(~2% of the bot's CPU per message), at 10,000 a fifth of that (RSS unchanged).
Persian is warmed only when asked (``NLU_WARM_UP_PERSIAN``): hazm and the Persian lexicons
take ~24 MB, which a process that never sees Persian should not pay.
"""

from __future__ import annotations

import gc
import logging
import time

from bot.reflecting import first_answer
from dialogues.turn import Language
from nlu.errors import NLUError
from nlu.parser import Parser

log = logging.getLogger(__name__)
YOUNG_THRESHOLD = 10_000  # allocations between young collections (CPython's default: 700)

# One complaint per language, long enough to take the policy through a reflection.
SAMPLES: dict[Language, str] = {
    "fa": "سفارشم دیر رسید و پیک هم جواب تلفنم را نمی‌داد",
    "ar": "الطلب تأخر كثير والمندوب ما يرد على التلفون",
    "en": "my order came late and the courier never answered the phone",
}


async def warm_up(parser: Parser, languages: tuple[Language, ...] = ("ar", "en", "fa")) -> None:
    """Parse and answer one sample per language (hazm loads in a thread), then gc.freeze()
    and young collections spaced out."""
    start = time.perf_counter()
    for language in languages:
        text = SAMPLES[language]
        try:
            await first_answer(parser, text, language, always=True)
        except NLUError as exc:  # a Rasa server still starting: its first turn pays instead
            log.warning("NLU warm-up skipped for %s: %s", language, exc)
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
    log.info("warmed up in %.0f ms", 1000 * (time.perf_counter() - start))
