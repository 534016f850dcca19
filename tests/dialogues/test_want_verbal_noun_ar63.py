"""ar63: «أريد» takes a verbal noun as it is («أريد استبدالها»), never «أريد أن استبدالها»."""

from __future__ import annotations

import pytest

from dialogues.statements import motivation


@pytest.mark.parametrize(
    ("answer", "said"),
    [("ابي استبدالها او استرجاع المبلغ", "استبدالها او استرجاع المبلغ"),
     ("ابغى ارجاعه للمحل", "ارجاعه للمحل"), ("بدي استخدامها مرة ثانية", "استخدامها مرة ثانية"),
     ("أريد إصلاحه بأسرع وقت", "إصلاحه بأسرع وقت")],
)  # fmt: skip
def test_a_verbal_noun_wanted_is_said_after_want_without_that(answer: str, said: str) -> None:
    # «ابي استبدالها او استرجاع المبلغ» was framed «أريد أن استبدالها أو استرجاع المبلغ».
    clause = motivation(answer, "ar")
    assert not clause.quoted and clause.text == said, clause


@pytest.mark.parametrize("answer", ["أبي أستلمها اليوم", "ابي ارجعها للمحل", "ابي استبدلها"])
def test_a_verb_wanted_keeps_that(answer: str) -> None:
    assert motivation(answer, "ar").text.startswith("أن "), answer
