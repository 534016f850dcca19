"""Arabic round 51: a long run of verdicts cut between them, a two-sided heading kept.

Constructed cases: «… نظيف الخدمة جيدة …» listed with no comma or «و» is cut before the
new «aspect + adjective» (never before a noun completing the adjective, «لذيذ الطعم»); a
heading of two verdicts, praise and let-down («الطعام طيب الخدمة ضعيفة»), is never cut and
is the review's headline.
"""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.ar_choice import polarity
from dialogues.reflection.ar_headline import _two_sides
from dialogues.reflection.ar_listed import cut

_RUN = (
    "زرنا المطعم يوم الجمعة مع الاهل والاصدقاء بعد صلاة العصر وجلسنا في الجلسات الخارجية "
    "المطلة على البحر والجو كان لطيف جدا المكان نظيف جدا الخدمة ممتازة من الجميع "
    "الاسعار مرتفعة قليلا للاسف"
)


def test_a_long_run_is_cut_before_a_new_verdict() -> None:
    pieces = [p.strip() for p, _ in cut(_RUN, "")]
    assert len(pieces) > 1
    assert any(p.startswith("المكان نظيف جدا") for p in pieces)


def test_a_noun_completing_an_adjective_is_never_cut_off() -> None:
    run = _RUN.replace("المكان نظيف جدا", "الطعام لذيذ الطعم")
    assert not any(p.strip().startswith("الطعم") for p, _ in cut(run, ""))


def test_a_short_run_is_left_whole() -> None:
    assert len(cut("المكان نظيف جدا الخدمة ممتازة من الجميع", "")) == 1


def test_a_heading_of_praise_and_let_down_is_two_sided() -> None:
    assert _two_sides("الطعام طيب الخدمة ضعيفة".split(), polarity)
    assert not _two_sides("الاكل لذيذ الخدمة ممتازة".split(), polarity)
    assert not _two_sides("جيد لكن أسعار مرتفعه جداً".split(), polarity)


def test_a_two_sided_heading_over_a_long_body_is_said_back() -> None:
    said = reflect(["الطعام طيب الخدمة ضعيفة\n" + _RUN + " ولن اعود مرة اخرى"], "ar")
    assert "الطعام طيب الخدمة ضعيفة" in said
