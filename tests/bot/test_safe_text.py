"""The bidi helper: stray controls removed, every line isolated."""

from __future__ import annotations

from bot.safe_text import FSI, PDI, isolate, storable, strip_bidi

ALL_CONTROLS = "".join(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))


def test_strip_bidi_removes_embeddings_overrides_and_isolates_only() -> None:
    text = f"سلام{ALL_CONTROLS} Ali\u200f\u200e"  # RLM and LRM are ordinary marks
    assert strip_bidi(text) == "سلام Ali\u200f\u200e"


def test_isolate_wraps_each_line_and_cannot_be_closed_from_inside() -> None:
    assert isolate("") == f"{FSI}{PDI}"
    assert isolate(f"a{PDI}\u202eb\nج") == f"{FSI}ab{PDI}\n{FSI}ج{PDI}"


def test_storable_drops_nul_and_replaces_lone_surrogates() -> None:
    assert storable("a\x00b\ud800c😀") == "ab\ufffdc😀"
    assert storable(None) is None
