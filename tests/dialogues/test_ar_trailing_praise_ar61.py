"""ar61: a clause cut off after the last adjective of the sentence before never opens on it.

«… فالأكل فيه حلال و شهي المطعم مزدحم …» was said back «شهي المطعم مزدحم …»: the
adjective belongs to the clause left out.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    ("told", "said", "dangling"),
    [
        (
            "مطعم تركي رائع  اذا كنت تدور على اكل تركي لا تفوت الفرصة في هذا المطعم فالأكل"
            " فيه حلال و شهي المطعم زحمة و فيه اصناف كثيرة من المشاوي  المكان صغير و فيه"
            " صور قديمة و جلسة برا المكان نظيف و العمال نشيطين",
            "المطعم زحمة",
            "شهي",
        ),
        (
            "الاكل السوري  عندما تتكلم عن الاكل السوري في جدة فانت تتكلم عن ابو سامي اقدم"
            " واشهر مطعم سوري بالمدينة وهو مطعم مميز ونظيف واسعاره معقولة بالنسبة للكمية",
            "اسعاره معقولة",
            "نظيف",
        ),
    ],
)
def test_the_clause_said_back_starts_after_the_adjective(
    told: str, said: str, dangling: str
) -> None:
    reflection = reflect([told], "ar")
    assert said in reflection and dangling not in reflection, reflection


_BEFORE = "رحنا المطعم يوم الجمعة مع الاهل بعد صلاة العصر وكان فيه اكل شامي "


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        # «و احلى …»: an elative opens a clause of its own
        ("مطعم جميل  " + _BEFORE + "و احلى استقبال شفته في حياتي كان هنا", "احلى استقبال"),
        # «و غير مؤدبة»: a negated adjective is never cut to «مؤدبة»
        ("زيارة  " + _BEFORE + "و غير مؤدبة ابدا الموظفة اللي استقبلتنا عند الباب", "غير"),
    ],
)
def test_other_openings_stay(told: str, kept: str) -> None:
    assert kept in reflect([told], "ar")
