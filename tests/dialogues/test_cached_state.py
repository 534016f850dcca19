"""Round 26's policy cuts keep every answer: the state's inline copy is the field-by-field
copy it replaced, and a reflection remembered is the reflection worked out again."""

from __future__ import annotations

import json

from dialogues.reflection import reflect
from dialogues.state import ConversationState


def _state() -> ConversationState:
    state = ConversationState(stage="confirming", language="ar", seed=7, turns=3)
    state.heard.extend(["الطلب تأخر", "والأكل بارد"])
    state.jtbd_answers["goal"] = "عشاء"
    state.owner_names["ar"] = "سارة"
    state.last_seen = 12.5
    return state


def test_the_dict_is_every_field_in_order_and_its_containers_copied() -> None:
    state = _state()
    saved = state.to_dict()
    assert list(saved) == list(ConversationState.__dataclass_fields__)
    assert saved == {name: getattr(state, name) for name in saved}
    assert saved["heard"] is not state.heard and saved["jtbd_answers"] is not state.jtbd_answers
    again = ConversationState.from_dict({**json.loads(json.dumps(saved)), "gone": 1})
    assert again == state and again.heard is not saved["heard"]
    copy = state.copy()
    copy.heard.append("x")
    copy.owner_names["en"] = "Sara"
    assert state.heard == ["الطلب تأخر", "والأكل بارد"] and "en" not in state.owner_names
    assert ConversationState.from_dict(None) == ConversationState()


def test_a_remembered_reflection_is_the_one_worked_out_again() -> None:
    tellings = [
        (["my order came late and the courier never answered the phone"], "en"),
        (["سفارشم دیر رسید", "غذا هم سرد بود"], "fa"),
        (["الطلب تأخر كثير والمندوب ما يرد على التلفون"], "ar"),
    ]
    for messages, language in tellings:
        fresh = reflect.__wrapped__(list(messages), language)  # type: ignore[attr-defined]
        assert fresh
        assert reflect(messages, language) == fresh
        assert reflect(tuple(messages), language) == fresh  # the same key, from the cache
