"""hazm's Normalizer with its patterns compiled and its unmatchable passes skipped
(``nlu.hazm_compiled``) writes what hazm's own writes: the same instance, before and after."""

from __future__ import annotations

import re
from pathlib import Path

from nlu.hazm_compiled import compile_patterns
from nlu.hazm_lite import normalizer_class

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"
# What each skipped or compiled pass is for: special Unicode forms, stretched letters, «می»,
# quotes, numbers, spacing around punctuation and affixes, diacritics, ZWNJs.
CRAFTED = (
    "",
    "﷽ سلام ﷼ ﷰ ﷹ ﷲ ﷳ ﷴ ﷵ ﷶ ﷷ ﷸ ﻵ ﻶ ﻷ ﻸ ﻹ ﻺ ﻻ ﻼ",
    "(ﷰ|ﷹ) و | ( )",
    "سلامممممم خیییییلی عاااالی بوددد ممممنون",
    "سلامم به همه، سلاممم را برسان",
    "نمیدانم چه میگفت میز میخواهم نمیخواهم می خواهم نمی روم",
    'او گفت "سلام" و ... رفت 10.450 ۵ درصد 5 درصد',
    "به طول ۹متر و عرض۶ کتاب ها زمین لرزه ای جمعهها",
    "اِعلاممممم کَرد : « زمین لرزه ای به بُزرگیِ 6 دهم ریشتر ...»",
    "‌سلام‌ به ‌همه‌   کاروان‌‌سرا دنیـــا \r\n\n\n\nخط",
    "پیامبر اکرم ﷺ ؠ ػ ڪ ٮ",
    "my order is late!!! 3 days",
    "الطلب ما وصل، وين المندوب؟؟",
)


def _rows(language: str, count: int) -> list[str]:
    lines = (REAL / f"{language}.tsv").read_text(encoding="utf-8").splitlines()[1 : count + 1]
    return [line.split("\t")[0] for line in lines]


def test_compiled_normalizer_writes_what_hazms_writes() -> None:
    texts = [*CRAFTED, *_rows("fa", 3000), *_rows("ar", 300), *_rows("en", 300)]
    normalizer = normalizer_class()()
    plain = [normalizer.normalize(text) for text in texts]
    compiled = compile_patterns(normalizer)
    assert compiled is normalizer
    assert isinstance(normalizer.extra_space_patterns[0][0], re.Pattern)
    assert [normalizer.normalize(text) for text in texts] == plain
    # Each pass alone as well (a skip that happened to be undone by a later pass would hide).
    for method in ("unicodes_replacement", "decrease_repeated_chars", "seperate_mi"):
        hazms = getattr(type(normalizer), method)
        assert [getattr(normalizer, method)(t) for t in texts] == [
            hazms(normalizer, t) for t in texts
        ], method
    assert plain[1] != CRAFTED[1] and plain[3] != CRAFTED[3] and plain[5] != CRAFTED[5]
