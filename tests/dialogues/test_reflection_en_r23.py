"""English reflections, round 23: error links said, slips mended, verdicts kept as stated."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_link_to_an_error_page_is_said_as_one_never_dropped_with_its_clause() -> None:
    said = _said(
        "@Shop my page was fine last week but now the link is https://shop.example/error?code=404"
    )
    assert "goes to an error page" in said
    assert "http" not in said
    said = _said("@Shop I open my store and get https://shop.example/page-not-found every time")
    assert "an error page" in said and "http" not in said


def test_an_ordinary_link_still_goes() -> None:
    said = _said("@Shop my order is late again, see https://shop.example/orders/55 please")
    assert "error page" not in said and "http" not in said
