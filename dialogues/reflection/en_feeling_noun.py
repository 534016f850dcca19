"""English feelings that open a noun phrase, not a clause: "Frustrated Chairman member".

A subjectless "Frustrated …" is the customer's feeling ("you're frustrated with …"), but
"Frustrated Chairman member", "Happy customer." describe the customer as a person: "you're
frustrated Chairman member" drops its article; "you're a frustrated Chairman member" is how a
listener says it. "sad experience today on 4663", "Happy 7th bday on intercom", "Happy #TT to
my friends" name a thing or greet: "you're sad experience" is broken, so the words are quoted
as they were written.
"""

from __future__ import annotations

import re

# A person the customer says they are: "Happy customer", "Frustrated Gold member".
PERSON = frozenset(
    """customer customers member flyer flier traveler traveller passenger fan mom dad mother
    father parent client guest employee owner camper""".split()
)
# A thing the feeling word describes: "sad experience", "happy birthday", "happy holidays".
THING = frozenset(
    """experience experiences day days birthday bday anniversary holidays holiday news
    valentine's valentines friday monday weekend week new""".split()
)
# Stuck, stranded, tired: states that run on ("Stuck 4 hours in DEN"); never quoted for it.
STATES = frozenset("stuck stranded starving sick fed tired exhausted".split())
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
MOST_NAME_WORDS = 2  # words of a name between the feeling and the person ("Chairman", "Gold")


def feeling_subject(words: list[str], lead: int) -> str:
    """The subject said before a feeling word at ``words[lead]``: "you're ", "you're a ", or ""."""
    rest = [w.strip(",.!;:") for w in words[lead + 1 :]]
    following = rest[0].lower() if rest else ""
    thing = following.startswith("#") or bool(ORDINAL.match(following)) or following in THING
    if thing and words[lead].lower() not in STATES:
        return ""  # "sad experience today", "Happy 7th bday": quoted, never "you're sad …"
    named = rest[: MOST_NAME_WORDS + 1]
    for index, word in enumerate(named):
        if word.lower() in PERSON and all(w[:1].isupper() for w in named[:index]):
            ending = words[lead + index + 1]
            if index + 1 == len(rest) or ending[-1:] in ",.!;:":
                article = "an" if words[0][:1].lower() in "aeiou" else "a"
                return f"you're {article} "  # "Happy customer." → "you're a happy customer"
    return "you're "
