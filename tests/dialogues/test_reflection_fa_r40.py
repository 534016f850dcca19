"""Persian reflections, round 40: an impact or a never-again verdict never folded away."""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.fa_impact import _says


def test_the_food_thrown_away_is_said_beside_the_kept_complaint() -> None:
    text = (
        "جوجه کباب خیلی خیلی بد و غیر قابل خوردن بود. از بوی بد و طعم موندگی غیر قابل خوردن"
        " بود و کل جوجه دور ریخته شد. واقعا متاسفم که جوجه با این کیفیت پایین رو برای مشتری"
        " ارسال میکنید. من قبلا از این رستوران خیلی غذا گرفتم و خوب بوده و اصلا فکر"
        " نمی‌کردم همچین غذایی برای مشتری بفرستن."
    )
    reflected = reflect([text], "fa")
    assert "کل جوجه دور ریخته شد" in reflected, reflected


def test_a_closing_never_again_is_said_not_folded() -> None:
    text = (
        "من از مشتری‌های قدیم پرپروک بودم امشب اصلا از غذا راضی نبودم غذا سرد بود بنظر اصلا"
        " تازه نبود کیفیت بسیار پایین حجم غذا بسیار کم و بدون مواد پیتزا پنجره یکسری از مواد"
        " فقط از کنارش رد شده بودند مطمئنا دیگر از پرپروک خرید نخواهم کرد"
    )
    reflected = reflect([text], "fa")
    assert "دیگر از پرپروک خرید نخواهید کرد" in reflected, reflected


def test_the_verdict_loses_its_but_when_its_concession_is_left_out() -> None:
    text = (
        "پیک فوق العاده بی ادب بود و بعد از دو ساعت غذای سرد به دست ما رسید که قابل استفاده"
        " نبود و دور ریخته شد و حتی کلی طول کشید تا متصدی رستوران چک کند که پرداخت ما آنلاین"
        " انجام شده، با اینکه مشتری همیشگی باروژ بودیم ولی این آخرین باری شد که سفارش دادیم"
    )
    reflected = reflect([text], "fa")
    assert "، این آخرین باری شد که سفارش دادید" in reflected, reflected
    assert "ولی این آخرین" not in reflected, reflected


def test_a_clause_going_on_from_one_left_out_is_not_said() -> None:
    text = (
        "سفارش من بجای لطیفه شیرینی خامه‌ای شکلاتی بود که بعد از تماس از طرف شما بخاطر اشتباه"
        " فروشنده به شیرینی خامه‌ای ساده تغییر کرد و درباره بعد از ١٠ دقیقه مجددا اعلام شد که"
        " خامه‌ای ساده هم تمام شده و به مجبور شدم لطیفه رو جایگزین و قبول کنم"
    )
    reflected = reflect([text], "fa")
    assert "و به مجبور" not in reflected, reflected


def test_impacts_and_verdicts_are_told_apart_from_complaints() -> None:
    assert _says("کل غذا رو ریختیم دور")
    assert _says("نتونستیم بخوریمش")
    assert _says("گشنه موندیم")
    assert _says("دیگه از این رستوران سفارش نمیدم")
    assert _says("این اخرین سفارش من بود")
    assert not _says("غذا سرد و بی کیفیت بود")
    assert not _says("دیگه مثل قبل خوشمزه نیست")
