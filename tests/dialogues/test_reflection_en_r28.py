"""English reflections, round 28: words kept whole, furniture around a question left out."""

from __future__ import annotations

from dialogues.reflection import reflect


def _said(text: str) -> str:
    return reflect([text], "en")


def test_a_link_after_its_article_is_the_word_not_the_corpus_stand_in() -> None:
    said = _said("@Shop why don't your newsletters have an unsubscribe link?")
    assert "an unsubscribe link?”" in said
    assert "have a link?”" in _said("@Shop why doesn't the receipt email have a link?")
    # the corpus's stand-in for a URL after a finished clause still goes
    said = _said("@App it keeps crashing when I open the settings link")
    assert "link" not in said and "settings" in said
    assert "link" not in _said("@App thanks a lot link")
    assert "fix this link" not in _said("@Shop these sellers are a disgrace. Fix this link")


def test_a_comma_typed_apart_from_its_word_sits_on_it() -> None:
    said = _said("@Cafe where is my order?? Missing drinks and no napkins , missing a fork too ??")
    assert "no napkins, missing a fork too?”" in said and " ," not in said
    said = _said("@Phone I installed the iOS 9.0 , 9.0.1 and 9.0.2 and it is slow can you help?")
    assert "iOS 9.0, 9.0.1" in said and " ," not in said
    said = _said("@Game I lost my login device ,can I move it to another device?")
    assert "device, can I move it" in said
    # a greeting's spaced comma goes with the greeting
    assert "hi ," not in _said("@Shop hi , how can i get the premium plan?")


def test_a_small_letter_tag_opening_a_question_is_no_word_of_it() -> None:
    said = _said("#shipscam why do you always charge twice ? @Ship")
    assert "“why do you always charge twice?”" in said and "shipscam" not in said
    # a capitalised tag names the one asked, kept
    assert "Shop" in _said("#Shop who packs these boxes. Both arrived broken.")


def test_a_handle_with_the_rest_of_its_name_is_the_one_called() -> None:
    said = _said("@Rail late again...do I win a prize??? @Southwest Air why don't you fly here?")
    assert "“Southwest Air, why don't you fly here?”" in said and "“Air why" not in said


def test_a_company_told_of_in_the_third_person_after_its_verb_is_named() -> None:
    said = _said("@Big_Rail lost my case for a week, now refuses to pay for the damage they did")
    assert said.startswith("Big Rail lost your case for a week, now refuses to pay")
    assert "we lost" not in said
    # told of in the second person, the company is "we" as before
    assert "we lost your bag and you are furious" in _said("@Rail lost my bag and I am furious")


def test_advice_never_to_fly_run_on_after_a_day_is_its_own_sentence() -> None:
    said = _said(
        "@Air I was ripped off by Air Co today never fly this airline  I am calling the news"
    )
    assert "today, you said “never fly this airline”, and you are" in said
    assert "today never fly" not in said


def test_a_question_label_is_no_word_of_the_question() -> None:
    said = _said("@Air question:are there power outlets in all planes? If so, where?")
    assert "“are there power outlets in all planes?”" in said and "question:" not in said
    assert "“can I pay by card?”" in _said("@Shop Quick question: can I pay by card?")


def test_a_later_sentence_opening_despite_is_said_with_a_small_letter() -> None:
    said = _said("@Post why is my parcel lost? Despite the bar code, no one knows where it is.")
    assert "and despite the bar code, no one knows where it is" in said


def test_a_handle_saying_the_word_before_it_again_goes() -> None:
    said = _said("@Air thank u for not leaving me  @me nice job running to the gate")
    assert "leaving me”" in said and "me me" not in said


def test_a_since_clause_with_its_subject_unsaid_gets_the_customer() -> None:
    said = _said(
        "@Air me and my son will fly out of Boston since couldn't get any out of Providence"
    )
    assert "since you couldn't get any" in said
    said = _said("@Air I am flying from Boston because can't get a seat from Providence")
    assert "because you can't get a seat" in said
