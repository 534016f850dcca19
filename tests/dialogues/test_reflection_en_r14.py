"""English reflections, round 14: slips kept as the customer's, greetings' names dropped.

Round 14 also said a long telling back by its two weightiest parts (``en_long.prune``); on
the evaluation sample independent judges preferred the replies without it in 19 of 21
(tests/data/reflections/ab_stop18_en.json), so it was taken out and these tests remain.
"""

from __future__ import annotations

from dialogues.reflection import en_stray, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_short_telling_keeps_every_part() -> None:
    out = _said(
        "@Acme The app crashes when I open a project on my laptop. I tried reinstalling it twice."
        " Please restore my saved projects."
    )
    assert "you tried reinstalling it twice" in out
    assert "a few other things" not in out


def test_a_double_negative_is_the_customers_words_quoted_whole() -> None:
    out = _said(
        "@Acme Hello, I wanted to turn on the login codes, but I tried with my phone, with my "
        "laptop and with both together, but nothing didn't work out. I tried three apps. Can you "
        "help me. Thanks."
    )
    assert "you said “I wanted to turn on the login codes" in out
    assert "nothing didn't work out”" in out
    assert "but nothing didn't work out," not in out.split("”")[-1]


def test_a_slip_of_grammar_is_never_said_in_our_voice() -> None:
    out = _said(
        "@Acme hi your reset password don't work and when I try making a new account it says it "
        "already exists. I know you have a lot of requests but your automated system don't work."
    )
    assert "“your reset password don't work" in out  # theirs, quoted; never "our … don't"
    assert "and our automated system" not in out
    out = _said(
        "@Acme my printer keeps printing the same page over an over again and the bill wasn't send"
    )
    assert "“my printer keeps printing the same page over an over again" in out


def test_the_name_a_greeting_calls_the_company_is_never_said_back() -> None:
    out = _said(
        "@Acme Hello dear acme officers, my shop has been closed for a year, I sent an e-mail, "
        "no answer"
    )
    assert out == "your shop has been closed for a year, you sent an e-mail, no answer"
    out = _said(
        "@Acme Hello Tim Youtube I have uploaded 250 videos and my watch time is not counted"
    )
    assert out.startswith("you have uploaded 250 videos")
    assert en_stray.uncalled("Hi Google Assistant stopped working") == (
        "Hi Google Assistant stopped working"
    )
