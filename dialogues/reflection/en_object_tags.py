"""Closing handles and tags that are the object of the word before them (en).

"I'll be trying @Delta", "choose me to go see @Imaginedragons", "the concept of #byod
#worksnicely": the closing handle or tag is the sentence's last word; dropped, the reflection
ends on a dangling "you'll be trying." or "the concept of.". Its name is kept instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A word that cannot end an English sentence: a preposition, or a verb that wants its object.
_NEEDS_OBJECT = re.compile(
    r"(?<![\w'’])(?:of|to|with|for|from|at|on|in|about|during|than|like|try|trying|tried"
    r"|fly|flying|choose|see|prefer|recommend|use|using|join|joining|follow|contact|book"
    r"|booking|switch(?:ing)?\s+to)$",
    re.IGNORECASE,
)
# The run of closing handles ("… trying @Delta @united 😒"), as handles.py finds it.
_CLOSING_HANDLES = re.compile(
    r"(?<!,)(\s+)@(\w+)((?:\s+@\w+)*)(?=(?:\s*(?:[:;]-?[()]+|[^\w\s@#()]))*\s*$)"
)
# A run of two or more closing tags after such a word ("of #byod #worksnicely").
# Only a tag written as a name ("#Philly", "#STL"): "talk to #getittogether" is a comment.
_CLOSING_TAGS = re.compile(r"(\s+)#([A-Z]\w*)((?:\s+#\w+)+)(?=(?:\s*[^\w\s#@]+)*\s*$)")


def object_handle_kept(text: str, brand: Callable[[str], str]) -> str:
    """The first closing handle or tag kept as a name when the word before it wants one."""
    if "@" in text:
        text = _keep_first(_CLOSING_HANDLES, text, brand)
    return _keep_first(_CLOSING_TAGS, text, str) if "#" in text else text


def _keep_first(pattern: re.Pattern[str], text: str, name: Callable[[str], str]) -> str:
    """The run's first name without its mark, the rest dropped, after a word needing it."""
    match = pattern.search(text)
    if match is None or not _NEEDS_OBJECT.search(text[: match.start()].rstrip()):
        return text
    return text[: match.start()] + " " + name(match.group(2)) + text[match.end() :]
