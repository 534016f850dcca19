"""Arabic reflections, round 37 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

from dialogues.reflection import ar_split, reflect


# ---- 1. a heading said before a quote of the body is quoted too -----------------------------
def test_a_heading_before_a_quoted_body_is_quoted_with_it() -> None:
    text = "مطعم عادي  طلبنا مشويات وكانت باردة وانتظرنا ساعة كاملة حتى وصل الطلب والعامل لم يعتذر"
    reply = reflect([text], "ar")
    assert reply.startswith("قلت: «مطعم عادي»، و«"), reply


def test_a_heading_before_a_body_said_in_our_voice_stays_as_it_was() -> None:
    reply = reflect(["مطعم ممتاز  الاكل لذيذ والخدمة سريعة"], "ar")
    assert "قلت" not in reply, reply


# ---- 2. a thanks said in our voice is quoted as theirs ---------------------------------------
def test_a_thanks_in_a_list_is_quoted() -> None:
    reply = reflect(["ساعة جميلة ... خفيفة ... شكر خاص للمندوب المحترم"], "ar")
    assert "قلت: «" in reply and "شكر خاص للمندوب المحترم»" in reply, reply


def test_a_thanks_shifted_to_its_verb_is_left_as_it_was() -> None:
    reply = reflect(["السلعة ممتازة واشكر البائع على سرعة الشحن"], "ar")
    assert "«" not in reply, reply


# ---- 3. «انا و …» is one subject, never a clause's end -------------------------------------
def test_a_long_sentence_is_not_cut_after_i_before_and() -> None:
    sentence = "كان المكان هادئ والجو لطيف جدا بينما انا و اخي ننتظر الطلب الذي تأخر ساعة كاملة"
    pieces = [piece for piece, _ in ar_split.split(sentence)]
    assert not any(piece.endswith("انا") for piece in pieces), pieces
    assert "أنت،" not in reflect([sentence], "ar")
