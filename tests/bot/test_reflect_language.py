"""`hamdel reflect --lang L` decides a line's language as a first turn does: the message's own
language, the stream's when the message does not tell."""

from __future__ import annotations

import re
from pathlib import Path

from bot.reflecting import first_answer
from nlu.embedded import EmbeddedParser

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
_ENGLISH_REVIEW = "The food was cold and the delivery was two hours late, very disappointed."
_PERSIAN_REVIEW = "من آلبالو رسمى سفارش دادم ولى پیوندى فرستادن"


async def test_an_english_line_in_an_arabic_stream_gets_an_english_reflection(
    nlu_model_dir: Path,
) -> None:
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    reply = await first_answer(parser, _ENGLISH_REVIEW, "ar", always=True)
    assert reply and not _ARABIC_SCRIPT.search(reply), reply
    assert reply == await first_answer(parser, _ENGLISH_REVIEW, "en", always=True)


async def test_an_arabic_line_in_an_arabic_stream_stays_arabic(nlu_model_dir: Path) -> None:
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    reply = await first_answer(parser, "الطلب وصل بارد والتوصيل تأخر ساعتين", "ar", always=True)
    assert _ARABIC_SCRIPT.search(reply), reply


async def test_a_persian_line_stays_persian(nlu_model_dir: Path) -> None:
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    reply = await first_answer(parser, _PERSIAN_REVIEW, "fa", always=True)
    # The bot's own Persian voice: letters Arabic does not write («پ», «گ», «ی», «ک»).
    assert re.search("[پچژگیک]", reply), reply
    assert reply == await first_answer(parser, _PERSIAN_REVIEW, "ar", always=True)
