"""A customer's message is never met with silence: words, or else a receipt (a nod)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.handoff import OwnerView, announce
from dialogues.outcome import Outcome, RelayToOwner, Reply
from dialogues.turn import Language, Turn
from tests.dialogues.script import SENTENCE, Script

ASK = {
    "en": "please let me talk to a person, it's urgent",
    "fa": "لطفا وصلم کنید به یه آدم، فوریه",
    "ar": "ابي اكلم موظف ضروري",
}
OWNER = {
    "en": OwnerView("Reza Karimi", "billing lead"),
    "fa": OwnerView("رضا کریمی", "مسئول مالی"),
    "ar": OwnerView("رضا كريمي", "مسؤول الفواتير"),
}
NEW_OWNER = {
    "en": OwnerView("Sara Ahmadi", "support lead"),
    "fa": OwnerView("سارا احمدی", "مسئول پشتیبانی"),
    "ar": OwnerView("سارة أحمدي", "مسؤولة الدعم"),
}
# Five things a customer adds while waiting for the owner.
MORE = {
    "en": (
        "my order number is 5531",
        "it was the blue jacket",
        "I paid by card",
        "the courier never called",
        "please hurry, it is a gift",
    ),
    "fa": (
        "شماره سفارشم ۵۵۳۱ است",
        "کاپشن آبی بود",
        "با کارت پرداخت کردم",
        "پیک اصلا زنگ نزد",
        "لطفا زودتر، هدیه است",
    ),
    "ar": (
        "رقم الطلب ٥٥٣١",
        "كانت الجاكيت الزرقاء",
        "دفعت بالبطاقة",
        "المندوب ما اتصل ابداً",
        "بسرعة لو سمحتوا، هدية",
    ),
}
RECEIPT = Reply("", kind="receipt")


def _handed_off(language: Language) -> Script:
    """A customer whose request is with its owner, named as the caller names them."""
    chat = Script(language)
    chat.start()
    chat.says(ASK[language], intent="request_human", sentiment="negative")
    assert chat.stage == "handed_off"
    _promise, chat.state = announce(chat.state, OWNER[language], 60)
    return chat


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_five_messages_after_a_handoff_get_words_then_receipts(language: Language) -> None:
    chat = _handed_off(language)
    for text in MORE[language]:
        chat.says(text, intent="question")
    added = chat.outcomes[-5:]
    # Every message reaches the owner, and every one is answered: never silence.
    for outcome, text in zip(added, MORE[language], strict=True):
        relayed = [e.text for e in outcome.effects if isinstance(e, RelayToOwner)]
        assert relayed == [text]
        assert len(outcome.replies) == 1
    first = added[0].replies[0]
    assert first.kind == "text" and OWNER[language].name in first.text
    assert any(
        v.format(name=OWNER[language].name) == first.text for v in variants(language, "relay_ack")
    )
    # After one "passed it on" in words, the nod says it: no second acknowledgement text.
    assert [o.replies[0] for o in added[1:]] == [RECEIPT] * 4
    _assert_no_phrase_repeated(chat.outcomes)


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_a_new_owner_is_named_once_more_in_words(language: Language) -> None:
    chat = _handed_off(language)
    chat.says(MORE[language][0], intent="question")
    chat.says(MORE[language][1], intent="question")
    assert chat.outcomes[-1].replies == (RECEIPT,)
    _promise, chat.state = announce(chat.state, NEW_OWNER[language], 60, change="reassigned")
    chat.says(MORE[language][2], intent="question")
    (reply,) = chat.outcomes[-1].replies
    assert reply.kind == "text" and NEW_OWNER[language].name in reply.text
    chat.says(MORE[language][3], intent="question")
    assert chat.outcomes[-1].replies == (RECEIPT,)
    _assert_no_phrase_repeated(chat.outcomes)


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_spent_acknowledgements_become_receipts(language: Language) -> None:
    chat = _handed_off(language)
    # A returning customer who has heard every "passed it on" before, in an earlier request.
    chat.state.used += [f"relay_ack#{i}" for i in range(len(variants(language, "relay_ack")))]
    chat.says(MORE[language][0], intent="question")
    assert chat.outcomes[-1].replies == (RECEIPT,)
    assert any(isinstance(e, RelayToOwner) for e in chat.outcomes[-1].effects)


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_attachments_get_words_while_they_last_then_receipts(language: Language) -> None:
    chat = _handed_off(language)
    photo = Turn(messages=(), language=language, kind="attachment", attachment_kind="photo")
    kinds = []
    for _ in range(len(variants(language, "attachment_ack")) + 2):
        outcome = _respond(chat, photo)
        assert any(isinstance(e, RelayToOwner) for e in outcome.effects)
        (reply,) = outcome.replies
        kinds.append(reply.kind)
    assert kinds == ["text"] * len(variants(language, "attachment_ack")) + ["receipt"] * 2
    _assert_no_phrase_repeated(chat.outcomes)


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
@pytest.mark.parametrize("stage", ["handed_off", "listening", "closed"])
def test_a_button_press_answered_without_words_gets_no_receipt(
    language: Language, stage: str
) -> None:
    chat = _handed_off(language)
    chat.state.stage = stage  # type: ignore[assignment]
    stale = Turn(messages=(), language=language, kind="button", payload="yes")
    outcome = _respond(chat, stale)
    assert outcome.replies == () and outcome.effects == ()


def _respond(chat: Script, turn: Turn) -> Outcome:
    chat._turn(turn)
    return chat.outcomes[-1]


def _assert_no_phrase_repeated(outcomes: list[Outcome]) -> None:
    said = [
        sentence
        for outcome in outcomes
        for reply in outcome.replies
        for sentence in SENTENCE.split(reply.text)
        if sentence
    ]
    assert len(said) == len(set(said)), said
