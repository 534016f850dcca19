"""Persian first replies, round 48: praise with a slip, and Finglish praise, are thanked."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.fa_praise_slips import praise_with_slip
from dialogues.finglish_praise import finglish_praise
from tests.dialogues.script import Script


def _thanked(reply: str) -> bool:
    """Whether the reply is one of the catalog's thanks for praise (r50: Finglish unquoted)."""
    keys = ("thanks_praise", "thanks_praise_unquoted")
    return any(line.split("{")[0] in reply for key in keys for line in variants("fa", key))


def _first(text: str, intent: str = "praise", sentiment: str = "positive") -> str:
    chat = Script("fa")
    chat.start()
    return chat.says(text, intent=intent, sentiment=sentiment, score=0.5)


# ---- 1. a slip in the word of praise --------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["خیلی خیلی حوشمزه است", "همه چی خوب بوود", "سالاد خیلی خوبی بود", "لذیز بود"]
)
def test_praise_with_a_slip_is_thanked(text: str) -> None:
    # «خیلی خیلی حوشمزه است» got «دیگر چه چیزی باید درباره‌اش بدانم؟»
    reply = _first(text)
    assert _thanked(reply) and text in reply, reply


@pytest.mark.parametrize(
    "text", ["غذا خالی بود", "خوب نبود", "خوبی نداشت", "حالی نداشتم", "عالی"]
)  # fmt: skip
def test_no_slip_read_where_there_is_none(text: str) -> None:
    assert not praise_with_slip(text)  # «خالی» (empty) is never «عالی»; short words as typed


# ---- 2. Finglish praise ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["Hame chi awli ham qaza ham peik express", "Vaghan mesle hamishe ali",
     "har dafe aaaallliii tar az ghabl- tashakor", "Khyli ba keyfiyat bod"],
)  # fmt: skip
def test_finglish_praise_is_thanked_not_quoted_back(text: str) -> None:
    # «Hame chi awli …» got «دوست دارید دیگر چه چیزی درباره‌اش بدانم؟», then leave to ask
    # two questions after its «yes», as if something had gone wrong.
    reply = _first(text, intent="greet", sentiment="neutral")
    assert _thanked(reply), reply
    chat = Script("fa")
    chat.start()
    chat.says(text, intent="complaint", sentiment="neutral")
    assert chat.state.kind == "praise"


@pytest.mark.parametrize(
    "text",
    ["sard bud vali khoshmaze bud", "Asln khushmaze nbod khili sir dasht",
     "ghaza khub bud peyk javab nemidad", "khub bud?", "ghaza dir resid",
     "Ghaza zod tahvil dadeshod vali aslan garm nabod"],
)  # fmt: skip
def test_finglish_with_something_wrong_is_no_praise(text: str) -> None:
    assert not finglish_praise(text)
    reply = _first(text, intent="complaint", sentiment="negative")
    assert not _thanked(reply), reply


# ---- 3. «سوخاری» is a dish, not something that went wrong ---------------------------------
def test_fried_chicken_praised_is_thanked() -> None:
    # «سوخاری خیلی خوب بود» got «چه چیزی برایتان فرق ایجاد کرد؟»: «سوخاری» read as an event.
    reply = _first("سوخاری خیلی خوب بود")
    assert _thanked(reply), reply


def test_a_dish_not_liked_is_still_a_let_down() -> None:
    # With «سوخاری» no event, «دوست نداشتم» must tell it: never thanked as praise alone.
    chat = Script("fa")
    chat.start()
    chat.says("خوب بود ولی قارچ سوخاری دوست نداشتم", intent="praise", sentiment="positive")
    reply = chat.says("بله", intent="affirm")
    assert not _thanked(reply) or chat.state.kind == "complaint", reply
