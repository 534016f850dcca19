"""English reflections, round 16: numbered handles, stray "i", courtesy and run-on seams."""

from __future__ import annotations

from dialogues.reflection import en_stray, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_numbered_handle_after_a_preposition_is_them() -> None:
    assert _said("I have not been able to stream anything from @4711 for three days") == (
        "you have not been able to stream anything from them for three days"
    )
    out = _said("When will the new season of Space Pals be on @4711?")
    assert "on them?" in out and "4711" not in out


def test_a_numbered_handle_as_subject_is_they_and_its_verb_agrees() -> None:
    assert _said("Each time @4711 uses Fastpost my parcel arrives a week late") == (
        "each time they use Fastpost your parcel arrives a week late"
    )
    assert "When they charge £40" in _said("When @4711 charge £40 to my card for no reason")


def test_a_numbered_handle_beside_a_named_one_goes() -> None:
    assert _said("I list something on @4711 @AcmeShop and the listing is removed every time") == (
        "you list something on AcmeShop and the listing is removed every time"
    )


def test_a_numbered_handle_tagging_a_name_goes_and_the_name_stays() -> None:
    out = _said("dont waste money on @4711 Plus as the next day delivery is a joke")
    assert "on Plus as" in out and "4711" not in out


def test_a_numbered_handle_that_owns_or_does_something_is_left() -> None:
    assert (
        en_stray.message("Still waiting for @4711’s parcel") == "Still waiting for @4711’s parcel"
    )
    assert en_stray.message("Can I listen to @4711 is Home song") == (
        "Can I listen to @4711 is Home song"
    )
    assert en_stray.message("@4711 @Acme lost my bag") == "@4711 @Acme lost my bag"


def test_excuse_me_opening_a_tweet_is_never_excuse_you() -> None:
    out = _said("@Acme excuse me why is my screen flickering after the update")
    assert "excuse" not in out
    assert "why is my screen flickering after the update" in out


def test_a_stray_i_before_a_word_no_subject_takes_goes() -> None:
    assert _said("The app should let me skip the first/last i seconds of every episode") == (
        "the app should let you skip the first/last seconds of every episode"
    )
    assert _said("I bought the tablet i and the charger stopped working") == (
        "you bought the tablet and the charger stopped working"
    )


def test_a_small_i_before_a_verb_is_the_customer() -> None:
    assert _said("@Acme I think i left my charger on the train") == (
        "you think you left your charger on the train"
    )


def test_idk_is_shifted() -> None:
    assert _said("My bill went up again this month and Idk why") == (
        "your bill went up again this month and you don't know why"
    )


def test_a_capitalised_opener_after_a_small_word_parts_the_run_on() -> None:
    out = _said("@Acme the update made my tablet useless Streaming video on it was the reason")
    assert out == "the update made your tablet useless, and streaming video on it was the reason"
    assert _said("@Acme my laptop got slow There’s only a few apps on it") == (
        "your laptop got slow, and there's only a few apps on it"
    )


def test_not_sure_opening_a_sentence_is_the_customers_doubt() -> None:
    out = _said("The app keeps logging me out. Not sure if you want my business")
    assert out.endswith("you're not sure if we want your business")


def test_the_full_name_of_someone_the_customer_knows_is_never_said_back() -> None:
    out = _said("My brother, Jon Doeman left his bag in the cab on the way home last night")
    assert out == "your brother left his bag in the cab on the way home last night"


def test_a_promo_inviting_everyone_is_quoted_never_said_to_the_customer() -> None:
    out = _said("This weekend at the Van: Come grab a free coffee with any muffin https://t.co/x")
    assert out.startswith("you said “This weekend at the Van")
    assert en_stray.promo(["This weekend: Come grab a free coffee https://t.co/x"])
    assert not en_stray.promo(["Come grab my parcel, it sits at the depot https://t.co/x"])
    assert not en_stray.promo(["@Acme Come get your van, it broke down https://t.co/x"])


def test_a_time_opening_a_line_before_a_dash_is_kept() -> None:
    out = _said("Unplugged my tablet at 6:10am.\n\n7:15am - 40% battery left.")
    assert "7:15am, 40% battery left" in out


def test_its_and_a_time_after_a_small_word_part_the_run_on() -> None:
    out = _said("@Acme been waiting for my parcel all day It’s 9:15 pm and it still says transit")
    assert out.startswith("you've been waiting for your parcel all day, and it's 9:15 pm")
