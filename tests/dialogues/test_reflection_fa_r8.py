"""Persian reflections, round 8: the judged "wrong" replies of the seed-20261131 sample.

Each case is constructed on the pattern a judge marked: the turn that says how it ended
cut away with the praise, a long run-on whose opening problems lost to a later request, a
run of background kept over the clause with the problem, a concession («با اینکه …»)
left hanging without its «ولی …», and a quote opening inside a bracket.
"""

from __future__ import annotations

from dialogues.reflection import reflect
from dialogues.reflection.clauses import _units


def test_the_turn_after_the_complaint_is_not_cut_away_with_the_praise() -> None:
    message = (
        "جوجه خوب بود ولی برنجش سرد شده بود، لطفا غذاها رو توی کیسه جدا بفرستید پیک گفت "
        "یه کمی دوغ ریخته ولی کل کیسه و جعبه برنج به هم چسبیده بود"
    )
    reply = reflect([message], "fa")
    assert "به هم چسبیده بود" in reply  # how it ended: the impact
    assert "…" not in reply and "چند نکته" not in reply


def test_a_run_on_that_opens_on_its_problems_keeps_them() -> None:
    message = (
        "برنج بسیار ناپخته بود اما تهش رو سوخته بودن در کمال تعجب مرغ‌ها بسیار بی کیفیت بودن "
        "و یکیش اندازه نصف بود یکیش خیلی خشک و به شدت شور بود طوری که یک لقمه ازش خوردم و "
        "ضمنا کاش پیک یاد بگیره زنگ بزنه نه اینکه غذا رو بذاره و بره بدون هیچ خبری که بعد "
        "یک ساعت تازه فهمیدیم گذاشته دم در و رفته"
    )
    reply = reflect([message], "fa")
    assert reply.startswith("برنج بسیار ناپخته بود اما تهش رو سوخته")
    assert "بی کیفیت" in reply
    assert reply.endswith("و درباره‌ی پیک هم نکته‌هایی گفتید")  # the courier: heard, named


def test_background_clauses_never_stand_in_for_the_problem_of_their_sentence() -> None:
    message = (
        "بجز پیتزای مخلوط که در عکس معلوم است که یک پیتزای بزرگ هست، در بقیه‌ی موارد مثل "
        "پیتزای سبزیجات که عکس دو پیتزای کوچک کنار هم است، این اشتباه ممکن است پیش بیاید "
        "که منظور دو عدد پیتزای کوچک است. مثل همین پیتزای مرغ که فکر کردم دو عدد پیتزا است "
        "نه یک پیتزای بزرگ. لطفا اصلاح شود"
    )
    reply = reflect([message], "fa")
    assert "این اشتباه ممکن است پیش بیاید" in reply
    assert "لطفا اصلاح شود" in reply
    assert "بجز پیتزای مخلوط" not in reply


def test_a_concession_is_never_left_hanging_without_its_turn() -> None:
    message = (
        "سالاد و نوشابه زیاد ولی ماستش خیلی ترش بود و مزه کل غذا رو خراب کرده بود البته "
        "کباب باید ماست داشته باشه اما بعضیا دوست ندارن مخصوصا اگر کباب رو ترش کنه با اینکه "
        "ماست رو برداشتم ولی بازم مزش خیلی ترش بود"
    )
    reply = reflect([message], "fa")
    assert "با اینکه" not in reply
    assert "ولی بازم مزش خیلی ترش بود" in reply


def test_a_quote_never_opens_inside_a_bracket() -> None:
    message = (
        "با سلام همه چی عالی (کیفیت، بسته بندی، کمیت و زمان ارسال) اما چون من در هتل ساکن "
        "بودم پیک به بهانه اینکه اجازه ورود نداره منو تا بیرون هتل کشاند در صورتی که "
        "میتونست در لابی هتل باشه چون هم من بار اولم نبود و هم اگر کسی با ساکنان هتل کار "
        "داشته باشه میتونه در لابی باشه"
    )
    reply = reflect([message], "fa")
    assert reply.count(")") == reply.count("(")
    assert not reply.startswith("چون")  # nor on a clause that leans on what went


def test_words_leading_to_a_dropped_thanks_go_with_it() -> None:
    reply = reflect(["کباب خوب بود اما برنج میتونست بهتر باشه ولی در کل ممنون"], "fa")
    assert not reply.rstrip(" ،,").endswith(("در کل", "ولی"))
    assert "میتونست بهتر باشه" in reply
    assert reflect(["پیتزا یکم سرد بود ولی باز هم ممنون"], "fa").endswith("سرد بود")


def test_a_door_before_a_dropped_thanks_stays() -> None:
    assert "جلو در" in reflect(["پیک غذا رو گذاشت جلو در و رفت مرسی"], "fa")


def test_all_i_can_say_is_a_preface_never_said_back_as_a_restriction() -> None:
    reply = reflect(["فقط میتونم بگم خیلی خوشمزه بود"], "fa")
    assert "می‌توانید بگویید" not in reply and "میتونم" not in reply
    assert "خوشمزه بود" in reply


def test_a_time_word_or_a_turn_run_into_a_verb_is_parted() -> None:
    assert reflect(["غذا دیررسید ولی گرم بود"], "fa").startswith("غذا دیر رسید")
    assert "سرد بود ولی" in reflect(["برنج سرد بودولی کباب خوب بود"], "fa")


def test_a_glued_khasteh_nabashid_is_courtesy_never_quoted_alone() -> None:
    reply = reflect(["غذا داغ و خوشمزه رسید. ممنون. خداقوت"], "fa")
    assert "خداقوت" not in reply and "گفتید" not in reply
    assert reply == "غذا داغ و خوشمزه رسید"


def test_a_participle_joined_to_the_next_word_is_parted() -> None:
    assert "شده چیزهای" in reflect(["نسبت به موارد نوشته شده\u200cچیزهای کمتری داشت"], "fa")
    assert "شده\u200cها" in reflect(["غذاهای سفارش داده شده\u200cها سرد بود"], "fa")


def test_a_greeting_with_thanks_and_a_sign_off_are_not_part_of_the_quote() -> None:
    reply = reflect(["با سلام و تشکر سفارش دیر رسید و نوشابه هم نداشت مثلا کوکا ارادت"], "fa")
    assert "تشکر" not in reply and "ارادت" not in reply
    assert "دیر رسید" in reply
    assert "پیک" in reflect(["با سلام و تشکر از پیک که سریع رسید"], "fa")  # thanks for: kept


def test_a_second_point_opens_a_clause_of_its_own() -> None:
    message = (
        "اول بگم اپلیکیشن شما خیلی کمک کرده و این همه تخفیف میدید که مردم راضی باشن و هم "
        "رستورانها و هم پیک‌ها کار داشته باشن تا همه بتونن زندگی کنن دوم اینکه مدیر رستوران "
        "واقعا دمش گرم هم کیفیت غذا بالاست هم حجمش به اندازست هم قیمتش مناسبه"
    )
    texts = [unit.text for unit in _units([message], "fa")]
    assert any(text.startswith("مدیر رستوران واقعا") for text in texts)
    assert not any("دوم اینکه" in text for text in texts)


def test_a_closing_sorry_is_said_back_as_disappointment() -> None:
    reply = reflect(["به جای کباب جوجه فرستادن. واقعا متاسفم"], "fa")
    assert "متأسف شدید" in reply
    assert "متاسفید" not in reply and "متأسفید" not in reply
