"""English reflections, round 11: constructed support tweets for the genre-matched judged faults."""

from __future__ import annotations

import pytest

from dialogues.reflection import en_meaning, reflect


def _said(text: str) -> str:
    return reflect([text], "en")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@Acme Hi my Name is Jane Doakes my email doesn't work any more", "Doakes"),
        ("@Acme hello, my name is Sam Rivers. My router keeps dropping the connection.", "Sam"),
        ("@Acme I'm Jane Doakes and my order never arrived.", "Jane"),
        ("@Acme My login fails every time. How can I reset it\nthx for all.\nJane,", "Jane"),
    ],
)
def test_a_name_the_customer_introduces_is_never_said_back(text: str, name: str) -> None:
    out = _said(text)
    assert name not in out
    assert "your" in out  # the telling around the name stays


def test_words_after_im_that_are_no_name_stay() -> None:
    text = "@Acme I'm Flight Booking Problems a flight to Vegas."
    assert en_meaning.message(text) == text


def test_a_spec_sheet_is_said_as_facts_not_bare_labels() -> None:
    out = _said("@Acme\n\nModel No. - 15-ab123\nOperating system - Windows 10")
    assert out == "your model number is 15-ab123, and your operating system is Windows 10"


def test_a_label_whose_value_is_a_link_is_what_they_sent() -> None:
    out = _said("@Acme Thanks for the reply\nMy Channel's URL : https://example.com/u/abc\nI hope")
    assert "you sent your channel's URL" in out
    assert "your Channel's," not in out


def test_which_after_a_full_stop_is_a_statement_about_the_clause_before() -> None:
    out = _said(
        "@Acme I cleared the cache to check whether the cache was the cause. Which didn't help"
    )
    assert out.endswith("to check whether the cache was the cause, which didn't help")
    assert "asking" not in out


def test_a_capital_i_glued_to_the_word_before_is_its_own_word() -> None:
    assert "photoshop you try" in _said("@Acme any version of photoshopI try crashes on import")


def test_and_dont_know_gets_its_lost_subject() -> None:
    out = _said("@Acme The shop downtown is shut and don't know when it will open again.")
    assert "shut and you don't know when" in out


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("@Acme Updating my driver didn't help.", "updating your driver didn't help"),
        ("@Acme flying by myself is getting old", "flying by yourself is getting old"),
    ],
)
def test_an_ing_phrase_that_is_the_subject_gets_no_youre(text: str, said: str) -> None:
    assert _said(text) == said


def test_an_ing_phrase_before_there_is_still_the_customers_doing() -> None:
    assert _said("@Acme hoping there is a spare one for me tomorrow").startswith("you're hoping")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("@Acme It's say your profile is locked on the tablet", "it says “your profile is locked"),
        ("@Acme The app shows that your payment failed", "the app shows “your payment failed”"),
    ],
)
def test_the_systems_words_to_the_customer_keep_their_your(text: str, said: str) -> None:
    out = _said(text)
    assert out.startswith(said)
    assert " our " not in out


def test_a_perfect_with_a_bare_verb_is_their_slip_quoted() -> None:
    out = _said("@Acme I ordered it on the web but the refund has not appear in my bank yet.")
    assert out.startswith("you said “I ordered it on the web but the refund has not appear")


def test_an_aside_and_an_opening_right_are_not_said_back() -> None:
    out = _said("@Acme Linux. Not that it matters much. Right, I shall try again later.")
    assert "matters" not in out and "right" not in out.lower()
    assert "you shall try again later" in out


def test_the_harm_done_is_kept_not_hidden_behind_a_few_other_things() -> None:
    out = _said(
        "@Acme A patch installed itself overnight so I had no chance to stop it because "
        "nothing asked me first at any point at all. It also wiped my saved profiles so I "
        "couldn't go back."
    )
    assert "it also wiped your saved profiles so you couldn't go back" in out
    assert "a few other things" not in out


def test_a_left_out_clause_with_a_problem_is_kept_while_room_allows() -> None:
    out = _said(
        "@Acme No, I mean when I reply under somebody else's post. I can read my own reply "
        "but nobody else can read my reply. (when i switch to my other login I cant read it "
        "either) Like I said the profile is a week old and did nothing odd at all"
    )
    assert "nobody else can read your reply" in out
    assert "a few other things" not in out


def test_a_verdict_on_your_fixes_is_heard() -> None:
    out = _said(
        "@Acme Linux. I had to wipe the disk and lose every file because after about 9 hours "
        "on calls with your agents it was the last option there was. None of your fixes "
        "worked. The crash code was page_fault."
    )
    assert "none of our fixes worked" in out


def test_the_first_tweet_of_a_thread_loses_its_unfinished_end() -> None:
    out = _said(
        "(1/2) @Acme I'm not getting the code by text. I know my number is on my profile, "
        "because I tried signing up again with it, but it said my number was already in use "
        "and sent me"
    )
    assert out.endswith("it said your number was already in use")
    cut = _said(
        "@Acme It only happens with big files and only some days. I can open older files "
        "with no trouble. I keep the files on my second disk inside 1/2"
    )
    assert "second disk" not in cut and "a few other things" not in cut


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("@Acme Currently using a laptop where the fan died a day ago.", "you're currently using"),
        (
            "@Acme someone liked 500 songs. Almost just deleted my account",
            "you almost just deleted",
        ),
    ],
)
def test_an_adverb_before_the_verb_keeps_the_subject_said(text: str, said: str) -> None:
    assert said in _said(text)


def test_a_stop_glued_to_a_closing_tag_leaves_no_name_behind() -> None:
    out = _said(
        "@Acme My laptop overheats and I could not get it repaired on Friday.@Acme @AcmeIndia"
    )
    assert out.endswith("on Friday")


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("@Acme I also restarted twice anf waited but the warning stayed.", "anf"),
        ("@Acme Reset everything an still no sound", "an still"),
        ("@Acme I requested a new code but I have not gotten it too", "it too"),
    ],
)
def test_a_slip_outside_tidys_reach_is_quoted_never_said_by_us(text: str, slip: str) -> None:
    out = _said(text)
    assert slip in out
    assert out.index("“") < out.index(slip) < out.index("”")


def test_sent_links_introduced_with_here_are_what_they_sent() -> None:
    assert _said(
        "@Acme Here are five random ones.\nhttps://example.com/a\nhttps://example.com/b"
    ) == ("you sent five random ones")
    out = _said("@Acme Please look into this. Here's my profile page: https://example.com/c Thanks")
    assert out.endswith("you sent your profile page")
    shown = _said("@Acme Here’s what the memory screen shows link")
    assert "sent" not in shown  # "what …" is no thing sent: the words stay as written


def test_a_vocative_sir_and_an_emoticons_bracket_go() -> None:
    assert _said("@Acme Sir, the views on my videos are not increasing.").startswith("the views")
    assert ">" not in _said("@Acme pls bring it back i need it for my mix &gt;:(")


def test_a_clause_left_dangling_where_a_link_was_is_cut_at_its_seam() -> None:
    out = _said("@Acme Not sure what the name was exactly as now the page is https://example.com/x")
    assert not out.endswith(("as now", "as"))


def test_a_heading_line_goes_and_attempted_to_keeps_its_subject() -> None:
    out = _said(
        "The Ugly\n@Acme: Clips keep freezing to load. Attempted to stream a film here "
        "but couldn't get through one episode without a stop."
    )
    assert "Ugly" not in out
    assert "you attempted to stream a film" in out


def test_an_aside_the_next_clause_refers_back_to_is_kept() -> None:
    out = _said("@Acme Most cartridges really. It'll load them in the end but it needs 4 restarts")
    assert "Most cartridges really" in out
    assert "load them" in out


def test_confused_as_to_why_with_question_marks_is_told_not_asked() -> None:
    out = _said("@Acme I signed up for it NOT to renew so I'm confused to why it renewed ???")
    assert "asking" not in out
    assert out.startswith("you signed up for it NOT to renew so you're confused")


def test_no_still_the_same_is_the_verdict_that_the_fix_failed() -> None:
    assert _said("@Acme No still the same") == "it's still the same problem"


def test_let_you_know_is_no_filler() -> None:
    assert "let you know" in _said("@Acme Just got on a train but will let you know once home.")


def test_a_handle_as_the_object_of_a_verb_keeps_its_name() -> None:
    assert _said("@Acme They just tell me to call. I can't stand @Acme. #AcmeSucks").endswith(
        "you can't stand Acme"
    )


def test_so_had_to_after_a_failed_fix_is_the_customers_doing() -> None:
    out = _said("@Acme All fine now, resetting the router didn't work so had to call my provider")
    assert out.endswith("so you had to call your provider")


def test_so_many_opening_a_sentence_is_no_link() -> None:
    out = _said("@Acme please sort this out! So many people have this same crash.")
    assert out == "you'd like us to sort this out, and so many people have this same crash"


def test_a_plea_loses_its_closing_i_would_appreciate_it() -> None:
    out = _said(
        "@Acme My channel was closed, A message would help. "
        "If you could please DM me I would really appreciate it."
    )
    assert out.endswith("you'd like us to DM you")
    assert ", a message would help" in out


def test_a_why_question_with_a_curly_apostrophe_is_asked() -> None:
    out = _said("@Acme My phone got disabled. Why can’t I restore photos after it being disabled.")
    assert "you're asking “Why can’t I restore photos" in out


def test_two_its_glued_without_a_seam_are_quoted() -> None:
    out = _said(
        "@Acme My app crashes a lot, I don't believe it's the application it's my old computer"
    )
    said = "My app crashes a lot, I don't believe it's the application it's my old computer"
    assert out == f"you said “{said}”"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "@Acme it's been 3 days already, I don't know what to do",
            "it's been 3 days already, and you don't know what to do",
        ),
        (  # a lead before the comma is no clause: no "and"
            "@Acme for my cancelled orders, I just want credits",
            "for your cancelled orders, you just want credits",
        ),
    ],
)
def test_a_comma_splice_in_our_voice_gets_its_and(text: str, said: str) -> None:
    assert _said(text) == said


def test_the_only_question_is_the_request_and_is_kept_while_room_allows() -> None:
    out = _said(
        "@Acme I have an old watch that I probably won't be able to wear for a while due to "
        "work. What's the best way to prep it for long-term storage?"
    )
    assert "you're asking “What's the best way to prep it for long-term storage?”" in out
    assert "a few other things" not in out


def test_a_short_plea_left_out_joins_and_a_closing_handle_goes() -> None:
    out = _said(
        "@Acme My pc crashed and for this latest project, it corrupted the file and has no auto "
        "saves. All my projects have backup folders. I need your help ASAP. You need a file "
        "system that does not corrupt files this easily"
    )
    assert "you need our help asap" in out
    plea = _said("@Acme I got logged out and sent the form twice. please resolve this soon @Acme.")
    assert plea.endswith("you'd like us to resolve this soon")


def test_this_is_my_channel_beside_a_link_is_the_link_they_sent() -> None:
    out = _said("@Acme This is my page. Please help!\nhttps://example.com/page/abc")
    assert out.startswith("you sent the link to your page")
    assert _said("@Acme This is my page. Please help!").startswith("this is your page")
