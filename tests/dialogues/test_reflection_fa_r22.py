"""Persian reflections, round 22: what a long comment's quote keeps is a whole clause, cut
only after a real finite verb."""

from __future__ import annotations

from dialogues.reflection import fa_cap


def test_a_noun_that_looks_like_a_first_person_verb_ends_no_clause() -> None:
    text = (
        "این نویسنده با داستانهای تکراری و شعارهای توخالی خودش مغز مردم دنیا رو شستشو میده "
        "و هیچ حرف تازه ای برای خواننده ها نداره و من اصلا از خوندنش لذت نبردم"
    )
    clauses = [c for c, _, _ in fa_cap._clauses(text)]
    assert not any(c.split()[-1] == "مردم" for c in clauses)  # «مردم» = people
    assert not any(c.startswith("دنیا رو") for c in clauses)
    assert fa_cap._verbish("شوم", True, "")  # «… شوم»: a light verb stays one
