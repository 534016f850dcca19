"""ar58: a one-word verdict over a review, set off by a full stop, is not glued to the body.

«زفت. الغرفة كانت وسخة والموظف وقح» was said back «زفت الغرفة كانت وسخة …».
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    ("told", "said", "title"),
    [
        ("زفت. الغرفة كانت وسخة والموظف وقح", "الغرفة كانت وسخة", "زفت"),
        ("ممتاز. الموظفين محترمين والمكان نظيف", "الموظفين محترمين", "ممتاز"),
        ("سيء. الطلب وصل بارد وناقص", "الطلب وصل بارد", "سيء"),
    ],
)
def test_the_title_word_is_not_said_back(told: str, said: str, title: str) -> None:
    reflection = reflect([told], "ar")
    assert said in reflection and title not in reflection, reflection


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("لا. ما وصلني الطلب للحين", "الطلب"),  # an answer, never a title
        ("رائع. جدا", "رائع"),  # no body to stand for it
        ("قرمشه. الدجاج ما كانت موجودة ابدا", "قرمشه"),  # a word of the telling, not a verdict
    ],
)
def test_other_lone_words_stay(told: str, kept: str) -> None:
    assert kept in reflect([told], "ar")
