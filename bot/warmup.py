"""Pay the first-use costs at start, so that no customer's turn pays for them.

Left lazy, the first Persian text of a process loads hazm (seconds of CPU, with every other
turn slowed meanwhile: the loading thread holds the GIL), and the first reflection in each
language loads that language's lexicons; at 10 customers those turns were the slowest 2 %.
So were, after them, each later stage's first use, the Persian-or-Arabic model and the staff
catalogs (round 17): a whole conversation per language is held here.
After the warm-up the objects that live as long as the process are frozen out of the
garbage collector's generations, so its full collections no longer walk the word lists,
and its young collections run every ``YOUNG_THRESHOLD`` allocations instead of CPython's
700: a turn allocates thousands of short-lived objects (ORM rows, PTB objects, tokens) that
reference counting frees anyway; at 700 the collector ran about every seven messages
(~2% of the bot's CPU per message), at 10,000 a fifth of that (RSS unchanged).
Persian (hazm's Normalizer and the Persian lexicons, ~9 MB) is warmed by default only
when the process's RSS leaves it room under ``NLU_WARM_UP_PERSIAN_BELOW_MB`` (150, issue
11's idle bound), so that a process short of memory keeps paying for it only when a
Persian text comes; ``NLU_WARM_UP_PERSIAN`` true warms it whatever the RSS, false never.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import time

from bot.reflecting import first_answer
from dialogues import telling
from dialogues.catalog import STAFF, keys
from dialogues.policy import new_state, respond
from dialogues.turn import LANGUAGES, Language, Turn
from nlu.errors import NLUError
from nlu.language import detect_language
from nlu.parser import Parser
from nlu.script_model import persian_or_arabic

log = logging.getLogger(__name__)
YOUNG_THRESHOLD = 10_000  # allocations between young collections (CPython's default: 700)
# What warming Persian adds to the RSS: hazm's Normalizer, its mapped hashes, the Persian
# lists (measured: 137 -> 146 MB idle, `python -m bot.loadbench`), with a margin.
PERSIAN_MB = 10

# One complaint per language, long enough to take the policy through a reflection.
SAMPLES: dict[Language, str] = {
    "fa": "سفارشم دیر رسید و پیک هم جواب تلفنم را نمی‌داد",
    "ar": "الطلب تأخر كثير والمندوب ما يرد على التلفون",
    "en": "my order came late and the courier never answered the phone",
}
# Two words first: a bare topic is met with a listening prompt (a first message that tells
# something is said back at once), so the prompt's path is warmed too.
OPENERS: dict[Language, str] = {"fa": "سفارشم", "ar": "بخصوص الطلب", "en": "my order"}
# The rest of a conversation (as the load bench's): a detail, yes, go ahead, two answers
# about the job, that's all. Each stage's first use (its cues, catalog lines, questions).
REST: dict[Language, tuple[str, ...]] = {
    "fa": (
        "غذا هم سرد بود و بسته‌بندی پاره شده بود",
        "بله",
        "بله، بپرسید",
        "می‌خواستم شام را قبل از رسیدن مهمان‌ها آماده داشته باشم",
        "که مهمان‌ها گرسنه منتظر نمانند",
        "همین",
    ),
    "ar": (
        "والأكل وصل بارد والعلبة مفتوحة",
        "نعم",
        "نعم، تفضل",
        "كنت أبغى العشاء يوصل قبل ما يجون الضيوف",
        "عشان الضيوف ما ينتظرون وهم جوعانين",
        "بس",
    ),
    "en": (
        "the food was cold and the bag was torn",
        "yes",
        "yes, go ahead",
        "I wanted dinner ready before my guests arrived",
        "so that nobody had to wait hungry",
        "that's all",
    ),
}


async def warm_up(
    parser: Parser, languages: tuple[Language, ...] = ("ar", "en", "fa"), *, fa_below_mb: float = 0
) -> None:
    """Parse and answer a conversation per language (hazm loads in a thread), then
    gc.freeze(), young collections spaced out and freed heap given back. With
    ``fa_below_mb`` (and "fa" not in ``languages``), Persian too if the process's RSS
    leaves it room under that many MB."""
    start = time.perf_counter()
    telling.prepare()  # every cue list's index, its first words answered from the list
    for staff_language in LANGUAGES:  # a handoff's card, in whichever language staff read
        keys(staff_language, STAFF)
    for language in languages:
        await _answer_sample(parser, language)
    if fa_below_mb and "fa" not in languages:
        gc.collect()
        give_back_free_memory()  # what is really in use, not what glibc kept
        rss = rss_mb()
        if rss is not None and rss + PERSIAN_MB <= fa_below_mb:
            await _answer_sample(parser, "fa")
        else:
            log.info(
                "Persian left to its first text: RSS %s MB + %d > %s", rss, PERSIAN_MB, fa_below_mb
            )
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
    give_back_free_memory()
    log.info("warmed up in %.0f ms (RSS %s MB)", 1000 * (time.perf_counter() - start), rss_mb())


async def _answer_sample(parser: Parser, language: Language) -> None:
    """The language's sample answered as a first answer, then a whole conversation."""
    try:
        await first_answer(parser, SAMPLES[language], language, always=True)
        await _converse(parser, language)
    except NLUError as exc:  # a Rasa server still starting: its first turn pays instead
        log.warning("NLU warm-up skipped for %s: %s", language, exc)


async def _converse(parser: Parser, language: Language) -> None:
    """A conversation as a customer holds it: the language told from each text (the
    Persian-or-Arabic model loads on the first ambiguous one: ~26 ms), each text parsed
    and answered by the policy from one state to the next."""
    persian_or_arabic(SAMPLES["ar"])
    state = respond(new_state(language, 0), Turn((), language, kind="start")).state
    for text in (OPENERS[language], SAMPLES[language], *REST[language]):
        detect_language(text, default=language)
        understanding = (await parser.parse(text, language)).understanding()
        state = respond(state, Turn((text,), language, understanding)).state


def rss_mb() -> int | None:
    """This process's resident memory in MB, or None where /proc does not say."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def give_back_free_memory() -> bool:
    """Return the C heap's free pages to the kernel; whether it could (glibc only).

    Loading the lexicons reads whole files and builds their words through temporary
    strings; glibc keeps what they freed (~5 MB after the Persian lists) in the process
    for later allocations, counted in its RSS, until ``malloc_trim`` gives it back.
    """
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own symbols, libc's among them
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to give back
        return False
    trim(0)
    return True
