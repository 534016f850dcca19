"""Arabic reflections, round 24: a word cut short, a doubled article, content said twice.

Constructed reviews: «المطع» (a word that lost its «م») is said «المطعم»; «الجميع الناس» is
«جميع الناس»; a clause saying again what an earlier kept clause said is not said twice.
"""

from __future__ import annotations

from dialogues.reflection import noise, reflect


def test_a_word_cut_short_and_a_doubled_article_are_mended() -> None:
    said = reflect(["مطعم تركي ممتاز وانصح الجميع الناس بالذهاب الى هذا المطع"], "ar")
    assert "جميع الناس" in said and "الجميع الناس" not in said
    assert "هذا المطعم" in said and "المطع " not in said + " " and "المطع»" not in said
    assert "انصح الجميع بالزيارة" in noise.clean("انصح الجميع بالزيارة", "ar")  # alone: right
    assert "المطعمين" in noise.clean("زرت المطعمين", "ar")  # a whole word untouched
