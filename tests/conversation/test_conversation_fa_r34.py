"""Persian first replies, round 34: a short verdict is never asked of as an idea or praise."""

from __future__ import annotations

import pytest

from tests.dialogues.script import Script

_IDEA_ASKS = ("چطور از آن استفاده", "این کار چه چیزی", "این فکر از کجا")


@pytest.mark.parametrize("text", ["مثل قبل خوب نبود.", "بسیار عالی حتی برای صبحانه …"])
def test_a_short_verdict_read_as_an_idea_is_not_asked_how_it_is_used(text: str) -> None:
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="suggestion")
    assert not any(ask in reply for ask in _IDEA_ASKS), reply


def test_mixed_praise_is_not_asked_what_made_it_special() -> None:
    chat = Script("fa")
    chat.start()
    reply = chat.says("خوب بود کمی شور بود", intent="praise", sentiment="positive")
    assert "خاص" not in reply and "به دلتان نشست" not in reply, reply


def test_a_real_idea_is_still_asked_about() -> None:
    chat = Script("fa")
    chat.start()
    reply = chat.says("کاش امکان انتخاب ساعت تحویل هم داشت", intent="suggestion")
    assert reply, reply
