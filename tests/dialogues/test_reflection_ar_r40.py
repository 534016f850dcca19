"""Arabic reflections, round 40 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

from dialogues.reflection import reflect


# ---- 1. «شكرا جدا ع …» opening a message: the thanks is told, never cut to «جدا ع …» ----------
def test_thanks_with_an_intensifier_is_told_whole() -> None:
    reply = reflect(["شكرا جدا ع سرعة الشحن والكرتونة سليمة والخامه حلوه"], "ar")
    assert "تشكر ع سرعة" in reply and "جدا ع" not in reply, reply


def test_thanks_much_for_a_thing_is_reflected() -> None:
    reply = reflect(["شكرا جزيلا على الطقم الجميل ده"], "ar")
    assert "تشكر على الطقم" in reply, reply


def test_a_thanks_inside_a_quote_keeps_its_words() -> None:
    reply = reflect(["المنتج ممتاز وشكرا جزيلا على السرعة في التوصيل"], "ar")
    assert "جزيلا" in reply or "شكرا" not in reply, reply


# ---- 2. «تحياتي لـ …» is a greeting to someone: dropped whole, never «، لصاحب المطعم» ------------
def test_greeting_to_someone_goes_whole() -> None:
    reply = reflect(["الاكل لذيذ والخدمة سريعة. تحياتي للشيف احمد"], "ar")
    assert "للشيف" not in reply and "الخدمة سريعة" in reply, reply


def test_greeting_after_praise_leaves_no_fragment() -> None:
    reply = reflect(["المكان هادئ والقهوة ممتازة والجلسات مريحة ...تحياتي لصاحب المحل"], "ar")
    assert "لصاحب" not in reply and "القهوة ممتازة" in reply, reply


# ---- 3. «واجهت» owns its «و»: a quoted clause never opens on «اجهت» --------------------------
def test_faced_keeps_its_waw() -> None:
    message = "الكرسي مريح جدا وشكله حلو ومتين .. واجهت صعوبة بس في تركيبه .. والطريقة باليوتيوب"
    reply = reflect([message], "ar")
    assert "«اجهت" not in reply and " اجهت" not in reply, reply
