"""Arabic reflections, round 23: misspelt «لكن», purpose verbs, «نجي», dangling links.

Constructed reviews: «ولاكن» is never said in the bot's voice («ولكن»); «لأتأكد» ("to make
sure", first person) is shifted with its clause («لتتأكد»); the dialect's «نجي» ("we come")
keeps its clause quoted; «كما ان» opening the reflection joins nothing and goes; a named reader
called at the end («يا اخت سارة») is left out; «سواءبانواع»، «الشىالسلبى» are two words; «والباقي
…» ("the rest") is said with the clause naming what it is the rest of.
"""

from __future__ import annotations

from typing import NamedTuple

from dialogues.reflection import ar_edges, ar_leads, noise, reflect
from dialogues.reflection.ar import shift
from dialogues.reflection.ar_verdicts import VERDICT


def test_a_misspelt_but_is_said_right() -> None:
    said = reflect(["الاكل لذيذ ولاكن الاسعار مرتفعة جدا"], "ar")
    assert "ولكن الاسعار مرتفعة" in said and "لاكن" not in said
    assert "لكنه رخيص" in reflect(["البرجر بارد لاكنه رخيص"], "ar")
    assert "انترلاكن" in noise.clean("رحلة الى انترلاكن رائعة", "ar")  # a name keeps its letters


def test_a_purpose_verb_in_the_first_person_is_shifted() -> None:
    assert shift("رجعت مرة ثانية لأتأكد") == "رجعت مرة ثانية لتتأكد"
    assert shift("سأعود لأحدد إذا كان يستحق") == "ستعود لتحدد إذا كان يستحق"
    said = reflect(["طلبت برجر لحم وكان ناشف، رجعت له مرة ثانية لأتأكد وكان نفس الشي"], "ar")
    assert "لتتأكد" in said and "لأتأكد" not in said


def test_a_misspelt_negation_or_an_idiom_is_not_a_purpose_verb() -> None:
    assert shift("رجعت لأنصح") is None  # «لأنصح» is «لا أنصح» typed as one word: quoted
    assert shift("لأكون صريحا الاكل سيء") == "لأكون صريحا الاكل سيء"  # "to be honest"
    assert shift("المطعم تابع لأحد الفنادق") == "المطعم تابع لأحد الفنادق"  # "to one of"


def test_will_after_and_is_shifted_with_its_clause() -> None:
    assert shift("وسأعود لأحدد رأيي") == "وستعود لتحدد رأيك"  # never «وسأعود … رأيك»
    assert shift("فسأكررها") == "فستكررها"
    assert shift("وسألوني عن الطلب") is None  # «سأل» ("asked"), never «ستلوني»


def test_we_come_keeps_its_clause_quoted() -> None:
    assert shift("الان نجي للحلويات") is None
    for we in (
        "بس نبي فروع اكثر",
        "هالمطعم كنا مدمنين عليه",
        "وكنا نطلب منه دايم",
        "نبغى قسم عائلات",
    ):
        assert shift(we) is None, we  # "we want", "we were": quoted, never the bot's own
    assert shift("نبيل موظف ممتاز") == "نبيل موظف ممتاز"
    said = reflect(["طلبت المشويات وكانت ممتازة\nالان نجي للحلويات كانت سيئة جدا"], "ar")
    assert "«الان نجي للحلويات" in said


def test_also_opening_the_reflection_goes() -> None:
    assert ar_edges.edges("كما ان الاسعار مناسبة", True) == "الاسعار مناسبة"
    assert ar_edges.edges("كما أن هناك جلسات خارجية", True) == "هناك جلسات خارجية"
    assert ar_edges.edges("كما انه نظيف", True) == "كما انه نظيف"  # «انه»: of what? kept
    assert ar_edges.edges("كما ان الاسعار مناسبة", False) == "كما ان الاسعار مناسبة"


def test_a_named_reader_called_at_the_end_is_left_out() -> None:
    assert ar_edges.without_vocatives("المكان صار نظيف يا اخت سارة.") == "المكان صار نظيف."
    assert ar_edges.without_vocatives("رائع يا أستاذ خالد") == "رائع"
    said = reflect(["الممشى الجديد رائع والمكان صار نظيف يا اخت سارة"], "ar")
    assert "سارة" not in said and "الممشى الجديد رائع" in said
    # a call that opens the sentence, or «يا» before a word with «ال», is untouched
    assert ar_edges.without_vocatives("يا اخي الاكل سيء") == "يا اخي الاكل سيء"
    assert ar_edges.without_vocatives("الخدمة سيئة يا اخي الكريم") == "الخدمة سيئة يا اخي الكريم"


def test_two_words_typed_as_one_are_parted() -> None:
    cleaned = noise.clean("يحتاج تحسين سواءبانواع الاطباق والشىالسلبى الزحمة", "ar")
    assert "سواء بانواع" in cleaned and "الشى السلبى" in cleaned
    assert "سواءً كان" in noise.clean("سواءً كان", "ar")
    assert "فى المساء" in noise.clean("الزحمة فى المساء", "ar")


class _Unit(NamedTuple):
    text: str
    glue: str


def test_the_rest_is_said_with_what_it_is_the_rest_of() -> None:
    units = [_Unit("البرجر العادي طعمه مقبول", ""), _Unit("والباقي كله سيء ومالح", "\n")]
    assert ar_leads.needs_lead(units, 1) == 0
    units = [_Unit("البرجر العادي طعمه مقبول", ""), _Unit("الباقي من الطلب وصل بارد", "\n")]
    assert ar_leads.needs_lead(units, 1) == 0
    units = [_Unit("البرجر العادي طعمه مقبول", ""), _Unit("الاسعار مرتفعة", "\n")]
    assert ar_leads.needs_lead(units, 1) is None


def test_stopping_going_is_a_verdict() -> None:
    assert VERDICT.search("عشان كذا بطلت اروحله")
    assert VERDICT.search("رفعوا الاسعار وبطلت اطلب منهم")
    assert not VERDICT.search("بطلت جميع انواع الارز")  # no going or ordering named
    review = (
        "المطعم حلو والمكان مرتب والموظفين محترمين بس البرجر وصلني بارد مرتين "
        "والبطاطس كانت ناشفة وقديمة. عشان كذا بطلت اروحله"
    )
    assert "بطلت" in reflect([review], "ar")


def test_three_lams_opening_a_word_are_to_the_and_a_lam() -> None:
    assert "للغة الكورية" in noise.clean("عدم فهمي الكامل لللغة الكورية", "ar")
    assert "ولليل" in noise.clean("وللليل جمال", "ar")
    assert "لذيذ جدا" in noise.clean("لللذذذذيذ جدا", "ar")  # a word held twice: a stretch
    assert "لذيذ" in noise.clean("لللللذيذ", "ar").split()  # a key held longer: a stretch
    assert "للغة" not in noise.clean("لللغة", "fa")  # Arabic only


def test_i_wish_typed_with_ya_is_shifted_to_a_right_verb() -> None:
    assert shift("اتمني التوفيق للموزع") == "تتمنى التوفيق للموزع"  # never «تتمني»
    assert shift("واتمني الاداره تراجع الاسعار") == "وتتمنى الاداره تراجع الاسعار"
    assert shift("اتمنى التوفيق") == "تتمنى التوفيق"


def test_a_curse_is_no_point_said_back() -> None:
    cleaned = noise.clean("لقيت دودة في الرز وشكله مقزز جداً حسبي الله عليهم", "ar")
    assert "حسبي" not in cleaned and "مقزز جداً" in cleaned
    assert "حسبي" not in noise.clean("الموظف حسبي الله عليه يقولك زيادة جبن", "ar")
    said = reflect(["لقيت سيجارة في البيتزا ... حسبي الله ونعم الوكيل"], "ar")
    assert "سيجارة" in said and "الوكيل" not in said
    # a curse naming its target goes on into the sentence: left as it was, never cut off
    assert "حسبنا الله" in noise.clean("وحسبنا الله ونعم الوكيل في هذا البائع", "ar")


def test_god_willing_is_spelt_right() -> None:
    assert "ستعود إن شاء الله" in reflect(["الاكل لذيذ وسأعود انشاء الله"], "ar")
    assert "إن شاء الله" in noise.clean("انشالله ارجع له", "ar")
    assert "بإذن الله" in noise.clean("سأعود بإن الله", "ar")
    assert "انشاء المطعم" in noise.clean("انشاء المطعم جديد", "ar")  # "building" it: no «الله»
