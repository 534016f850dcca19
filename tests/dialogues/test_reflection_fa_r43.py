"""Persian reflections, round 43: thanks kept whole with what they thank for, never cut."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.fa import shift


def test_a_thanks_running_into_a_clause_is_never_said_as_its_object() -> None:
    assert shift("خیلی ممنون از پیک غذا عالی بود") is None  # never «از پیک غذا عالی بود ممنونید»
    assert shift("مرسی از رستوران پیتزا داغ رسید") is None
    reflected = reflect(["خیلی ممنون از پیک غذا عالی بود"], "fa")
    assert "عالی بود ممنونید" not in reflected, reflected


def test_a_thanks_for_a_thing_is_still_said_back() -> None:
    assert shift("ممنون از تحویل به موقع غذا") == "از تحویل به موقع غذا ممنونید"
    assert shift("ممنون از پیک محترم") == "از پیک محترم ممنونید"


def test_a_thanks_with_its_object_glued_on_is_never_cut_from_it() -> None:
    text = (
        "سلام خیییلی خیییییلی ممنونم ازتون بابت غذای بسیار عالی که برام فرستادید."
        " واقعا دست همکاراتون درد نکنه"
    )
    reflected = reflect([text], "fa")
    assert "خیلی خیلی، ازتون" not in reflected, reflected
    assert "ممنونم ازتون بابت" in reflected, reflected
    reflected = reflect(
        ["سلام ممنون ازشما حلیم خوشمزه بود شله زردم بدنبودیکم جای بهترشدن داشت"], "fa"
    )
    assert "«ازشما" not in reflected, reflected
