"""fa61: a Persian quote never opens on «که»/«اما» whose other half was not said back.

«درود بر شما که همیشه …» was said back «گفتید «که همیشه …»», «… اما یک ساندویچ … چرا …؟»
«گله دارید که «اما یک ساندویچ …»», «ولی ولی باید …» «ولی گفتید «ولی باید …»».
"""

from __future__ import annotations

import pytest

from dialogues.reflection import fa_lead_link, reflect


@pytest.mark.parametrize(
    ("told", "said", "hung"),
    [
        (
            "درود بر شما که همیشه غذاهاتون داغ و خوشمزه میرسه",
            "«همیشه غذاهاتون داغ و خوشمزه میرسه»",
            "«که ",
        ),
        (
            "سلام کیفیت خوبه. ولی چرا هر بار سفارش میدم نوشابه رو فراموش میکنید؟",
            "ولی گله دارید که «چرا هر بار",
            "«ولی ",
        ),
        (
            "سلام، پیتزا خیلی خوب بود. ولی ولی باید تو زمستون از ظرف فویلی استفاده نکنید"
            " بهتره، چون غذا زود سرد میشه.",
            "ولی گفتید «باید تو زمستون",
            "«ولی ",
        ),
    ],
)
def test_quote_opens_on_its_own_words(told: str, said: str, hung: str) -> None:
    reflection = reflect([told], "fa")
    assert said in reflection
    assert hung not in reflection


@pytest.mark.parametrize(
    "piece",
    [
        "گفتید «تا شب معدم سنگین بود»",  # «تا» opens a clause of its own
        "گفتید «چون ۲۸ دقیقه زمان نشان دادید ولی یک ساعت بعد رسید»",
        "گفتید «غذا خوب بود ولی سرد بود»",
        "گفتید «که خوب»",  # too short to stand without its «که»: left
    ],
)
def test_other_openings_left(piece: str) -> None:
    assert fa_lead_link.outside(piece) == piece
