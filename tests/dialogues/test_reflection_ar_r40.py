"""Arabic reflections, round 40 (constructed lines only, never a pool or judged message)."""

from __future__ import annotations

from dialogues.reflection import reflect


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
