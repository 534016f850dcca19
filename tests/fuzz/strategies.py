"""Hypothesis strategies for what can arrive at the webhook: updates Telegram sends, updates
it may send one day, and things that are not updates at all."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

MARK = "zq-customer-words-qz"  # in every customer-written string: searched for in the logs
SECRET = "fuzz-Secret_1"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
CONTROLS = "".join(chr(c) for c in range(32)) + "\x7f\u0085\u2028\u2029\ufeff"


@dataclass
class Request:
    """One POST to the webhook, and the customer-written strings inside it."""

    body: Any  # JSON-able, or raw bytes
    secret: str | None
    written: list[str] = field(default_factory=list)


def mostly(common: st.SearchStrategy[Any], rare: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``common`` about four times in five (one_of would pick each branch as often)."""
    return st.integers(0, 4).flatmap(lambda n: rare if n == 1 else common)


def customer_text() -> st.SearchStrategy[str]:
    """Empty, short hostile text, or 10,000 characters; marked so logs can be searched."""
    hostile = st.text(st.characters(codec="utf-8") | st.sampled_from(BIDI + CONTROLS), max_size=60)
    return st.one_of(
        st.just(""),
        hostile.map(lambda text: f"{text}{MARK}"),
        st.sampled_from(["ب", "a ", "\u202e"]).map(lambda unit: MARK + unit * 10_000),
    )


def update_ids() -> st.SearchStrategy[Any]:
    """Mostly valid ids, and the ones that must be refused."""
    valid = st.integers(0, 2**63 - 1)
    invalid = st.one_of(
        st.integers(min_value=2**63, max_value=2**80),
        st.integers(max_value=-1),
        st.booleans(),
        st.floats(allow_nan=False),
        st.text(max_size=5),
        st.none(),
    )
    return mostly(valid, invalid)


CHAT_IDS = mostly(
    st.integers(1, 10**6),
    st.one_of(st.integers(-(10**13), -1), st.just(2**70), st.just(-1001234567890)),
)


def users() -> st.SearchStrategy[dict[str, Any]]:
    """A sender, sometimes a bot, sometimes with fields missing."""
    return st.fixed_dictionaries(
        {
            "id": st.integers(1, 10**6),
            "first_name": customer_text(),
            "is_bot": st.booleans(),
        },
        optional={"language_code": st.sampled_from(["fa", "ar", "en", "xx", "", "fa-IR"])},
    )


def messages() -> st.SearchStrategy[dict[str, Any]]:
    """A complete message with hostile content, or one with any field missing."""
    chat = st.fixed_dictionaries(
        {"id": CHAT_IDS},
        optional={"type": st.sampled_from(["private", "group", "supergroup", "channel", "x"])},
    )
    content = {
        "caption": customer_text(),
        "photo": st.just([{"file_id": "P", "file_unique_id": "U", "width": 1, "height": 1}]),
        "edit_date": st.integers(0, 2**31),
    }
    complete = st.fixed_dictionaries(
        {
            "message_id": st.integers(1, 2**31),
            "date": st.integers(0, 2**31),
            "chat": st.fixed_dictionaries(
                {"id": CHAT_IDS, "type": st.sampled_from(["private", "private", "supergroup"])}
            ),
            "from": users(),
            "text": customer_text(),
        },
        optional=content,
    )
    gappy = st.fixed_dictionaries(
        {},
        optional={
            "message_id": st.integers(-5, 2**40),
            "date": st.integers(0, 2**31),
            "chat": chat,
            "from": users(),
            "text": customer_text(),
            **content,
        },
    )
    return complete | gappy


def callback_queries() -> st.SearchStrategy[dict[str, Any]]:
    """Buttons, forged ones included (staff actions from strangers, absurd ids)."""
    data = st.one_of(
        st.sampled_from(["h:c:1", "h:s:1", "h:r:1", "h:t:1:sara", "forget:yes", "fu:y"]),
        st.sampled_from(["rate:9", "h:c:99999999999999999999", "h:", "rate:-1"]),
        customer_text(),
    )
    return st.fixed_dictionaries(
        {"id": st.text(min_size=1, max_size=8), "from": users()},
        optional={"chat_instance": st.just("1"), "data": data, "message": messages()},
    )


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)


def bodies() -> st.SearchStrategy[Any]:
    """A whole request body: an update of a known or unknown kind, or anything else."""
    kinds = st.one_of(
        st.tuples(st.sampled_from(["message", "edited_message", "channel_post"]), messages()),
        st.tuples(st.just("callback_query"), callback_queries()),
        st.tuples(st.sampled_from(["poll", "my_chat_member", "brand_new_kind"]), JSON),
    )
    update = st.builds(lambda uid, kind: {"update_id": uid, kind[0]: kind[1]}, update_ids(), kinds)
    others = st.one_of(
        st.builds(lambda uid: {"update_id": uid}, update_ids()), JSON, st.binary(max_size=64)
    )
    return mostly(update, others)


def requests() -> st.SearchStrategy[Request]:
    """A body and the secret header sent with it (mostly the right one)."""
    secrets = mostly(st.just(SECRET), st.sampled_from([None, "x", "ü", "фз", "\udcff\udcfe"]))
    return st.builds(lambda body, secret: Request(body, secret, written(body)), bodies(), secrets)


def written(value: Any) -> list[str]:
    """The customer-written strings inside a body."""
    if isinstance(value, str):
        return [value] if MARK in value else []
    if isinstance(value, dict):
        return [s for v in value.values() for s in written(v)]
    if isinstance(value, list):
        return [s for v in value for s in written(v)]
    return []


def explicit() -> list[Request]:
    """Cases that must always be tried, whatever Hypothesis generates around them."""
    name, long_text = f"\u202eMaya{MARK}", MARK + "ب" * 10_000
    user = {"id": 31337, "is_bot": False, "first_name": name, "language_code": "fa"}
    chat = {"id": 31337, "type": "private"}

    def message(update_id: int, text: str) -> dict[str, Any]:
        body = {"message_id": update_id, "date": 1, "chat": chat, "from": user, "text": text}
        return {"update_id": update_id, "message": body}

    forged = {"id": "1", "from": user, "chat_instance": "1", "data": "h:c:1"}
    bodies: list[Any] = [
        {"update_id": 109, "message": {"message_id": 1, "text": f"x{MARK}"}},
        {"update_id": 110, "callback_query": {"id": "2", "from": user, "data": "forget:yes"}},
        {"update_id": 111, "poll": {"id": "p", "question": "?", "options": [{"text": "a"}]}},
        message(112, long_text),
        message(113, ""),
        message(114, f"{MARK} \u202e\u2066 sorry \x00 \ud800"),
        {"update_id": 115, "callback_query": forged},
        {"update_id": 116, "brand_new_kind": {"text": MARK}},
        {"update_id": 117, "message": {"a": json.loads("[" * 30 + "]" * 30)}},
        b'{"update_id": 118, "x": ' + b"[" * 900 + b"]" * 900 + b"}",
        {"update_id": 2**70, "message": {}},
        {"update_id": True, "message": {}},
        {"update_id": -1, "message": {}},
    ]
    wrong_secrets = [Request(message(119, MARK), secret, [MARK]) for secret in ("\udcff", "ü")]
    return [Request(body, SECRET, written(body)) for body in bodies] + wrong_secrets
