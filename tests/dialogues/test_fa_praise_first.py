"""fa62: a 25–31-word quote that turns from praise to its let-down says the let-down back."""

from dialogues.reflection import reflect

_TURNED = (
    "کیفیت بسته بندی عالی بود و پیک هم خیلی مودب و خوش برخورد بود اما متاسفانه "
    "نان‌ها کاملا بیات بودند و بوی کهنگی میدادن و اصلا قابل خوردن نبودن"
)


def test_the_praise_before_the_turn_goes() -> None:
    said = reflect([_TURNED], "fa")
    assert "نان‌ها کاملا بیات" in said, said
    assert "مودب" not in said, said
    assert "نکته" in said, said  # what went is still heard: "and more" or its topics
