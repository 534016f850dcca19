"""ar65: a long Arabic telling said back by its parts never cuts a subject from its predicate.

«… وكان طعمه بس مش ابداع …» was parted at «بس» and came back «وكان طعمه، بس قلت: «مش ابداع …»»:
«طعمه» ("its taste") with nothing said of it. Before «بس/لكن» a «كان» whose subject is a noun
with a pronoun and no word after it is no seam.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    "told",
    [
        "طلبت ستيك مشوي مع بطاطا وسلطة يوم الخميس و كان طعمه بس مش ابداع لا عادي جدا وزوجتي"
        " طلبت جمبري",
        "رحنا المطعم الجديد مع الأهل يوم الخميس الماضي وكانت قائمته لكن ما فيها شي يناسب"
        " الأطفال أبدا",
    ],
)
def test_no_subject_cut_from_its_predicate(told: str) -> None:
    reflection = reflect([told], "ar")
    assert not any(
        cut in reflection for cut in ("طعمه، بس", "شاشته، لكن", "طعمه، لكن", "شاشته، بس")
    ), reflection
