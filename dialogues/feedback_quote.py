"""The words an idea or a praise is thanked for: the sentence that holds it, noise trimmed.

"Thanks for the idea: “…”" quotes the idea itself, not its explanation, an "@airline", a
link or a closing thanks; an idea added after "yes, but also …" is quoted beside it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from dialogues import cues, telling
from dialogues.also import without_also
from dialogues.quotes import key_sentence, short_quote, without_links
from dialogues.reflection import asked_idea, fa_thanked
from dialogues.reflection.noise import trim_edges
from dialogues.text import fold, sentences
from dialogues.thanked_handles import without_thanked_handle

_LEADING_HANDLES = re.compile(r"^(?:\.?[@#]\w+[\s,:]*)+")
# What is left of "thanks so much" / «شكراً جزيلاً» / «مرسی واقعا» once the edge trim took
# the thanks word: the quote is then the customer's sentence whole.
_THANKS_LEFTOVER = re.compile(
    r"^(?:so\s+much|very\s+much|a\s+lot|really|جزيلا|جزيلاً|كثيرا|كثيراً|كتير|واقعا|واقعاً)"
    r"(?=[\s,،.!]|$)",
    re.IGNORECASE,
)
# Two quotes inside one pair of the catalog's quote marks: «A» و«B», "A" and "B".
_QUOTES_JOINED = {"en": '" and "', "fa": "» و «", "ar": "» و«"}
ADDED_QUOTE_WORDS = 10
_LETTER = re.compile(r"[^\W\d_]")
_DASH_OPENING = re.compile(r"^[-–—]+\s*(?=[^\W\d_])")
# en61: "Flight 0736 DAL to DCA 2/24 2:10pm", "603 & 2705 DFW to PSP": a booking's details, no
# idea or praise in them; what is left once flight words, codes, dates and times go.
_DETAIL = re.compile(
    r"\b(?i:flights?|flt|to|from|on|at|and|am|pm)\b|\b[A-Z]{3}\b|[#&@]?\d[\w:/.,-]*|[-–>&#/:,.()]"
)
# A sentence picked after a "but" opens on it: «ممنونم که گفتید «ولی غذا خوب بود»», "thank you
# for telling us "But love flying with you"" quoted half a thought. The clause is whole
# without the link (conversation round 57).
_LINK_OPENING = {
    "en": re.compile(r"^(?:(?:but|and|&)\s+)+(?=\w)", re.IGNORECASE),  # en61: "& also …"
    "fa": re.compile(r"^(?:(?:ولی|اما|و)\s+)+(?=\w)"),
    "ar": re.compile(r"^(?:(?:لكن|ولكن|بس|و)\s+)+(?=\w)"),
}


def unlinked(quote: str, language: str) -> str:
    """The quote without a "but" / «ولی» / «بس» opening it: a whole clause."""
    return _LINK_OPENING[language].sub("", quote) or quote


def _has_words_or_nothing(trimmed: str) -> bool:
    """Not a leftover of only marks: "<3", ":)", "!" once the thanks around them is trimmed."""
    return not trimmed.strip() or bool(_LETTER.search(trimmed))


def feedback_quote(current: Sequence[str], added: str, kind: str, language: str) -> str:
    """The sentence that holds the idea or the praise itself, not its explanation."""
    table = cues.IDEA if kind == "idea" else cues.PRAISE
    # en61: quoted from the text the reflection read: "round &amp; round" was cut to
    # "round &amp" (the ";" split the sentence), "Thank you &lt;3" quoted "&lt".
    current = [html.unescape(m) for m in current]
    added = html.unescape(added)
    # "Thank you @X for …" quoted without "X" (was "X for …"; "Thanks @JetBlue." → "JetBlue").
    told = [without_thanked_handle(s) for m in current for s in sentences(m)]
    if (
        kind == "idea"
    ):  # "Suggestion - a quiet carriage …" quoted "Suggestion": the idea is after it
        told = [s for m in current for s in sentences(asked_idea.without_lead(m, language))]
        told = [without_thanked_handle(s) for s in told]
    found = [s for s in told if telling.has(s, table, language)]
    # en61: "Thank you <3" is all thanks and a heart once trimmed: no words to quote ("Thanks"
    # alone trims to nothing and is left to the edge trim, as before).
    found = [s for s in found if _has_words_or_nothing(trim_edges(s, language))]
    said = key_sentence(found or current, language)
    # What they praised, not the "@airline", a link or «سلام،» around it: no noise quoted.
    said = without_links(_LEADING_HANDLES.sub("", said)) or said
    if kind == "idea":  # "Thanks for the idea: “I have an idea: …”" said "idea" twice
        said = asked_idea.idea(said, language) or said
    if language == "fa":  # «تازه و خوشمزه است مرسی:)», «عالی بود ممنون از شیلا» (r32)
        said = fa_thanked.without_closing_thanks(said)
    trimmed = trim_edges(said, language) or said
    if _THANKS_LEFTOVER.match(trimmed) and not _THANKS_LEFTOVER.match(said):
        trimmed = said  # «جزيلاً لفريق …», "so much, the staff …": half a thanks is no quote
    # en61: "-today the staff …" (a dash glued to the first word): the words, not the dash
    # ("-17mph winds" keeps its minus).
    quote = short_quote(without_also(_DASH_OPENING.sub("", trimmed)))
    if not _LETTER.search(quote):
        return ""  # "<3", ":)": an emoticon is no quote; thanked without one
    if language == "en" and not _LETTER.search(_DETAIL.sub(" ", quote)):
        return ""  # en61: a flight line is a detail: never thanked as the idea
    added = added.strip() and without_also(added.strip())
    added = short_quote(added, ADDED_QUOTE_WORDS) if added else ""
    if added and fold(added) not in fold(quote):
        # "yes, but also …" added to the idea: thanked for both, each in their words.
        return f"{quote}{_QUOTES_JOINED[language]}{added}"
    return quote
