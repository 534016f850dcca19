"""Arabic round 55: a second quote never opens on the «و» or «كما» that joined it (constructed)."""

from __future__ import annotations

import pytest

from dialogues.reflection import ar_quote_head, reflect


@pytest.mark.parametrize(
    ("piece", "joined"),
    [
        ("«وفوقها صوص ثقيل جدا»", "، و«فوقها صوص ثقيل جدا»"),
        ("«كما أعجبت زوجتي»", "، كما «أعجبت زوجتي»"),
        ("«وكما يقدم عصائر طازجة»", "، كما «يقدم عصائر طازجة»"),
        ("«والخدمة بطيئة»", "، و«الخدمة بطيئة»"),
        ("«وجبة الغداء كانت باردة»", "، «وجبة الغداء كانت باردة»"),  # a word of «و» itself
        ("«الجلسات مريحة»", "، و«الجلسات مريحة»"),
    ],
)
def test_the_joining_word_is_ours_outside_the_quote(piece: str, joined: str) -> None:
    assert ar_quote_head.joined(piece) == joined


def test_a_quote_never_opens_on_a_relative_cut_from_its_head() -> None:
    # «الحمدلله» is cut as a formula; «الذي …» left behind dangled with nothing to relate to.
    said = reflect(
        [
            "مطعم السلطان فرع الكورنيش\n"
            "الحمدلله الذي اكرمنا بزيارة هذه المدينة الجميلة وفي هذه الفترة تشرفنا بالعشاء"
            " في مطعم السلطان فرع الكورنيش والمطعم جميل واكله جدا جميل وخدمتهم سريعة"
        ],
        "ar",
    )
    assert "«الذي" not in said, said
