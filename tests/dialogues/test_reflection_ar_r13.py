"""Arabic reflections, round 13: no half shift and no first person left in the bot's voice.

Constructed reviews for the general rules behind the judged faults: a clause that keeps a form
certainly meaning "I" which the word analysis cannot turn («ان اكل»، «ما القاها»، «ماروحه»،
«نا خبره») is quoted whole, never shifted in part; every clause the bot says in its own voice
keeps no first-person verb outside «…».
"""

from __future__ import annotations

import re

from dialogues.reflection import reflect
from dialogues.reflection.ar import _ELATIVES, _PRESENT_STEMS, shift
from dialogues.reflection.ar_choice import polarity
from dialogues.reflection.ar_half import first_person_left
from dialogues.reflection.ar_split import split
from dialogues.text import fold


def test_a_verb_spelt_like_a_noun_after_a_particle_is_quoted() -> None:
    # «احب» shifts but «اكل» ("I eat" after «ان») cannot: never «تحب ان اكل».
    assert shift("كنت احب ان اكل في المطعم كل اسبوع") is None
    assert shift("ولو اكله كل اسبوع ما امل منه") is None
    said = reflect(["كنت احب ان اكل في المطعم كل اسبوع لكن الاسعار زادت كثيرا"], "ar")
    assert "تحب ان اكل" not in said and "«" in said


def test_a_noun_spelling_alone_is_still_a_noun() -> None:
    assert shift("اكل المطعم لذيذ والخدمة سريعة") == "اكل المطعم لذيذ والخدمة سريعة"
    assert shift("لا الخدمه ولا الاكل يستاهل") == "لا الخدمه ولا الاكل يستاهل"


def test_a_verb_with_al_after_a_negation_is_first_person() -> None:
    # «ما القاها» is «ما ألقاها» ("I don't find it"): quoted, never beside a shifted «تروح».
    assert shift("اروح المحل كل مرة وما القاها") is None


def test_a_negation_glued_to_its_verb_is_quoted() -> None:
    assert shift("لذيذ مره ماروحه ولاأمل منه") is None
    assert shift("مااقدر انساه") is None
    assert shift("لايصلح للعائلات ولاالمنازل") is not None  # «ولا» glued to a noun: no "I"
    assert shift("مازال المكان جميل") == "مازال المكان جميل"
    assert shift("ديكوراته ولااروع بس الخدمة بطيئة") is not None  # «ولا أروع»: an elative
    assert shift("جربت الباستا ماحبيته ابدا") is not None  # past ‑ت reads right for "you"


def test_an_alif_word_after_a_negation_left_unshifted_is_quoted() -> None:
    # «لم استعملة»: only a verb follows «لم», whatever its ending (ة typed for ه).
    assert shift("الجهاز سيء جدا لم استعملة غير مرتين") is None
    # «أنك» shifted, «لا أفضّل» not: never half the clause in the bot's voice.
    assert shift("رغم اني لا أفضّل هذا النوع من الأكل") is None
    assert shift("مطعم ولا اروع من مشوياتهم") is not None  # «none finer»: no "I"


def test_a_verb_with_its_object_or_a_shadda_is_first_person() -> None:
    # «اجربة» ("I try it", ة typed for ه) beside a shifted «عجبني»: quoted, never half.
    assert shift("اول مرة اجربة بس عجبني") is None
    assert shift("بشكل عام اعطية 8 من 10") is None
    assert shift("أفضّل المطعم الثاني عليه") is None  # «أفضّل» "I prefer", not «أفضل»
    assert shift("انا اكلة منه كل يوم") is None  # «أكلة» is "I eat it", never feminine
    assert shift("أمّا الباقي فعادي") == "أمّا الباقي فعادي"
    assert shift("أفضل مطعم في المنطقة") == "أفضل مطعم في المنطقة"


def test_a_clipped_ana_is_quoted() -> None:
    assert shift("نا خبره في المطاعم خمس سنوات") is None


def test_the_guard_skips_words_already_shifted() -> None:
    words = "ولا انصح به".split()
    assert not first_person_left(words, "ولا تنصح به".split())
    assert first_person_left("ان اكل فيه".split(), "ان اكل فيه".split())


_REVIEWS = (
    "كنت في بدايته احب ان اكل فيه ولكن بعد فتره زادت الاسعار\nارى انه لا يستاهل",
    "لذيذ جدا ماروحه ولاأمل منه",
    "اريد شريك للمشروع الارباح ممتازه نا خبره في المطاعم",
    "المكان جميل والاكل طيب ولن اكرر الزيارة بسبب الزحام",
    "اتمنى ان تتحسن الخدمة ولا انصح بالمشويات",
    "تروح له كل يوم وما القاها مفتوحه",
    "لم أمر بأكل أفضل من هذا المطعم في المدينة كلها",
    "اعجبني المكان كثيرا واحب اجي مع عائلتي ولو اكله كل يوم ما امل",
)


def _first_person_outside_quotes(reply: str) -> list[str]:
    outside = re.sub(r"«[^»]*»", " ", reply)
    found = []
    for word in outside.split():
        key = fold(word.strip(".,!?؟،:"))
        key = key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key
        verb = key[:1] == "ا" and key[1:] in _PRESENT_STEMS and key not in _ELATIVES
        if verb or key in {"انا", "لي", "عندي", "معي", "نا"}:
            found.append(word)
        if re.match(r"^(?:ما|لا)ا", key) and not key.startswith(("ماال", "لاال")):
            found.append(word)
    return found


def test_no_reply_keeps_a_first_person_form_outside_quotes() -> None:
    for review in _REVIEWS:
        said = reflect([review], "ar")
        assert not _first_person_outside_quotes(said), (review, said)


def test_as_soon_as_is_never_cut_before_its_then() -> None:
    # «فما ان تجلس … حتى تشعر»: a cut after «تجلس» would end the reply mid-clause.
    pieces = [p for p, _ in split(
        "فما ان تصل الى الشاطئ حتى ترتاح من التعب فما ان تجلس وتطلب القهوة من المقهى"
        " القريب وتنظر الى البحر الواسع حتى تنسى كل شيء"
    )]  # fmt: skip
    assert not any(fold(p).rstrip().endswith(fold("تجلس")) for p in pieces), pieces


def test_whoever_is_never_cut_from_what_they_do() -> None:
    # «لكل من يخرج | ولم يحمل …»: never «لم يحمل معه كيس مخلفاته» alone.
    pieces = [p for p, _ in split(
        "ليت يوجد فيه مراقبة على النظافة ودفع غرامة لكل من يخرج ولم يحمل معه كيس مخلفاته"
        " بعد الزيارة"
    )]  # fmt: skip
    assert not any(p.startswith("ولم يحمل") for p in pieces), pieces


def test_a_concession_comes_with_its_point() -> None:
    # «رغم … | الا انه ممتع للأطفال»: the point, never the concession alone (a reversed verdict).
    pieces = [p for p, _ in split(
        "مكان على الرغم من صغر مساحته فلا انصح بزيارته في العطل بسبب الزحام"
        " الا انه ممتع للأطفال وفيه العديد من الفعاليات"
    )]  # fmt: skip
    assert not any(p.startswith("الا انه") for p in pieces), pieces


def test_so_in_it_is_heard_with_its_reason_or_not_at_all() -> None:
    said = reflect(
        [
            "المحل تغير للأفضل كثيرا وصار من افضل المحلات\nعندهم فطائر لذيذة جدا\n"
            "جلساتهم حلوة ولكن الفرع صغير جدا للاسف، ففي وقت الذروة تجد زحمة خرافية"
        ],
        "ar",
    )
    assert not re.search(r"(?:^|[:،]\s)ففي وقت", said), said


def test_typos_junk_and_labels_are_not_said_back() -> None:
    said = reflect(["السعار مرتفعه جدا والأكل عادي"], "ar")
    assert "الأسعار مرتفعه" in said and "السعار" not in said.replace("الأسعار", "")
    assert "محتاج" in reflect(["المطعم ممحتاج لفروع أكثر والانتظار ممل"], "ar")
    assert "_" not in reflect(["مطعم غالي على الفاضي شكل فقط لاغير__ فقط شكل__"], "ar")
    assert "$__$" in reflect(["المطعم لذيذ والتعامل راقي انصحكم تروحون له $__$"], "ar")
    said = reflect(["العصير جداً رائــــــــع\nأممم أشياء كثيرة ما تحضرني الآن"], "ar")
    assert "رائع" in said and "ـ" not in said and "«أم " not in said


def test_a_heading_and_a_scale_key_are_no_points() -> None:
    said = reflect(["المطعم ممتاز في الطعم والاسعار\nمميزاته\nتقدر تطلب ربع دجاجة فقط"], "ar")
    assert "مميزاته" not in said, said
    said = reflect(
        ["تقييمي للحلى 10 يعني افضل شئ 1 يعني غير طيب\nالتشيز كيك رائع ويستاهل 10"], "ar"
    )
    assert "يعني افضل شئ" not in said, said


def test_no_sentence_ends_on_every() -> None:
    # «ولو اكله كل. يوم ما امل منه»: the full stop after «كل» is a slip, never a cut.
    said = reflect(["كانت تجربة رائعة ولو اكله كل. يوم ما امل منه"], "ar")
    assert "كل يوم" in said and not re.search(r"كل[»،.]", said), said


def test_the_best_thing_in_is_no_complaint() -> None:
    # «افضل مافي …» is "the best thing in …", never «مافي» ("there is none"): no «بس» turns
    # a second praise against it.
    assert polarity("افضل مافي المطعم انه نظيف")[0] == 0
    assert polarity("مافي مواقف للمطعم")[0] == 1  # a bare «مافي»: still something missing


def test_a_quote_never_opens_on_the_and_that_joined_it() -> None:
    said = reflect(["الكبسة باللحم جدا رائعه\nواللحم أبيض وذايب وأحلى شي انهم يكثرون لحم"], "ar")
    assert "«و" not in said and "اللحم أبيض" in said, said


def test_a_dash_aside_and_a_split_this_are_put_right() -> None:
    said = reflect(["اللحم عادي تلقى ألذ منه عند سلطان البرجر -محل في جدة- ، بس المكان فخم"], "ar")
    assert "(محل في جدة)" in said and " -محل" not in said, said
    assert "لهذا المطعم" in reflect(["انا زبون لها المطعم من سنة تقريبا واكله ممتاز"], "ar")


def test_my_buying_waiting_and_choice_are_yours() -> None:
    assert shift("وهذا مما يقلل شرائي منه") == "وهذا مما يقلل شرائك منه"
    assert shift("هو اختياري الاول في المنطقة") == "هو اختيارك الاول في المنطقة"
    assert shift("انتظاري كان طويل") == "انتظارك كان طويل"


def test_sentences_glued_at_a_full_stop_are_two() -> None:
    # «وحلال.انصح به»: the full stop typed without a space still ends a sentence, so «انصح»
    # is shifted like any other («سوق.كوم», a site's name, stays whole).
    said = reflect(["رائع.خدمة جيدة واكل شهي وحلال.انصح به لكل المسلمين"], "ar")
    assert "تنصح به" in said and ".انصح" not in said, said
    assert "سوق.كوم" in reflect(["غير متوفر الا من خلال سوق.كوم للأسف"], "ar")
