"""English reflections, round 14: a long telling said back by its point (constructed tweets)."""

from __future__ import annotations

from dialogues.reflection import en_long, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_long_telling_says_its_problem_and_its_request_not_its_scene() -> None:
    out = _said(
        "@Acme I bought the premium plan last month on my old laptop at home. Yesterday the app "
        "crashed every time I opened a project. I tried reinstalling it twice. Please restore my "
        "saved projects."
    )
    assert out == (
        "yesterday the app crashed every time you opened a project, and you'd like us to "
        "restore your saved projects, and a few other things besides"
    )


def test_a_short_telling_keeps_every_part() -> None:
    out = _said(
        "@Acme The app crashes when I open a project on my laptop. I tried reinstalling it twice."
        " Please restore my saved projects."
    )
    assert "you tried reinstalling it twice" in out
    assert "a few other things" not in out


def test_a_bare_plea_yields_to_the_problem_and_its_impact() -> None:
    out = _said(
        "@Acme Please help. The app logs me out every time I open the camera on my phone. I lose "
        "the whole report each time and have to start over. I have been a customer for six years."
    )
    assert out == (
        "the app logs you out every time you open the camera on your phone, and you lose the "
        "whole report each time and have to start over, and a few other things besides"
    )


def test_the_turn_is_said_with_the_clause_it_turns_from() -> None:
    out = _said(
        "@Acme I cannot leave the preview program on my console at all. I signed out of it last "
        "week and removed the game and installed it from the store again. But it still shows the "
        "preview build."
    )
    assert "but it still shows the preview build" in out
    assert "you cannot leave the preview program" in out


def test_a_clause_pointing_back_keeps_what_it_points_to() -> None:
    out = _said(
        "@Acme I took my tablet to the downtown store for a repair under warranty on March 3. "
        "They sent it to another city and now nobody knows where it is. What is going on?"
    )
    assert "you took your tablet to the downtown store" in out
    assert "they sent it to another city" in out


def test_the_verdict_of_a_long_review_is_kept() -> None:
    out = _said(
        "@Acme The rooms were cold and the staff was rude to us for two days. The pool was closed "
        "the whole week and the breakfast was late every morning. I will never book with you again."
    )
    assert "you will never book with us again" in out
    assert out.endswith("a few other things besides")
    assert out.count(", and ") == 2  # two parts, then what else was heard


def test_the_outcome_is_never_a_few_other_things() -> None:
    out = _said(
        "@Acme The sync gave no errors on the desktop version. Nothing made it to the shared "
        "folder in the finder window. I tried turning the export option off and on. Eventually it "
        "just started working again."
    )
    assert "eventually it just started working again" in out
    assert "you tried turning" not in out


def test_someone_else_in_the_account_is_the_problem() -> None:
    out = _said(
        "@Acme hello. Someone has been using my music account. I went to play my playlist last "
        "night and lots of songs I never heard were added to it. I changed my password already."
    )
    assert out.startswith("someone has been using your music account")


def test_a_named_request_outranks_a_second_problem() -> None:
    out = _said(
        "@Acme I was doing the lucky wheel in the game yesterday and I won the podium car. The "
        "option to pick a garage disappeared. I now can't claim the car and it's not in my "
        "garages. How can I get the car back?"
    )
    assert out.startswith("the option to pick a garage disappeared, and ")
    assert "you're asking “How can I get the car back?”" in out
    assert "lucky wheel" not in out


def test_length_is_counted_without_handles_and_links() -> None:
    words = " ".join(["word"] * 30)
    assert not en_long.applies([f"@Acme @AcmeHelp {words} https://example.com/a link"])
    assert en_long.applies([f"{words} more"])


def test_help_is_asked_for_once_in_a_long_telling() -> None:
    out = _said(
        "@Acme I need your help because when I try to open my saved game it says the files could "
        "not be downloaded from the game service at all on my console. Please help me."
    )
    assert out.startswith("you need our help because when you try to open your saved game")
    assert "you'd like us to help" not in out


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
    assert en_long.uncalled("Hi Google Assistant stopped working") == (
        "Hi Google Assistant stopped working"
    )
