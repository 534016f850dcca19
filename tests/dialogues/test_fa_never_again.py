"""fa62: a long Persian let-down keeps its "never again" verdict, never hidden in "and more"."""

from dialogues.reflection import reflect
from dialogues.reflection.fa_never_again import is_verdict

_LONG = (
    "سلام من تا حالا چند بار از این رستوران پیتزا گرفتم که بار اول خوب بود و راضی بودم اما "
    "دو سفارش آخر خمیرش کاملا خام بود و پنیرش هم بوی ترشیدگی میداد و نصفشو انداختم دور، "
    "مورد بعدی هم اینکه پیک نیم ساعت دیرتر از زمانی که گفته بودن رسید و غذا یخ کرده بود، "
    "من دیگه پیتزا نمیگیرم، نمیدونم مواد اولیه رو از کجا میارید امیدوارم رسیدگی کنید."
)


def test_never_again_is_said_back() -> None:
    said = reflect([_LONG], "fa")
    assert "دیگه پیتزا نمی" in said, said


def test_only_the_customer_not_coming_back_is_a_verdict() -> None:
    assert is_verdict("دیگر از این فروشگاه خرید نمی‌کنم")
    assert is_verdict("اولین و آخرین سفارشم بود")
    assert not is_verdict("دیگه غذا سرد نبود")  # not a first-person "I won't"
    assert not is_verdict("یه پیتزای دیگه هم سفارش دادم")
