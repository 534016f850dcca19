"""Persian reflections, round 17: a call to someone («… عزیزم») is whom it is said to, never
«عزیزتان» in the bot's mouth; a noun of the mind or body in ‑م («مغزم») is "my", shifted."""

from __future__ import annotations

from dialogues.reflection import fa, reflect


def test_a_closing_call_to_someone_goes_never_your_dear() -> None:
    said = reflect(["کتاب قشنگی بود و شخصیت ها زنده بودن... مرسی نویسنده ی عزیزم"], "fa")
    assert "عزیزتان" not in said and "عزیزم" not in said
    assert "کتاب قشنگی بود" in said
    # «عزیزم» closing a telling with no mark before it is no call: the telling stays whole.
    assert "غذا سرد بود عزیزم" in reflect(["غذا سرد بود عزیزم"], "fa")


def test_an_opening_call_with_a_comma_goes() -> None:
    said = reflect(["آقای نویسنده عزیزم، داستان خیلی کشش داشت"], "fa")
    assert "عزیزتان" not in said and "آقای نویسنده" not in said
    assert "داستان خیلی کشش داشت" in said


def test_my_dear_inside_a_clause_is_quoted_never_shifted() -> None:
    assert fa.shift("دوستت دارم مامان عزیزم که غذا پختی") is None
    assert fa.shift("دوستم غذا رو دوست داشت") is not None  # no call: shifted as before


def test_a_noun_of_the_mind_in_m_is_my_and_shifted() -> None:
    assert fa.shift("هنوز مغزم درگیرشه") == "هنوز مغزتان درگیرشه"
    assert fa.shift("ذهنم درگیر شد") == "ذهنتان درگیر شد"
    said = reflect(["کتاب سختی بود. هنوز مغزم درگیرشه بعد از چند روز"], "fa")
    assert "مغزم" not in said


def test_a_clause_trailing_off_on_but_now_keeps_its_dots_in_a_quote() -> None:
    said = reflect(["کتاب خوبی بود. قبلا این نویسنده عالی می نوشت ولی حالا ..."], "fa")
    assert "ولی حالا …»" in said
    assert not said.rstrip().endswith("ولی حالا")
    # A full stop after «ولی» is no trailing off: nothing is added.
    assert "…" not in reflect(["غذا خوب بود ولی."], "fa")
    # A clause that says what the «but» turns to is untouched.
    assert "…" not in reflect(["قبلا خوب بود ولی حالا سرده ..."], "fa")
