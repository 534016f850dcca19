"""Persian reflections, round 25: word-level mends the blind gates' readers asked for."""

from __future__ import annotations

from dialogues.reflection import fa_slips, reflect


def test_a_list_verb_after_and_and_a_line_break_stays_in_its_sentence() -> None:
    # Digikala's «و …» ("and so on") with its dots stripped, then the list's verb.
    told = "ویندوز ۷ نصب میشه ولی برخی درایورها مربوط به کارت گرافیک و    شناسایی نمیشن"
    assert fa_slips.mend(told).endswith("کارت گرافیک شناسایی نمیشن")
    said = reflect(["غذا سرد بود ولی برخی سس ها و    نیومد"], "fa")
    assert "سس ها و،" not in said and "سس ها نیومد" in said
    # After «و   » a clause of its own («مخالف بودم»، not a verb alone) still opens a line.
    apart = "عدم هماهنگی با اندروید و   مخالف صد  بودم اما الان موافقم"
    assert fa_slips.mend(apart) == apart
    long_line = "قطعات داخلی پیداست و   خیلی کم پیدا میشه و به جز اینجا ندیدم"
    assert fa_slips.mend(long_line) == long_line  # more than a short predicate: untouched
