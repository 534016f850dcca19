"""Persian reflections, round 47: a complaint told in words the cues lack, said to its verb."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.fa_unnamed import piece


def test_a_left_out_unnamed_complaint_is_said_up_to_its_verb_beside_what_is_kept() -> None:
    text = (
        "از ده قلم جنس، بار اول فقط سه تاش رو فرستادن، اونم بسته تخم مرغش دو تا شکسته بود،"
        " من دو بسته سفارش داده بودم. درب شامپو نیمه باز شده بود و توی کیسه پر از کف و"
        " شامپو بود انگار از بالا پرت شده. مسولیت به عهده فروشگاهه."
    )
    reflected = reflect([text], "fa")
    assert "درب شامپو نیمه باز شده بود" in reflected, reflected
    assert "شکسته بود" in reflected and "به عهده فروشگاهه" in reflected, reflected  # kept
    assert "پر از کف" not in reflected, reflected  # the rest of the clause: left out still


def test_the_piece_opens_after_a_that_ending_a_told_event() -> None:
    said = piece(
        "بعد از یک ساعت دوغ را هم آوردند که هم قوطی دوغ آسیب دیده بود و هم نصفش ریخت بیرون"
    )
    assert said == ("قوطی دوغ آسیب دیده بود", True)  # not «دوغ را هم آوردند که هم …»


def test_the_piece_opens_after_a_bracket_and_is_glued_with_a_comma() -> None:
    text = (
        "خیلی بد بود فوق العاده شور بود به اندازه‌ای که لب‌هام از شدت شوری سوخت و قرمز شده"
        " بود با اینکه من عاشق غذای شور هستم و مدت ها تو جنوب کشور زندگی میکردم (غذاهای"
        " اونجا هم همیشه خیلی شوره) این غذا برای من غیر قابل خوردن بود"
    )
    reflected = reflect([text], "fa")
    assert "، این غذا برای شما غیر قابل خوردن بود" in reflected, reflected
    assert piece(text.split("قرمز شده بود ")[1]) == ("این غذا برای من غیر قابل خوردن بود", True)


def test_no_piece_for_praise_a_concession_a_deed_pointed_at_or_a_long_one() -> None:
    assert piece("این رفتار غیرقابل قبول از این فروشگاه بود و دیگه خرید نمیکنم") is None
    assert piece("با اینکه جعبه کج شده بود غذا سالم رسید و خوشمزه بود") is None
    assert piece("غذا عالی بود و ظرف فقط کمی کج شده بود ولی مهم نیست") is None
    long = "پیک که ساعت نه شب با موتور از اون سر شهر تا اینجا اومد و در زد پیتزا کج شده بود"
    assert piece(long) is None  # «… اومد و در زد»: too long from any start it has
    assert piece("غیر قابل انکاره که خوشمزه ترین کباب شهره") is None  # no complaint word


def test_a_short_reflection_never_gains_a_piece() -> None:
    reflected = reflect(["ظرف کج شده بود"], "fa")
    assert "نکته" not in reflected, reflected
