"""Round 24's caches and indexes answer as the code before them did: the Arabic verdict's
search remembered per text, a Persian message's words keyed once for every quote put back,
a Persian word's suffixes tried only where its last letter allows, an Arabic clause's polarity
remembered."""

from __future__ import annotations

from dialogues.reflection import ar_choice, ar_verdicts, fa_verbatim, fa_words
from dialogues.reflection.ar_choice import VERDICT

CLAUSES = (
    "لا أنصح به",
    "الاكل كان بارد والخدمة سيئة جدا ولن أعود مرة أخرى",
    "التقييم 8 من 10 بشكل عام",
    "مواعيد العمل مناسبة",
    "المكان جميل والموظفين محترمين",
    "لا يفوتكم الحلى",
)


def test_a_remembered_verdict_search_finds_what_the_pattern_finds() -> None:
    pattern = ar_verdicts._PATTERN
    assert VERDICT is ar_verdicts.VERDICT
    assert VERDICT.pattern == pattern.pattern
    for text in CLAUSES * 2:  # the second time from the cache
        found, expected = VERDICT.search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())
        matched, expected = VERDICT.match(text), pattern.match(text)
        assert (matched and matched.span()) == (expected and expected.span())
    assert [bool(VERDICT.search(text)) for text in CLAUSES] == [1, 1, 1, 0, 0, 1]


def test_a_messages_words_are_keyed_once_and_as_each_word_alone() -> None:
    message = "خوب بود، ممنونم «شله» خوب نبود!"
    tokens, keys = fa_verbatim._keyed(message)
    assert tokens == tuple(message.split())
    assert keys == tuple(fa_verbatim._key(t) for t in message.split())
    assert fa_verbatim._keyed(message) is fa_verbatim._keyed(message)  # from the cache


def test_a_quote_is_put_back_alike_cold_and_warm() -> None:
    cases = [
        ("خوب بود، شله خوب نبود", ["خوب بود ممنون شله خوب نبود"], "خوب بود ممنون شله خوب نبود"),
        ("غذا سرد بود", ["غذا ۰۹۱۲۳۴۵۶۷۸۹ سرد بود"], "غذا سرد بود"),
        ("من چندین بار", ["واسه من فرستاده. من چندین بار"], "من چندین بار"),
        ("سفارشم رسید", ["سلام", "سفارشم خیلی دیر رسید"], "سفارشم خیلی دیر رسید"),
    ]
    for _ in range(2):  # cold, then with every message's keys cached
        for quote, messages, expected in cases:
            assert fa_verbatim.restore(quote, messages) == expected


def _bases_scanned(key: str, least: int = 3) -> set[str]:
    """``fa_words._bases`` as it was: every suffix tried on every base."""
    bases = {key}
    for _ in range(2):
        for base in list(bases):
            for suffix in fa_words._SUFFIXES:
                if base.endswith(suffix) and len(base) >= len(suffix) + least:
                    bases.add(base[: -len(suffix)])
    for base in list(bases):
        for prefix in fa_words._PREFIXES:
            if base.startswith(prefix) and len(base) >= len(prefix) + least:
                bases.add(base[len(prefix) :])
    return bases


def test_a_persian_words_bases_are_those_every_suffix_tried_gives() -> None:
    words = "کتابهایی دندونامون میخورد نمیدونستم سانذویچ بودکیک شیرینیهاشون غذاتون رو بهتره ش"
    for word in [*words.split(), *fa_words._SUFFIXES, ""]:
        for least in (1, 3):
            assert fa_words._bases(word, least) == _bases_scanned(word, least)


def test_a_clauses_polarity_cached_equals_its_count() -> None:
    for text in (*CLAUSES, "مو حلو", "لا يوجد صرف", "الاكل لذيذ بس الخدمة سيئة") * 2:
        assert ar_choice.polarity(text) == ar_choice.polarity.__wrapped__(text)
    negative, positive = ar_choice.polarity("مو حلو")
    assert negative and not positive  # a praise word denied: a complaint
