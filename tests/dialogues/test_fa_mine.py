"""Persian round 56: a customer's "my X" (‑م on a noun) never left unshifted outside a quote.

«کفشم پاره رسید» was said back «اگر درست شنیده باشم، کفشم پاره رسید»: the bot's own "my
shoe", the wrong person (the rubric's worst kind). A known noun opening its clause is shifted
(«کفشتان»); a loanword hazm does not know is quoted; a word of its own in ‑م is left alone.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import fa_guard, reflect
from dialogues.reflection.fa_lexicon import _lines, _norm
from tests.dialogues.quotes import outside

# Words that end in ‑م of their own (never "my"), on top of what the lexicon holds whole.
_OWN = fa_guard.ORDINALS | frozenset("هم کم مهم سالم تمام پیام کرم سلام".split())


def unshifted_mine(said: str) -> list[str]:
    """Words outside the quotes that read as the customer's "my" + a known noun."""
    found = []
    for token in outside(said).split():
        key = _norm(token.strip("«»()،,.!؟?:؛…"))
        if not key.endswith("م") or key in _OWN or key in _lines("words"):
            continue
        if key in _lines("nouns") or key in _lines("adjectives"):
            continue
        base = key[:-2] if key.endswith("ام") and key[-3:-2] in ("ه", "ی") else key[:-1]
        if base in _lines("nouns") or base in _lines("possessed"):
            found.append(token)
    return found


# Constructed in the style of a shop's customers: a thing of theirs that came broken or late.
_TOLD = [
    "هدفونم با قاب ترک‌خورده رسید",
    "کفشم پاره رسید",
    "لپ‌تاپم هنوز تعمیر نشده",
    "گوشیم بعد از دو روز خاموش شد",
    "کیفم گم شده",
    "ساعتم بعد از یک هفته از کار افتاد",
    "ولی جعبه‌ام له شده بود و کسی جواب نداد",
    "کتابم دیر رسید و جلدش پاره بود",
    "ماشینم هنوز تو تعمیرگاهه",
    "کفشم پاره رسید و پولم هم برنگشت",
]


@pytest.mark.parametrize("message", _TOLD)
def test_no_my_noun_is_said_back_in_the_bots_own_voice(message: str) -> None:
    said = reflect([message], "fa")
    assert said
    assert unshifted_mine(said) == [], said


@pytest.mark.parametrize(
    ("message", "said_back"),
    [
        ("کفشم پاره رسید", "کفشتان پاره رسید"),
        ("هدفونم با قاب ترک‌خورده رسید", "هدفونتان با قاب ترک‌خورده رسید"),
        ("لپ‌تاپم هنوز تعمیر نشده", "لپ‌تاپتان هنوز تعمیر نشده"),
        ("ولی جعبه‌ام له شده بود", "جعبه‌تان له شده بود"),
    ],
)
def test_a_known_noun_opening_the_clause_takes_your(message: str, said_back: str) -> None:
    assert said_back in reflect([message], "fa")


@pytest.mark.parametrize("message", ["ایرپادم با قاب شکسته رسید", "پاوربانکم شارژ نمیشه"])
def test_a_loanword_the_lexicon_does_not_know_is_quoted(message: str) -> None:
    said = reflect([message], "fa")
    assert unshifted_mine(said) == [] and "«" in said, said
    assert message.split()[0] not in outside(said)


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("سالم رسید ولی دیر", "سالم"),  # intact, a word of its own
        ("پیام دادم کسی جواب نداد", "پیام"),
        ("دیرم رسید و سرد بود", "دیرم"),  # «دیر هم»: how it came, never "your late"
    ],
)
def test_a_word_of_its_own_in_m_is_never_given_your(message: str, kept: str) -> None:
    said = reflect([message], "fa")
    assert kept in said and _norm(kept[:-1]) + "تان" not in _norm(said), said


def test_an_m_further_in_is_too_not_my_and_stays() -> None:
    # «پیازم نداشت»: "it had no onion either"; never «پیازتان»
    said = reflect(["ساندویچ خوب بود پیازم نداشت"], "fa")
    assert "پیازتان" not in said


def test_colloquial_object_and_copula_forms() -> None:
    assert "گوشی‌تان را" in reflect(["گوشیمو بعد از یک هفته تعمیر نکردند"], "fa")
    said = reflect(["این سفارشمه که سه روزه نرسیده"], "fa")  # "it's my order": quoted
    assert "سفارشمه" not in outside(said)


def test_a_clause_of_its_own_after_ke_opens_on_its_subject() -> None:
    # «اونقدر تند بود که دهانم سوخت»: "so hot that my mouth burned"
    said = reflect(["اونقدر تند بود که دهانم سوخت"], "fa")
    assert "دهانتان سوخت" in said and "دهانم" not in said


def test_mo_on_a_noun_hazm_also_lists_as_a_stem_is_my_object() -> None:
    # «روز» is a verb stem to hazm too; «روزمو» is still "my day" + «را»
    said = reflect(["پیک دو ساعت دیر رسید و کل برنامه روزمو بهم ریخت"], "fa")
    assert "روزتان را" in said and "روزمو" not in outside(said)


def test_a_greeting_in_m_is_never_my() -> None:
    assert "سلامتان" not in reflect(["سلامم به پیک برسونید"], "fa")


@pytest.mark.parametrize("job", ["پرستار", "کارگر"])
def test_a_noun_in_m_standing_alone_or_before_va_may_be_i_am(job: str) -> None:
    # «پرستارم و وقت ندارم»: "I am a nurse", never «پرستارتان» ("your nurse")
    assert job + "تان" not in reflect([job + "م و وقت ندارم که هر روز پیگیری کنم"], "fa")
