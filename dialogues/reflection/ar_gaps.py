"""Where a run of spaces in an Arabic review falls inside a clause, not at its end (r45)."""

from __future__ import annotations

import re

# The stored reviews keep the customer's line breaks as runs of spaces, read as sentence ends.
# A line that ends on a word which needs what follows it (a copula «يكون», «ليس», «أصبح»; «انه»
# "that it"; a negation «مش», «لم») goes on in the next line: cut there, the wish «وتتمنى انه
# يكون | هناك مقاومه للماء» was said back as «… انه يكون»، هناك مقاومه للماء» (as if it already
# resisted water), «رجالي وليس | نسائي» as «وليس، نسائي».
_NEEDS_COMPLEMENT = re.compile(
    r"(?<!\S)([وف]?(?:يكون|تكون|كان|كانت|ليس|ليست|صار|صارت|أصبح|اصبح|أصبحت|اصبحت|يبقى|تبقى"
    r"|يصير|تصير|انه|أنه|إنه|انها|أنها|إنها|لانه|لأنه|لانها|لأنها|مش|مو|لم|لن))"
    r"[ \t]{3,}(?=[^\W\d_])"
)
# «ضعيفه | جدا وبتلزق …»: "very" never opens a line; it says how weak, on the line before.
# A line of «جدا ً جدا ً» alone (a stray mark typed apart) is left to go as it did.
_VERY_OPENS = re.compile(r"(?<=[^\W\d_])[ \t]{3,}(?=(?:جدا|جداً|جدًا)[ \t]+[^\W\d_]{2})")


def joined(text: str) -> str:
    """The text with runs of spaces inside a clause made one space."""
    if "   " not in text and "\t" not in text:
        return text  # no run of spaces: nothing to join (most messages)
    return _VERY_OPENS.sub(" ", _NEEDS_COMPLEMENT.sub(r"\1 ", text))
