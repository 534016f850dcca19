"""English reflections, round 21: what fails kept, data tags, slurs, feelings, half shifts."""

from __future__ import annotations

from dialogues.reflection import en_short, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_long_quote_keeps_what_fails_never_only_the_but_clause_that_works() -> None:
    text = (
        "whenever i open the player on my old laptop at home it just won't load a thing "
        "but i can watch it all on my tablet"
    )
    kept = en_short.part(text)
    assert "won't load" in kept and "tablet" not in kept
    # a "but" clause naming the failure itself is still the one kept
    text = (
        "i can watch everything fine on my tablet and on my phone at home every single day "
        "but the player on my old laptop won't load"
    )
    assert "won't load" in en_short.part(text)


def test_an_order_tag_closing_a_sentence_leaves_its_clause_out_never_a_dangling_word() -> None:
    said = _said("@HelpDesk I'm trying to renew my plan but keep getting an error Acc: 20451837")
    assert said == "you're trying to renew your plan but keep getting an error"  # r22: kept
    said = _said("@HelpDesk my parcel never came and nobody answers. Order #40310472")
    assert said == "your parcel never came and nobody answers"
    said = _said("@HelpDesk upset as your staff had cancelled it against the ORDER # 407-281-88")
    assert "against the" not in said and "407" not in said


def test_a_feeling_closing_a_run_on_is_the_customers_own_sentence() -> None:
    said = _said("@HelpDesk what happened to the app it deleted my saved songs Confused and upset")
    assert said.endswith("you're confused and upset")
    said = _said("Worst checkout on any shop @4711 so pissed right now!")
    assert said.endswith("you're so pissed right now") and "4711" not in said
    # a feeling that already has its subject or verb is left as written
    assert "you're so annoyed" in _said("@HelpDesk my order is late again and I'm so annoyed")
    assert "makes you angry" in _said("@HelpDesk the update deletes my files and it makes me angry")


def test_a_clause_holding_a_slur_is_never_said_back() -> None:
    said = _said("@HelpDesk I need a code for my first ride. Help a nigga out! #promo")
    assert said == "you need a code for your first ride"
    assert _said("@HelpDesk my parcel is late. Help a nigga out") == "your parcel is late"
    assert "fag" not in _said("@HelpDesk my parcel is late, faggots").lower()


def test_a_slur_in_the_only_clause_leaves_a_gap_never_an_empty_reflection() -> None:
    said = _said("@Shop when will you restock the fag lighters I asked twice")
    assert said == "you're asking “when will you restock the … lighters I asked twice?”"
    assert _said("@Shop my parcel is late, faggots") == "your parcel is late, …"


def test_an_am_after_and_now_goes_on_the_customers_i_never_a_half_shift() -> None:
    said = _said("@HelpDesk I updated the app yesterday and now am getting logged out every hour")
    assert "and now are getting logged out" in said and " am " not in said
    assert "at 9:30 am" in _said("@HelpDesk my parcel was due at 9:30 am and it never came")


def test_a_small_i_before_a_capitalised_word_never_ends_the_line() -> None:
    said = _said("@Shop Looks like u r being i Rude to your own Customers pls take action")
    assert "“Looks like u r being i Rude to your own Customers”" in said
    assert "tablet i Hope" in _said("@HelpDesk my list won't sync on my tablet i Hope you can help")


def test_a_question_word_without_its_apostrophe_or_after_tf_still_asks() -> None:
    assert _said("@Shop yo wheres my parcel") == "you're asking “where's my parcel?”"
    assert _said("tf is wrong with my screen") == "you're asking “what is wrong with my screen?”"
    assert "whats going on with our" not in _said("@Shop whats going on with your site. it is down")
    # shouted, it stays as written
    assert "WHERES" in _said("@Shop WHERES MY PARCEL SHOP.")


def test_a_numbered_handle_before_an_irregular_past_after_since_is_they() -> None:
    said = _said("@Shop it has been a few days since @4711 made me update my phone")
    assert said == "it has been a few days since they made you update your phone"


def test_praise_of_a_harm_done_is_sarcasm_said_back_quoted() -> None:
    said = _said("That's nice of @4711 to cancel my booking - I only wanted to change the date")
    assert said.startswith("you said “That's nice of") and "you feel" not in said
    assert "you feel" in _said("@Shop that's so kind of the driver, he was great")


def test_plus_opening_a_tweet_before_a_request_is_the_plea() -> None:
    said = _said("@Shop plus add a dark mode to the app")
    assert said == "you'd like us to add a dark mode to the app"
    assert "plus" in _said("@Shop plus size jeans are never in stock")


def test_a_question_is_never_split_where_an_i_clause_follows() -> None:
    said = _said("@Shop can anyone help me (the last phone I owned was a Nokia) I have a question")
    assert "(the last phone I owned was a Nokia) I have a question”" in said and "?”" not in said
    for text in (
        "@Shop how do I cancel the order I placed yesterday",
        "@Shop why is the app I bought not working",
    ):
        assert _said(text).count("“") == 1 and _said(text).endswith("?”"), text


def test_dearest_before_the_opening_handle_is_a_call() -> None:
    said = _said("Dearest @4711 what has happened to my saved playlists")
    assert said == "you're asking “what has happened to my saved playlists?”"


def test_a_numbered_handle_asked_about_is_they_and_one_tagging_a_product_goes() -> None:
    said = _said("When is @4711 going to fix this keyboard bug @HelpDesk")
    assert said == "you're asking “When are they going to fix this keyboard bug?”"
    said = _said("Does anyone else's @4711 speaker keep switching off?")
    assert "4711" not in said and "anyone else's speaker keep" in said
    assert _said("@Shop What are @4711 doing") != ""  # too short to say without them


def test_preordered_and_finding_opening_a_telling_left_out_the_customers_i() -> None:
    assert _said("@Shop preordered the game but it won't let me download it").startswith(
        "you preordered the game"
    )
    assert _said("@Shop Finding new bugs in the app every day").startswith("you're finding new")


def test_a_small_not_sure_opening_the_tweet_keeps_the_clause_that_tells_when() -> None:
    said = _said(
        "@Shop not sure if app bug or my phone but when I'm playing music and take a call. "
        "The only way to get the sound back is to restart the app"
    )
    assert "when you're playing music and take a call" in said and "restart the app" in said


def test_i_must_say_before_a_verdict_is_an_aside_never_an_order() -> None:
    said = _said("@Shop ordered 2 lamps i must say delivery was way late")
    assert "you must say" not in said and "delivery was way late" in said
    said = _said("@Shop I have to say that the shop has lost a customer")
    assert said == "the shop has lost a customer"
    assert "gotta say to" in _said("@Shop this is all i gotta say to the staff for real")


def test_a_holiday_wish_is_courtesy_never_the_customers_feeling() -> None:
    assert _said("@Shop my parcel came crushed and wet happy Halloween") == (
        "your parcel came crushed and wet"
    )
    said = _said("@Shop stuck at the depot all day happy Friday hope my parcel comes")
    assert "happy" not in said and "you hope your parcel comes" in said


def test_an_oath_stressing_a_word_goes_and_the_telling_is_said_in_our_words() -> None:
    said = _said("@Shop I charged my fucking phone all night and it is at 8 fucking percent")
    assert said == "you charged your phone all night and it is at 8 percent"
    assert "freaking out" in _said("@Shop my tablet is freaking out since the update")


def test_a_numbered_handles_possessive_inside_the_telling_is_their() -> None:
    said = _said("@Shop the app crashes every day and @4711's help page doesn't even load")
    assert said == "the app crashes every day and their help page doesn't even load"


def test_a_product_name_typed_apart_after_a_small_i_is_the_product() -> None:
    assert _said("@Apple my new i Phone keeps restarting") == "your new iPhone keeps restarting"
    assert "I phone people" in _said("@Apple calls fail when I phone people")
