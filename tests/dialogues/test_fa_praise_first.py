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


def test_a_letdown_pointing_back_keeps_what_it_points_at() -> None:
    # Its gate (stop 36): «… ۲نوبت اخیر مزه‌اش به کلی عوض شده» lost: "its taste" named nothing.
    from dialogues.reflection import fa_cap, fa_praise_first

    told = (
        "من همیشه بصورت حضوری یا با اسنپ فود آب آلو بخارا رو سفارش میدادم و خیلی هم خوشمزه بود "
        "ولی ۲نوبت اخیر مزه‌اش به کلی عوض شده و خیلی تلخه"
    )
    run = fa_cap.best_run(told)
    assert run is not None and run.startswith("… ۲نوبت"), run
    assert not fa_praise_first._after_turn(told, run)
    named = told.replace("مزه‌اش", "مزهٔ آب آلو")
    assert fa_praise_first._after_turn(named, fa_cap.best_run(named) or "")
