"""hazm's replacement templates (``"\\1 \\2"``, ``"«\\1»"``, …) as functions of the match
(``nlu.hazm_compiled.expander``) write what ``re`` writes of the templates: pattern by
pattern, over crafted texts and rows 1-3000 of fa; other templates are left to ``re``."""

from __future__ import annotations

import re

from nlu.hazm_compiled import PATTERN_LISTS, expander
from nlu.hazm_lite import normalizer_class
from tests.nlu.test_hazm_compiled import CRAFTED, _rows


def test_each_template_as_a_function_writes_what_re_writes() -> None:
    texts = [*CRAFTED, *_rows("fa", 3000), 'a (b) [c] 1.5.2 «x» "y z" تر ها 3کتاب کتاب3']
    normalizer = normalizer_class()()
    converted = matched = 0
    for name in PATTERN_LISTS:
        for source, template in getattr(normalizer, name):
            pattern = re.compile(source)
            replacement = expander(pattern, template)
            if "\\" not in template:
                assert replacement is template
                continue
            assert callable(replacement), template
            converted += 1
            for text in texts:
                assert pattern.sub(replacement, text) == pattern.sub(template, text), template
            matched += sum(1 for text in texts if pattern.search(text))
    assert converted >= 10 and matched > 40  # (pattern, text) pairs where it matched


def test_an_unmatched_group_is_empty_and_other_templates_stay_re_s() -> None:
    optional = re.compile(r"(a)?b(c)")
    assert optional.sub(expander(optional, r"[\1|\2]"), "b bc abc") == "b [|c] [a|c]"
    assert optional.sub(expander(optional, r"[\1|\2]"), "abc") == optional.sub(r"[\1|\2]", "abc")
    two = re.compile(r"(x)(y)")
    for template in (r"\g<1>", r"\12", r"\n\1", "\\\\", r"\3", "plain"):
        assert expander(two, template) is template
