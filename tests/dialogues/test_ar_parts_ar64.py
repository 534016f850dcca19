"""ar64: a long sentence with one unshiftable part is said back by its parts, not quoted whole.

«طلبت … ووصلتني … والشاشة مكسورة، وخدمة العملاء لا ترد …» came back as one whole verbatim
quote. Now each part is said in the bot's voice where its person shifts for certain, and only a
last part that cannot shift is quoted, alone.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect


@pytest.mark.parametrize(
    ("told", "said"),
    [
        (  # «ووصلتني» is «و» + «وصلتني»: «ووصلتك»
            "طلبت من المتجر ساعة ذكية ووصلتني بعد أسبوعين والشاشة مكسورة، وخدمة العملاء لا"
            " ترد على الإطلاق",
            "طلبت من المتجر ساعة ذكية ووصلتك بعد أسبوعين والشاشة مكسورة، وخدمة العملاء لا ترد",
        ),
        (  # the praise in our voice, the let-down quoted alone after «لكن»
            "الجوال ممتاز والتغليف مرتب جداً والتوصيل كان سريع لكن الشاحن اللي معه ما اشتغل"
            " معي أبداً",
            "الجوال ممتاز والتغليف مرتب جداً والتوصيل كان سريع، لكن قلت: «الشاحن اللي معه",
        ),
    ],
)
def test_said_by_parts(told: str, said: str) -> None:
    reflection = reflect([told], "ar")
    assert reflection.startswith(said)
    assert reflection.count("«") <= 1


@pytest.mark.parametrize(
    "told",
    [
        # a short telling: the whole quote stays
        "الأكل لذيذ بس الموظف كان متعصب معنا شوي",
        # «والجوده العاليه» is a noun in a list, «ولا» is "nor": no seam, the whole quote stays
        "السماعة ممتازة ونقية مع الاقتران السريع والجوده العاليه ولا تعطي صوت عالي معنا بالسيارة",
        # the unshiftable part first: «قلت: «…»، والباقي …» would read as two voices
        "ما احد رد علي من خدمة العملاء مع اني اتصلت كثير، والشاشة مكسورة من يوم وصلت البيت",
        # «المشكلة فى انا» would read «فى أنت»: quoted whole
        "ربما تكون المشكلة فى انا لكن الأكل نفسه لم يعجبنى كما انه غالى جدا والمكان واسع",
    ],
)
def test_whole_quote_stays(told: str) -> None:
    reflection = reflect([told], "ar")
    assert reflection.startswith("قلت: «"), reflection


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("لم يعجبني المطعم أبداً والأسعار غالية جداً", "لم يعجبك المطعم"),
        ("الأكل ما يعجبني والخدمة بطيئة", "الأكل ما يعجبك"),
        ("الموظف ما يساعدني أبداً والأكل بارد", "ما يساعدك"),
    ],
)
def test_it_pleases_me_is_it_pleases_you(told: str, said: str) -> None:
    """«يعجبني» ("it pleases me"): «يعجبك», in our voice, never a quote of the whole."""
    assert said in reflect([told], "ar")


def test_a_suffix_typed_twice_stays_theirs() -> None:
    assert "يوصلك ني" not in reflect(["الروبيان دايما يوصلني ني فكرهته"], "ar")


# ---- after its gate (stop 36: 20 / 10, bursts 4 / 3): parts never said in our voice ----
@pytest.mark.parametrize(
    "told",
    [
        # a hedge would be the bot's own: «ربما هو جيد، ولكن قلت: …»
        "ربما هو جيد لغيرنا ولكن طلبنا كان فاشل تماما",
        # "one can feel anything" is the customer's musing, not ours
        "الواحد ممكن يتحمل أي شيء بس الانتظار ساعة كاملة والأكل بارد هذا كان شعوري انا وأصحابي",
        # "the missus" is the customer's wife: said in our voice it is nobody's
        "العطر شاريه للمدام لكن ما اعجبها أبدا لأن رائحته عادية ومتكررة في عطور كثيرة بالسوق",
        # "they just need to …": «بس» here is "just", no seam
        "الأكل مقبول والتقديم محترم محتاجين بس يعملوا استبيان للزبائن وياخذوا بالملاحظات عشان"
        " يتحسنوا",
    ],
)
def test_unsafe_parts_keep_the_whole_quote(told: str) -> None:
    from dialogues.reflection.ar_parts import _parts, _unsafe_voice

    assert _unsafe_voice(_parts(told)[0]), _parts(told)[0]


def test_a_saying_of_me_and_you_is_quoted() -> None:
    # «فما يعجبني قد لا يعجبك» shifted read «فما يعجبك قد لا يعجبك» (its gate: wrong)
    from dialogues.reflection import ar

    assert ar.shift("فما يعجبني قد لا يعجبك") is None
    assert ar.shift("لم يعجبني على الإطلاق") == "لم يعجبك على الإطلاق"
