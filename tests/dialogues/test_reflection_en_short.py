"""English reflections, round 6: a long quote said back short, cut only at clause boundaries.

Constructed cases: the span with the problem kept verbatim with "…" where it was cut; no
cut inside a phrase, inside quoted words or brackets, before a clause without its subject,
or leaving out a graver problem; short quotes and short tellings untouched.
"""

from __future__ import annotations

import pytest

from dialogues.reflection import reflect
from dialogues.reflection.en_short import LONG, MOST, SPAN, part, run_on


def test_a_long_quote_keeps_its_problem_span_marked_where_cut() -> None:
    said = (
        "i only take this airline to travel and i have to go to maimi next year "
        "but you guys dont go to maimi and it makes me sad every single time honestly"
    )
    kept = part(said)
    assert kept == "… you guys dont go to maimi and it makes me sad every single time honestly"
    assert kept.strip("… ") in said  # verbatim: one contiguous span of the customer's words
    assert len(kept.split()) <= SPAN + 2


def test_the_background_before_the_problem_goes() -> None:
    said = (
        "i did the whole sign up thing last week with my brother watching, "
        "my application hasn't been approved for how many months now i would like some help"
    )
    assert part(said) == (
        "… my application hasn't been approved for how many months now i would like some help"
    )


@pytest.mark.parametrize(
    "said",
    [
        # every cut would leave a clause without its subject ("… still haven't received")
        "I bought a great white shark card 4 or 5 days ago and still haven’t received "
        "the extra Bonus money it said you get given",
        # the words after "if you're going to charge" are no clause of their own
        "if you're going to charge for wifi every single time, do us all a solid and make "
        "sure it doesn't take the length of the flight to open a page",
        # an error's words inside the quote are never cut into
        "my console is broken and always says 'We tried to sign you in to your account, "
        "but something went wrong' every time I try it",
        # a graver problem would be left out ("… and I get banned")
        "it never works and never loads at all with no error, my friend and i tried every "
        "single day this week and then my account got hacked",
        # no problem word anywhere to choose the span by
        "It is official, the two of us are one family now, more than ever, you need a "
        "network that is fully committed to keeping you connected all day",
        # no clause boundary at all: a cut would fall mid-phrase
        "i am begging for ur help YT says i have been terminated for spam and other stuff "
        "violating the terms of service none of this is true",
    ],
)
def test_no_cut_where_it_would_lose_or_break_something(said: str) -> None:
    assert part(said) == said


def test_a_short_quote_is_untouched() -> None:
    said = "i changed my name as a joke, and now i cant play the servers i used to play"
    assert len(said.split()) <= LONG
    assert part(said) == said


def test_the_reflection_of_a_long_telling_quotes_in_part() -> None:
    message = (
        "@RockstarSupport pls help me out i have gathered a couple of files that you needed "
        "to help me but i cant send them here and i dont find any email adress to you guys, "
        "help me out you guys !"
    )
    said = reflect([message], "en")
    assert said.startswith("you said “… i cant send them here")
    assert "gathered a couple of files" not in said


def test_a_short_telling_keeps_its_whole_quote() -> None:
    message = "i need help with my account can you guys change my email and i think others"
    assert "…" not in reflect([message], "en")


def test_a_long_run_on_is_quoted_in_part_not_said_in_the_bots_voice() -> None:
    message = (
        "@Support helppp I lost my mail account and cant sign in because I dont know the "
        "phone number linked to it I tried everything on the recovery page anyway I can get "
        "some support email please"
    )
    said = reflect([message], "en")
    quoted = said.split("you said “", 1)[1].split("”", 1)[0]
    assert quoted.startswith("… ") and quoted.strip("… ") in message  # verbatim, marked cut
    assert len(quoted.split()) <= MOST + 1
    assert "you tried everything" not in said  # the glued run-on is never in the bot's voice


@pytest.mark.parametrize(
    "said",
    [
        # punctuated: its clauses are said apart, in the bot's voice
        "I purchased the game 2 years ago and played it since, and today my account said I "
        "have to buy it again even though I already bought it",
        # no glued "I": a long clause, but one that reads right shifted
        "apparently my account is set as primary on another console even though i only have "
        "my account on my ps4 and i cant switch it to my ps4",
    ],
)
def test_a_long_clause_that_reads_right_is_no_run_on(said: str) -> None:
    assert not run_on(said)
