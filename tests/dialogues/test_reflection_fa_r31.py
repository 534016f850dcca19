"""Persian first replies and reflections, round 31 (tuning rows read as a judge would)."""

from __future__ import annotations

import pytest

from dialogues.catalog import variants
from dialogues.prompting import only_plain_verbs
from tests.dialogues.script import Script

ASKED = ("listen_event", "listen_impact", "listen_need", "listen_more", "listen_praise")


def _asks(reply: str) -> bool:
    return any(line in reply for key in ASKED for line in variants("fa", key))


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("عالی بود مثل همیشه", "عالی بود مثل همیشه"),
        ("بسیار سریع ارسال شد ممنون", "بسیار سریع ارسال شد"),
        ("خوشمزه و تازه بود ممنون", "خوشمزه و تازه بود"),
    ],
)
def test_short_praise_with_a_plain_verb_is_thanked_naming_it(text: str, quoted: str) -> None:
    # «عالی بود مثل همیشه» was asked «بیشتر از همه چه چیزی به دلتان نشست؟»: its «بود» read
    # as something that happened. A plain verb tells nothing went wrong: thanked, naming it.
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.8)
    assert f"«{quoted}»" in reply and not _asks(reply), reply
    assert chat.stage == "anything_else", reply


def test_praise_beside_something_gone_wrong_is_not_thanked_at_once() -> None:
    # «سرد» is no plain verb: the event stands, the praise is not thanked before it is heard.
    assert only_plain_verbs(["خیلی خوشمزه بود ممنون"], "fa")
    assert not only_plain_verbs(["خوشمزه بود ولی سرد رسید"], "fa")
    assert not only_plain_verbs(["عالی بود"], "ar")
    chat = Script("fa")
    chat.start()
    reply = chat.says("خوشمزه بود ولی سرد", intent="praise", sentiment="positive", score=0.6)
    assert "خوشحالمان کردید" not in reply and "ممنونم که گفتید" not in reply, reply


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("ممنون، بسیار لذیذ بود.", "بسیار لذیذ بود"),
        ("ممنون خیلی تازه و خوشمزه", "خیلی تازه و خوشمزه"),
    ],
)
def test_praise_after_a_thanks_word_is_thanked_naming_the_praise(text: str, quoted: str) -> None:
    # «ممنون خیلی خوشمزه بود» was asked «چه چیزی برایتان فرق ایجاد کرد؟»: a thanks opening it
    # kept the prompt. The praise after it stands alone: quoted without the thanks.
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.8)
    assert f"«{quoted}»" in reply and not _asks(reply), reply


@pytest.mark.parametrize("text", ["ممنون از پیک محترم", "ممنون برای نان جو"])
def test_a_thanks_for_something_is_never_quoted_in_pieces(text: str) -> None:
    # What the thanks was for («از پیک محترم») is no praise to quote back on its own.
    chat = Script("fa")
    chat.start()
    reply = chat.says(text, intent="praise", sentiment="positive", score=0.8)
    assert "«از پیک محترم»" not in reply and "«برای نان جو»" not in reply, reply


def test_a_praise_quote_never_ends_on_a_trailing_off() -> None:
    # «عالی بود …» was thanked «گفتید «عالی بود …»»: the dots read as words we cut away.
    from dialogues.quotes import short_quote

    assert short_quote("عالی بود … …..") == "عالی بود"
    assert short_quote("مثل همیشه عالی …") == "مثل همیشه عالی"
    assert short_quote("Great!") == "Great"
    assert short_quote("یک دو سه چهار", 2) == "یک دو…"  # a cut quote still says so
    chat = Script("fa")
    chat.start()
    reply = chat.says("خیلیییی عالی بود …", intent="praise", sentiment="positive", score=0.8)
    assert "«خیلی عالی بود»" in reply, reply


def test_the_futures_auxiliary_is_shifted() -> None:
    # «باز هم سفارش خواهم داد» was said back unshifted (hazm knows «خواهم» whole), and
    # «دیگه سفارش نخواهم داد» only in a quote.
    from dialogues.reflection import fa, reflect

    assert fa.shift("باز هم سفارش خواهم داد") == "باز هم سفارش خواهید داد"
    assert fa.shift("دیگه خرید نخواهم کرد") == "دیگه خرید نخواهید کرد"
    assert fa.shift("ما دوباره سفارش خواهیم داد") == "شما دوباره سفارش خواهید داد"
    said = reflect(["کیفیت خیلی خوب بود باز هم سفارش خواهم داد"], "fa")
    assert "خواهم" not in said and "خواهید داد" in said, said


def test_someone_elses_reported_words_are_never_made_ours() -> None:
    # «… زنگ زدن میگن فلان شیر رو نداریم» was said back «… میگن … ندارید»: the shop's "we".
    from dialogues.reflection import fa, reflect

    assert fa.shift("از سوپر زنگ زدن میگن فلان شیر رو کم چربشو نداریم") is None
    assert fa.shift("الکی میگن دوبار سرخ میکنیم") is None
    said = reflect(["برخورد پیک اصلا مناسب نبود. زنگ زده میگه فکر کردم سر کوچه‌اید"], "fa")
    assert "فکر کردید" not in said and "«" in said, said
    # «میشه گفت …» reports no one; a possessive after «گفتن» («محصولم» = «محصول هم») is left.
    assert fa.shift("میشه گفت بدترین غذایی بود که خوردم") == "میشه گفت بدترین غذایی بود که خوردید"
    assert fa.shift("گفتن که ندارن و یه محصولم کنسل کردن") is not None


def test_a_clause_never_ends_on_the_but_of_a_thanks_cut_off() -> None:
    # «… پاره شده بود ولی مرسی از ارسال سریع» was said back «… پاره شده بود ولی.»
    from dialogues.reflection import reflect

    said = reflect(["ماست چپ شده بود قارچ هم سلفونش پاره شده بود ولی مرسی از ارسال سریع"], "fa")
    assert said.rstrip(" .").endswith("پاره شده بود"), said


def test_i_think_is_you_think_never_an_order_to_think() -> None:
    # «… اما فکر کنم چون …» was said back «فکر کنید» (an order): a «که» earlier in the clause
    # kept it from the idiom; «فکنم» (typed as one word) was left unshifted.
    from dialogues.reflection import fa

    said = fa.shift("غذا که رسید سرد بود ولی فکر کنم تقصیر پیک نبود")
    assert said is not None and "فکر می\u200cکنید" in said, said
    said = fa.shift("خیلی شور بود فکنم نمک ریخته بود")
    assert said is not None and "فکر می\u200cکنید" in said, said
    assert fa.shift("باید یه کم فکر کنم") == "باید یه کم فکر کنید"  # a subjunctive stays one
