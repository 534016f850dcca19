"""Arabic round 55: a second quote never opens on the «و» or «كما» that joined it (constructed)."""

from __future__ import annotations

import pytest

from dialogues.reflection import ar_quote_head


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
