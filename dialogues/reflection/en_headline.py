"""English tweets that share a news headline: the headline, its subject named (round 35).

"@JetBlue unveils new 'Bluemanity' livery - USA TODAY http://…" is a headline the customer
shares, its subject the airline's handle and its source after the dash. Without the handle it
read "you said “unveils new 'Bluemanity' livery. USA TODAY”": a headline without its subject,
with the paper's name as if theirs. The handle's name is kept as the subject and the source
left out with its link: "you said “JetBlue unveils new 'Bluemanity' livery”".
"""

from __future__ import annotations

import re

# The subject handle, then the headline, then " - Source Name http://…" or "http://… via @x".
_HEADLINE = re.compile(
    r"^\W*@(?P<name>\w+)(?P<rest>(?:['’]s\b|:)?[ \t]+[^\n]+?)"
    r"(?:[ \t]+[-–|][ \t]+[A-Z][\w.'&]*(?:[ \t]+[A-Za-z][\w.'&]*){0,4}[ \t]+(?P<link>https?://\S+)"
    r"|[ \t]+(?P<via>https?://\S+[ \t]+via[ \t]+@\w+))[ \t]*$"
)
# A headline runs on from its subject: a verb in -s ("unveils", "eyes"), a Title Case word
# ("Airways Now Covered", "Dumps Amex"), "'s" or ":". "@United Can you …", "@X I love …"
# and "@X my flight …" address the airline: their handle is no subject.
_NOT_A_VERB = r"(?!(?:this|is|was|its|his|us|yes|thanks|pls|plus)\b)"
_ADDRESSING = (
    r"(?!(?:I|Can|Could|Will|Would|Do|Does|Did|Is|Are|Please|Thanks|Thank|My|We|You|Why|How"
    r"|What|When|Where|Who|Hi|Hey|Hello)\b)"
)
_SUBJECT_OF = re.compile(
    rf"^(?:['’]s\b|:|[ \t]+(?:{_NOT_A_VERB}[a-z]+s\b|and\b|{_ADDRESSING}[A-Z]))"
)


_INITIALS = re.compile(r"\b[A-Z]\.[A-Z]\.")


def named(text: str) -> str:
    """A shared headline with its subject handle named and its source and link left out."""
    match = _HEADLINE.match(text)
    if match is None or not _SUBJECT_OF.match(match.group("rest")):
        return text
    if _INITIALS.search(match.group("rest")):
        return text  # "Has D.C. Thinking …" would be cut at "D.C.": left as it was
    return match.group("name") + match.group("rest")
